import { describe, expect, it } from 'vitest';
import { toStoredEvent } from '../event-store';
import { chainBreaks, hashEvent } from '../hash-chain';
import { defaultUnits } from './process';

/** An event exactly as a version of its type (the first unless said) was stored. */
const storedV1 = (streamId: string, type: string, data: Record<string, unknown>, schemaVersion = 1) => {
  const item = {
    streamId,
    version: 1,
    kind: 'event',
    type,
    schemaVersion,
    data,
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

/** A disbursement request as the first version of the product stored it. */
const requestV1 = () =>
  storedV1('p1#disbursement#d-1', 'DisbursementRequested', {
    disbursementId: 'd-1',
    lineId: 'EO-1',
    amount: { amount: 120000, currency: 'USD' },
    payee: 'Venue Ltd',
    purpose: 'Hall for a hearing',
    requestedBy: 'fo-1',
    requestedAt: '2026-01-02T00:00:00.000Z',
  });

describe('an event stored at an older schema version', () => {
  it('is read as the current version: a v1 disbursement request gains the v2, v3 and v4 fields', () => {
    const event = toStoredEvent(requestV1());
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
      commitmentId: null,
      // Requested, for want of a value date, on the day it was recorded.
      requestedOn: '2026-01-02',
      requestedBy: 'fo-1',
      requestedAt: '2026-01-02T00:00:00.000Z',
    });
  });

  it('is dated the day it was recorded: a v2 approval gains its value date', () => {
    const item = storedV1('p1#disbursement#d-1', 'DisbursementApproved', {
      disbursementId: 'd-1',
      lineId: 'EO-1',
      fundingSourceId: 'src-1',
      amount: { amount: 120000, currency: 'USD' },
      budgetAmount: { amount: 120000, currency: 'USD' },
      override: null,
      approvedBy: 'head',
      approvedAt: '2026-01-03T16:00:00.000Z',
    });
    const event = toStoredEvent({ ...item, schemaVersion: 2 });
    expect(event.data).toMatchObject({ approvedOn: '2026-01-03', approvedAt: '2026-01-03T16:00:00.000Z' });
  });

  it('is dated the day it was recorded: a v1 commitment and its release gain their value dates', () => {
    const raised = storedV1('p1#commitment#k-1', 'CommitmentRaised', {
      commitmentId: 'k-1',
      lineId: 'EO-1',
      fundingSourceId: 'src-1',
      amount: { amount: 500000, currency: 'USD' },
      description: 'Printing',
      supplier: 'Government Printer',
      raisedBy: 'fo-1',
      raisedAt: '2026-03-10T08:00:00.000Z',
    });
    expect(toStoredEvent(raised).data).toMatchObject({ raisedOn: '2026-03-10' });
    const released = storedV1('p1#commitment#k-1', 'CommitmentReleased', {
      commitmentId: 'k-1',
      amount: { amount: 100000, currency: 'USD' },
      reason: 'Fewer copies',
      releasedBy: 'fo-1',
      releasedAt: '2026-03-20T08:00:00.000Z',
    });
    expect(toStoredEvent(released).data).toMatchObject({ releasedOn: '2026-03-20' });
  });

  it('is dated the day it was recorded: a line adopted and revised, and a draft adopted, before they carried a date', () => {
    const adopted = storedV1(
      'p1#budget-line#EO-1',
      'BudgetLineAdopted',
      {
        lineId: 'EO-1',
        unit: 'education-outreach',
        activity: 'Public hearings',
        costCategory: 'travel',
        amount: { amount: 1000000, currency: 'USD' },
        draftId: null,
        preparedBy: 'fa-1',
        approvedBy: 'fa-1',
        adoptedAt: '2026-01-02T08:00:00.000Z',
      },
      2,
    );
    expect(toStoredEvent(adopted).data).toMatchObject({ adoptedOn: '2026-01-02' });
    const revised = storedV1('p1#budget-line#EO-1', 'BudgetLineRevised', {
      lineId: 'EO-1',
      previous: { amount: 1000000, currency: 'USD' },
      amount: { amount: 1200000, currency: 'USD' },
      reason: 'Mid-year review',
      transferId: null,
      approvedBy: 'fa-1',
      revisedAt: '2026-02-10T08:00:00.000Z',
    });
    expect(toStoredEvent(revised).data).toMatchObject({ revisedOn: '2026-02-10' });
    const draft = storedV1('p1#budget-draft#bd-1', 'BudgetDraftAdopted', {
      draftId: 'bd-1',
      approvedBy: 'fa-1',
      adoptedAt: '2026-01-06T09:00:00.000Z',
    });
    expect(toStoredEvent(draft).data).toMatchObject({ adoptedOn: '2026-01-06' });
  });

  it('is dated the day it was recorded: a v1 risk assessment gains its value date', () => {
    const assessed = storedV1('p1#risk#k-1', 'RiskAssessed', {
      riskId: 'k-1',
      kind: 'inherent',
      likelihood: 4,
      impact: 5,
      score: 20,
      rating: 'critical',
      assessedBy: 'head',
      assessedAt: '2026-02-01T10:00:00.000Z',
    });
    expect(toStoredEvent(assessed).data).toMatchObject({ assessedOn: '2026-02-01' });
  });

  it('keeps its stored form and version, so its hash still verifies', () => {
    const item = requestV1();
    expect(toStoredEvent(item).schemaVersion).toBe(1);
    expect(chainBreaks([item as never])).toEqual([]);
  });

  it('is refused when this code is older than the event', () => {
    expect(() => toStoredEvent({ ...requestV1(), schemaVersion: 9 })).toThrow(/newer than this code/);
  });
});

