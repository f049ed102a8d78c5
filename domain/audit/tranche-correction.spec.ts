import { describe, expect, it } from 'vitest';
import { pledged, trancheReceived } from '../../test/support/builders';
import { eventLog } from '../../test/support/event-log';
import { processOpened } from '../../test/support/staffing-builders';
import { evolve, initialState } from '../contribution/contribution';
import { contribution } from '../contribution/decide';
import { type IatiRequest, iatiActivityFile, type XmlElement } from '../iati/activity-file';
import { auditReport } from './audit-report';

const usd = (amount: number) => ({ amount, currency: 'USD' });

/**
 * The EU's tranche received on 10 January was entered as 50,000.00; it was 5,000.00, on 12 January.
 * Corrected on 5 February: the audit report shows the tranche, its reversal (a negative receipt) and
 * the right one, each by its value date, and still balances.
 */
function corrected() {
  const log = eventLog('p1');
  log.append('process', 'p1', processOpened({ processId: 'p1' }), '2026-01-01T09:00:00.000Z', 'admin-1');
  const pledge = pledged({ contributionId: 'c-eu', donorId: 'eu', amount: usd(100_000_00) });
  const received = trancheReceived({
    contributionId: 'c-eu',
    trancheId: 't-1',
    amount: usd(50_000_00),
    receivedOn: '2026-01-10',
    receivedAt: '2026-01-10T09:00:00.000Z',
  });
  log.append('contribution', 'c-eu', pledge, '2026-01-02T09:00:00.000Z');
  log.append('contribution', 'c-eu', received, '2026-01-10T09:00:00.000Z');
  let state = evolve(evolve(initialState, pledge), received);
  const decided = (command: Parameters<typeof contribution.decide>[0], at: string, actor: string) => {
    for (const event of contribution.decide(command, state)) {
      log.append('contribution', 'c-eu', event, at, actor);
      state = evolve(state, event);
    }
  };
  const proposedAt = '2026-02-04T09:00:00.000Z';
  const reason = 'Typed with an extra zero: the bank statement shows 5,000.00 on 12 January';
  decided(
    {
      type: 'ProposeTrancheCorrection',
      trancheId: 't-1',
      correctionId: 't-1-corrected',
      amount: usd(5_000_00),
      receivedOn: '2026-01-12',
      reason,
      rate: undefined,
      by: 'fo-1',
      at: proposedAt,
    },
    proposedAt,
    'fo-1',
  );
  const approvedAt = '2026-02-05T09:00:00.000Z';
  decided(
    {
      type: 'ApproveTrancheCorrection',
      trancheId: 't-1',
      correctionId: 't-1-corrected',
      reversedOn: '2026-01-10',
      by: 'fa-1',
      at: approvedAt,
    },
    approvedAt,
    'fa-1',
  );
  return log.inRecordedOrder();
}

describe('a corrected tranche in the audit report', () => {
  const log = corrected();
  const january = auditReport(log, { processId: 'p1', donorId: 'eu', from: '2026-01-01', to: '2026-01-31' });

  it('shows the tranche, its reversal as a negative receipt, and the right one, by value date', () => {
    expect(
      january?.entries.map((e) => [
        e.kind,
        e.valueDate,
        e.kind === 'incoming-funds' ? e.trancheId : '',
        e.amount.budget,
        e.balanceAfter.budget,
      ]),
    ).toEqual([
      ['incoming-funds', '2026-01-10', 't-1', usd(50_000_00), usd(50_000_00)],
      ['incoming-funds', '2026-01-10', 't-1', usd(-50_000_00), usd(0)],
      ['incoming-funds', '2026-01-12', 't-1-corrected', usd(5_000_00), usd(5_000_00)],
    ]);
    expect(january?.entries[1]).toMatchObject({
      reversal: { reason: expect.stringContaining('extra zero'), proposedBy: 'fo-1', reversedBy: 'fa-1' },
      receivedBy: 'fo-1',
    });
    expect(january?.entries[2]).toMatchObject({ correctionOf: 't-1' });
    expect(january?.entries[0]).not.toHaveProperty('correctionOf');
    expect(january?.entries[0]).not.toHaveProperty('reversal');
  });

  it('still balances, and the ledger check agrees', () => {
    expect(january?.contributions[0]).toMatchObject({
      budget: { receipts: usd(5_000_00), closing: usd(5_000_00), balanced: true },
      ledger: { deposited: usd(5_000_00), agrees: true },
    });
    expect(january?.totals).toMatchObject({ receipts: usd(5_000_00), balanced: true });
  });

  it('is known only from when it was recorded: January as known on 1 February shows the tranche as entered', () => {
    const asKnown = auditReport(log, {
      processId: 'p1',
      donorId: 'eu',
      from: '2026-01-01',
      to: '2026-01-31',
      knownAt: '2026-02-01T00:00:00.000Z',
    });
    expect(asKnown?.contributions[0]).toMatchObject({ budget: { closing: usd(50_000_00), balanced: true } });
  });

  it('goes to IATI as incoming funds, the reversing entry negative', () => {
    const request: IatiRequest = {
      processId: 'p1',
      donorId: 'eu',
      from: '2026-01-01',
      to: '2026-01-31',
      generatedAt: '2026-02-06T07:00:00.000Z',
    };
    const outcome = iatiActivityFile(log, request);
    if (!outcome.found) throw new Error(outcome.missing);
    const activity = outcome.file.children?.[0] as XmlElement;
    const incoming = (activity.children ?? [])
      .filter((c) => c.name === 'transaction')
      .map((t) => {
        const child = (name: string) => t.children?.find((c) => c.name === name);
        return [
          t.attributes?.ref,
          child('transaction-type')?.attributes?.code,
          child('transaction-date')?.attributes?.['iso-date'],
          child('value')?.text,
        ];
      });
    expect(incoming).toEqual([
      ['t-1', '1', '2026-01-10', '50000.00'],
      ['t-1', '1', '2026-01-10', '-50000.00'],
      ['t-1-corrected', '1', '2026-01-12', '5000.00'],
    ]);
  });
});
