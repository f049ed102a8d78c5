import { describe, expect, it } from 'vitest';
import {
  approve,
  approved,
  day,
  lineAdopted,
  pledged,
  request,
  requested,
  trancheReceived,
  usd,
} from '../../test/support/builders';
import { expectRefusal } from '../../test/support/decider-spec';
import { openProcess } from '../../test/support/staffing-builders';
import { type BudgetLine, evolve as evolveLine, initialState as noLine } from '../budget-line/budget-line';
import { commitment as commitmentDecider } from '../commitment/decide';
import { evolve as evolveSource, initialState as noSource } from '../contribution/contribution';
import { fold } from '../decider';
import type { Money } from '../money';
import { disbursement } from './decide';
import { approveAndCharge, type RequestInput, requestDisbursement } from './workflows';

/** A disbursement paying a contract consumes the commitment that reserved its money: counted once. */
const raised = (o: { lineId?: string; fundingSourceId?: string; amount?: Money } = {}) => ({
  type: 'CommitmentRaised' as const,
  data: {
    commitmentId: 'c-1',
    lineId: 'EO-1',
    fundingSourceId: 'src-1',
    amount: usd(3_000_00),
    description: 'Venue contract for the hearings',
    supplier: 'Venue Ltd',
    raisedOn: '2026-01-02',
    raisedBy: 'fo-1',
    raisedAt: day(2),
    ...o,
  },
});
const released = (amount: Money) => ({
  type: 'CommitmentReleased' as const,
  data: {
    commitmentId: 'c-1',
    amount,
    reason: 'Smaller contract',
    releasedOn: '2026-01-02',
    releasedBy: 'fo-1',
    releasedAt: day(2),
  },
});
const commitment = (...events: Parameters<typeof commitmentDecider.evolve>[1][]) =>
  fold(commitmentDecider, commitmentDecider.initialState, events);
/** By default a line of 3,000.00 with the whole of it committed to c-1: nothing else is available. */
const committedLine = (allocated = usd(3_000_00)) =>
  [
    lineAdopted({ amount: allocated }),
    {
      type: 'BudgetLineCommitted' as const,
      data: { lineId: 'EO-1', commitmentId: 'c-1', amount: usd(3_000_00), committedAt: day(2) },
    },
  ].reduce(evolveLine, noLine);
const funded = () =>
  [
    pledged(),
    trancheReceived({ amount: usd(50_000_00) }),
    {
      type: 'ContributionCommitted' as const,
      data: { contributionId: 'src-1', commitmentId: 'c-1', amount: usd(3_000_00), committedAt: day(2) },
    },
  ].reduce(evolveSource, noSource);
const { type: _, rate: __, budgetAmount: ___, ...requestInput } = request({ amount: usd(1_000_00) });
const input = (o: Partial<RequestInput> = {}): RequestInput => ({
  type: 'RequestDisbursement',
  ...requestInput,
  rate: undefined,
  commitmentId: 'c-1',
  ...o,
});
const pending = (commitmentId: string | null = 'c-1') =>
  fold(disbursement, disbursement.initialState, [requested({ amount: usd(1_000_00), commitmentId })]);
const figures = (line: BudgetLine) => (line.status === 'adopted' ? line : undefined);

describe('a request naming the commitment it pays', () => {
  const requestAgainst =
    (...events: Parameters<typeof commitment>) =>
    () =>
      requestDisbursement(
        input(),
        disbursement.initialState,
        committedLine(),
        funded(),
        openProcess,
        commitment(...events),
      );

  it('records the commitment, and the disbursement remembers it', () => {
    const events = requestAgainst(raised())();
    expect(events).toEqual([requested({ amount: usd(1_000_00), commitmentId: 'c-1' })]);
    expect(fold(disbursement, disbursement.initialState, events)).toMatchObject({ commitmentId: 'c-1' });
  });

  it('is refused when the commitment does not exist', () => {
    expectRefusal(requestAgainst(), 'commitment-not-found');
  });

  it('is refused when nothing of the commitment is reserved any more', () => {
    expectRefusal(requestAgainst(raised(), released(usd(3_000_00))), 'commitment-not-open');
  });

  it('is refused when the commitment is on another line or another source', () => {
    expectRefusal(requestAgainst(raised({ lineId: 'EO-2' })), 'commitment-on-another-line');
    expectRefusal(requestAgainst(raised({ fundingSourceId: 'src-2' })), 'commitment-on-another-source');
  });

  it('names none when it pays no contract', () => {
    const none = input({ commitmentId: undefined });
    const [event] = requestDisbursement(
      none,
      disbursement.initialState,
      committedLine(),
      funded(),
      openProcess,
    );
    expect(event?.data).toMatchObject({ commitmentId: null });
  });
});

describe('approving a disbursement that pays a commitment', () => {
  it('releases what it charges from the commitment, its line and its source, so it counts once', () => {
    const line = committedLine();
    const outcome = approveAndCharge(approve(), pending(), line, funded(), openProcess, commitment(raised()));
    expect(outcome.disbursement).toEqual([approved({ amount: usd(1_000_00) })]);
    expect(outcome.commitment).toMatchObject([
      {
        type: 'CommitmentReleased',
        data: { commitmentId: 'c-1', amount: usd(1_000_00), releasedBy: 'head' },
      },
    ]);
    expect(outcome.line.map((e) => e.type)).toEqual(['BudgetLineCommitmentReleased', 'BudgetLineCharged']);
    expect(outcome.source.map((e) => e.type)).toEqual([
      'ContributionCommitmentReleased',
      'ContributionCharged',
    ]);
    // Allocated 3,000.00 = committed 2,000.00 + charged 1,000.00: available 0, not −1,000.00.
    expect(figures(outcome.line.reduce(evolveLine, line))).toMatchObject({
      committed: usd(2_000_00),
      charged: usd(1_000_00),
    });
  });

  it('consumes no more than the commitment still reserves', () => {
    const rest = commitment(raised(), released(usd(2_600_00)));
    const outcome = approveAndCharge(
      approve(),
      pending(),
      committedLine(usd(10_000_00)),
      funded(),
      openProcess,
      rest,
    );
    expect(outcome.commitment[0]?.data.amount).toEqual(usd(400_00));
    expect(outcome.line[0]).toMatchObject({ data: { amount: usd(400_00) } });
  });

  it('consumes nothing once the commitment is fully released', () => {
    const done = commitment(raised(), released(usd(3_000_00)));
    const outcome = approveAndCharge(
      approve(),
      pending(),
      committedLine(usd(10_000_00)),
      funded(),
      openProcess,
      done,
    );
    expect(outcome.commitment).toEqual([]);
    expect(outcome.line.map((e) => e.type)).toEqual(['BudgetLineCharged']);
  });

  it('touches no commitment when the disbursement names none', () => {
    const outcome = approveAndCharge(
      approve(),
      pending(null),
      committedLine(usd(10_000_00)),
      funded(),
      openProcess,
    );
    expect(outcome.commitment).toEqual([]);
  });
});
