import type { ChainProblem } from './hash-chain';

/** Another writer appended to one of the streams first: reload, decide again, retry. */
export class ConcurrencyConflict extends Error {
  constructor(readonly streamIds: readonly string[]) {
    super(`concurrent write on ${streamIds.join(', ')}`);
    this.name = 'ConcurrencyConflict';
  }
}

/** The command id was used before for a different request; answering with the old result would mislead. */
export class IdempotencyKeyReused extends Error {
  constructor(readonly commandId: string) {
    super(`command id ${commandId} was already used for a different request`);
    this.name = 'IdempotencyKeyReused';
  }
}

/** A write that DynamoDB cannot take in one transaction (100 items, 4 MB). */
export class TransactionTooLarge extends Error {
  constructor(readonly items: number) {
    super(`a command may write at most 100 items in one transaction, this one needs ${items}`);
    this.name = 'TransactionTooLarge';
  }
}

/** The client edited from a version that is no longer the current one (optimistic UI edits). */
export class StaleVersion extends Error {
  constructor(
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(`expected version ${expectedVersion}, current is ${currentVersion}`);
    this.name = 'StaleVersion';
  }
}

/**
 * Contention outlasted the retry budget: nothing was appended, and the same request sent again after
 * a pause (same idempotency key) is decided afresh or answered with its first answer.
 */
export class TryAgain extends Error {
  constructor(
    readonly streamIds: readonly string[],
    readonly retryAfterSeconds: number,
  ) {
    super(`still contended after the retry budget: ${streamIds.join(', ')}`);
    this.name = 'TryAgain';
  }
}

/** Why a stored event cannot be read: not an event's shape, a type the catalog lacks, data its schema refuses. */
export type Unreadable = 'malformed' | 'unknown-type' | 'invalid-data';

/**
 * A stored item that cannot be read as an event, named by stream and version: whatever folds the log
 * (a report, a view as of a date, a rebuild) refuses rather than answering from part of it.
 */
export class UnreadableEvent extends Error {
  constructor(
    readonly streamId: string,
    readonly version: number,
    readonly problem: Unreadable,
    readonly reason: string,
  ) {
    super(`${streamId} version ${version}: ${problem} (${reason})`);
    this.name = 'UnreadableEvent';
  }
}

/** A stored event that is not the one appended, or a version missing: the chain breaks there. */
export class BrokenChain extends Error {
  constructor(
    readonly streamId: string,
    readonly version: number,
    readonly problem: ChainProblem,
  ) {
    super(`${streamId} version ${version}: ${problem}`);
    this.name = 'BrokenChain';
  }
}
