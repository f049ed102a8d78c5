import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { currentVersion, type DomainEvent, parseData } from './catalog';
import { type EventMetadata, ITEM_KIND, type StoredEvent, TIP_VERSION } from './envelope';
import { hashEvent } from './hash-chain';
import type { StreamFold } from './stream-fold';

/** A stream as loaded for a decision: its folded state and the version the append must find. */
export interface LoadedStream<E extends DomainEvent = DomainEvent, S = unknown> {
  readonly streamId: string;
  readonly decider: Pick<StreamFold<E, S>, 'evolve' | 'stateVersion' | 'checkedWhenRead'>;
  readonly state: S;
  readonly version: number;
  readonly lastHash: string | null;
}

export interface StreamChange {
  readonly stream: LoadedStream;
  readonly events: readonly DomainEvent[];
}

/** What a command appends: the record kept under its id, so that a retry answers the first outcome. */
export interface RecordedCommand {
  readonly commandId: string;
  readonly requestHash: string;
  readonly metadata: EventMetadata;
  readonly result: Record<string, unknown>;
}

/** A stream's tip: its last version and hash and its folded state, which its latest event carries. */
export interface Tip {
  readonly lastVersion: number;
  readonly lastHash: string | null;
  readonly stateVersion: number;
  readonly state: unknown;
}

type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

/**
 * The writes of one append: the command record, then each changed stream's events, the latest
 * carrying the stream's folded state. Every put is conditional, and a read stream that says so is
 * checked, so the transaction fails whole when the command id was recorded or a stream it decided on
 * moved. A single-stream, single-event command writes two items.
 */
export function appendItems(
  tableName: string,
  command: RecordedCommand,
  changes: readonly StreamChange[],
): TransactItems {
  const items: TransactItems = [commandRecord(tableName, command)];
  for (const change of changes) {
    if (change.events.length > 0) items.push(...streamItems(tableName, change, command.metadata));
    else if (change.stream.decider.checkedWhenRead) items.push(readCheck(tableName, change.stream));
  }
  return items;
}

/** The command's record under its id: its condition is what makes a repeated command id append nothing. */
function commandRecord(tableName: string, command: RecordedCommand): TransactItems[number] {
  const { commandId, requestHash, metadata, result } = command;
  return {
    Put: {
      TableName: tableName,
      Item: {
        streamId: commandKey(metadata.processId, commandId),
        version: TIP_VERSION,
        kind: ITEM_KIND.command,
        requestHash,
        body: answerBody(result),
        recordedAt: metadata.recordedAt,
      },
      ConditionExpression: 'attribute_not_exists(streamId)',
    },
  };
}

/**
 * The version after the one loaded is the concurrency guard: whoever writes it first wins, so an
 * append whose first event finds it taken, or a check that finds it written, decided on a stale state.
 */
const NOT_WRITTEN = 'attribute_not_exists(streamId)';

/**
 * A stream others' decisions rest on, read but not appended to, must still be as it was read: a
 * payment checked against an open month must not land after the month was closed. The version after
 * the one read must still be unwritten.
 */
const readCheck = (tableName: string, stream: LoadedStream): TransactItems[number] => ({
  ConditionCheck: {
    TableName: tableName,
    Key: { streamId: stream.streamId, version: stream.version + 1 },
    ConditionExpression: NOT_WRITTEN,
  },
});

const streamItems = (tableName: string, change: StreamChange, metadata: EventMetadata): TransactItems =>
  chainedItems(change, metadata).events.map((Item) => ({
    Put: { TableName: tableName, Item, ConditionExpression: NOT_WRITTEN },
  }));

/**
 * The items an append writes for one stream, as stored: each event validated, numbered and hashed onto
 * the stream's chain, the latest also carrying the stream's folded state (not hashed: a snapshot, not
 * a fact), and the stream's new tip. Pure, so a data set for tests or benchmarks can be built in
 * memory exactly as appends would have written it.
 */
export function chainedItems(
  change: StreamChange,
  metadata: EventMetadata,
): { readonly tip: Tip; readonly events: Record<string, unknown>[] } {
  const { stream } = change;
  let previousHash = stream.lastHash;
  let state = stream.state;
  const events = change.events.map((event, index) => {
    const data = parseData(event.type, event.data);
    const unhashed = {
      streamId: stream.streamId,
      version: stream.version + index + 1,
      type: event.type,
      schemaVersion: currentVersion(event.type),
      data,
      metadata,
      previousHash,
    } as Omit<StoredEvent, 'hash'>;
    const stored = { ...unhashed, hash: hashEvent(unhashed) } as StoredEvent;
    previousHash = stored.hash;
    state = stream.decider.evolve(state, event);
    const latest = index === change.events.length - 1;
    return {
      ...stored,
      kind: ITEM_KIND.event,
      ...indexKeys(stored),
      ...(latest ? { stateVersion: stream.decider.stateVersion, state } : {}),
    } as Record<string, unknown>;
  });
  const tip: Tip = {
    lastVersion: stream.version + change.events.length,
    lastHash: previousHash,
    stateVersion: stream.decider.stateVersion,
    state,
  };
  return { tip, events };
}
/** Keys of the byProcess index: derived from hashed fields, so they are not hashed themselves. */
const indexKeys = (event: StoredEvent) => ({
  processId: event.metadata.processId,
  position: `${event.metadata.recordedAt}#${event.streamId}#${String(event.version).padStart(12, '0')}`,
});

/** The one way a command's answer is serialized, for the answer and its record alike: a replay is the same bytes. */
export const answerBody = (result: Record<string, unknown>): string => JSON.stringify(result);

export const commandKey = (processId: string, commandId: string) => `${processId}#command#${commandId}`;
