import { describe, expect, it } from 'vitest';
import type { Projection } from '../../domain/views/projection';
import type { StoredEvent } from '../../events/envelope';
import { groupsOf, lanesOf } from './projection-groups';

const event = (streamId: string, version: number) => ({ streamId, version }) as StoredEvent;

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
    expect(lanesOf(groupsOf(batch, [perStream])).map((lane) => lane.length)).toEqual([1, 1]);
  });

  it('puts groups changing a common row in one lane, applied one after another', () => {
    const lanes = lanesOf(groupsOf(batch, [perStream, shared]));
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
});
