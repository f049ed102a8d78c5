import { describe, expect, it } from 'vitest';
import { day, lineAdopted, pledged, trancheReceived, usd } from '../../test/support/builders';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { evolve as evolveLine, initialState as noLine } from '../budget-line/budget-line';
import { evolve as evolveSource, initialState as noSource } from '../contribution/contribution';
import { commitment, type RaiseCommitment } from './decide';
import { raiseCommitment } from './workflows';

const given = specFor(commitment);
const raise = (o: Partial<RaiseCommitment> = {}): RaiseCommitment => ({
  type: 'RaiseCommitment',
  commitmentId: 'c-1',
  lineId: 'EO-1',
  fundingSourceId: 'src-1',
  amount: usd(4_000_00),
  description: 'Printing of 20,000 draft copies',
  supplier: 'Government Printer',
  by: 'fo-1',
  at: day(2),
  ...o,
});
const { type: _, by: __, at: ___, ...raisedData } = raise();
const raised = {
  type: 'CommitmentRaised' as const,
  data: { ...raisedData, raisedBy: 'fo-1', raisedAt: day(2) },
};
const release = (amount = usd(1_000_00)) => ({
  type: 'ReleaseCommitment' as const,
  amount,
  reason: 'Smaller print run',
  by: 'fo-1',
  at: day(3),
});

describe('a commitment', () => {
  it('reserves its amount on its line and its source in one decision', () => {
    const line = [lineAdopted()].reduce(evolveLine, noLine);
    const source = [pledged(), trancheReceived()].reduce(evolveSource, noSource);
    const outcome = raiseCommitment(raise(), commitment.initialState, line, source);
    expect(outcome.commitment).toEqual([raised]);
    expect(outcome.line).toMatchObject([{ type: 'BudgetLineCommitted', data: { amount: usd(4_000_00) } }]);
    expect(outcome.source).toMatchObject([
      { type: 'ContributionCommitted', data: { amount: usd(4_000_00) } },
    ]);
  });

  it('cannot reserve more than the line has available', () => {
    const line = [lineAdopted({ amount: usd(3_999_99) })].reduce(evolveLine, noLine);
    const source = [pledged(), trancheReceived()].reduce(evolveSource, noSource);
    expectRefusal(
      () => raiseCommitment(raise(), commitment.initialState, line, source),
      'insufficient-funds-on-line',
    );
  });

  it('releases part of what it still reserves', () => {
    given([raised])
      .when(release(usd(1_000_00)))
      .then([
        {
          type: 'CommitmentReleased',
          data: {
            commitmentId: 'c-1',
            amount: usd(1_000_00),
            reason: 'Smaller print run',
            releasedBy: 'fo-1',
            releasedAt: day(3),
          },
        },
      ]);
  });

  it('cannot release more than it still reserves', () => {
    given([raised])
      .when(release(usd(4_000_01)))
      .thenRefuses('release-exceeds-commitment');
  });

  it('is closed once everything is released', () => {
    const all = {
      type: 'CommitmentReleased' as const,
      data: {
        commitmentId: 'c-1',
        amount: usd(4_000_00),
        reason: 'Cancelled',
        releasedBy: 'fo-1',
        releasedAt: day(3),
      },
    };
    given([raised, all])
      .when(release(usd(1)))
      .thenRefuses('commitment-already-released');
  });
});
