import { describe, expect, it } from 'vitest';
import type { Projection } from '../../domain/views/projection';
import type { StoredEvent } from '../../events/envelope';
import { type Filled, filled } from './projection-plan';
import { partsOf } from './unit-parts';

const stream = (id: string, versions: number) =>
  Array.from(
    { length: versions },
    (_, i) => ({ streamId: `p1#budget-line#${id}`, version: i + 1 }) as StoredEvent,
  );

/** A view with a row per event, and one with a single row every event changes. */
const perEvent: Projection<object> = {
  name: 'per-event',
  aggregates: ['budget-line'],
  rowOf: (e) => ({ pk: 'p1#view', sk: `${e.streamId} ${e.version}` }),
  apply: () => ({}),
};
const shared: Projection<object> = {
  ...perEvent,
  name: 'shared',
  rowOf: () => ({ pk: 'p1#view', sk: 'all' }),
};

const groupOf = (projection: Projection<object>, events: StoredEvent[]): Filled =>
  filled({ projection, streamId: events[0]?.streamId ?? '', delivered: events }, 0, events);
const shape = (parts: ReturnType<typeof partsOf>) =>
  parts.map((part) =>
    part.map(({ group, from, events, upTo }) => [group.streamId.at(-1), from, events.length, upTo]),
  );

describe('a unit split into transactions', () => {
  it('is one transaction when its rows and watermarks fit, each group from its watermark to its last version', () => {
    const groups = [groupOf(shared, stream('A', 3)), groupOf(shared, stream('B', 2))];
    // One shared row and two watermarks.
    expect(shape(partsOf(groups, () => 0, 3))).toEqual([
      [
        ['A', 0, 3, 3],
        ['B', 0, 2, 2],
      ],
    ]);
  });

  it('applies only what is past the watermarks read, and leaves out a group with nothing past it', () => {
    const [a, b] = [groupOf(shared, stream('A', 3)), groupOf(shared, stream('B', 2))];
    const read = new Map([
      [a, 1],
      [b, 2],
    ]);
    expect(shape(partsOf([a, b], (group) => read.get(group) ?? 0, 100))).toEqual([[['A', 1, 2, 3]]]);
  });

  it('starts a new transaction for a group whose rows would overflow this one', () => {
    const groups = [groupOf(perEvent, stream('A', 2)), groupOf(perEvent, stream('B', 2))];
    // A: two rows and a watermark; B would add three more to a transaction of five.
    expect(shape(partsOf(groups, () => 0, 5))).toEqual([[['A', 0, 2, 2]], [['B', 0, 2, 2]]]);
  });

  it('commits a stream changing more rows than a transaction holds part way, its watermark at the last version written', () => {
    const parts = partsOf([groupOf(perEvent, stream('A', 7))], () => 0, 4);
    // Three rows and the watermark per transaction; each part carries on from the last.
    expect(shape(parts)).toEqual([[['A', 0, 3, 3]], [['A', 3, 3, 6]], [['A', 6, 1, 7]]]);
    expect(parts.flat().flatMap((slice) => slice.events.map((e) => e.version))).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
  });
});
