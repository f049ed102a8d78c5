import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { ZodError } from 'zod';
import { type DomainEvent, isEventType, readData } from './catalog';
import { type StoredEvent, storedEnvelope, TIP_VERSION } from './envelope';
import {
  ConcurrencyConflict,
  IdempotencyKeyReused,
  TransactionTooLarge,
  type Unreadable,
  UnreadableEvent,
} from './errors';
import type { StreamFold } from './stream-fold';
import {
  answerBody,
  appendItems,
  commandKey,
  type LoadedStream,
  type RecordedCommand,
  type StreamChange,
} from './stream-items';

export interface CommandRecord {
  readonly commandId: string;
  readonly requestHash: string;
  /** The answer's body as first sent, JSON: a replay answers the same bytes. */
  readonly body: string;
}

export interface AppendOutcome {
  readonly record: CommandRecord;
  /** True when the command id had been recorded before and nothing was appended now. */
  readonly replayed: boolean;
}

const MAX_TRANSACTION_ITEMS = 100;

/**
 * The event store over one DynamoDB table. Append-only: there is no update or delete of an event.
 * A stream's latest event is its tip: it carries the stream's folded state, so loading is one read
 * however long the stream, and writing the version after it is the concurrency guard.
 */
export class EventStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  async load<E extends DomainEvent, S>(
    streamId: string,
    decider: StreamFold<E, S>,
  ): Promise<LoadedStream<E, S>> {
    const latest = await this.latest(streamId);
    if (!latest) return { streamId, decider, state: decider.initialState, version: 0, lastHash: null };
    if (latest.stateVersion === decider.stateVersion)
      return { streamId, decider, state: latest.state as S, version: latest.version, lastHash: latest.hash };
    // Folded by an older decider, or written before the latest event carried the state (an old tip
    // item at version 0 is not read): the events are the truth, fold them again.
    const events = await this.read(streamId);
    const state = events.reduce((s, e) => decider.evolve(s, e as unknown as E), decider.initialState);
    const last = events.at(-1);
    return { streamId, decider, state, version: last?.version ?? 0, lastHash: last?.hash ?? null };
  }

  /** Events of a stream in version order, optionally a range of versions (inclusive). */
  async read(streamId: string, from = 1, to = Number.MAX_SAFE_INTEGER): Promise<StoredEvent[]> {
    return (await this.items(streamId, from, to)).map(toStoredEvent);
  }

  private async items(
    streamId: string,
    from = 1,
    to = Number.MAX_SAFE_INTEGER,
  ): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        KeyConditionExpression: 'streamId = :s AND version BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':s': streamId, ':from': Math.max(from, 1), ':to': to },
        ConsistentRead: true,
      },
    );
    for await (const page of pages) items.push(...(page.Items ?? []));
    return items;
  }

  /** The first outcome of a command id already recorded; refused if it was for a different request. */
  async replay(
    processId: string,
    commandId: string,
    requestHash: string,
  ): Promise<AppendOutcome | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { streamId: commandKey(processId, commandId), version: TIP_VERSION },
        ConsistentRead: true,
      }),
    );
    if (!Item) return undefined;
    if (Item.requestHash !== requestHash) throw new IdempotencyKeyReused(commandId);
    // Records written before the body was kept hold only the result: serialized again, as then.
    const body: string = Item.body ?? JSON.stringify(Item.result);
    return { record: { commandId, requestHash, body }, replayed: true };
  }

  /**
   * Append the changes of one command, all streams and the command record in one transaction.
   * Throws ConcurrencyConflict when any stream moved since it was loaded; when the command id was
   * recorded meanwhile, returns that first record instead of appending twice.
   */
  async append(command: RecordedCommand, changes: readonly StreamChange[]): Promise<AppendOutcome> {
    const { commandId, requestHash, metadata, result } = command;
    const items = appendItems(this.tableName, command, changes);
    if (items.length > MAX_TRANSACTION_ITEMS) throw new TransactionTooLarge(items.length);

    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
      return { record: { commandId, requestHash, body: answerBody(result) }, replayed: false };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') {
        const first = await this.replay(metadata.processId, commandId, requestHash);
        if (first) return first;
      }
      if (reasons.some((r) => r.Code === 'ConditionalCheckFailed' || r.Code === 'TransactionConflict'))
        throw new ConcurrencyConflict(changes.map((c) => c.stream.streamId));
      throw error;
    }
  }

  /**
   * Every event of a process in recorded order, up to an instant (inclusive), from the byProcess
   * index. For reports and views "as of a date"; the index is eventually consistent.
   */
  async readProcess(processId: string, until = '9999'): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        IndexName: 'byProcess',
        KeyConditionExpression: 'processId = :p AND #position <= :until',
        ExpressionAttributeNames: { '#position': 'position' },
        ExpressionAttributeValues: { ':p': processId, ':until': `${until}\uffff` },
      },
    );
    for await (const page of pages)
      for (const item of page.Items ?? []) {
        const event = toStoredEvent(item);
        // An index key edited to this process must not bring another process's event into its reports.
        if (!event.streamId.startsWith(`${processId}#`))
          throw new UnreadableEvent(event.streamId, event.version, 'malformed', `indexed under ${processId}`);
        events.push(event);
      }
    return events;
  }

  /**
   * The ids of a process's streams, from the byProcess index's keys alone (every index projects the
   * table's keys): what a walk of the process's log goes through, stream by stream.
   */
  async streamsOf(processId: string): Promise<string[]> {
    const streams = new Set<string>();
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        IndexName: 'byProcess',
        KeyConditionExpression: 'processId = :p',
        ExpressionAttributeValues: { ':p': processId },
        ProjectionExpression: 'streamId',
      },
    );
    for await (const page of pages) for (const item of page.Items ?? []) streams.add(item.streamId);
    // An item whose index key was edited to another process's is not this process's stream.
    return [...streams].filter((streamId) => streamId.startsWith(`${processId}#`)).sort();
  }

  /**
   * A stream's event items exactly as stored, unread and unchecked, in version order: what
   * verification judges, since the hash covers the stored form. Version 0 (a tip) is not an event.
   */
  stored(streamId: string): Promise<Record<string, unknown>[]> {
    return this.items(streamId);
  }

  /** The stream's newest event item, its tip, in one consistent read. */
  private async latest(
    streamId: string,
  ): Promise<{ version: number; hash: string; stateVersion?: number; state?: unknown } | undefined> {
    const { Items } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'streamId = :s AND version >= :first',
        ExpressionAttributeValues: { ':s': streamId, ':first': 1 },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    return Items?.[0] as { version: number; hash: string } | undefined;
  }
}

