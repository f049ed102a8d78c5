import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day, lineAdopted, pledged, trancheReceived, usd } from '../test/support/builders';
import { openProcess } from '../test/support/staffing-builders';
import {
  type BudgetLine,
  evolve as evolveLine,
  available as lineAvailable,
  initialState as noLine,
} from './budget-line/budget-line';
import { budgetLine } from './budget-line/decide';
import type { Commitment } from './commitment/commitment';
import { commitment } from './commitment/decide';
import { raiseCommitment, releaseCommitment } from './commitment/workflows';
import {
  type Contribution,
  evolve as evolveSource,
  initialState as noSource,
  available as sourceAvailable,
} from './contribution/contribution';
import { disbursement } from './disbursement/decide';
import type { Disbursement } from './disbursement/disbursement';
import { approveAndCharge, requestDisbursement, reverseAndCredit } from './disbursement/workflows';
import { DomainRefusal } from './errors';

/**
 * Property tests over whole sequences of money commands against one line and one funding source:
 * whatever valid commands come, in whatever order, the stop control holds and reversals are exact.
 */
type Step =
  | { kind: 'spend'; amount: number; override: boolean }
  | { kind: 'pay'; pick: number }
  | { kind: 'reverse'; pick: number }
  | { kind: 'commit'; amount: number }
  | { kind: 'release'; pick: number; amount: number }
  | { kind: 'revise'; amount: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('spend' as const),
    amount: fc.integer({ min: 1, max: 6_000_00 }),
    override: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('pay' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('commit' as const), amount: fc.integer({ min: 1, max: 4_000_00 }) }),
  fc.record({
    kind: fc.constant('release' as const),
    pick: fc.nat(),
    amount: fc.integer({ min: 1, max: 4_000_00 }),
  }),
  fc.record({ kind: fc.constant('revise' as const), amount: fc.integer({ min: 0, max: 30_000_00 }) }),
);

interface World {
  line: BudgetLine;
  source: Contribution;
  disbursements: Disbursement[];
  commitments: Commitment[];
  overridden: boolean;
}

const start = (): World => ({
  line: [lineAdopted({ amount: usd(20_000_00) })].reduce(evolveLine, noLine),
  source: [pledged({ amount: usd(30_000_00) }), trancheReceived({ amount: usd(15_000_00) })].reduce(
    evolveSource,
    noSource,
  ),
  disbursements: [],
  commitments: [],
  overridden: false,
});

const at = day(10);
const pick = <T>(items: T[], n: number): [T, number] | undefined =>
  items.length ? [items[n % items.length] as T, n % items.length] : undefined;

