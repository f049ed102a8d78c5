import { EVENT_ATTRIBUTES } from '../events/envelope';
import { LIST_ORDER_INDEX } from '../functions/commons/config';

/**
 * The table definitions, written once: the CDK stack and the local runtime both build their tables
 * from these, so what the tests run against has the keys and stream settings production has.
 */
export interface TableDefinition {
  /** Logical name; the physical name is chosen by CloudFormation or by the local runtime. */
  readonly id: 'Events' | 'ReadModels' | 'Anchors';
  readonly partitionKey: { readonly name: string; readonly type: 'S' | 'N' };
  readonly sortKey: { readonly name: string; readonly type: 'S' | 'N' };
  /** Whether the table publishes a change stream of new images (the projector's input). */
  readonly stream: boolean;
  /** Global secondary indexes. */
  readonly indexes: readonly IndexDefinition[];
}

export interface IndexDefinition {
  readonly name: string;
  readonly partitionKey: { readonly name: string; readonly type: 'S' | 'N' };
  readonly sortKey: { readonly name: string; readonly type: 'S' | 'N' };
  /**
   * The attributes the index copies besides the keys: `all`, or only those its queries read, so
   * an item's other attributes cost no index writes or storage.
   */
  readonly projection: 'all' | readonly string[];
}

/**
 * Events and command records. Partition key `<processId>#<aggregate>#<id>`, sort key the version:
 * events at 1, 2, 3 …, the latest also carrying the stream's folded state (it is the stream's tip);
 * a command's record at 0 under `<processId>#command#<id>`. Streams written before the tip moved into
 * the latest event keep their tip item at version 0, which nothing reads to load.
 */
export const eventsTable: TableDefinition = {
  id: 'Events',
  partitionKey: { name: 'streamId', type: 'S' },
  sortKey: { name: 'version', type: 'N' },
  stream: true,
  indexes: [
    {
      // Every event of one process in the order it was recorded: reports "as of a date", audit trails.
      // Sparse: only event items carry `processId` and `position`, not command records or old tips.
      // It copies what reading an event needs, not the state a stream's latest event carries.
      name: 'byProcess',
      partitionKey: { name: 'processId', type: 'S' },
      sortKey: { name: 'position', type: 'S' },
      projection: EVENT_ATTRIBUTES,
    },
  ],
};

/** Read models keyed for the queries users make; `pk` names the view and its scope, `sk` the row. */
export const readModelsTable: TableDefinition = {
  id: 'ReadModels',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  stream: false,
  indexes: [
    {
      // A row keyed by its record's id, which the later events name, listed by what they do not name:
      // a disbursement by its request's value date. Sparse: only rows with a `listOrder` are in it.
      name: LIST_ORDER_INDEX,
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'listOrder', type: 'S' },
      projection: 'all',
    },
  ],
};

/**
 * Signed anchors of the log (docs/anchoring.md): partition key the process, sort key the instant, and
 * `<instant>#tips#<n>` for an anchor's pages of tips. A table of its own, so the functions that append
 * events (every command) cannot write an anchor: only the anchor function can.
 */
export const anchorsTable: TableDefinition = {
  id: 'Anchors',
  partitionKey: { name: 'processId', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  stream: false,
  indexes: [],
};

export const tableDefinitions = [eventsTable, readModelsTable, anchorsTable] as const;

/**
 * Records per projector invocation, on AWS and locally. A batch costs a few calls per hundred rows and
 * watermarks it changes, not per record, so catching up after a pause, a rebuild or an outage goes a
 * thousand records at a time; day to day, batches hold the few records written since the last one.
 * A thousand event items (about 2 KB each, a stream's latest a little more with its folded state)
 * stay well within Lambda's 6 MB payload, and it is the most one GetRecords call returns.
 */
export const PROJECTOR_BATCH_SIZE = 1000;

/** Retries of a failing batch, on AWS and locally, before its records go to the dead letters. */
export const PROJECTOR_RETRY_ATTEMPTS = 5;

/**
 * Which stream records the projector receives: new event items only (not command records). The CDK event source filter and the local stream poller both use this pattern.
 */
export const projectorFilterPattern = {
  eventName: ['INSERT'],
  dynamodb: { NewImage: { kind: { S: ['event'] } } },
} as const;
