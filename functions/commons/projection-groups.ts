import type { Projection } from '../../domain/views/projection';
import type { StoredEvent } from '../../events/envelope';
import { aggregateOf, keyString } from './read-model-items';

/** The events of a batch one view takes from one source stream: applied together, in version order. */
export interface Group {
  readonly projection: Projection<object>;
  readonly streamId: string;
  readonly delivered: StoredEvent[];
}

/** A batch split per (view, source stream), each view taking the streams of the aggregates it follows. */
export function groupsOf(
  events: readonly StoredEvent[],
  projections: readonly Projection<object>[],
): Group[] {
  const groups = new Map<string, Group>();
  for (const event of events)
    for (const projection of projections) {
      if (!projection.aggregates.includes(aggregateOf(event.streamId))) continue;
      const id = `${projection.name}\u0000${event.streamId}`;
      const group = groups.get(id) ?? { projection, streamId: event.streamId, delivered: [] };
      group.delivered.push(event);
      groups.set(id, group);
    }
  return [...groups.values()];
}

/**
 * Groups sharing a row fall into one lane, applied together; lanes share no row, so they do not race
 * each other. The writer passes each group's events after filling its gaps, so a row that only a
 * missed version changes counts too.
 */
export function lanesOf<G extends Group>(
  groups: readonly G[],
  eventsOf: (group: G) => readonly StoredEvent[] = (group) => group.delivered,
): G[][] {
  const parent = groups.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const owner = new Map<string, number>();
  for (const [i, group] of groups.entries())
    for (const event of eventsOf(group)) {
      const key = group.projection.rowOf(event);
      if (!key) continue;
      const id = keyString(key);
      const other = owner.get(id);
      if (other === undefined) owner.set(id, i);
      else parent[root(i)] = root(other);
    }
  const lanes = new Map<number, G[]>();
  for (const [i, group] of groups.entries()) {
    const lane = lanes.get(root(i)) ?? [];
    lane.push(group);
    lanes.set(root(i), lane);
  }
  return [...lanes.values()];
}

/**
 * Lanes packed, whole, into units of at most `items` rows and watermarks: what one transaction holds.
 * Lanes share no row, so any of them may be written together; a lane larger than a transaction is a
 * unit of its own, which the writer commits in parts.
 */
export function unitsOf<G extends Group>(
  lanes: readonly G[][],
  items: number,
  eventsOf: (group: G) => readonly StoredEvent[] = (group) => group.delivered,
): G[][] {
  const units: G[][] = [];
  let unit: G[] = [];
  let size = 0;
  for (const lane of lanes) {
    const rows = new Set(
      lane.flatMap((group) =>
        eventsOf(group).flatMap((event) => {
          const key = group.projection.rowOf(event);
          return key ? [keyString(key)] : [];
        }),
      ),
    );
    const laneSize = rows.size + lane.length;
    if (unit.length > 0 && size + laneSize > items) {
      units.push(unit);
      unit = [];
      size = 0;
    }
    unit.push(...lane);
    size += laneSize;
  }
  if (unit.length > 0) units.push(unit);
  return units;
}