/** Applies one step; a refusal leaves the world as it was, exactly as a refused command appends nothing. */
function apply(world: World, s: Step): World {
  try {
    switch (s.kind) {
      case 'spend': {
        const id = `d-${world.disbursements.length}`;
        const input = {
          type: 'RequestDisbursement' as const,
          disbursementId: id,
          lineId: 'EO-1',
          fundingSourceId: 'src-1',
          amount: usd(s.amount),
          rate: undefined,
          payee: 'p',
          purpose: 'p',
          supportingDocument: { reference: 'r', sha256: 'a'.repeat(64) },
          by: 'maker',
          at,
        };
        const requested = requestDisbursement(
          input,
          disbursement.initialState,
          world.line,
          world.source,
          openProcess,
        ).reduce(disbursement.evolve, disbursement.initialState);
        const override = s.override ? { override: { reason: 'urgent' } } : {};
        const out = approveAndCharge(
          { type: 'ApproveDisbursement', disbursementId: id, by: 'checker', at, ...override },
          requested,
          world.line,
          world.source,
          openProcess,
        );
        return {
          ...world,
          line: out.line.reduce(evolveLine, world.line),
          source: out.source.reduce(evolveSource, world.source),
          disbursements: [...world.disbursements, out.disbursement.reduce(disbursement.evolve, requested)],
          overridden: world.overridden || s.override,
        };
      }
      case 'pay': {
        const found = pick(world.disbursements, s.pick);
        if (!found) return world;
        const [d, i] = found;
        const events = disbursement.decide(
          {
            type: 'PayDisbursement',
            disbursementId: `d-${i}`,
            paymentReference: 'x',
            paidOn: '2026-01-10',
            by: 'cashier',
            at,
          },
          d,
        );
        const next = [...world.disbursements];
        next[i] = events.reduce(disbursement.evolve, d);
        return { ...world, disbursements: next };
      }
      case 'reverse': {
        const found = pick(world.disbursements, s.pick);
        if (!found) return world;
        const [d, i] = found;
        const out = reverseAndCredit(
          {
            type: 'ReverseDisbursement',
            disbursementId: `d-${i}`,
            reason: 'error',
            reversedOn: '2026-01-10',
            by: 'checker',
            at,
          },
          d,
          world.line,
          world.source,
          openProcess,
        );
        const next = [...world.disbursements];
        next[i] = out.disbursement.reduce(disbursement.evolve, d);
        return {
          ...world,
          line: out.line.reduce(evolveLine, world.line),
          source: out.source.reduce(evolveSource, world.source),
          disbursements: next,
        };
      }
      case 'commit': {
        const command = {
          type: 'RaiseCommitment' as const,
          commitmentId: `c-${world.commitments.length}`,
          lineId: 'EO-1',
          fundingSourceId: 'src-1',
          amount: usd(s.amount),
          description: 'd',
          supplier: 's',
          by: 'maker',
          at,
        };
        const out = raiseCommitment(command, commitment.initialState, world.line, world.source, openProcess);
        return {
          ...world,
          line: out.line.reduce(evolveLine, world.line),
          source: out.source.reduce(evolveSource, world.source),
          commitments: [
            ...world.commitments,
            out.commitment.reduce(commitment.evolve, commitment.initialState),
          ],
        };
      }
      case 'release': {
        const found = pick(world.commitments, s.pick);
        if (!found) return world;
        const [c, i] = found;
        const out = releaseCommitment(
          { type: 'ReleaseCommitment', amount: usd(s.amount), reason: 'r', by: 'maker', at },
          c,
          world.line,
          world.source,
          openProcess,
        );
        const next = [...world.commitments];
        next[i] = out.commitment.reduce(commitment.evolve, c);
        return {
          ...world,
          line: out.line.reduce(evolveLine, world.line),
          source: out.source.reduce(evolveSource, world.source),
          commitments: next,
        };
      }
      case 'revise': {
        const events = budgetLine.decide(
          {
            type: 'ReviseBudgetLine',
            amount: usd(s.amount),
            reason: 'r',
            transferId: null,
            revisedOn: '2026-01-02',
            by: 'checker',
            at,
          },
          world.line,
        );
        return { ...world, line: events.reduce(evolveLine, world.line) };
      }
    }
  } catch (error) {
    if (error instanceof DomainRefusal) return world;
    throw error;
  }
}

const adopted = (line: BudgetLine) => {
  if (line.status !== 'adopted') throw new Error('line not adopted');
  return line;
};
const funded = (source: Contribution) => {
  if (source.status !== 'pledged') throw new Error('source not pledged');
  return source;
};

describe('money rules over any sequence of commands', () => {
  it('never leave a line or a source below zero available without a recorded override', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let world = start();
        for (const s of steps) {
          world = apply(world, s);
          if (!world.overridden) {
            expect(lineAvailable(adopted(world.line)).amount).toBeGreaterThanOrEqual(0);
            expect(sourceAvailable(funded(world.source)).amount).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('restore exactly what a payment took when it is reversed', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 30 }),
        fc.integer({ min: 1, max: 5_000_00 }),
        (before, amount) => {
          const world = before.reduce(apply, start());
          // A request above the line's whole allocation is refused at the door, override or not.
          fc.pre(amount <= adopted(world.line).allocated.amount);
          const spent = apply(apply(world, { kind: 'spend', amount, override: true }), {
            kind: 'pay',
            pick: world.disbursements.length,
          });
          const reversed = apply(spent, { kind: 'reverse', pick: world.disbursements.length });
          expect(lineAvailable(adopted(reversed.line))).toEqual(lineAvailable(adopted(world.line)));
          expect(sourceAvailable(funded(reversed.source))).toEqual(sourceAvailable(funded(world.source)));
          expect(reversed.disbursements.at(-1)?.status).toBe('reversed');
        },
      ),
      { numRuns: 300 },
    );
  });
});
