import type { Money } from '../../domain/money';
import { donorStory } from './donor-story';
import { processOpened } from './staffing-builders';

const usd = (amount: number): Money => ({ amount, currency: 'USD' });
const at = (day: string, time = '08:00') => `2026-${day}T${time}:00.000Z`;

/**
 * The donor story (`donor-story.ts`) in a process opened for a mandate from 1 Jan 2026 to 30 Jun 2027,
 * in Nairobi, with what an IATI file shows besides money in and out:
 *
 * - a budget of COM-1 USD 100,000.00 and EO-1 USD 82,000.00 adopted 2 Jan (182,000.00), EO-1 revised
 *   to 91,000.00 on 10 Feb (191,000.00);
 * - commitments: k1 USD 5,000.00 on the EU's `c-eu` (10 Mar), USD 1,000.00 of it released 20 Mar;
 *   k2 USD 7,000.00 on UNDP's `c-un` (11 Mar);
 * - one benchmark, 47 public hearings by 30 Sep from a baseline of 0, set 3 Jan, 12 held by 15 Mar.
 */
export function iatiStory() {
  const log = donorStory();
  log.append(
    'process',
    'p1',
    processOpened({
      processId: 'p1',
      name: 'Constitution Review Commission',
      timeZone: 'Africa/Nairobi',
      openedBy: 'admin',
      openedAt: at('01-01'),
    }),
    at('01-01'),
    'admin',
  );
  const adopt = (lineId: string, unit: 'communications' | 'education-outreach', amount: Money) =>
    log.append(
      'budget-line',
      lineId,
      {
        type: 'BudgetLineAdopted',
        data: {
          lineId,
          unit,
          activity: `Activity ${lineId}`,
          costCategory: unit === 'communications' ? 'contractual-services' : 'travel',
          amount,
          draftId: null,
          preparedBy: 'fo-1',
          approvedBy: 'fa-1',
          adoptedOn: '2026-01-02',
          adoptedAt: at('01-02'),
        },
      },
      at('01-02'),
    );
  adopt('COM-1', 'communications', usd(100_000_00));
  adopt('EO-1', 'education-outreach', usd(82_000_00));
  log.append(
    'budget-line',
    'EO-1',
    {
      type: 'BudgetLineRevised',
      data: {
        lineId: 'EO-1',
        previous: usd(82_000_00),
        amount: usd(91_000_00),
        reason: 'More hearings',
        transferId: null,
        approvedBy: 'head',
        // Entered late: revised on 6 February, recorded on the 10th.
        revisedOn: '2026-02-06',
        revisedAt: at('02-10'),
      },
    },
    at('02-10'),
  );
  const raise = (commitmentId: string, fundingSourceId: string, amount: Money, day: string) =>
    log.append(
      'commitment',
      commitmentId,
      {
        type: 'CommitmentRaised',
        data: {
          commitmentId,
          lineId: 'COM-1',
          fundingSourceId,
          amount,
          description: `Printing under ${commitmentId}`,
          supplier: `Supplier of ${commitmentId}`,
          raisedOn: at(day).slice(0, 10),
          raisedBy: 'fo-1',
          raisedAt: at(day),
        },
      },
      at(day),
    );
  raise('k1', 'c-eu', usd(5_000_00), '03-10');
  raise('k2', 'c-un', usd(7_000_00), '03-11');
  log.append(
    'commitment',
    'k1',
    {
      type: 'CommitmentReleased',
      data: {
        commitmentId: 'k1',
        amount: usd(1_000_00),
        reason: 'Fewer copies',
        // Entered late: released on 14 March, recorded on the 20th.
        releasedOn: '2026-03-14',
        releasedBy: 'fo-1',
        releasedAt: at('03-20'),
      },
    },
    at('03-20'),
  );
  log.append(
    'benchmark',
    'b1',
    {
      type: 'BenchmarkSet',
      data: {
        benchmarkId: 'b1',
        kind: 'process',
        metric: 'Public hearings held',
        target: 47,
        baseline: 0,
        dueDate: '2026-09-30',
        owner: { unit: 'education-outreach' },
        setBy: 'head',
        setAt: at('01-03'),
      },
    },
    at('01-03'),
  );
  log.append(
    'benchmark',
    'b1',
    {
      type: 'BenchmarkProgressRecorded',
      data: {
        benchmarkId: 'b1',
        date: '2026-03-15',
        value: 12,
        evidence: { reference: 'Minutes of hearing 12' },
        recordedBy: 'head',
        recordedAt: at('03-15'),
      },
    },
    at('03-15'),
  );
  return log.inRecordedOrder();
}
