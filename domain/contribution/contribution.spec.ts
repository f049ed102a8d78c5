import { describe, expect, it } from 'vitest';
import { readData } from '../../events/catalog';
import { day, eur, pledged, trancheReceived, usd } from '../../test/support/builders';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { openProcess, organisedProcess } from '../../test/support/staffing-builders';
import { evolve, initialState } from './contribution';
import { contribution, type PledgeContribution, type ReceiveTranche } from './decide';
import type { SubmitDonorReport } from './reporting-calendar';
import { pledgeIn, receiveTrancheOn, submitReportOn } from './workflows';

const given = specFor(contribution);
const { type: _, ...pledgeData } = pledged();
const { pledgedBy: __, pledgedAt: ___, ...pledgeFields } = pledgeData.data;
const pledge = (o: Partial<PledgeContribution> = {}): PledgeContribution => ({
  type: 'PledgeContribution',
  ...pledgeFields,
  by: 'fo-1',
  at: day(1),
  ...o,
});
const receive = (o: Partial<ReceiveTranche> = {}): ReceiveTranche => ({
  type: 'ReceiveTranche',
  trancheId: 't-1',
  amount: usd(50_000_00),
  receivedOn: '2026-01-02',
  rate: undefined,
  by: 'fo-1',
  at: day(2),
  ...o,
});
const eurUsd = { base: 'EUR', quote: 'USD', rate: '1.10', date: '2026-01-02', source: 'UN operational rate' };
const line = { lineId: 'EO-1', unit: 'education-outreach' };
const charge = (amount = usd(1_000_00), override?: { reason: string; by: string }) => ({
  type: 'ChargeContribution' as const,
  disbursementId: 'd-1',
  amount,
  line,
  by: 'head',
  at: day(3),
  ...(override ? { override } : {}),
});

describe('pledging a contribution', () => {
  it('records donor, amount, modality, restrictions and reporting obligation', () => {
    given([]).when(pledge()).then([pledged()]);
  });

  it('is refused when already pledged', () => {
    given([pledged()]).when(pledge()).thenRefuses('contribution-already-pledged');
  });

  it('may be restricted to units of the process only, the field named when refused', () => {
    const toLegal = pledge({ restrictions: { units: ['legal-drafting'], lineIds: [] } });
    expect(pledgeIn(toLegal, initialState, organisedProcess)).toHaveLength(1);
    const refusal = expectRefusal(() => pledgeIn(toLegal, initialState, openProcess), 'unit-not-found');
    expect(refusal.details).toMatchObject({ field: 'restrictions.units', unit: 'legal-drafting' });
  });
});

describe('receiving a tranche', () => {
  it('in the budget currency needs no rate', () => {
    given([pledged()]).when(receive()).then([trancheReceived()]);
  });

  it('in the donor’s currency records the rate and the amount in the budget currency', () => {
    given([pledged({ amount: eur(100_000_00) })])
      .when(receive({ amount: eur(10_000_00), rate: eurUsd }))
      .then([trancheReceived({ amount: eur(10_000_00), rate: eurUsd, budgetAmount: usd(11_000_00) })]);
  });

  it('is refused in another currency without a recorded rate', () => {
    given([pledged({ amount: eur(100_000_00) })])
      .when(receive({ amount: eur(10_000_00) }))
      .thenRefuses('exchange-rate-not-recorded');
  });

  it('is refused beyond what is still outstanding on the pledge', () => {
    given([pledged({ amount: usd(100_000_00) }), trancheReceived({ amount: usd(60_000_00) })])
      .when(receive({ amount: usd(40_000_01) }))
      .thenRefuses('tranche-exceeds-pledge');
  });

  it('is refused in a currency other than the pledge’s', () => {
    given([pledged()])
      .when(receive({ amount: eur(1_00) }))
      .thenRefuses('currency-mismatch');
  });

  it('is received on a day the process has lived: not one still to come, nor before the mandate', () => {
    const source = evolve(initialState, pledged());
    const receiveOn = (receivedOn: string) => () =>
      receiveTrancheOn(receive({ receivedOn }), source, openProcess);
    expect(receiveOn('2026-01-02')()).toEqual([trancheReceived()]);
    // Recorded on 2 January: money dated the 3rd is not money available now.
    expectRefusal(receiveOn('2026-01-03'), 'date-after-today');
    expectRefusal(receiveOn('2025-12-31'), 'date-before-mandate');
  });
});

