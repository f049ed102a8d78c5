import { describe, expect, it } from 'vitest';
import { donorStory } from '../../../test/support/donor-story';
import { project } from '../../../test/support/event-log';
import { add } from '../../money';
import { staffingProjection } from '../staffing';
import { donorContributionsProjection } from './contributions';
import { deliveryRate } from './delivery-rate';
import { donorSummaries, donorView } from './donor-view';
import type { LineInfo } from './paid-for';
import { donorSpendingProjection } from './spending';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });

const events = donorStory().inRecordedOrder();
const lines = new Map<string, LineInfo>([
  ['COM-1', { unit: 'communications', activity: 'Radio campaign', costCategory: 'contractual-services' }],
  ['EO-1', { unit: 'education-outreach', activity: 'Public hearings', costCategory: 'travel' }],
]);
const input = {
  contributions: project(donorContributionsProjection, events),
  spending: project(donorSpendingProjection, events),
  staff: project(staffingProjection, events),
  lines,
  today: '2026-07-15',
};
const view = donorView({ ...input, donorId: 'eu' });

describe('a donor’s contributions', () => {
  it('show pledged, received and outstanding in the contribution’s currency', () => {
    // c-eu: EUR 100,000.00 pledged; 40,000.00 + 10,000.00 = 50,000.00 received; 50,000.00 outstanding.
    expect(view?.contributions[0]).toMatchObject({
      contributionId: 'c-eu',
      currency: 'EUR',
      pledged: eur(100_000_00),
      received: eur(50_000_00),
      outstanding: eur(50_000_00),
    });
    expect(view?.contributions[1]).toMatchObject({
      contributionId: 'c-eu2',
      pledged: usd(20_000_00),
      received: usd(20_000_00),
      outstanding: usd(0),
    });
  });

  it('show the trust-fund figures: transferred is what the tranches brought into the budget', () => {
    // c-eu: transferred 43,300.00 + 11,000.00 = 54,300.00; spent 10,000.00 + 2,200.00 + 5,500.00 paid
    // − 2,200.00 reversed = 15,500.00 (d3 is approved, not paid); delivery 15,500 ÷ 54,300 = 28.545 %.
    expect(view?.contributions[0]?.trustFund).toEqual({
      pledged: eur(100_000_00),
      deposited: eur(50_000_00),
      transferred: usd(54_300_00),
      spent: usd(15_500_00),
      deliveryRatePercent: '28.55',
    });
    // c-eu2: 1,500 ÷ 20,000 = 7.50 %.
    expect(view?.contributions[1]?.trustFund.deliveryRatePercent).toBe('7.50');
  });

  it('show what is committed and what is still available to spend', () => {
    // c-eu: charged 10,000 + 2,200 + 3,000 − 2,200 + 5,500 = 18,500.00; available 54,300 − 5,000 − 18,500.
    expect(view?.contributions[0]).toMatchObject({ committed: usd(5_000_00), available: usd(30_800_00) });
  });

  it('add up per currency, never across currencies', () => {
    // Transferred 54,300 + 20,000 = 74,300.00; spent 15,500 + 1,500 = 17,000.00, 22.880 % of it;
    // available 30,800 + 18,500 = 49,300.00.
    expect(view?.totals).toEqual({
      byCurrency: [
        { currency: 'EUR', pledged: eur(100_000_00), received: eur(50_000_00), outstanding: eur(50_000_00) },
        { currency: 'USD', pledged: usd(20_000_00), received: usd(20_000_00), outstanding: usd(0) },
      ],
      transferred: usd(74_300_00),
      committed: usd(5_000_00),
      spent: usd(17_000_00),
      available: usd(49_300_00),
      deliveryRatePercent: '22.88',
    });
  });

  it('leave out every other donor’s money', () => {
    expect(view?.contributions.map((c) => c.contributionId)).toEqual(['c-eu', 'c-eu2']);
    expect(donorView({ ...input, donorId: 'nobody' })).toBeUndefined();
  });
});

describe('what a donor’s money paid for', () => {
  it('is paid net of reversals per line, with the line’s unit and cost category', () => {
    // COM-1: 10,000 + 2,200 + 5,500 = 17,700.00 paid, 2,200.00 reversed; EO-1: d4's 1,500.00 only.
    expect(view?.paidFor.byLine).toEqual([
      {
        lineId: 'COM-1',
        unit: 'communications',
        activity: 'Radio campaign',
        costCategory: 'contractual-services',
        paid: usd(17_700_00),
        reversed: usd(2_200_00),
        net: usd(15_500_00),
        payments: 3,
        reversals: 1,
      },
      {
        lineId: 'EO-1',
        unit: 'education-outreach',
        activity: 'Public hearings',
        costCategory: 'travel',
        paid: usd(1_500_00),
        reversed: usd(0),
        net: usd(1_500_00),
        payments: 1,
        reversals: 0,
      },
    ]);
  });

  it('adds up by unit and by cost category', () => {
    expect(view?.paidFor.byUnit.map((u) => [u.unit, u.net.amount])).toEqual([
      ['communications', 15_500_00],
      ['education-outreach', 1_500_00],
    ]);
    expect(view?.paidFor.byCostCategory.map((c) => [c.costCategory, c.net.amount])).toEqual([
      ['contractual-services', 15_500_00],
      ['travel', 1_500_00],
    ]);
    // 17,700 + 1,500 = 19,200.00 paid; 2,200.00 reversed.
    expect(view?.paidFor.total).toEqual({
      paid: usd(19_200_00),
      reversed: usd(2_200_00),
      net: usd(17_000_00),
    });
  });
});

