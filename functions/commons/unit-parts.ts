import type { StoredEvent } from '../../events/envelope';
import type { Filled } from './projection-plan';

/** A group's share of one transaction: the events it applies past `from`, and the watermark `upTo` after them. */
export interface Slice {
  readonly group: Filled;
  readonly from: number;
  readonly events: readonly StoredEvent[];
  readonly upTo: number;
}

/**
 * A unit split into transactions of at most `items` rows and watermarks, given the watermarks it read
 * (a retry reads them again, and applies only what is past them). A group whose rows would overflow
 * the transaction starts the next one; a stream that alone changes more rows than a transaction holds
 * is committed part way, its watermark at the last version written, so nothing applied is written
 * without it.
 */
export function partsOf(
  groups: readonly Filled[],
  applied: (group: Filled) => number,
  items: number,
): Slice[][] {
  const parts: Slice[][] = [];
  let slices: Slice[] = [];
  let touched = new Set<string>();
  const commit = () => {
    if (slices.length + touched.size > 0) parts.push(slices);
    slices = [];
    touched = new Set();
  };
  for (const group of groups) {
    const watermark = applied(group);
    const events = group.events.filter((event) => event.version > watermark);
    if (events.length === 0) continue;
    const ids = new Set(events.map((event) => group.keys.get(event)));
    ids.delete(undefined);
    const added = [...ids].filter((id) => !touched.has(id as string)).length;
    if (touched.size + slices.length + added + 1 > items) commit();
    let slice = { group, from: watermark, events: [] as StoredEvent[], upTo: watermark };
    for (const event of events) {
      const id = group.keys.get(event);
      if (id !== undefined && !touched.has(id) && touched.size + slices.length + 1 === items) {
        slices.push(slice);
        commit();
        slice = { group, from: slice.upTo, events: [], upTo: slice.upTo };
      }
      if (id !== undefined) touched.add(id);
      slice.events.push(event);
      slice.upTo = event.version;
    }
    slices.push(slice);
  }
  commit();
  return parts;
}
