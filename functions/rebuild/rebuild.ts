import { type DynamoDBDocumentClient, paginateScan, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Projection } from '../../domain/views/projection';
import { ITEM_KIND } from '../../events/envelope';
import { batchWrite, inParallel } from '../commons/dynamo-batches';
import { Replay } from './replay';

export interface RebuildSummary {
  readonly eventsTable: string;
  readonly targetTable: string;
  readonly events: number;
  readonly streams: number;
  readonly rows: number;
  readonly watermarks: number;
  readonly seconds: number;
}

export interface RebuildOptions {
  readonly client: DynamoDBDocumentClient;
  readonly eventsTable: string;
  /** An empty read-model table, not the one the projector and the queries use. */
  readonly targetTable: string;
  readonly projections: readonly Projection<object>[];
  /** Parallel scan segments: DynamoDB reads them at once, and one stream always falls in one segment. */
  readonly segments?: number;
}

/**
 * Replays the whole Events table into fresh read models: every event item (not tips, not command
 * records) is read once by a parallel scan, every projection is folded in memory with the projector's
 * own reducers, and the rows and watermarks are written with BatchWriteItem. The Events table is the
 * only input: the stream keeps 24 hours, tips are snapshots, neither is the truth. Each stream's hash
 * chain is verified as it is read (`Replay`): an item changed, unreadable or missing stops the rebuild
 * with a `BrokenChain` or `UnreadableEvent` naming it, before anything is written.
 */
export async function rebuildReadModels(options: RebuildOptions): Promise<RebuildSummary> {
  const { client, eventsTable, targetTable, projections, segments = 16 } = options;
  const started = Date.now();
  const replay = new Replay(projections);
  // The first item the replay refuses ends the whole scan: the other segments stop at their next page.
  let refused = false;
  await inParallel(
    segments,
    Array.from({ length: segments }, (_, segment) => segment),
    async (segment) => {
      const pages = paginateScan(
        { client },
        {
          TableName: eventsTable,
          Segment: segment,
          TotalSegments: segments,
          FilterExpression: '#kind = :event',
          ExpressionAttributeNames: { '#kind': 'kind' },
          ExpressionAttributeValues: { ':event': ITEM_KIND.event },
          ConsistentRead: true,
        },
      );
      for await (const page of pages) {
        if (refused) return;
        try {
          for (const item of page.Items ?? []) replay.add(item);
        } catch (error) {
          refused = true;
          throw error;
        }
      }
    },
  );
  const { rows, watermarks } = replay.items();
  await batchWrite(
    client,
    targetTable,
    [...rows, ...watermarks].map((Item) => ({ PutRequest: { Item } })),
  );
  return {
    eventsTable,
    targetTable,
    events: replay.events,
    streams: replay.streams,
    rows: rows.length,
    watermarks: watermarks.length,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}

export async function isEmpty(client: DynamoDBDocumentClient, tableName: string): Promise<boolean> {
  const { Items = [] } = await client.send(new ScanCommand({ TableName: tableName, Limit: 1 }));
  return Items.length === 0;
}

/** Deletes every item of a read-model table, so a rebuild starts from nothing; answers how many. */
export async function emptyTable(client: DynamoDBDocumentClient, tableName: string): Promise<number> {
  let deleted = 0;
  const pages = paginateScan({ client }, { TableName: tableName, ProjectionExpression: 'pk, sk' });
  for await (const page of pages) {
    const keys = page.Items ?? [];
    await batchWrite(
      client,
      tableName,
      keys.map((Key) => ({ DeleteRequest: { Key } })),
    );
    deleted += keys.length;
  }
  return deleted;
}
