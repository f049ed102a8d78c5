import { describe, expect, it } from 'vitest';
import { usd } from '../../test/support/builders';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import {
  endSecondmentEarly,
  extendSecondment,
  openProcess,
  second,
  seconded,
  secondmentEndedEarly,
} from '../../test/support/staffing-builders';
import { initialState as noProcess } from '../process/process';
import { secondment } from './decide';
import { endSecondmentEarly as endEarlyIn, secondStaff } from './workflows';

const given = specFor(secondment);

describe('seconding staff', () => {
  it('records the home institution, the dates, who bears the salary and the lines kept home', () => {
    given([]).when(second()).then([seconded()]);
  });

  it('records a shared salary with the share the process bears and what it costs a month', () => {
    const salary = {
      borneBy: 'shared',
      processSharePercent: 40,
      monthlyCost: usd(1_600_00),
      fundingSourceId: 'basket-fund',
    } as const;
    given([])
      .when(second({ salary }))
      .then([seconded({ salary })]);
  });

  it('is refused when the planned end is not after the start', () => {
    given([])
      .when(second({ startDate: '2026-03-01', endDate: '2026-03-01' }))
      .thenRefuses('secondment-ends-before-it-starts');
  });

  it('is refused when the same secondment was already recorded', () => {
    given([seconded()]).when(second()).thenRefuses('secondment-already-recorded');
  });

  it('is refused in a process never opened', () => {
    expectRefusal(() => secondStaff(second(), noProcess, secondment.initialState), 'process-not-found');
  });

  it('is recorded in an open process', () => {
    expect(secondStaff(second(), openProcess, secondment.initialState)).toEqual([seconded()]);
  });

  it('may start on a day still to come, a plan, but not before the mandate', () => {
    const from = (startDate: string) => () =>
      secondStaff(second({ startDate, endDate: '2027-03-31' }), openProcess, secondment.initialState);
    expect(from('2026-12-01')()).toHaveLength(1);
    expectRefusal(from('2025-12-31'), 'date-before-mandate');
  });

  it('is refused in a unit the process does not have', () => {
    expectRefusal(
      () => secondStaff(second({ unit: 'legal-drafting' }), openProcess, secondment.initialState),
      'unit-not-found',
    );
  });
});

describe('extending a secondment', () => {
  it('records the new planned end with the previous one', () => {
    given([seconded({ endDate: '2026-12-31' })])
      .when(extendSecondment({ newEndDate: '2027-03-31' }))
      .then([
        {
          type: 'SecondmentExtended',
          data: {
            secondmentId: 's-1',
            previousEndDate: '2026-12-31',
            newEndDate: '2027-03-31',
            extendedBy: 'hr-1',
            extendedAt: extendSecondment().at,
          },
        },
      ]);
  });

  it('is refused when the new end is not later than the planned one', () => {
    given([seconded({ endDate: '2026-12-31' })])
      .when(extendSecondment({ newEndDate: '2026-12-31' }))
      .thenRefuses('secondment-extension-not-later');
  });

  it('is refused once the secondment ended', () => {
    given([seconded(), secondmentEndedEarly()]).when(extendSecondment()).thenRefuses('secondment-ended');
  });

  it('is refused for a secondment never recorded', () => {
    given([]).when(extendSecondment()).thenRefuses('secondment-not-found');
  });
});

describe('ending a secondment early', () => {
  it('records why and when: the officer recalled or returned', () => {
    given([seconded()])
      .when(endSecondmentEarly({ reason: 'returned', endDate: '2026-12-31' }))
      .then([secondmentEndedEarly({ reason: 'returned', endDate: '2026-12-31' })]);
  });

  it('is refused on a date after the planned end', () => {
    given([seconded({ endDate: '2026-12-31' })])
      .when(endSecondmentEarly({ endDate: '2027-01-01' }))
      .thenRefuses('secondment-early-end-after-planned-end');
  });

  it('is refused on a date before the start', () => {
    given([seconded({ startDate: '2026-03-01' })])
      .when(endSecondmentEarly({ endDate: '2026-02-28' }))
      .thenRefuses('secondment-ends-before-it-starts');
  });

  it('is refused once the secondment ended', () => {
    given([seconded(), secondmentEndedEarly()]).when(endSecondmentEarly()).thenRefuses('secondment-ended');
  });

  it('is a business date: the last day, once it has come', () => {
    const laterAt = '2026-10-01T09:00:00.000Z';
    const state = secondment.evolve(secondment.initialState, seconded());
    const ending = (endDate: string) => () =>
      endEarlyIn(endSecondmentEarly({ endDate, at: laterAt }), state, openProcess);
    expect(ending('2026-08-31')()).toEqual([secondmentEndedEarly({ endedAt: laterAt })]);
    expectRefusal(ending('2026-10-02'), 'date-after-today');
  });
});
