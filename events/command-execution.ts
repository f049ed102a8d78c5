import { setTimeout as sleep } from 'node:timers/promises';
import type { DomainEvent } from './catalog';
import type { EventMetadata } from './envelope';
import { ConcurrencyConflict, StaleVersion, TryAgain } from './errors';
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

/**
 * How long a command keeps retrying a lost race. Command functions time out at 10 s; a cold start, the
 * attempt in flight when the budget runs out and the answer itself must fit beside it, and a person
 * waiting more than a few seconds would rather be told to send again.
 */
export const RETRY_BUDGET_MS = 3_000;
/** What a client told `try-again` waits: contention on one stream clears well within a second. */
export const RETRY_AFTER_SECONDS = 1;

export interface ExecutionOptions {
  readonly budgetMs?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
}

type Attempt = { readonly decision: Decision } | { readonly refusal: unknown };

/**
 * Run a command against the store: load, decide, append; on a concurrency conflict reload and decide
 * again with capped full-jitter backoff until the retry budget is spent, then TryAgain. A command id
 * seen before answers its first answer and appends nothing: its record is read alongside the first
 * loads, and again before any refusal or retry, since a duplicate in flight may have been recorded
 * meanwhile. Same key, same answer.
 */
export async function executeCommand(
  store: EventStore,
  context: CommandContext,
  decide: Decide,
  { budgetMs = RETRY_BUDGET_MS, baseDelayMs = 10, maxDelayMs = 500 }: ExecutionOptions = {},
): Promise<AppendOutcome> {
  const { commandId, requestHash, metadata } = context;
  const deadline = performance.now() + budgetMs;
  const firstAnswer = () => store.replay(metadata.processId, commandId, requestHash);
  for (let attempt = 1; ; attempt++) {
    // A duplicate racing past the first read is caught by the command record's condition in the append.
    const [earlier, decided] = await Promise.all([
      attempt === 1 ? firstAnswer() : undefined,
      decideOnce(store, context, decide).then(
        (decision): Attempt => ({ decision }),
        (refusal: unknown): Attempt => ({ refusal }),
      ),
    ]);
    if (earlier) return earlier;
    try {
      if ('refusal' in decided) throw decided.refusal;
      const { changes, result } = decided.decision;
      return await store.append({ commandId, requestHash, metadata, result }, changes);
    } catch (error) {
      // The state this attempt saw may be the duplicate's own doing: its answer, not a refusal or retry.
      const first = await firstAnswer();
      if (first) return first;
      if (!(error instanceof ConcurrencyConflict)) throw error;
      const delay = Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
      if (performance.now() + delay >= deadline) throw new TryAgain(error.streamIds, RETRY_AFTER_SECONDS);
      await sleep(delay);
    }
  }
}

/** One attempt's loads and decision, with `If-Match` checked on the stream it names. */
async function decideOnce(store: EventStore, { guard }: CommandContext, decide: Decide): Promise<Decision> {
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
  return decision;
}