describe('the staff a donor funds', () => {
  it('are the appointments paid from its contributions, with both reporting lines', () => {
    expect(view?.staff).toEqual([
      expect.objectContaining({
        appointmentId: 'a1',
        fundingSourceId: 'c-eu',
        contractType: 'donor-funded',
        post: {
          title: 'Civic Education Officer',
          unit: 'education-outreach',
          subFunction: 'public-participation',
          reportsTo: 'Deputy, Education and Outreach',
        },
        donorReportingLine: { donorId: 'eu', reportsTo: 'EU Programme Manager' },
        status: 'active',
      }),
      expect.objectContaining({
        appointmentId: 'a3',
        fundingSourceId: 'c-eu2',
        post: {
          title: 'Deputy, communications',
          unit: 'communications',
          subFunction: null,
          reportsTo: 'Secretariat Head',
        },
        donorReportingLine: null,
        status: 'ended',
        endDate: '2026-03-31',
        ended: { reason: 'resigned', endDate: '2026-03-31' },
      }),
    ]);
  });
});

describe('a donor’s reporting calendar', () => {
  it('advances past the report submitted and shows the next one overdue', () => {
    // The report of 10 Apr answered 31 Mar (late); 30 Jun is next and 15 days past on 15 Jul.
    expect(view?.contributions[0]?.reporting).toEqual({
      frequency: 'quarterly',
      firstReportDue: '2026-03-31',
      nextDue: '2026-06-30',
      overdue: true,
      daysOverdue: 15,
      overdueReports: 1,
      submitted: [
        {
          answers: ['2026-03-31'],
          periodEnd: '2026-03-31',
          submittedOn: '2026-04-10',
          document: { reference: 'EU-Q1-2026', sha256: 'e'.repeat(64) },
          onTime: false,
        },
      ],
    });
    expect(view?.reporting).toEqual({
      nextDue: '2026-06-30',
      nextDueFor: 'c-eu',
      overdue: true,
      overdueReports: 1,
    });
  });

  it('is not overdue before the next date passes', () => {
    const early = donorView({ ...input, donorId: 'eu', today: '2026-06-30' });
    expect(early?.reporting).toMatchObject({ nextDue: '2026-06-30', overdue: false, overdueReports: 0 });
  });
});

describe('the list of donors', () => {
  it('gives each donor its headline figures', () => {
    expect(
      donorSummaries(input).map((d) => [d.donorId, d.contributions, d.transferred.amount, d.spent.amount]),
    ).toEqual([
      ['eu', 2, 74_300_00, 17_000_00],
      ['undp', 1, 50_000_00, 0],
    ]);
  });
});

describe('the delivery rate', () => {
  it('rounds half up to two decimals and is null before anything is transferred', () => {
    // 1 ÷ 8 = 12.5 % exactly; 1 ÷ 3 = 33.333… %; 2 ÷ 3 = 66.666… % rounds up; 1 ÷ 80,000 = 0.00125 %.
    expect(deliveryRate(usd(1), usd(8))).toBe('12.50');
    expect(deliveryRate(usd(1), usd(3))).toBe('33.33');
    expect(deliveryRate(usd(2), usd(3))).toBe('66.67');
    expect(deliveryRate(usd(1), usd(80_000))).toBe('0.00');
    expect(deliveryRate(usd(5), usd(0))).toBeNull();
  });
});

describe('a donor’s contributions after opening balances were imported', () => {
  it('count as spent what their lines had spent before the system, in the trust-fund figures too', () => {
    // Given c-eu2 (USD 20,000.00, 1,500.00 paid) had spent 2,000.00 before the system.
    const story = donorStory();
    story.append(
      'contribution',
      'c-eu2',
      {
        type: 'ContributionOpeningBalance',
        data: {
          contributionId: 'c-eu2',
          received: usd(0),
          deposited: usd(0),
          spent: usd(2_000_00),
          committed: usd(0),
          asOf: '2026-01-31',
          proposedBy: 'fo-1',
          approvedBy: 'fa-1',
          approvedAt: '2026-02-10T09:00:00.000Z',
        },
      },
      '2026-02-10T09:00:00.000Z',
      'fa-1',
    );
    const log = story.inRecordedOrder();
    const opened = donorView({
      ...input,
      contributions: project(donorContributionsProjection, log),
      spending: project(donorSpendingProjection, log),
      donorId: 'eu',
    });
    // Then 1,500.00 + 2,000.00 = 3,500.00 spent of 20,000.00: 17.50 %; the totals add it too.
    expect(opened?.contributions[1]).toMatchObject({
      spent: usd(3_500_00),
      trustFund: { spent: usd(3_500_00), deliveryRatePercent: '17.50' },
    });
    expect(opened?.totals.spent).toEqual(add(view?.totals.spent ?? usd(0), usd(2_000_00)));
  });
});
