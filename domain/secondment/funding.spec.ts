import { describe, expect, it } from 'vitest';
import { lineAdopted, usd } from '../../test/support/builders';
import { expectRefusal } from '../../test/support/decider-spec';
import { sourceOf } from '../../test/support/funding-builders';
import { openProcess, second, seconded } from '../../test/support/staffing-builders';
import { budgetLine } from '../budget-line/decide';
import { initialState as noSource } from '../contribution/contribution';
import { fold } from '../decider';
import { secondment } from './decide';
import { secondStaff, sourceOf as sourceNamed } from './workflows';

const none = secondment.initialState;
const shared = (fundingSourceId?: string) =>
  ({ borneBy: 'shared', processSharePercent: 40, monthlyCost: usd(1_600_00), fundingSourceId }) as const;
const onlyAdministration = sourceOf({
  contributionId: 'basket-fund',
  restrictions: { units: ['administration'], lineIds: [] },
});

describe('the funding source a secondment names', () => {
  it('is the one its process share is paid from, none when the home institution bears the salary', () => {
    expect(sourceNamed(second({ salary: shared('basket-fund') }))).toBe('basket-fund');
    expect(sourceNamed(second({ salary: shared() }))).toBeUndefined();
    expect(sourceNamed(second())).toBeUndefined();
  });

  it('has nothing to check when it names no source', () => {
    expect(secondStaff(second(), openProcess, none)).toEqual([seconded()]);
  });

  it('is refused when the source it names was never pledged (its stream is empty)', () => {
    const command = second({ salary: shared('no-such-source') });
    expectRefusal(() => secondStaff(command, openProcess, none, noSource), 'funding-source-not-found');
  });

  it('pays a secondee in a unit its restriction names', () => {
    const salary = shared('basket-fund');
    expect(secondStaff(second({ salary }), openProcess, none, onlyAdministration)).toEqual([
      seconded({ salary }),
    ]);
  });

  it('is refused for a unit the restriction leaves out', () => {
    const command = second({ unit: 'communications', salary: shared('basket-fund') });
    expectRefusal(
      () => secondStaff(command, openProcess, none, onlyAdministration),
      'outside-donor-restriction',
    );
  });
});

describe('the budget line a secondment’s share is charged to', () => {
  const administration = fold(budgetLine, budgetLine.initialState, [
    lineAdopted({ lineId: 'AD-1', unit: 'administration' }),
  ]);
  const chargedTo = (lineId: string) =>
    ({
      borneBy: 'process-budget',
      monthlyCost: usd(1_000_00),
      fundingSourceId: 'basket-fund',
      lineId,
    }) as const;

  it('is recorded with the salary', () => {
    const command = second({ salary: chargedTo('AD-1') });
    expect(secondStaff(command, openProcess, none, onlyAdministration, administration)).toEqual([
      seconded({ salary: chargedTo('AD-1') }),
    ]);
  });

  it('is refused when the line was never adopted', () => {
    const command = second({ salary: chargedTo('AD-9') });
    expectRefusal(() => secondStaff(command, openProcess, none, onlyAdministration), 'budget-line-not-found');
  });

  it('is refused when the line is in another unit than the secondee', () => {
    const command = second({ unit: 'communications', salary: chargedTo('AD-1') });
    expectRefusal(
      () => secondStaff(command, openProcess, none, onlyAdministration, administration),
      'budget-line-in-another-unit',
    );
  });
});
