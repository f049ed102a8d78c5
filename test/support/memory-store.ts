import type { Decider } from '../../domain/decider';
import { DomainRefusal } from '../../domain/errors';
import type { DomainEvent } from '../../events/catalog';
import type { EventMetadata } from '../../events/envelope';
import { chainedItems, type LoadedStream, type StreamChange } from '../../events/stream-items';

/** Loads a stream with the decider that folds it, kept so the caller can decide with it. */
export type Load = <C, E extends DomainEvent, S>(
  streamId: string,
  decider: Decider<C, E, S>,
) => LoadedStream<E, S> & { readonly decider: Decider<C, E, S> };

/**
 * Appends as the event store does — each stream's events chained and hashed by the store's own
 * `chainedItems`, its state folded by the decider — but into memory, so a large log is made in
 * seconds and written to DynamoDB in bulk afterwards.
 */
export class MemoryStore {
  /** Event items in the order appended: the order the table's stream would carry them. */
  readonly events: Record<string, unknown>[] = [];
  private readonly streams = new Map<string, LoadedStream>();
  private clock: number;
  private commands = 0;

  constructor(
    readonly processId: string,
    start: string,
  ) {
    this.clock = Date.parse(start);
  }

  /** The instant of the next command: one minute after the last. */
  get now(): string {
    return new Date(this.clock).toISOString();
  }

  /**
   * Decides and appends one command; a refusal appends nothing and answers false, as an HTTP
   * command would answer 4xx.
   */
  run(actor: string, role: string, decide: (load: Load, at: string) => readonly StreamChange[]): boolean {
    const at = this.now;
    this.clock += 60_000;
    const load: Load = (streamId, decider) => {
      const stored = this.streams.get(streamId);
      return stored
        ? { ...stored, decider, state: stored.state as never }
        : { streamId, decider, state: decider.initialState, version: 0, lastHash: null };
    };
    let changes: readonly StreamChange[];
    try {
      changes = decide(load, at);
    } catch (error) {
      if (error instanceof DomainRefusal) return false;
      throw error;
    }
    const commandId = `cmd-${++this.commands}`;
    const metadata: EventMetadata = {
      processId: this.processId,
      actor,
      role,
      commandId,
      correlationId: commandId,
      causationId: commandId,
      recordedAt: at,
    };
    for (const change of changes.filter((c) => c.events.length > 0)) {
      const { tip, events } = chainedItems(change, metadata);
      this.events.push(...events);
      this.streams.set(change.stream.streamId, {
        ...change.stream,
        state: tip.state,
        version: tip.lastVersion,
        lastHash: tip.lastHash,
      });
    }
    return true;
  }
}