describe('a rate recorded before rates were checked', () => {
  const rate = { base: 'GBP', quote: 'USD', rate: '0', date: '2026-01-02', source: 'typed by hand' };
  const recorded = { rate, recordedBy: 'fo-1', recordedAt: '2026-01-02T00:00:00.000Z' };

  it('reads as not confirmed, even a rate of zero the door now refuses', () => {
    const event = toStoredEvent(
      storedV1('p1#exchange-rate#GBP-USD-2026-01-02', 'ExchangeRateRecorded', recorded),
    );
    expect(event.data).toEqual({ ...recorded, confirmed: false });
  });
});

describe('an event recorded before codes were checked against ISO 4217 and ISO 3166-1', () => {
  it('still reads: the stored schemas check the shape of a code, never that it is in a list', () => {
    const opened = {
      processId: 'p1',
      name: 'Review Commission',
      country: 'ZZ',
      mandateStart: '2026-01-01',
      mandateEnd: '2027-06-30',
      budgetCurrency: 'XYZ',
      reviewCadenceMonths: 3,
      openedBy: 'admin-1',
      openedAt: '2026-01-02T00:00:00.000Z',
    };
    // Version 1 had no time zone: it reads as UTC.
    expect(toStoredEvent(storedV1('p1#process#p1', 'ProcessOpened', opened)).data).toEqual({
      ...opened,
      timeZone: 'UTC',
      units: defaultUnits,
    });
  });
});

describe('a process opened before it had units of its own', () => {
  it('reads with the four pillars, each a unit of itself', () => {
    const opened = {
      processId: 'p1',
      name: 'Review Commission',
      country: 'KE',
      mandateStart: '2026-01-01',
      mandateEnd: '2027-06-30',
      budgetCurrency: 'USD',
      reviewCadenceMonths: 3,
      timeZone: 'Africa/Nairobi',
      openedBy: 'admin-1',
      openedAt: '2026-01-02T00:00:00.000Z',
    };
    const read = toStoredEvent(storedV1('p1#process#p1', 'ProcessOpened', opened, 2)).data;
    expect(read).toEqual({ ...opened, units: defaultUnits });
    expect(defaultUnits.map(({ unit, pillar }) => [unit, pillar])).toEqual([
      ['secretarial-services', 'secretarial-services'],
      ['education-outreach', 'education-outreach'],
      ['communications', 'communications'],
      ['administration', 'administration'],
    ]);
  });
});

