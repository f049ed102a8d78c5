import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { documentClient } from './clients';
import { LIST_ORDER_INDEX, readModelsTableName } from './config';
import { RequestError } from './errors';

/** `?limit=` and `?cursor=`, on every list route. */
export const pageQuery = {
  limit: z
    .string()
    .regex(/^\d{1,3}$/, 'a whole number from 1 to 100')
    .transform(Number)
    .pipe(z.number().int().min(1, 'at least 1').max(100, 'at most 100'))
    .optional()
    .describe('How many items to answer, 1 to 100; 50 when absent'),
  cursor: z.string().max(2000).optional().describe('The nextCursor of the previous page, as it was answered'),
};

const DEFAULT_LIMIT = 50;

/** What a list asks of its partition: the rows under `pk`, in the order the table keeps them. */
export interface ListQuery {
  readonly pk: string;
  /** Rows whose sort key starts with this, or lies between these two (inclusive). */
  readonly sk?: { readonly prefix: string } | { readonly between: readonly [string, string] };
  /**
   * Read through the sparse index sorted by `listOrder` (a disbursement's value date), newest first,
   * between two orders when given, instead of by sort key.
   */
  readonly newestFirst?: { readonly between?: readonly [string, string] };
  /** Conditions on the rows' attributes (a path such as `appointment.unit`), those without a value left out. */
  readonly where?: readonly Condition[];
  /** A condition DynamoDB cannot apply (one that depends on the day asked), applied to each row read. */
  readonly keep?: (item: Record<string, unknown>) => boolean;
}

export interface Condition {
  readonly path: string;
  readonly is: '=' | '<>' | '>=' | '<=';
  readonly value: unknown;
}

/** The condition that the attribute at `path` equals the value; none when no value was asked. */
export const equal = (path: string, value: unknown): Condition => ({ path, is: '=', value });

export interface Page {
  readonly items: Record<string, unknown>[];
  readonly nextCursor?: string;
}

/**
 * One page of a list: rows read in the table's order from where the cursor points, the filters applied
 * by DynamoDB, until `limit` are kept and one more shows there is a next page. The cursor is the key
 * of the last row answered, so a page cut short inside a read resumes exactly after it. Answers the
 * rows as stored, keys included; the route shapes its items.
 */
export async function listPage(
  list: ListQuery,
  page: { readonly limit?: number; readonly cursor?: string },
): Promise<Page> {
  const limit = page.limit ?? DEFAULT_LIMIT;
  const keyNames = list.newestFirst ? ['pk', 'sk', 'listOrder'] : ['pk', 'sk'];
  let startKey = page.cursor === undefined ? undefined : keyOfCursor(page.cursor, list, keyNames);
  const kept: Record<string, unknown>[] = [];
  do {
    const { Items = [], LastEvaluatedKey } = await documentClient.send(
      new QueryCommand({ ...queryOf(list), Limit: limit + 1 - kept.length, ExclusiveStartKey: startKey }),
    );
    for (const item of Items) if (!list.keep || list.keep(item)) kept.push(item);
    startKey = LastEvaluatedKey;
  } while (startKey && kept.length <= limit);
  const items = kept.slice(0, limit);
  const last = items.at(-1);
  return kept.length > limit && last ? { items, nextCursor: cursorOf(last, keyNames) } : { items };
}

function queryOf(list: ListQuery) {
  const names: Record<string, string> = { '#pk': 'pk' };
  const values: Record<string, unknown> = { ':pk': list.pk };
  let condition = '#pk = :pk';
  const range = list.newestFirst
    ? list.newestFirst.between
    : list.sk && 'between' in list.sk && list.sk.between;
  const sortKey = list.newestFirst ? 'listOrder' : 'sk';
  if (range) {
    names['#sortKey'] = sortKey;
    Object.assign(values, { ':low': range[0], ':high': range[1] });
    condition += ' AND #sortKey BETWEEN :low AND :high';
  } else if (list.sk && 'prefix' in list.sk) {
    names['#sortKey'] = sortKey;
    values[':prefix'] = list.sk.prefix;
    condition += ' AND begins_with(#sortKey, :prefix)';
  }
  const filters = (list.where ?? [])
    .filter(({ value }) => value !== undefined)
    .map(({ path, is, value }, i) => {
      const parts = path.split('.').map((part, j) => {
        names[`#f${i}_${j}`] = part;
        return `#f${i}_${j}`;
      });
      values[`:f${i}`] = value;
      return `${parts.join('.')} ${is} :f${i}`;
    });
  return {
    TableName: readModelsTableName(),
    ...(list.newestFirst ? { IndexName: LIST_ORDER_INDEX, ScanIndexForward: false } : {}),
    KeyConditionExpression: condition,
    ...(filters.length > 0 ? { FilterExpression: filters.join(' AND ') } : {}),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

const cursorOf = (item: Record<string, unknown>, keyNames: readonly string[]): string =>
  Buffer.from(JSON.stringify(keyNames.map((name) => item[name]))).toString('base64url');

/**
 * The key a cursor names, refused unless this list could have answered it: its keys, in its partition
 * and range (DynamoDB refuses a start outside the query's bounds, and a cursor of another list or of
 * other dates is a mistake to tell the caller of).
 */
function keyOfCursor(cursor: string, list: ListQuery, keyNames: readonly string[]): Record<string, string> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (
    !Array.isArray(key) ||
    key.length !== keyNames.length ||
    key.some((part) => typeof part !== 'string') ||
    key[0] !== list.pk ||
    !inRange(list, key.at(-1))
  )
    throw new RequestError(400, 'invalid-request', [
      { field: 'cursor', reason: 'not a cursor this list answered: pass nextCursor as it was given' },
    ]);
  return Object.fromEntries(keyNames.map((name, i) => [name, key[i] as string]));
}

/** Whether a sort key (or list order) lies where the list's key condition reads. */
function inRange(list: ListQuery, sortKey: string): boolean {
  const range = list.newestFirst
    ? list.newestFirst.between
    : list.sk && 'between' in list.sk && list.sk.between;
  if (range) return range[0] <= sortKey && sortKey <= range[1];
  return !list.sk || !('prefix' in list.sk) || sortKey.startsWith(list.sk.prefix);
}

/** The row without its storage attributes: what a list answers of it. */
export function itemOf<Row = Record<string, unknown>>(item: Record<string, unknown>): Row {
  const { pk: _, sk: __, revision: ___, listOrder: ____, ...row } = item;
  return row as Row;
}
