import { GetCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import type { RowKey } from '../../domain/views/projection';
import { documentClient } from './clients';
import { readModelsTableName } from './config';
import { rowOfItem } from './read-model-items';

/** A row as the projector wrote it, without the keys and revision it added. */
const rowOf = <Row>(item: Record<string, unknown>): Row => rowOfItem(item).row as Row;

/** Every row of a view's partition in sort-key order, or those whose sort key starts with `prefix`. */
export async function rowsOf<Row>(pk: string, prefix?: string): Promise<Row[]> {
  const rows: Row[] = [];
  const pages = paginateQuery(
    { client: documentClient },
    {
      TableName: readModelsTableName(),
      KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk, ...(prefix ? { ':prefix': prefix } : {}) },
    },
  );
  for await (const page of pages) for (const item of page.Items ?? []) rows.push(rowOf<Row>(item));
  return rows;
}

export async function rowAt<Row>(key: RowKey): Promise<Row | undefined> {
  const { Item } = await documentClient.send(new GetCommand({ TableName: readModelsTableName(), Key: key }));
  return Item ? rowOf<Row>(Item) : undefined;
}
