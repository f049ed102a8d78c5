import { describe, expect, it } from 'vitest';
import { usd } from '../../test/support/builders';
import {
  appointmentEnded,
  headAppointed,
  seconded,
  staffAppointed,
  termsChanged,
} from '../../test/support/staffing-builders';
import { storedStream } from '../../test/support/views';
import { foldProjections, rowsOf } from './fold';
import { fraction } from './fraction';
import { costOver, type PersonnelCost, personnelOf } from './personnel';
import { type RateRow, ratesProjection } from './rates';
import { type StaffRow, staffingProjection } from './staffing';

const rows = (...streams: ReturnType<typeof storedStream>[]) =>
  rowsOf<StaffRow>(foldProjections([staffingProjection], streams.flat()), 'p1#staffing');
const person = (id: string) => ({ personId: id, name: `Person ${id}` });

/** A pair's rates as recorded, one after the other: the rates view keeps the last. */
const pairRates = (base: string, quote: string, ...rates: [rate: string, date: string, setAt: string][]) =>
  storedStream(
    `p1#currency-pair#${base}-${quote}`,
    rates.map(([rate, date, setAt]) => ({
      type: 'CurrencyPairRateSet' as const,
      data: { rate: { base, quote, rate, date, source: 'UN operational rate' }, setBy: 'fo-1', setAt },
    })),
  );
const ratesOf = (...streams: ReturnType<typeof storedStream>[]) =>
  rowsOf<RateRow>(foldProjections([ratesProjection], streams.flat()), 'p1#rates');
const kesOfficer = () =>
  rows(
    storedStream('p1#appointment#a-1', [
      staffAppointed({ monthlyCost: { amount: 150_000_00, currency: 'KES' } }),
    ]),
  );

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
      [],
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
      [],
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
      [],
    );
    // 33 % of 1,555.55 = 513.3315, rounded half away from zero to 513.33.
    expect(counted.map(({ id, monthlyCost, fundingSourceId }) => [id, monthlyCost, fundingSourceId])).toEqual(
      [
        ['secondment#s-1', usd(513_33), null],
        ['secondment#s-2', usd(2_000_00), 'eu'],
      ],
    );
  });

  it('counts a cost stated in another currency at the pair’s latest recorded rate, and names that rate', () => {
    // Given USD/KES 125.00 (1 March) then 130.00 (1 June): the latest recorded is 130.00, whatever the day.
    const rates = ratesOf(
      pairRates(
        'USD',
        'KES',
        ['125', '2026-03-01', '2026-03-01T08:00:00.000Z'],
        ['130', '2026-06-01', '2026-06-01T08:00:00.000Z'],
      ),
    );
    // When the forecast counts an officer paid KES 150,000.00 a month
    const personnel = personnelOf(kesOfficer(), '2027-06-30', 'USD', rates);
    // Then KES 150,000.00 ÷ 130 = USD 1,153.846…, rounded once: 1,153.85, and the rate is named.
    expect(personnel.notInBudgetCurrency).toEqual([]);
    expect(personnel.counted.map(({ monthlyCost, converted }) => ({ monthlyCost, converted }))).toEqual([
      {
        monthlyCost: usd(1_153_85),
        converted: {
          monthlyCost: { amount: 150_000_00, currency: 'KES' },
          rate: { base: 'USD', quote: 'KES', rate: '130', date: '2026-06-01', source: 'UN operational rate' },
        },
      },
    ]);
  });

  it('takes whichever direction of the pair was recorded last', () => {
    // Given USD/KES 130.00 recorded in June, then KES/USD 0.0080 in July: KES 150,000.00 × 0.008 = USD 1,200.00.
    const rates = ratesOf(
      pairRates('USD', 'KES', ['130', '2026-06-01', '2026-06-01T08:00:00.000Z']),
      pairRates('KES', 'USD', ['0.0080', '2026-07-01', '2026-07-01T08:00:00.000Z']),
    );
    const [cost] = personnelOf(kesOfficer(), '2027-06-30', 'USD', rates).counted;
    expect(cost?.monthlyCost).toEqual(usd(1_200_00));
    expect(cost?.converted?.rate).toMatchObject({
      base: 'KES',
      quote: 'USD',
      rate: '0.0080',
      date: '2026-07-01',
    });
  });

  it('sets apart costs stated in another currency when no rate is recorded for the pair', () => {
    // A EUR/USD rate converts no KES.
    const personnel = personnelOf(
      kesOfficer(),
      '2027-06-30',
      'USD',
      ratesOf(pairRates('EUR', 'USD', ['1.08', '2026-06-01', '2026-06-01T08:00:00.000Z'])),
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

describe('personnel whose monthly cost changed from a date', () => {
  const raised = (...changes: ReturnType<typeof termsChanged>[]) =>
    personnelOf(
      rows(storedStream('p1#appointment#a-1', [staffAppointed(), ...changes])),
      '2027-06-30',
      'USD',
      [],
    ).counted;

  it('uses the old cost before the date and the new one from it, month by month', () => {
    // 6,500.00 from 1 February, 7,000.00 from 1 July, 7,440.00 from 17 October.
    const people = raised(
      termsChanged(),
      termsChanged({
        previousMonthlyCost: usd(7_000_00),
        monthlyCost: usd(7_440_00),
        effectiveFrom: '2026-10-17',
      }),
    );
    expect(people.map(({ id, monthlyCost, from, to }) => [id, monthlyCost.amount, from, to])).toEqual([
      ['appointment#a-1', 6_500_00, '2026-02-01', '2026-06-30'],
      ['appointment#a-1', 7_000_00, '2026-07-01', '2026-10-16'],
      ['appointment#a-1', 7_440_00, '2026-10-17', '2027-06-30'],
    ]);
    expect(costOver(people, '2026-06-01', '2026-06-30')).toEqual(fraction(6_500_00));
    expect(costOver(people, '2026-07-01', '2026-07-31')).toEqual(fraction(7_000_00));
    // October: 16 days of 31 at 7,000.00 and 15 at 7,440.00 = 3,612.90… + 3,600.00.
    expect(costOver(people, '2026-10-01', '2026-10-31')).toEqual(fraction(7_000_00 * 16 + 7_440_00 * 15, 31));
  });

  it('leaves out a raise planned after the day the appointment ended early', () => {
    const people = personnelOf(
      rows(
        storedStream('p1#appointment#a-1', [
          staffAppointed(),
          termsChanged({ effectiveFrom: '2026-11-01' }),
          appointmentEnded({ endDate: '2026-09-30' }),
        ]),
      ),
      '2027-06-30',
      'USD',
      [],
    ).counted;
    expect(people.map(({ monthlyCost, from, to }) => [monthlyCost.amount, from, to])).toEqual([
      [6_500_00, '2026-02-01', '2026-09-30'],
    ]);
  });
});