describe('paying from a contribution', () => {
  it('is limited to what was received, not what was pledged', () => {
    given([pledged(), trancheReceived({ amount: usd(1_000_00) })])
      .when(charge(usd(1_000_01)))
      .thenRefuses('insufficient-funds-on-source');
  });

  it('is refused for a line outside the donor’s restriction', () => {
    given([pledged({ restrictions: { units: ['communications'], lineIds: ['LEG-1'] } }), trancheReceived()])
      .when(charge())
      .thenRefuses('outside-donor-restriction');
  });

  it('is allowed for a line the restriction names', () => {
    given([pledged({ restrictions: { units: [], lineIds: ['EO-1'] } }), trancheReceived()])
      .when(charge(usd(1_000_00)))
      .then([
        {
          type: 'ContributionCharged',
          data: {
            contributionId: 'src-1',
            disbursementId: 'd-1',
            lineId: 'EO-1',
            amount: usd(1_000_00),
            chargedAt: day(3),
          },
        },
      ]);
  });

  it('is refused for a source that was never pledged', () => {
    given([]).when(charge()).thenRefuses('funding-source-not-found');
  });
});

describe('submitting a donor report', () => {
  const report = { reference: 'EU-Q1-2026', sha256: 'd'.repeat(64) };
  const submit = (o: Partial<SubmitDonorReport> = {}): SubmitDonorReport => ({
    type: 'SubmitDonorReport',
    periodEnd: '2026-03-31',
    submittedOn: '2026-04-10',
    document: report,
    by: 'fo-1',
    at: '2026-04-10T09:00:00.000Z',
    ...o,
  });
  const submitted = (periodEnd: string, submittedOn: string) => ({
    type: 'DonorReportSubmitted' as const,
    data: {
      contributionId: 'src-1',
      donorId: 'eu',
      periodEnd,
      submittedOn,
      document: report,
      submittedBy: 'fo-1',
      submittedAt: `${submittedOn}T09:00:00.000Z`,
    },
  });

  it('records the period it covers, the day it was sent and its document', () => {
    given([pledged()])
      .when(submit())
      .then([submitted('2026-03-31', '2026-04-10')]);
  });

  it('records a later period once an earlier one is reported', () => {
    given([pledged(), submitted('2026-03-31', '2026-04-10')])
      .when(submit({ periodEnd: '2026-06-30', submittedOn: '2026-07-05', at: '2026-07-05T09:00:00.000Z' }))
      .then([submitted('2026-06-30', '2026-07-05')]);
  });

  it('records a report covering part of a period: the dates it answers follow from its period end', () => {
    given([pledged(), submitted('2026-03-31', '2026-04-10')])
      .when(submit({ periodEnd: '2026-04-30', submittedOn: '2026-05-04', at: '2026-05-04T09:00:00.000Z' }))
      .then([submitted('2026-04-30', '2026-05-04')]);
  });

  it('is refused for a period that has not ended on the day it is submitted', () => {
    given([pledged()])
      .when(submit({ periodEnd: '2026-04-11' }))
      .thenRefuses('report-period-not-ended');
  });

  it('is refused when dated after the day it is recorded', () => {
    const source = evolve(initialState, pledged());
    const submitOn = (submittedOn: string) => () =>
      submitReportOn(submit({ submittedOn }), source, openProcess);
    expectRefusal(submitOn('2026-04-11'), 'date-after-today');
    expect(submitOn('2026-04-10')()).toMatchObject([{ type: 'DonorReportSubmitted' }]);
  });

  it('is refused for a period already reported', () => {
    given([pledged(), submitted('2026-03-31', '2026-04-10')])
      .when(submit({ periodEnd: '2026-03-31' }))
      .thenRefuses('report-period-already-reported');
  });

  it('is refused on a contribution never pledged', () => {
    given([]).when(submit()).thenRefuses('funding-source-not-found');
  });

  it('reads a report stored at version 1, which named a date, by the period it covered', () => {
    const v1 = readData('DonorReportSubmitted', 1, {
      ...submitted('2026-04-30', '2026-05-04').data,
      dueDate: '2026-03-31',
    });
    const storedV1 = { type: 'DonorReportSubmitted' as const, data: v1 };
    given([pledged(), storedV1])
      .when(submit({ periodEnd: '2026-04-30', submittedOn: '2026-05-04', at: '2026-05-04T09:00:00.000Z' }))
      .thenRefuses('report-period-already-reported');
    given([pledged(), storedV1])
      .when(submit({ periodEnd: '2026-06-30', submittedOn: '2026-07-05', at: '2026-07-05T09:00:00.000Z' }))
      .then([submitted('2026-06-30', '2026-07-05')]);
  });
});

describe('what a checker reads of a contribution', () => {
  it('shows the pledge’s terms, who recorded it and when', () => {
    expect(evolve(initialState, pledged())).toMatchObject({
      donorId: 'eu',
      donorName: 'European Union',
      modality: 'basket-fund',
      reportingFrequency: 'quarterly',
      firstReportDue: '2026-03-31',
      pledgedBy: 'fo-1',
      pledgedAt: day(1),
      pledged: usd(100_000_00),
    });
  });
});
