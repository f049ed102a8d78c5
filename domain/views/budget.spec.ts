import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';
import {
  approved,
  lineAdopted,
  lineCharged,
  paid,
  rejected,
  requested,
  reversed,
  usd,
} from '../../test/support/builders';
import { storedStream } from '../../test/support/views';
import { type BudgetLineRow, budgetProjection } from './budget';
import { foldProjections, rowsOf } from './fold';

const line = (...events: DomainEvent[]) => storedStream('p1#budget-line#EO-1', events);
const disbursement = (id: string, ...events: DomainEvent[]) => storedStream(`p1#disbursement#${id}`, events);

const lineEvents = {
  revised: (amount: number): DomainEvent => ({
    type: 'BudgetLineRevised',
    data: {
      lineId: 'EO-1',
      previous: usd(10_000_00),
      amount: usd(amount),
      reason: 'Mid-year review',
      transferId: null,
      approvedBy: 'head',
      revisedOn: '2026-01-02',
      revisedAt: '2026-01-02T00:00:00.000Z',
    },
  }),
  committed: (amount: number): DomainEvent => ({
    type: 'BudgetLineCommitted',
    data: {
      lineId: 'EO-1',
      commitmentId: 'c-1',
      amount: usd(amount),
      committedAt: '2026-01-02T00:00:00.000Z',
    },
  }),
  released: (amount: number): DomainEvent => ({
    type: 'BudgetLineCommitmentReleased',
    data: {
      lineId: 'EO-1',
      commitmentId: 'c-1',
      amount: usd(amount),
      releasedAt: '2026-01-09T00:00:00.000Z',
    },
  }),
  credited: (disbursementId: string, amount: number): DomainEvent => ({
    type: 'BudgetLineCredited',
    data: {
      lineId: 'EO-1',
      disbursementId,
      amount: usd(amount),
      reason: 'Paid twice',
      creditedAt: '2026-02-03T00:00:00.000Z',
    },
  }),
};

/** A disbursement's steps, each naming the line, its source and the amount, as the decider writes them. */
const steps = (id: string, amount: number) => ({
  requested: requested({ disbursementId: id, amount: usd(amount) }),
  approved: approved({ disbursementId: id, amount: usd(amount) }),
  rejected: rejected({ disbursementId: id, budgetAmount: usd(amount) }),
  paid: (paidOn: string) => paid({ disbursementId: id, budgetAmount: usd(amount), paidOn }),
  reversed: reversed({ disbursementId: id, budgetAmount: usd(amount) }),
});

const rowAfter = (events: readonly StoredEvent[]): BudgetLineRow | undefined =>
  rowsOf<BudgetLineRow>(foldProjections([budgetProjection], events), 'p1#budget')[0];

/**
 * The line of the worked example: adopted at 10,000.00, revised to 12,000.00, 2,000.00 committed then
 * 500.00 released; d-1 (1,200.00) approved and paid, d-2 (500.00) approved not paid, d-3 (300.00)
 * requested, d-4 (400.00) rejected.
 */
const [d1, d2, d3, d4] = [
  steps('d-1', 1_200_00),
  steps('d-2', 500_00),
  steps('d-3', 300_00),
  steps('d-4', 400_00),
];
const lineStream = line(
  lineAdopted(),
  lineEvents.revised(12_000_00),
  lineEvents.committed(2_000_00),
  lineCharged({ disbursementId: 'd-1', amount: usd(1_200_00) }),
  lineCharged({ disbursementId: 'd-2', amount: usd(500_00) }),
  lineEvents.released(500_00),
);
const disbursementStreams = [
  disbursement('d-1', d1.requested, d1.approved, d1.paid('2026-01-20')),
  disbursement('d-2', d2.requested, d2.approved),
  disbursement('d-3', d3.requested),
  disbursement('d-4', d4.requested, d4.rejected),
];

