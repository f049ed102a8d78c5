import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ITEM_KIND, TIP_VERSION } from '../../events/envelope';
import { chainedItems, type StreamChange } from '../../events/stream-items';

/**
 * Writes one append as the store wrote it before a stream's latest event carried its tip: the events
 * without the folded state, and the stream's tip item at version 0.
 */
export async function appendAsBefore(
  documents: DynamoDBDocumentClient,
  tableName: string,
  change: StreamChange,
  metadata: Parameters<typeof chainedItems>[1],
): Promise<void> {
  const { tip, events } = chainedItems(change, metadata);
  const items = [
    ...events.map(({ state: _, stateVersion: __, ...event }) => event),
    { streamId: change.stream.streamId, version: TIP_VERSION, kind: ITEM_KIND.tip, ...tip },
  ];
  for (const Item of items) await documents.send(new PutCommand({ TableName: tableName, Item }));
}
