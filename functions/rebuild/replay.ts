import { folding } from '../../domain/views/fold';
import type { Projection } from '../../domain/views/projection';
import type { StoredEvent } from '../../events/envelope';
import { rowItem, type StoredRow, watermarkItem } from '../commons/read-model-items';

/**
 * Every projection folded in memory over the whole log, with the same pure reducers the projector
 * applies, into the items the projector would have written: each row with its revision (the events
 * applied to it) and a watermark per view and source stream at the stream's last version, so the
 * projector carries on from them. A stream's events are applied in version order from 1; one that
 * arrives early waits for the versions before it, and a version that never arrives fails the replay,
 * as does one read twice: a scan reads each item once, so either means the log was not read whole.
 */
export class Replay {
  private readonly folder: ReturnType<typeof folding>;

  constructor(projections: readonly Projection<object>[]) {
    this.folder = folding(projections);
  }

  add(event: StoredEvent): void {
    if (this.folder.add(event) === 'repeat')
      throw new Error(`${event.streamId} version ${event.version} read twice`);
  }

  /** The rows and watermarks to write; refused while any stream lacks a version. */
  items(): { rows: StoredRow[]; watermarks: ReturnType<typeof watermarkItem>[] } {
    const folded = this.folder.result();
    for (const [streamId, version] of folded.gaps)
      throw new Error(`${streamId} has no version ${version} in the Events table`);
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