/**
 * An item read back from the table, its data upcast to the current schema version and validated, the
 * index keys and the folded state a latest event carries left out.
 * `schemaVersion` stays as stored: the hash covers the stored form, which is never rewritten. An item
 * that cannot be read is named, by stream and version, in an `UnreadableEvent`.
 */
export function toStoredEvent(item: Record<string, unknown>): StoredEvent {
  const unreadable = (problem: Unreadable, reason: string) =>
    new UnreadableEvent(String(item.streamId), Number(item.version), problem, reason);
  const envelope = storedEnvelope.safeParse(item);
  if (!envelope.success) throw unreadable('malformed', issuesOf(envelope.error));
  // The index keys and the folded state a stream's latest event carries are not the event's.
  const { kind: _, processId: __, position: ___, stateVersion: ____, state: _____, ...event } = envelope.data;
  if (!isEventType(event.type)) throw unreadable('unknown-type', `no event type ${event.type}`);
  try {
    return { ...event, data: readData(event.type, event.schemaVersion, event.data) } as StoredEvent;
  } catch (error) {
    throw unreadable('invalid-data', error instanceof ZodError ? issuesOf(error) : (error as Error).message);
  }
}

const issuesOf = (error: ZodError) =>
  error.issues.map((issue) => `${issue.path.join('.') || 'item'}: ${issue.message}`).join('; ');