describe('appointments and secondments recorded before they named a budget line', () => {
  const terms = {
    person: { personId: 'per-1', name: 'Amina Odhiambo' },
    startDate: '2026-02-01',
    endDate: '2026-12-31',
  };

  it('read with a null line, which keeps them out of every line’s forecast', () => {
    const staff = {
      appointmentId: 'a-1',
      ...terms,
      contractType: 'civil-service',
      monthlyCost: { amount: 650000, currency: 'USD' },
      fundingSourceId: 'government',
      postTitle: 'Research Officer',
      unit: 'secretarial-services',
      subFunction: 'research',
      reportsTo: 'Deputy, Secretarial Services',
      appointedBy: 'hr-1',
      appointedAt: '2026-01-10T00:00:00.000Z',
    };
    expect(toStoredEvent(storedV1('p1#appointment#a-1', 'StaffAppointed', staff)).data).toEqual({
      ...staff,
      lineId: null,
    });
    const seconded = {
      secondmentId: 's-1',
      ...terms,
      homeInstitution: 'Ministry of Finance',
      postTitle: 'Finance Officer',
      unit: 'administration',
      salary: { borneBy: 'process-budget', monthlyCost: { amount: 100000, currency: 'USD' } },
      reportingLinesToHome: 'Quarterly to the Principal Secretary',
      secondedBy: 'hr-1',
      secondedAt: '2026-01-10T00:00:00.000Z',
    };
    expect(toStoredEvent(storedV1('p1#secondment#s-1', 'StaffSeconded', seconded)).data).toEqual({
      ...seconded,
      salary: { ...seconded.salary, lineId: null },
    });
    const lent = { ...seconded, salary: { borneBy: 'home-institution' } };
    expect(toStoredEvent(storedV1('p1#secondment#s-1', 'StaffSeconded', lent)).data).toEqual(lent);
  });
});

describe('a budget line adopted before drafts', () => {
  it('reads with no draft, its adopter as both preparer and approver', () => {
    const line = {
      lineId: 'EO-1',
      unit: 'education-outreach',
      activity: 'Public hearings',
      costCategory: 'travel',
      amount: { amount: 5000000, currency: 'USD' },
      adoptedAt: '2026-01-02T00:00:00.000Z',
    };
    const event = toStoredEvent(
      storedV1('p1#budget-line#EO-1', 'BudgetLineAdopted', { ...line, adoptedBy: 'fo-1' }),
    );
    expect(event.data).toEqual({
      ...line,
      draftId: null,
      preparedBy: 'fo-1',
      approvedBy: 'fo-1',
      adoptedOn: '2026-01-02',
    });
  });
});

describe('a reversal recorded before reversals could be partial', () => {
  it('reads as the whole payment come back, on the day it was recorded when it had no date', () => {
    const reversal = {
      disbursementId: 'd-1',
      lineId: 'EO-1',
      fundingSourceId: 'c-1',
      budgetAmount: { amount: 108250, currency: 'USD' },
      reason: 'Paid to the wrong account',
      reversedBy: 'fa-1',
      reversedAt: '2026-03-02T09:00:00.000Z',
    };
    const v1 = toStoredEvent(storedV1('p1#disbursement#d-1', 'DisbursementReversed', reversal));
    expect(v1.data).toEqual({ ...reversal, reversedOn: '2026-03-02', amount: null });
    const v2 = { ...reversal, reversedOn: '2026-02-27' };
    expect(toStoredEvent(storedV1('p1#disbursement#d-1', 'DisbursementReversed', v2, 2)).data).toEqual({
      ...v2,
      amount: null,
    });
  });
});
