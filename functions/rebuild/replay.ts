import { folding } from '../../domain/views/fold';
import type { Projection } from '../../domain/views/projection';
import type { StoredEvent } from '../../events/envelope';
import { BrokenChain } from '../../events/errors';
import { toStoredEvent } from '../../events/event-store';
import { hashHolds, type Link, linkBreaks } from '../../events/hash-chain';
import { rowItem, type StoredRow, watermarkItem } from '../commons/read-model-items';

/**
 * Every projection folded in memory over the whole log, with the same pure reducers the projector
 * applies, into the items the projector would have written: each row with its revision (the events
 * applied to it) and a watermark per view and source stream at the stream's last version, so the
 * projector carries on from them. A stream's events are applied in version order from 1; one that
 * arrives early waits for those before it. Nothing is replayed that the log does not vouch for: each
 * item's hash is checked as it is read (an amount edited in place stops the replay there), it must
 * read as an event, and each stream's links are checked, in version order, before anything is
 * written; a version missing, or one read twice, means the log was not read whole.
 */
export class Replay {
  private readonly folder: ReturnType<typeof folding>;
  /** Per stream, each event's place and hashes, as read: the links are checked once all have come. */
  private readonly links = new Map<string, Link[]>();

  constructor(projections: readonly Projection<object>[]) {
    this.folder = folding(projections);
  }

  /** An event item exactly as the table holds it. */
  add(item: Record<string, unknown>): void {
    const stored = item as unknown as StoredEvent;
    if (!hashHolds(stored)) throw new BrokenChain(stored.streamId, stored.version, 'hash-mismatch');
    const event = toStoredEvent(item);
    if (this.folder.add(event) === 'repeat')
      throw new Error(`${event.streamId} version ${event.version} read twice`);
    const links = this.links.get(event.streamId) ?? [];
    this.links.set(event.streamId, links);
    links.push({ version: event.version, previousHash: event.previousHash, hash: event.hash });
  }

  /** The rows and watermarks to write; refused, naming the first break, while any stream's chain does not hold. */
  items(): { rows: StoredRow[]; watermarks: ReturnType<typeof watermarkItem>[] } {
    for (const [streamId, links] of this.links) {
      const [first] = linkBreaks(links.sort((a, b) => a.version - b.version));
      if (first) throw new BrokenChain(streamId, first.version, first.problem);
    }
    const folded = this.folder.result();
    return {
      rows: [...folded.rows.values()].map(({ key, row, revision }) => rowItem(key, row, revision)),
      watermarks: folded.watermarks.map(({ projection, streamId, version }) =>
        watermarkItem(projection, streamId, version),
      ),
    };
  }

  get events(): number {
    return this.folder.events;
  }

  get streams(): number {
    return this.folder.streams;
  }
}
