import { ITEM_KIND, type StoredEvent } from '../../events/envelope';
import { UnreadableEvent } from '../../events/errors';
import { type EventStore, toStoredEvent } from '../../events/event-store';
import { chainBreaks } from '../../events/hash-chain';
import { inParallel } from '../commons/dynamo-batches';

/** Something a check found wrong in the stored log, at one stream and version. */
export interface Finding {
  /** The check that found it: `readable`, `chain`, or any check added to the list. */
  readonly check: string;
  readonly streamId: string;
  readonly version: number;
  /** A stable code, such as `hash-mismatch` or `unknown-type`. */
  readonly problem: string;
  /** In words, where the code alone does not say it (which field of an unreadable item). */
  readonly reason?: string;
}

type Problem = Omit<Finding, 'check' | 'streamId'>;

/**
 * One check of the log, run on every stream as the walk reads it: its event items exactly as stored
 * (version 1 on, in version order), never the events as parsed. A check is named, and names what it
 * finds; another (a signed digest of the streams' ends, say) slots into `logChecks` beside these.
 */
export interface LogCheck {
  readonly name: string;
  problems(items: readonly Record<string, unknown>[]): readonly Problem[];
}

/** Every item can be read as an event of the catalog: its envelope, its type, its data by the type's schema. */
const readable: LogCheck = {
  name: 'readable',
  problems: (items) =>
    items.flatMap((item): Problem[] => {
      const version = Number(item.version);
      if (item.kind !== ITEM_KIND.event)
        return [{ version, problem: 'not-an-event', reason: `kind is ${String(item.kind)}` }];
      try {
        toStoredEvent(item);
        return [];
      } catch (error) {
        if (!(error instanceof UnreadableEvent)) throw error;
        return [{ version, problem: error.problem, reason: error.reason }];
      }
    }),
};

/** Every version is there, each item's hash is its own, and each links to the one before. */
const chain: LogCheck = {
  name: 'chain',
  problems: (items) => chainBreaks(items as unknown as StoredEvent[]),
};

export const logChecks: readonly LogCheck[] = [readable, chain];

/** Streams are read a few at a time: a process holds thousands. */
const PARALLEL = 8;

export interface LogVerdict {
  readonly streams: number;
  readonly events: number;
  /** By stream, then version: every one, not just the first. */
  readonly findings: readonly Finding[];
}

/**
 * Walks the stored log of a process itself, not what is derived from it: every stream the byProcess
 * index names, each read whole from the table and put to every check. An item no check can pass is
 * named and the walk goes on, so one bad item neither hides the others nor stops the verification.
 */
export async function verifyLog(
  store: EventStore,
  processId: string,
  checks: readonly LogCheck[] = logChecks,
): Promise<LogVerdict> {
  const streams = await store.streamsOf(processId);
  const findings: Finding[] = [];
  let events = 0;
  await inParallel(PARALLEL, streams, async (streamId) => {
    const items = await store.stored(streamId);
    events += items.length;
    for (const check of checks)
      for (const problem of check.problems(items)) findings.push({ check: check.name, streamId, ...problem });
  });
  findings.sort((a, b) =>
    a.streamId === b.streamId ? a.version - b.version : a.streamId < b.streamId ? -1 : 1,
  );
  return { streams: streams.length, events, findings };
}
