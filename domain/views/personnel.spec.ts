import { describe, expect, it } from 'vitest';
import { usd } from '../../test/support/builders';
import {
  appointmentEnded,
  headAppointed,
  seconded,
  staffAppointed,
} from '../../test/support/staffing-builders';
import { storedStream } from '../../test/support/views';
import { foldProjections, rowsOf } from './fold';
import { fraction } from './fraction';
import { costOver, type PersonnelCost, personnelOf } from './personnel';
import { type StaffRow, staffingProjection } from './staffing';

const rows = (...streams: ReturnType<typeof storedStream>[]) =>
  rowsOf<StaffRow>(foldProjections([staffingProjection], streams.flat()), 'p1#staffing');
const person = (id: string) => ({ personId: id, name: `Person ${id}` });

describe('personnel as a known future outflow', () => {
  it('counts an appointment’s monthly cost from its start to the end of its contract, or of the mandate when it has none', () => {
    const { counted } = personnelOf(
      rows(
        storedStream('p1#appointment#a-1', [headAppointed({ appointmentId: 'a-1', endDate: '2026-12-31' })]),
        storedStream('p1#appointment#a-2', [
          staffAppointed({
            appointmentId: 'a-2',
            person: person('p2'),
            endDate: undefined,
            fundingSourceId: 'eu',
          }),
        ]),
      ),
      '2027-06-30',
      'USD',
    );
    expect(
      counted.map(({ id, monthlyCost, fundingSourceId, from, to }) => [
        id,
        monthlyCost,
        fundingSourceId,
        from,
        to,
      ]),
    ).toEqual([
      ['appointment#a-1', usd(6_500_00), 'government', '2026-02-01', '2026-12-31'],
      ['appointment#a-2', usd(6_500_00), 'eu', '2026-02-01', '2027-06-30'],
    ]);
  });

  it('stops at the last day of an appointment that was ended', () => {
    const { counted } = personnelOf(
      rows(
        storedStream('p1#appointment#a-1', [staffAppointed(), appointmentEnded({ endDate: '2026-04-15' })]),
      ),
      '2027-06-30',
      'USD',
    );
    expect(counted[0]?.to).toBe('2026-04-15');
  });

  it('counts the process’s share of a secondee’s cost, rounded once, and nothing the home institution bears', () => {
    const { counted } = personnelOf(
      rows(
        storedStream('p1#secondment#s-1', [
          seconded({
            secondmentId: 's-1',
            salary: { borneBy: 'shared', processSharePercent: 33, monthlyCost: usd(1_555_55) },
          }),
        ]),
        storedStream('p1#secondment#s-2', [
          seconded({
            secondmentId: 's-2',
            salary: { borneBy: 'process-budget', monthlyCost: usd(2_000_00), fundingSourceId: 'eu' },
          }),
        ]),
        storedStream('p1#secondment#s-3', [
          seconded({ secondmentId: 's-3', salary: { borneBy: 'home-institution' } }),
        ]),
      ),
      '2027-06-30',
      'USD',
    );
    // 33 % of 1,555.55 = 513.3315, rounded half away from zero to 513.33.
    expect(counted.map(({ id, monthlyCost, fundingSourceId }) => [id, monthlyCost, fundingSourceId])).toEqual(
      [
        ['secondment#s-1', usd(513_33), null],
        ['secondment#s-2', usd(2_000_00), 'eu'],
      ],
    );
  });

  it('sets apart costs stated in another currency than the budget’s, since no rate is recorded with them', () => {
    const personnel = personnelOf(
      rows(
        storedStream('p1#appointment#a-1', [
          staffAppointed({ monthlyCost: { amount: 150_000_00, currency: 'KES' } }),
        ]),
      ),
      '2027-06-30',
      'USD',
    );
    expect(personnel.counted).toEqual([]);
    expect(personnel.notInBudgetCurrency.map((cost) => cost.monthlyCost)).toEqual([
      { amount: 150_000_00, currency: 'KES' },
    ]);
  });
});

describe('what personnel cost over a span of days', () => {
  const officer: PersonnelCost = {
    id: 'appointment#a-1',
    person: person('p1'),
    fundingSourceId: 'eu',
    lineId: null,
    monthlyCost: usd(6_000_00),
    from: '2026-06-11',
    to: '2026-08-20',
  };

  it('spreads each month’s cost evenly over the month’s days', () => {
    // June: 20 of 30 days = 4,000.00; July: 6,000.00; August: 20 of 31 days = 3,870.967…
    expect(costOver([officer], '2026-06-01', '2026-06-30')).toEqual(fraction(4_000_00));
    expect(costOver([officer], '2026-07-01', '2026-07-31')).toEqual(fraction(6_000_00));
    expect(costOver([officer], '2026-08-01', '2026-08-31')).toEqual(fraction(6_000_00 * 20, 31));
  });

  it('counts only the days of the span the person is in post', () => {
    // 11 to 20 June: 10 days of 30 = 2,000.00.
    expect(costOver([officer], '2026-05-01', '2026-06-20')).toEqual(fraction(2_000_00));
  });
});
