import { setTimeout as sleep } from 'node:timers/promises';
import type { DomainEvent } from './catalog';
import type { EventMetadata } from './envelope';
import { ConcurrencyConflict, StaleVersion } from './errors';
import type { AppendOutcome, EventStore } from './event-store';
import type { StreamFold } from './stream-fold';
import type { LoadedStream, StreamChange } from './stream-items';

export interface Decision {
  readonly changes: readonly StreamChange[];
  readonly result: Record<string, unknown>;
}

/** Loads streams for one attempt of a command; the decision it returns is appended as a whole. */
export type Decide = (
  load: <E extends DomainEvent, S>(
    streamId: string,
    decider: StreamFold<E, S>,
  ) => Promise<LoadedStream<E, S>>,
) => Promise<Decision>;

export interface CommandContext {
  readonly commandId: string;
  /** Fingerprint of the request, so a reused command id with a different body is told apart. */
  readonly requestHash: string;
  readonly metadata: EventMetadata;
  /** From `If-Match`: the stream it names must be at this version when the command loads it. */
  readonly guard?: Guard;
}

/** The command's subject, named by its endpoint, and the version the client last saw of it. */
export interface Guard {
  readonly streamId: string;
  readonly version: number;
}

export interface ExecutionOptions {
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
}

/**
 * Run a command against the store: load, decide, append; on a concurrency conflict reload and decide
 * again, a bounded number of times with full-jitter backoff. A command id seen before returns its
 * first result and appends nothing.
 */
export async function executeCommand(
  store: EventStore,
  context: CommandContext,
  decide: Decide,
  { maxAttempts = 10, baseDelayMs = 10 }: ExecutionOptions = {},
): Promise<AppendOutcome> {
  const { commandId, requestHash, metadata } = context;
  // A retried request must not be decided again: its first answer stands. A duplicate racing this
  // one past this check is caught by the command record's condition in the append.
  const earlier = await store.replay(metadata.processId, commandId, requestHash);
  if (earlier) return earlier;
  for (let attempt = 1; ; attempt++) {
    const { guard } = context;
    let guarded = false;
    const decision = await decide(async (streamId, decider) => {
      const loaded = await store.load(streamId, decider);
      if (guard?.streamId === streamId) {
        if (loaded.version !== guard.version) throw new StaleVersion(guard.version, loaded.version);
        guarded = true;
      }
      return loaded;
    });
    // An If-Match the command never checked would be silently ignored: a fault of the endpoint.
    if (guard && !guarded) throw new Error(`the guarded stream ${guard.streamId} was not loaded`);
    try {
      return await store.append(
        { commandId, requestHash, metadata, result: decision.result },
        decision.changes,
      );
    } catch (error) {
      if (!(error instanceof ConcurrencyConflict) || attempt >= maxAttempts) throw error;
      await sleep(Math.random() * baseDelayMs * 2 ** attempt);
    }
  }
}
