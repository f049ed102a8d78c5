import {
  type DynamoDBDocumentClient,
  paginateQuery,
  paginateScan,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { SignedAnchor, StreamTip } from './anchor';
import { ITEM_KIND } from './envelope';

/** Tips per page item: about 120 bytes each, far below DynamoDB's 400 KB item limit. */
const TIPS_PER_PAGE = 1000;
/** A transaction holds at most 100 items: the header and 99 pages, 99,000 streams in one process. */
const MAX_PAGES = 99;

/**
 * Signed anchors in their own table, append-only: partition key the process, sort key the instant
 * (`anchoredAt`) for the anchor's header and `<anchoredAt>#tips#<n>` for its pages of tips, all
 * written in one transaction and never updated. Only the anchor function may write the table.
 */
export class AnchorStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  async put(anchor: SignedAnchor): Promise<void> {
    const { tips, ...header } = anchor;
    const pages: StreamTip[][] = [];
    for (let i = 0; i < tips.length; i += TIPS_PER_PAGE) pages.push(tips.slice(i, i + TIPS_PER_PAGE));
    if (pages.length > MAX_PAGES)
      throw new Error(`${anchor.processId}: ${tips.length} streams exceed one anchor's ${MAX_PAGES} pages`);
    const items = [
      { ...header, sk: anchor.anchoredAt, pages: pages.length },
      ...pages.map((page, n) => ({
        processId: anchor.processId,
        sk: `${anchor.anchoredAt}#tips#${String(n).padStart(4, '0')}`,
        tips: page,
      })),
    ];
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: items.map((Item) => ({
          Put: { TableName: this.tableName, Item, ConditionExpression: 'attribute_not_exists(sk)' },
        })),
      }),
    );
  }

  /** Every anchor of a process, oldest first, with its tips put back together. */
  async list(processId: string): Promise<SignedAnchor[]> {
    return assemble(await this.items(processId));
  }

  /** The newest anchor of a process, if any: newest first, the pages of an anchor sort after its header. */
  async latest(processId: string): Promise<SignedAnchor | undefined> {
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        KeyConditionExpression: 'processId = :p',
        FilterExpression: 'attribute_exists(pages)',
        ExpressionAttributeValues: { ':p': processId },
        ScanIndexForward: false,
        ConsistentRead: true,
      },
    );
    for await (const page of pages) {
      const header = page.Items?.[0];
      if (header) return assemble(await this.items(processId, header.sk as string))[0];
    }
    return undefined;
  }

  private async items(processId: string, anchoredAt?: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        KeyConditionExpression: anchoredAt ? 'processId = :p AND begins_with(sk, :at)' : 'processId = :p',
        ExpressionAttributeValues: { ':p': processId, ...(anchoredAt ? { ':at': anchoredAt } : {}) },
        ConsistentRead: true,
      },
    );
    for await (const page of pages) items.push(...(page.Items ?? []));
    return items;
  }
}

/** Headers with their pages; a header missing a page keeps the tips it has, and its signature fails. */
function assemble(items: readonly Record<string, unknown>[]): SignedAnchor[] {
  const headers = items.filter((item) => item.pages !== undefined);
  return headers.map((header) => {
    const { sk, pages: _, ...anchor } = header;
    const tips = items
      .filter((item) => typeof item.sk === 'string' && item.sk.startsWith(`${sk}#tips#`))
      .flatMap((item) => item.tips as StreamTip[]);
    return { ...anchor, tips } as unknown as SignedAnchor;
  });
}

/**
 * Every stream's tip, by process, from one scan of the Events table: the last event item of each
 * stream (never a version-0 tip item, nor a command record), so the tips are the log's own.
 */
export async function tipsByProcess(
  client: DynamoDBDocumentClient,
  eventsTable: string,
): Promise<Map<string, StreamTip[]>> {
  const last = new Map<string, StreamTip>();
  const pages = paginateScan(
    { client },
    {
      TableName: eventsTable,
      FilterExpression: '#kind = :event',
      ProjectionExpression: 'streamId, version, #hash',
      ExpressionAttributeNames: { '#kind': 'kind', '#hash': 'hash' },
      ExpressionAttributeValues: { ':event': ITEM_KIND.event },
      ConsistentRead: true,
    },
  );
  for await (const page of pages)
    for (const item of page.Items ?? []) {
      const { streamId, version, hash } = item as StreamTip;
      if ((last.get(streamId)?.version ?? 0) < version) last.set(streamId, { streamId, version, hash });
    }
  const byProcess = new Map<string, StreamTip[]>();
  for (const tip of last.values()) {
    const processId = tip.streamId.split('#')[0] ?? '';
    byProcess.set(processId, [...(byProcess.get(processId) ?? []), tip]);
  }
  return byProcess;
}

/** The tips of the given streams: each one's highest event version, one query per stream. */
export async function tipsOf(
  client: DynamoDBDocumentClient,
  eventsTable: string,
  streamIds: readonly string[],
): Promise<StreamTip[]> {
  const tips = await Promise.all(
    streamIds.map(async (streamId) => {
      const { Items = [] } = await client.send(
        new QueryCommand({
          TableName: eventsTable,
          KeyConditionExpression: 'streamId = :s AND version >= :first',
          ExpressionAttributeValues: { ':s': streamId, ':first': 1 },
          ScanIndexForward: false,
          Limit: 1,
          ConsistentRead: true,
        }),
      );
      const item = Items[0];
      return item ? { streamId, version: item.version as number, hash: item.hash as string } : undefined;
    }),
  );
  return tips.filter((tip) => tip !== undefined);
}

/** A stream's event items exactly as stored (versions 1 and up), for checking them against anchors. */
export async function storedChain(
  client: DynamoDBDocumentClient,
  eventsTable: string,
  streamId: string,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const pages = paginateQuery(
    { client },
    {
      TableName: eventsTable,
      KeyConditionExpression: 'streamId = :s AND version >= :first',
      ExpressionAttributeValues: { ':s': streamId, ':first': 1 },
      ConsistentRead: true,
    },
  );
  for await (const page of pages) items.push(...(page.Items ?? []));
  return items;
}

/** The ids of a process's streams that hold events, from the byProcess index (its keys only). */
export async function streamsOfProcess(
  client: DynamoDBDocumentClient,
  eventsTable: string,
  processId: string,
): Promise<string[]> {
  const streams = new Set<string>();
  const pages = paginateQuery(
    { client },
    {
      TableName: eventsTable,
      IndexName: 'byProcess',
      KeyConditionExpression: 'processId = :p',
      ProjectionExpression: 'streamId',
      ExpressionAttributeValues: { ':p': processId },
    },
  );
  for await (const page of pages) for (const item of page.Items ?? []) streams.add(item.streamId as string);
  return [...streams];
}
