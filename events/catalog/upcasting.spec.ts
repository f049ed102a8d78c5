import { describe, expect, it } from 'vitest';
import { toStoredEvent } from '../event-store';
import { hashEvent, verifyChain } from '../hash-chain';

/** A disbursement request exactly as the first version of the product stored it. */
const storedV1 = () => {
  const item = {
    streamId: 'p1#disbursement#d-1',
    version: 1,
    kind: 'event',
    type: 'DisbursementRequested',
    schemaVersion: 1,
    data: {
      disbursementId: 'd-1',
      lineId: 'EO-1',
      amount: { amount: 120000, currency: 'USD' },
      payee: 'Venue Ltd',
      purpose: 'Hall for a hearing',
      requestedBy: 'fo-1',
      requestedAt: '2026-01-02T00:00:00.000Z',
    },
    metadata: {
      processId: 'p1',
      actor: 'fo-1',
      role: 'finance-officer',
      commandId: 'c-1',
      correlationId: 'c-1',
      causationId: 'c-1',
      recordedAt: '2026-01-02T00:00:00.000Z',
    },
    previousHash: null,
  };
  return { ...item, hash: hashEvent(item as never) };
};

describe('an event stored at an older schema version', () => {
  it('is read as the current version: a v1 disbursement request gains the v2 fields', () => {
    const event = toStoredEvent(storedV1());
    expect(event.type).toBe('DisbursementRequested');
    expect(event.data).toEqual({
      disbursementId: 'd-1',
      lineId: 'EO-1',
      fundingSourceId: null,
      amount: { amount: 120000, currency: 'USD' },
      rate: null,
      budgetAmount: { amount: 120000, currency: 'USD' },
      payee: 'Venue Ltd',
      purpose: 'Hall for a hearing',
      supportingDocument: null,
      requestedBy: 'fo-1',
      requestedAt: '2026-01-02T00:00:00.000Z',
    });
  });

  it('keeps its stored form and version, so its hash still verifies', () => {
    const item = storedV1();
    expect(toStoredEvent(item).schemaVersion).toBe(1);
    expect(verifyChain([item as never])).toEqual({ valid: true, events: 1, lastHash: item.hash });
  });

  it('is refused when this code is older than the event', () => {
    expect(() => toStoredEvent({ ...storedV1(), schemaVersion: 9 })).toThrow(/newer than this code/);
  });
});
