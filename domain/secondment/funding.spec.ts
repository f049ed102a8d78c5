import { describe, expect, it } from 'vitest';
import { usd } from '../../test/support/builders';
import { expectRefusal } from '../../test/support/decider-spec';
import { sourceOf } from '../../test/support/funding-builders';
import { openProcess, second, seconded } from '../../test/support/staffing-builders';
import { initialState as noSource } from '../contribution/contribution';
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
