import { describe, expect, it } from 'vitest';
import { budgetLine } from '../../domain/budget-line/decide';
import { budgetProjection } from '../../domain/views/budget';
import { hashEvent } from '../../events/hash-chain';
import { chainedItems } from '../../events/stream-items';
import { lineAdopted, lineCharged, usd } from '../../test/support/builders';
import { Replay } from './replay';

type Item = Record<string, unknown>;

const metadata = {
  processId: 'p1',
  actor: 'fo-1',
  role: 'finance-officer',
  commandId: 'c-1',
  correlationId: 'c-1',
  causationId: 'c-1',
  recordedAt: '2026-01-02T10:00:00.000Z',
};

/** A line adopted with 10,000.00 and charged 1,000.00 `charges` times, as stored. */
function line(lineId: string, charges: number, streamId = `p1#budget-line#${lineId}`): Item[] {
  const stream = {
    streamId,
    decider: budgetLine,
    state: budgetLine.initialState,
    version: 0,
    lastHash: null,
  };
  const events = [
    lineAdopted({ lineId }),
    ...Array.from({ length: charges }, (_, i) => lineCharged({ lineId, disbursementId: `d-${i}` })),
  ];
  return chainedItems({ stream, events }, metadata).events;
}

const replayOf = (events: readonly Item[]) => {
  const replay = new Replay([budgetProjection]);
  for (const event of events) replay.add(event);
  return replay;
};

describe('replaying the log in memory', () => {
  it('folds each stream in version order into rows counting the events applied, and a watermark at its end', () => {
    const [v1, v2, v3] = line('L1', 2);
    const { rows, watermarks } = replayOf([v3, v1, v2].filter((e) => e !== undefined)).items();
    // 10,000.00 − 2 × 1,000.00 = 8,000.00, after three events.
    expect(rows).toEqual([
      expect.objectContaining({
        pk: 'p1#budget',
        sk: 'line#L1',
        charged: usd(2_000_00),
        available: usd(8_000_00),
        revision: 3,
      }),
    ]);
    expect(watermarks).toEqual([{ pk: 'watermark#p1#budget-line#L1', sk: 'budget', version: 3 }]);
  });

  it('interleaves streams freely: their order does not matter', () => {
    const [a, b] = [line('A', 3), line('B', 1)];
    const interleaved = replayOf([a[0], b[0], a[1], b[1], a[2], a[3]].filter((e) => e !== undefined));
    const oneAfterTheOther = replayOf([...b, ...a]);
    const byKey = <T extends { pk: string; sk: string }>(items: T[]) =>
      items.sort((x, y) => `${x.pk} ${x.sk}`.localeCompare(`${y.pk} ${y.sk}`));
    const sorted = (r: Replay) => {
      const { rows, watermarks } = r.items();
      return { rows: byKey(rows), watermarks: byKey(watermarks) };
    };
    expect(sorted(interleaved).rows).toHaveLength(2);
    expect(sorted(interleaved)).toEqual(sorted(oneAfterTheOther));
  });

  it('ignores streams no view follows', () => {
    const replay = replayOf(line('L1', 0, 'p1#post#secretariat-head'));
    expect(replay.items()).toEqual({ rows: [], watermarks: [] });
    expect(replay.events).toBe(1);
  });

  it('refuses to finish when a stream lacks a version, naming it: a gap is never skipped', () => {
    const [v1, , v3] = line('L1', 2);
    const replay = replayOf([v1, v3].filter((e) => e !== undefined));
    expect(() => replay.items()).toThrow('p1#budget-line#L1 version 2: missing-version');
  });

  it('refuses a version read twice', () => {
    const [v1] = line('L1', 0);
    if (!v1) throw new Error('no event');
    expect(() => replayOf([v1, v1])).toThrow('version 1 read twice');
  });
});

describe('replaying only what the log vouches for', () => {
  it('stops at an amount edited in place, naming its stream and version', () => {
    const [v1, v2] = line('L1', 2);
    const edited = { ...v2, data: { ...(v2?.data as object), amount: usd(50_000_00) } };
    const replay = new Replay([budgetProjection]);
    replay.add(v1 as Item);
    expect(() => replay.add(edited)).toThrow('p1#budget-line#L1 version 2: hash-mismatch');
  });

  it('refuses an event rehashed but not linked to the one before it', () => {
    const [v1, v2] = line('L1', 1);
    const relinked = { ...v2, previousHash: 'f'.repeat(64) };
    const forged = { ...relinked, hash: hashEvent(relinked as never) };
    const replay = replayOf([v1, forged].filter((e) => e !== undefined));
    expect(() => replay.items()).toThrow('p1#budget-line#L1 version 2: broken-link');
  });

  it('refuses an event it cannot read, naming it, though its hash holds', () => {
    const [v1] = line('L1', 0);
    const unknown = { ...v1, type: 'BudgetLineForgotten' };
    const item = { ...unknown, hash: hashEvent(unknown as never) };
    expect(() => replayOf([item])).toThrow('p1#budget-line#L1 version 1: unknown-type');
  });
});
