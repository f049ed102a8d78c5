import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Projection } from '../../domain/views/projection';
import type { StoredEvent } from '../../events/envelope';
import { filled, plan } from './projection-plan';
import { applyUnit } from './projection-unit';

const events = [1, 2, 3].map((version) => ({ streamId: 'p1#budget-line#A', version }) as StoredEvent);

/** A row counting the events applied to it, every stream's on one row. */
const counter: Projection<{ count: number }> = {
  name: 'counter',
  aggregates: ['budget-line'],
  rowOf: () => ({ pk: 'p1#view', sk: 'all' }),
  apply: (row) => ({ count: (row?.count ?? 0) + 1 }),
};
const unit = () => {
  const group = {
    projection: counter as Projection<object>,
    streamId: 'p1#budget-line#A',
    delivered: events,
  };
  const [only] = plan([filled(group, 0, events)], 100);
  if (!only) throw new Error('no unit');
  return only;
};

const lost = () =>
  new TransactionCanceledException({
    message: 'lost',
    $metadata: {},
    CancellationReasons: [{ Code: 'ConditionalCheckFailed' }],
  });

/** A table holding `items`, whose transactions answer as `transact` says, keeping what was sent. */
function table(
  items: Record<string, unknown>[],
  transact: (attempt: number) => Error | undefined = () => undefined,
) {
  const reads: unknown[] = [];
  const writes: { TransactItems: { Put: Record<string, unknown> }[] }[] = [];
  const send = async (command: unknown) => {
    if (command instanceof BatchGetCommand) {
      reads.push(command.input);
      return { Responses: { models: items } };
    }
    if (command instanceof TransactWriteCommand) {
      writes.push(command.input as (typeof writes)[number]);
      const error = transact(writes.length);
      if (error) throw error;
      return {};
    }
    throw new Error('unexpected command');
  };
  return {
    readModels: { client: { send } as unknown as DynamoDBDocumentClient, tableName: 'models' },
    reads,
    writes,
  };
}

describe('a unit, written', () => {
  it('reads its watermarks and rows once, folds what is past the watermark and writes both in one transaction', async () => {
    const { readModels, reads, writes } = table([
      { pk: 'watermark#p1#budget-line#A', sk: 'counter', version: 1 },
      { pk: 'p1#view', sk: 'all', count: 5, revision: 5 },
    ]);
    expect(await applyUnit(readModels, unit())).toBe(true);
    expect(reads).toHaveLength(1);
    expect(
      writes.map((w) => w.TransactItems.map(({ Put }) => [Put.Item, Put.ExpressionAttributeValues])),
    ).toEqual([
      [
        [{ pk: 'p1#view', sk: 'all', count: 7, revision: 7 }, { ':revision': 5 }],
        [{ pk: 'watermark#p1#budget-line#A', sk: 'counter', version: 3 }, { ':watermark': 1 }],
      ],
    ]);
  });

  it('reads and writes again after losing a race', async () => {
    const { readModels, reads, writes } = table([], (attempt) => (attempt === 1 ? lost() : undefined));
    expect(await applyUnit(readModels, unit())).toBe(true);
    expect([reads.length, writes.length]).toEqual([2, 2]);
  });

  it('gives up at once on another failure, for the writer to apply its groups one by one', async () => {
    const { readModels, writes } = table([], () => new Error('throttled'));
    expect(await applyUnit(readModels, unit())).toBe(false);
    expect(writes).toHaveLength(1);
  });

  it('gives up after eight lost races', async () => {
    const { readModels, writes } = table([], lost);
    expect(await applyUnit(readModels, unit())).toBe(false);
    expect(writes).toHaveLength(8);
  });
});
