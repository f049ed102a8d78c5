import { describe, expect, it } from 'vitest';
import type { Projection } from '../../domain/views/projection';
import type { StoredEvent } from '../../events/envelope';
import { filled, type Group, groupsOf, lanesOf, plan, unitsOf } from './projection-plan';

const event = (streamId: string, version: number) => ({ streamId, version }) as StoredEvent;
/** Groups as delivered, no watermark read and no gap to fill. */
const asDelivered = (groups: readonly Group[]) => groups.map((group) => filled(group, 0, group.delivered));

/** A view with a row per stream, and one with a single row every stream changes. */
const perStream: Projection<object> = {
  name: 'per-stream',
  aggregates: ['budget-line'],
  rowOf: (e) => ({ pk: 'p1#view', sk: e.streamId }),
  apply: () => ({}),
};
const shared: Projection<object> = {
  ...perStream,
  name: 'shared',
  rowOf: () => ({ pk: 'p1#view', sk: 'all' }),
};
/** A view only each stream's first version changes, on a row they all share. */
const firstOnly: Projection<object> = {
  ...perStream,
  name: 'first-only',
  rowOf: (e) => (e.version === 1 ? { pk: 'p1#view', sk: 'all' } : undefined),
};

describe('a batch, split for applying', () => {
  const batch = [
    event('p1#budget-line#A', 2),
    event('p1#budget-line#B', 1),
    event('p1#budget-line#A', 1),
    event('p1#disbursement#D', 1),
  ];

  it('falls into one group per view and source stream, of the aggregates the view follows', () => {
    const groups = groupsOf(batch, [perStream]);
    expect(groups.map((g) => [g.streamId, g.delivered.map((e) => e.version)])).toEqual([
      ['p1#budget-line#A', [2, 1]],
      ['p1#budget-line#B', [1]],
    ]);
  });

  it('runs groups changing different rows in lanes of their own', () => {
    expect(lanesOf(asDelivered(groupsOf(batch, [perStream]))).map((lane) => lane.length)).toEqual([1, 1]);
  });

  it('puts groups changing a common row in one lane, applied together', () => {
    const lanes = lanesOf(asDelivered(groupsOf(batch, [perStream, shared])));
    const names = lanes.map((lane) => lane.map((g) => `${g.projection.name} ${g.streamId}`));
    expect(names).toHaveLength(3);
    expect(names).toEqual(
      expect.arrayContaining([
        ['per-stream p1#budget-line#A'],
        ['per-stream p1#budget-line#B'],
        ['shared p1#budget-line#A', 'shared p1#budget-line#B'],
      ]),
    );
  });

  it('puts groups in one lane when the events that fill a gap reveal their common row', () => {
    const delivered = groupsOf([event('p1#budget-line#A', 2), event('p1#budget-line#B', 1)], [firstOnly]);
    // Delivered, A's version 2 changes no row; its version 1, read to fill the gap, changes the shared one.
    expect(lanesOf(asDelivered(delivered))).toHaveLength(2);
    const gapFilled = new Map([
      ['p1#budget-line#A', [event('p1#budget-line#A', 1), event('p1#budget-line#A', 2)]],
    ]);
    const lanes = lanesOf(
      delivered.map((group) => filled(group, 0, gapFilled.get(group.streamId) ?? group.delivered)),
    );
    expect(lanes.map((lane) => lane.map((g) => g.streamId))).toEqual([
      ['p1#budget-line#A', 'p1#budget-line#B'],
    ]);
  });

  it('packs whole lanes into units no larger than a transaction, each lane counting its rows and watermarks', () => {
    const streams = ['A', 'B', 'C', 'D'].map((id) => event(`p1#budget-line#${id}`, 1));
    const lanes = lanesOf(asDelivered(groupsOf(streams, [perStream])));
    // Four lanes of one row and one watermark each: 2 + 2 fit in 4 items, a third lane would not.
    expect(unitsOf(lanes, 4).map((unit) => unit.groups.map((g) => g.streamId.at(-1)))).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
    // A lane larger than a unit still goes whole, alone: the shared row and four watermarks.
    const sharing = unitsOf(lanesOf(asDelivered(groupsOf(streams, [shared]))), 4);
    expect(sharing.map((unit) => unit.groups.length)).toEqual([4]);
  });

  it('asks a view once per event which row it changes, and gives each unit the rows to read', () => {
    const asked: StoredEvent[] = [];
    const counting: Projection<object> = {
      ...perStream,
      rowOf: (e) => {
        asked.push(e);
        return perStream.rowOf(e);
      },
    };
    const streams = ['A', 'B'].flatMap((id) => [
      event(`p1#budget-line#${id}`, 1),
      event(`p1#budget-line#${id}`, 2),
    ]);
    const units = plan(asDelivered(groupsOf(streams, [counting])), 100);
    expect(asked).toHaveLength(4);
    expect(units.map((unit) => unit.rows)).toEqual([
      [
        { pk: 'p1#view', sk: 'p1#budget-line#A' },
        { pk: 'p1#view', sk: 'p1#budget-line#B' },
      ],
    ]);
  });
});