describe('the budget view of a line', () => {
  it('shows allocated, committed, pending and disbursed, and available as what approval leaves', () => {
    expect(rowAfter([...lineStream, ...disbursementStreams.flat()])).toMatchObject({
      lineId: 'EO-1',
      unit: 'education-outreach',
      activity: 'Public hearings',
      costCategory: 'travel',
      allocated: usd(12_000_00), // after the revision
      committed: usd(1_500_00), // 2,000.00 − 500.00 released
      requested: usd(300_00), // d-3; d-4 was rejected
      approvedNotPaid: usd(500_00), // d-2
      pending: usd(800_00), // 300.00 + 500.00
      disbursed: usd(1_200_00), // d-1
      available: usd(8_800_00), // 12,000.00 − 1,500.00 − 500.00 − 1,200.00
      version: 6,
    });
  });

  it('keeps folding when the requests on a line add up past 2^53, the sum saturating there', () => {
    const largest = Number.MAX_SAFE_INTEGER;
    const row = rowAfter([
      ...line(lineAdopted({ amount: usd(largest) })),
      ...disbursement('d-1', steps('d-1', largest).requested),
      ...disbursement('d-2', steps('d-2', largest).requested),
      ...disbursement('d-3', steps('d-3', 300_00).requested),
    ]);
    expect(row).toMatchObject({ requested: usd(largest), pending: usd(largest), available: usd(largest) });
  });

  it('gives back to disbursed and available exactly what a reversed payment took', () => {
    const row = rowAfter([
      ...line(
        lineAdopted(),
        lineCharged({ disbursementId: 'd-1', amount: usd(1_200_00) }),
        lineEvents.credited('d-1', 1_200_00),
      ),
      ...disbursement('d-1', d1.requested, d1.approved, d1.paid('2026-01-30'), d1.reversed),
    ]);
    expect(row).toMatchObject({
      disbursed: usd(0),
      approvedNotPaid: usd(0),
      available: usd(10_000_00),
      spending: {
        '2026-01': { paid: usd(1_200_00), reversed: usd(0) },
        '2026-02': { paid: usd(0), reversed: usd(1_200_00) },
      },
    });
  });

  it('comes out the same whatever order the line’s and the disbursements’ streams arrive in', () => {
    const streams = [lineStream, ...disbursementStreams];
    const expected = rowAfter(streams.flat());
    // Each stream keeps its own order (the projector applies a stream's versions in sequence); across
    // streams, any interleaving.
    const interleaving = fc.array(fc.nat(streams.length - 1), { minLength: 20, maxLength: 20 });
    fc.assert(
      fc.property(interleaving, (picks) => {
        const queues = streams.map((stream) => [...stream]);
        const order: StoredEvent[] = [];
        for (const pick of picks) {
          const next = queues[pick]?.shift();
          if (next) order.push(next);
        }
        order.push(...queues.flat());
        expect(rowAfter(order)).toEqual(expected);
      }),
    );
  });

  it('leaves out a rejection recorded before every step named its line (version 1)', () => {
    const legacy = {
      ...disbursement('d-9', rejected({ disbursementId: 'd-9' }))[0],
      schemaVersion: 1,
    } as StoredEvent;
    const withoutLine = {
      ...legacy,
      data: { ...legacy.data, lineId: null, fundingSourceId: null, budgetAmount: null },
    } as StoredEvent;
    expect(budgetProjection.rowOf(withoutLine)).toBeUndefined();
    expect(budgetProjection.rowOf(line(lineAdopted())[0] as StoredEvent)).toEqual({
      pk: 'p1#budget',
      sk: 'line#EO-1',
    });
  });
});

describe('a line’s approved opening balance', () => {
  it('is charged, committed and disbursed, but spent in no month, so no burn rate counts it', () => {
    // Given EO-1 of 10,000.00 had spent 3,000.00 and committed 1,000.00 before the system.
    const row = rowAfter(
      line(lineAdopted(), {
        type: 'BudgetLineOpeningBalance',
        data: {
          lineId: 'EO-1',
          spent: usd(3_000_00),
          committed: usd(1_000_00),
          asOf: '2026-05-31',
          proposedBy: 'fo-1',
          approvedBy: 'fa-1',
          approvedAt: '2026-06-10T09:00:00.000Z',
        },
      }),
    );
    expect(row).toMatchObject({
      charged: usd(3_000_00),
      committed: usd(1_000_00),
      disbursed: usd(3_000_00),
      approvedNotPaid: usd(0),
      available: usd(6_000_00),
      spending: {},
    });
  });
});
