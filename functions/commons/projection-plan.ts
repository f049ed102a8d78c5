import { keyString, type Projection, type RowKey, viewsFollowing } from '../../domain/views/projection';
import type { StoredEvent } from '../../events/envelope';

/** The events of a batch one view takes from one source stream: applied together, in version order. */
export interface Group {
  readonly projection: Projection<object>;
  readonly streamId: string;
  readonly delivered: StoredEvent[];
}

/**
 * A group ready to apply: its versions after the watermark it read, contiguous (the Events table
 * filled the gaps), each with the row it changes, asked of the view once.
 */
export interface Filled extends Group {
  /** The watermark as read. */
  readonly applied: number;
  readonly events: readonly StoredEvent[];
  /** The row each event changes, by `keyString`; undefined for an event that changes none. */
  readonly keys: ReadonlyMap<StoredEvent, string | undefined>;
  /** The rows it changes, by `keyString`. */
  readonly rows: ReadonlyMap<string, RowKey>;
}

/** Lanes packed into what one transaction holds, and the rows to read before applying them. */
export interface Unit {
  readonly groups: readonly Filled[];
  readonly rows: readonly RowKey[];
}

/** A batch split per (view, source stream), each view taking the streams of the aggregates it follows. */
export function groupsOf(
  events: readonly StoredEvent[],
  projections: readonly Projection<object>[],
): Group[] {
  const groups = new Map<string, Group>();
  const views = new Map<string, Projection<object>[]>();
  for (const event of events) {
    const { streamId } = event;
    const following = views.get(streamId) ?? viewsFollowing(projections, streamId);
    views.set(streamId, following);
    for (const projection of following) {
      const id = `${projection.name}\u0000${streamId}`;
      const group = groups.get(id) ?? { projection, streamId, delivered: [] };
      group.delivered.push(event);
      groups.set(id, group);
    }
  }
  return [...groups.values()];
}

/** A group with its fresh versions (gaps filled), each event's row computed here and only here. */
export function filled(group: Group, applied: number, events: readonly StoredEvent[]): Filled {
  const keys = new Map<StoredEvent, string | undefined>();
  const rows = new Map<string, RowKey>();
  for (const event of events) {
    const key = group.projection.rowOf(event);
    const id = key && keyString(key);
    keys.set(event, id);
    if (key && id) rows.set(id, key);
  }
  return { ...group, applied, events, keys, rows };
}

/**
 * Groups sharing a row fall into one lane, applied together; lanes share no row, so they do not race
 * each other. A group's rows are those of its events once its gaps are filled, so a row that only a
 * missed version changes counts too.
 */
export function lanesOf(groups: readonly Filled[]): Filled[][] {
  const parent = groups.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const owner = new Map<string, number>();
  for (const [i, group] of groups.entries())
    for (const id of group.rows.keys()) {
      const other = owner.get(id);
      if (other === undefined) owner.set(id, i);
      else parent[root(i)] = root(other);
    }
  const lanes = new Map<number, Filled[]>();
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
 * unit of its own, which the executor commits in parts.
 */
export function unitsOf(lanes: readonly Filled[][], items: number): Unit[] {
  const units: Unit[] = [];
  let groups: Filled[] = [];
  let rows = new Map<string, RowKey>();
  let size = 0;
  const close = () => {
    if (groups.length > 0) units.push({ groups, rows: [...rows.values()] });
    groups = [];
    rows = new Map();
    size = 0;
  };
  for (const lane of lanes) {
    const laneRows = new Map(lane.flatMap((group) => [...group.rows]));
    const laneSize = laneRows.size + lane.length;
    if (groups.length > 0 && size + laneSize > items) close();
    groups.push(...lane);
    for (const [id, key] of laneRows) rows.set(id, key);
    size += laneSize;
  }
  close();
  return units;
}

/** The units of a batch's filled groups. */
export const plan = (groups: readonly Filled[], items: number): Unit[] => unitsOf(lanesOf(groups), items);
