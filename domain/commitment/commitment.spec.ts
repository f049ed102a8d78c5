import { describe, expect, it } from 'vitest';
import { day, lineAdopted, pledged, trancheReceived, usd } from '../../test/support/builders';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { openProcess } from '../../test/support/staffing-builders';
import { evolve as evolveLine, initialState as noLine } from '../budget-line/budget-line';
import { evolve as evolveSource, initialState as noSource } from '../contribution/contribution';
import { fold } from '../decider';
import { commitment, type RaiseCommitment } from './decide';
import { raiseCommitment, releaseCommitment } from './workflows';

const given = specFor(commitment);
const raise = (o: Partial<RaiseCommitment> = {}): RaiseCommitment => ({
  type: 'RaiseCommitment',
  commitmentId: 'c-1',
  lineId: 'EO-1',
  fundingSourceId: 'src-1',
  amount: usd(4_000_00),
  description: 'Printing of 20,000 draft copies',
  supplier: 'Government Printer',
  raisedOn: '2026-01-02',
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
  releasedOn: '2026-01-03',
  by: 'fo-1',
  at: day(3),
});

describe('a commitment', () => {
  it('reserves its amount on its line and its source in one decision', () => {
    const line = [lineAdopted()].reduce(evolveLine, noLine);
    const source = [pledged(), trancheReceived()].reduce(evolveSource, noSource);
    const outcome = raiseCommitment(raise(), commitment.initialState, line, source, openProcess);
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
      () => raiseCommitment(raise(), commitment.initialState, line, source, openProcess),
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
            releasedOn: '2026-01-03',
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
        releasedOn: '2026-01-03',
        releasedBy: 'fo-1',
        releasedAt: day(3),
      },
    };
    given([raised, all])
      .when(release(usd(1)))
      .thenRefuses('commitment-already-released');
  });
});

describe('the value dates of a commitment', () => {
  const line = () => [lineAdopted()].reduce(evolveLine, noLine);
  const source = () => [pledged(), trancheReceived()].reduce(evolveSource, noSource);
  const raiseOn =
    (raisedOn: string | undefined, at = day(2)) =>
    () =>
      raiseCommitment(raise({ raisedOn, at }), commitment.initialState, line(), source(), openProcess);

  it('is raised on a day the process has lived: late is fine, the future or before the mandate is not', () => {
    expect(raiseOn('2026-01-01')().commitment[0]?.data).toMatchObject({
      raisedOn: '2026-01-01',
      raisedAt: day(2),
    });
    expectRefusal(raiseOn('2026-01-03'), 'date-after-today');
    expectRefusal(raiseOn('2025-12-31'), 'date-before-mandate');
  });

  it('defaults to the day of recording in the process’s time zone', () => {
    expect(raiseOn(undefined, '2026-01-02T22:30:00.000Z')().commitment[0]?.data).toMatchObject({
      raisedOn: '2026-01-02',
    });
  });

  it('is released on a business date, not before it was raised', () => {
    given([raised])
      .when({ ...release(), releasedOn: '2026-01-01' })
      .thenRefuses('release-before-raise');
    const committedLine = () =>
      raiseCommitment(raise(), commitment.initialState, line(), source(), openProcess);
    const releaseOn = (releasedOn: string | undefined) => () => {
      const open = committedLine();
      return releaseCommitment(
        { ...release(), releasedOn },
        [...open.commitment].reduce(commitment.evolve, commitment.initialState),
        open.line.reduce(evolveLine, line()),
        open.source.reduce(evolveSource, source()),
        openProcess,
      );
    };
    expectRefusal(releaseOn('2026-01-04'), 'date-after-today');
    expect(releaseOn(undefined)().commitment[0]?.data).toMatchObject({ releasedOn: '2026-01-03' });
    expect(releaseOn('2026-01-02')().commitment[0]?.data).toMatchObject({ releasedOn: '2026-01-02' });
  });
});

describe('what a checker reads of a commitment', () => {
  it('shows what was reserved with whom, who raised it and when, and every release', () => {
    const released = {
      type: 'CommitmentReleased' as const,
      data: {
        commitmentId: 'c-1',
        amount: usd(1_000_00),
        reason: 'Smaller print run',
        releasedOn: '2026-01-03',
        releasedBy: 'fo-2',
        releasedAt: day(3),
      },
    };
    expect(fold(commitment, commitment.initialState, [raised, released])).toEqual({
      status: 'open',
      commitmentId: 'c-1',
      lineId: 'EO-1',
      fundingSourceId: 'src-1',
      amount: usd(4_000_00),
      remaining: usd(3_000_00),
      description: 'Printing of 20,000 draft copies',
      supplier: 'Government Printer',
      raisedOn: '2026-01-02',
      raisedBy: 'fo-1',
      raisedAt: day(2),
      releases: [
        {
          amount: usd(1_000_00),
          reason: 'Smaller print run',
          releasedOn: '2026-01-03',
          releasedBy: 'fo-2',
          releasedAt: day(3),
        },
      ],
    });
  });
});
