import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Projection } from '../../domain/views/projection';
import type { StoredEvent } from '../../events/envelope';
import type { EventStore } from '../../events/event-store';

/**
 * Applies events to read models at least once, safely. Per view and source stream a watermark holds
 * the last version applied, written in the same transaction as the row: a version at or below it is
 * a duplicate and ignored; a version past the next one means records were missed, and the missing
 * versions are read from the Events table and applied first. A gap is never skipped.
 */
export class ReadModelWriter {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly events: EventStore,
    private readonly projections: readonly Projection<object>[],
  ) {}

  async project(event: StoredEvent): Promise<void> {
    const aggregate = event.streamId.split('#')[1] ?? '';
    for (const projection of this.projections)
      if (projection.aggregates.includes(aggregate)) await this.projectInto(projection, event);
  }

  private async projectInto(projection: Projection<object>, event: StoredEvent): Promise<void> {
    const watermark = await this.watermark(projection.name, event.streamId);
    if (event.version <= watermark) return;
    const missed =
      event.version > watermark + 1
        ? await this.events.read(event.streamId, watermark + 1, event.version - 1)
        : [];
    let applied = watermark;
    for (const next of [...missed, event]) {
      await this.applyOne(projection, next, applied);
      applied = next.version;
    }
  }

  private async applyOne(
    projection: Projection<object>,
    event: StoredEvent,
    watermark: number,
  ): Promise<void> {
    const watermarkPut = {
      Put: {
        TableName: this.tableName,
        Item: { pk: watermarkKey(event.streamId), sk: projection.name, version: event.version },
        // Two deliveries racing on one stream: only the one that finds the expected watermark writes.
        ConditionExpression: 'attribute_not_exists(pk) OR version = :watermark',
        ExpressionAttributeValues: { ':watermark': watermark },
      },
    };
    const key = projection.rowOf(event);
    if (!key) {
      await this.client.send(new TransactWriteCommand({ TransactItems: [watermarkPut] }));
      return;
    }
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    const {
      pk: _,
      sk: __,
      revision = 0,
      ...current
    } = (Item ?? {}) as Record<string, unknown> & { revision?: number };
    const row = projection.apply(Item ? current : undefined, event);
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: { ...row, ...key, revision: revision + 1 },
              // Rows can gather events from several streams: guard against a concurrent writer.
              ConditionExpression: 'attribute_not_exists(pk) OR revision = :revision',
              ExpressionAttributeValues: { ':revision': revision },
            },
          },
          watermarkPut,
        ],
      }),
    );
  }

  private async watermark(projection: string, streamId: string): Promise<number> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: watermarkKey(streamId), sk: projection },
        ConsistentRead: true,
      }),
    );
    return (Item?.version as number | undefined) ?? 0;
  }
}

const watermarkKey = (streamId: string) => `watermark#${streamId}`;
