import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { paginateScan } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetLine } from '../../domain/budget-line/decide';
import { disbursementStream } from '../../domain/disbursement/stream';
import { DomainRefusal } from '../../domain/errors';
import { process } from '../../domain/process/decide';
import { executeCommand, RETRY_AFTER_SECONDS, RETRY_BUDGET_MS } from '../../events/command-execution';
import type { EventMetadata } from '../../events/envelope';
import {
  ConcurrencyConflict,
  IdempotencyKeyReused,
  TransactionTooLarge,
  TryAgain,
} from '../../events/errors';
import type { EventStore } from '../../events/event-store';
import { logChecks } from '../../functions/audit/log-verification';
import { adoptLine, approve, lineAdopted, lineCharged, requested, usd } from '../support/builders';
import { appendAsBefore } from '../support/old-layout';
import { processOpened } from '../support/staffing-builders';
import { freshTables } from '../support/tables';

let store: EventStore;
let tables: Awaited<ReturnType<typeof freshTables>>;
beforeAll(async () => {
  tables = await freshTables();
  store = tables.store;
});

let sequence = 0;
const meta = (commandId = `cmd-${++sequence}`): EventMetadata => ({
  processId: 'p1',
  actor: 'fo-1',
  role: 'finance-officer',
  commandId,
  correlationId: `corr-${commandId}`,
  causationId: commandId,
  recordedAt: '2026-01-02T10:00:00.000Z',
});
/** Every item of the Events table, by `streamId@version`. */
async function everything(): Promise<Map<string, Record<string, unknown>>> {
  const items = new Map<string, Record<string, unknown>>();
  for await (const page of paginateScan({ client: tables.documents }, { TableName: tables.names.events }))
    for (const item of page.Items ?? []) items.set(`${item.streamId}@${item.version}`, item);
  return items;
}

/** The DynamoDB operations the store sends while `run` runs. */
async function operationsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const operations: string[] = [];
  const name = 'count-operations';
  tables.documents.middlewareStack.add(
    (next, context) => (args) => {
      operations.push(String(context.commandName).replace(/Command$/, ''));
      return next(args);
    },
    { step: 'initialize', name },
  );
  try {
    await run();
  } finally {
    tables.documents.middlewareStack.remove(name);
  }
  return operations;
}

const command = (metadata: EventMetadata, requestHash = 'h') => ({
  commandId: metadata.commandId,
  requestHash,
  metadata,
  result: { ok: metadata.commandId },
});

describe('appending to a stream', () => {
  it('writes versions 1, 2, 3 … and reads them back with their metadata and chained hashes', async () => {
    const line = await store.load('p1#budget-line#A', budgetLine);
    const m = meta();
    await store.append(command(m), [
      { stream: line, events: [lineAdopted({ lineId: 'A' }), lineCharged({ lineId: 'A' })] },
    ]);

    const events = await store.read('p1#budget-line#A');
    expect(events.map((e) => [e.version, e.type])).toEqual([
      [1, 'BudgetLineAdopted'],
      [2, 'BudgetLineCharged'],
    ]);
    expect(events[0]?.metadata).toEqual(m);
    expect(events[0]?.previousHash).toBeNull();
    expect(events[1]?.previousHash).toBe(events[0]?.hash);
    expect(events[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('loads a stream in one read of its latest event, equal to folding its events', async () => {
    let loaded: Awaited<ReturnType<typeof store.load>> | undefined;
    const operations = await operationsDuring(async () => {
      loaded = await store.load('p1#budget-line#A', budgetLine);
    });
    const folded = (await store.read('p1#budget-line#A')).reduce(
      (s, e) => budgetLine.evolve(s, e as never),
      budgetLine.initialState,
    );
    expect(operations).toEqual(['Query']);
    expect(loaded?.version).toBe(2);
    expect(loaded?.state).toEqual(folded);
  });

  it('refolds from the events when the latest event was folded by an older decider', async () => {
    const newer = { ...budgetLine, stateVersion: budgetLine.stateVersion + 1 };
    const loaded = await store.load('p1#budget-line#A', newer);
    expect(loaded.state).toMatchObject({ status: 'adopted', charged: usd(1_000_00) });
    expect(loaded.version).toBe(2);
  });

  it('writes a command on one stream as two items: its record and its event, which carries the state', async () => {
    const line = await store.load('p1#budget-line#W', budgetLine);
    const m = meta();
    const itemsBefore = await everything();
    await store.append(command(m), [{ stream: line, events: [lineAdopted({ lineId: 'W' })] }]);
    const added = new Map([...(await everything())].filter(([key]) => !itemsBefore.has(key)));

    expect([...added].map(([key, item]) => [key, item.kind]).sort()).toEqual([
      ['p1#budget-line#W@1', 'event'],
      [`p1#command#${m.commandId}@0`, 'command'],
    ]);
    const event = added.get('p1#budget-line#W@1');
    expect(event).toMatchObject({ stateVersion: budgetLine.stateVersion, state: { status: 'adopted' } });
    expect((await store.read('p1#budget-line#W'))[0]).not.toHaveProperty('state');
  });

  it('puts the state on the latest event of an append only', async () => {
    const line = await store.load('p1#budget-line#W', budgetLine);
    await store.append(command(meta()), [
      {
        stream: line,
        events: [
          lineCharged({ lineId: 'W', disbursementId: 'a' }),
          lineCharged({ lineId: 'W', disbursementId: 'b' }),
        ],
      },
    ]);
    const items = await everything();
    expect(items.get('p1#budget-line#W@2')).not.toHaveProperty('state');
    expect(items.get('p1#budget-line#W@3')).toHaveProperty('state.charged', usd(2_000_00));
    expect((await store.load('p1#budget-line#W', budgetLine)).version).toBe(3);
  });

  it('rejects data that does not match the event schema, appending nothing', async () => {
    const line = await store.load('p1#budget-line#bad', budgetLine);
    const invalid = lineAdopted({ lineId: 'bad', amount: { amount: 1.5, currency: 'USD' } });
    await expect(store.append(command(meta()), [{ stream: line, events: [invalid] }])).rejects.toThrow();
    expect(await store.read('p1#budget-line#bad')).toEqual([]);
  });

  it('refuses a command that needs more than one transaction can hold', async () => {
    const line = await store.load('p1#budget-line#big', budgetLine);
    const events = Array.from({ length: 100 }, () => lineCharged({ lineId: 'big' }));
    await expect(store.append(command(meta()), [{ stream: line, events }])).rejects.toBeInstanceOf(
      TransactionTooLarge,
    );
  });
});

describe('two writers racing on one stream', () => {
  it('lets one win and gives the other a typed concurrency conflict', async () => {
    const first = await store.load('p1#budget-line#B', budgetLine);
    const second = await store.load('p1#budget-line#B', budgetLine);
    await store.append(command(meta()), [{ stream: first, events: [lineAdopted({ lineId: 'B' })] }]);
    await expect(
      store.append(command(meta()), [{ stream: second, events: [lineAdopted({ lineId: 'B' })] }]),
    ).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect(await store.read('p1#budget-line#B')).toHaveLength(1);
  });

  it('conflicts on every stream of a multi-stream append, and writes none of them', async () => {
    const c1 = await store.load('p1#budget-line#C1', budgetLine);
    const c2 = await store.load('p1#budget-line#C2', budgetLine);
    await store.append(command(meta()), [{ stream: c2, events: [lineAdopted({ lineId: 'C2' })] }]);
    await expect(
      store.append(command(meta()), [
        { stream: c1, events: [lineAdopted({ lineId: 'C1' })] },
        { stream: c2, events: [lineAdopted({ lineId: 'C2' })] },
      ]),
    ).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect(await store.read('p1#budget-line#C1')).toEqual([]);
  });

  it('conflicts when a process the decision only read moved, and writes nothing', async () => {
    // As a payment reads its process (is the month closed?) and appends only to its disbursement.
    const opened = processOpened({ processId: 'p1' });
    const closing = {
      type: 'PeriodCloseProposed' as const,
      data: { month: '2026-01', proposedBy: 'fo-1', proposedAt: '2026-02-02T09:00:00.000Z' },
    };
    await store.append(command(meta()), [
      { stream: await store.load('p1#process#p1', process), events: [opened] },
    ]);
    const readOnly = await store.load('p1#process#p1', process);
    const written = await store.load('p1#budget-line#read-1', budgetLine);
    await store.append(command(meta()), [{ stream: readOnly, events: [closing] }]);
    await expect(
      store.append(command(meta()), [
        { stream: readOnly, events: [] },
        { stream: written, events: [lineAdopted({ lineId: 'read-1' })] },
      ]),
    ).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect(await store.read('p1#budget-line#read-1')).toEqual([]);

    await store.append(command(meta()), [
      { stream: await store.load('p1#process#p1', process), events: [] },
      { stream: written, events: [lineAdopted({ lineId: 'read-1' })] },
    ]);
    expect(await store.read('p1#budget-line#read-1')).toHaveLength(1);
    expect(await store.read('p1#process#p1')).toHaveLength(2);
  });

  it('does not check a stream read that no other decision rests on', async () => {
    const line = await store.load('p1#budget-line#read-2', budgetLine);
    const written = await store.load('p1#budget-line#read-3', budgetLine);
    await store.append(command(meta()), [{ stream: line, events: [lineAdopted({ lineId: 'read-2' })] }]);
    await store.append(command(meta()), [
      { stream: line, events: [] },
      { stream: written, events: [lineAdopted({ lineId: 'read-3' })] },
    ]);
    expect(await store.read('p1#budget-line#read-3')).toHaveLength(1);
  });

  it('lets exactly one of many concurrent appends to one stream win', async () => {
    const id = 'p1#budget-line#many';
    const loads = await Promise.all(Array.from({ length: 8 }, () => store.load(id, budgetLine)));
    const outcomes = await Promise.allSettled(
      loads.map((line, i) =>
        store.append(command(meta()), [{ stream: line, events: [lineAdopted({ lineId: `many-${i}` })] }]),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const lost of outcomes.filter((o) => o.status === 'rejected'))
      expect(lost.reason).toBeInstanceOf(ConcurrencyConflict);
    expect(await store.read(id)).toHaveLength(1);
  });

  it('retries a command that lost the race, deciding again on the new state', async () => {
    const id = 'p1#budget-line#R';
    const seed = await store.load(id, budgetLine);
    await store.append(command(meta()), [{ stream: seed, events: [lineAdopted({ lineId: 'R' })] }]);
    let attempts = 0;
    await executeCommand(store, command(meta()), async (load) => {
      const line = await load(id, budgetLine);
      attempts++;
      if (attempts === 1) {
        // Another writer appends between this attempt's load and its append.
        await store.append(command(meta()), [
          { stream: line, events: [lineCharged({ lineId: 'R', disbursementId: 'x' })] },
        ]);
      }
      return {
        changes: [{ stream: line, events: [lineCharged({ lineId: 'R', disbursementId: 'y' })] }],
        result: {},
      };
    });
    expect(attempts).toBe(2);
    expect((await store.read(id)).map((e) => e.version)).toEqual([1, 2, 3]);
  });
});

describe('a stream written before its latest event carried the tip', () => {
  const id = 'p1#budget-line#OLD';
  beforeAll(async () => {
    const fresh = {
      streamId: id,
      decider: budgetLine,
      state: budgetLine.initialState,
      version: 0,
      lastHash: null,
    };
    await appendAsBefore(
      tables.documents,
      tables.names.events,
      { stream: fresh, events: [lineAdopted({ lineId: 'OLD' })] },
      meta(),
    );
  });

  it('loads by folding its events, appends after them, and leaves its old tip as recorded', async () => {
    const oldTip = (await everything()).get(`${id}@0`);
    const loaded = await store.load(id, budgetLine);
    expect(loaded).toMatchObject({ version: 1, state: { status: 'adopted' } });

    await store.append(command(meta()), [{ stream: loaded, events: [lineCharged({ lineId: 'OLD' })] }]);

    const items = await everything();
    expect(items.get(`${id}@0`)).toEqual(oldTip);
    expect(items.get(`${id}@2`)).toHaveProperty('state.charged', usd(1_000_00));
    expect(await operationsDuring(() => store.load(id, budgetLine))).toEqual(['Query']);
    // The state the latest event carries is neither the event's nor a finding of the log's checks.
    expect((await store.read(id)).map((event) => 'state' in event)).toEqual([false, false]);
    const stored = await store.stored(id);
    expect(logChecks.flatMap((check) => check.problems(stored))).toEqual([]);
  });
});

describe('a command that keeps losing the race', () => {
  it('stops within the retry budget and says when to try again, having appended nothing', async () => {
    const id = 'p1#budget-line#contended';
    await store.append(command(meta()), [
      { stream: await store.load(id, budgetLine), events: [lineAdopted({ lineId: 'contended' })] },
    ]);
    let others = 0;
    const started = performance.now();
    const outcome = await executeCommand(store, command(meta()), async (load) => {
      const line = await load(id, budgetLine);
      // Another writer appends between every attempt's load and its append.
      await store.append(command(meta()), [
        { stream: line, events: [lineCharged({ lineId: 'contended', disbursementId: `other-${++others}` })] },
      ]);
      return { changes: [{ stream: line, events: [lineCharged({ lineId: 'contended' })] }], result: {} };
    }).catch((e: unknown) => e);
    const elapsed = performance.now() - started;

    expect(outcome).toBeInstanceOf(TryAgain);
    expect(outcome).toMatchObject({ streamIds: [id], retryAfterSeconds: RETRY_AFTER_SECONDS });
    expect(others).toBeGreaterThan(1);
    // Within the budget, give or take the attempt in flight when it ran out.
    expect(elapsed).toBeLessThan(RETRY_BUDGET_MS + 1_000);
    expect(await store.read(id)).toHaveLength(1 + others);
  });
});

describe('a repeated command id', () => {
  it('appends nothing and returns the first result', async () => {
    const m = meta('repeat-1');
    const run = () =>
      executeCommand(store, command(m), async (load) => {
        const line = await load('p1#budget-line#D', budgetLine);
        return {
          changes: [{ stream: line, events: budgetLine.decide(adoptLine({ lineId: 'D' }), line.state) }],
          result: { lineId: 'D', version: line.version + 1 },
        };
      });
    const first = await run();
    const again = await run();
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ record: first.record, replayed: true });
    expect(await store.read('p1#budget-line#D')).toHaveLength(1);
  });

  it('returns the first result when two deliveries of it race', async () => {
    const m = meta('repeat-race');
    const lines = await Promise.all(['E1', 'E2'].map((id) => store.load(`p1#budget-line#${id}`, budgetLine)));
    const outcomes = await Promise.all(
      lines.map((line) =>
        store.append(command(m), [{ stream: line, events: [lineAdopted()] }]).catch((e) => e),
      ),
    );
    const won = outcomes.filter((o) => o.replayed === false);
    expect(won).toHaveLength(1);
    expect(
      outcomes.every((o) => o.record?.commandId === 'repeat-race' || o instanceof ConcurrencyConflict),
    ).toBe(true);
    const written = await Promise.all(['E1', 'E2'].map((id) => store.read(`p1#budget-line#${id}`)));
    expect(written.flat()).toHaveLength(1);
  });

  it('answers twenty identical approvals in flight at once with the first answer, approving once', async () => {
    const [streamId, disbursement] = disbursementStream('p1', 'd-race');
    await store.append(command(meta()), [
      { stream: await store.load(streamId, disbursement), events: [requested({ disbursementId: 'd-race' })] },
    ]);
    const m = meta('approve-race');
    const approval = () =>
      executeCommand(store, command(m), async (load) => {
        const pending = await load(streamId, disbursement);
        // A duplicate deciding after the first was appended is refused: not pending any more.
        const events = disbursement.decide(approve({ disbursementId: 'd-race' }), pending.state);
        return {
          changes: [{ stream: pending, events }],
          result: { disbursementId: 'd-race', status: 'approved', version: pending.version + 1 },
        };
      });
    const answers = await Promise.all(Array.from({ length: 20 }, () => approval().catch((e: unknown) => e)));

    const refused = answers.filter((a) => a instanceof Error);
    expect(refused.map((e) => (e instanceof DomainRefusal ? e.code : String(e)))).toEqual([]);
    const first = await store.replay('p1', 'approve-race', 'h');
    expect(answers.map((a) => (a as { record: unknown }).record)).toEqual(
      Array.from({ length: 20 }, () => first?.record),
    );
    expect(answers.filter((a) => (a as { replayed: boolean }).replayed === false)).toHaveLength(1);
    expect((await store.read(streamId)).map((e) => e.type)).toEqual([
      'DisbursementRequested',
      'DisbursementApproved',
    ]);
  });

  it('is refused when it comes with a different request', async () => {
    const m = meta('repeat-2');
    const line = await store.load('p1#budget-line#F', budgetLine);
    await store.append(command(m, 'request-a'), [{ stream: line, events: [lineAdopted({ lineId: 'F' })] }]);
    await expect(store.replay('p1', 'repeat-2', 'request-b')).rejects.toBeInstanceOf(IdempotencyKeyReused);
    await expect(
      store.append(command(m, 'request-b'), [{ stream: line, events: [lineAdopted({ lineId: 'F' })] }]),
    ).rejects.toBeInstanceOf(IdempotencyKeyReused);
  });
});

describe('reading a whole process', () => {
  it('returns its events across streams in recorded order, up to an instant', async () => {
    const at = (recordedAt: string, commandId: string): EventMetadata => ({
      ...meta(commandId),
      processId: 'p9',
      recordedAt,
    });
    const a = await store.load('p9#budget-line#A', budgetLine);
    await store.append(command(at('2026-01-01T10:00:00.000Z', 'p9-1')), [
      { stream: a, events: [lineAdopted({ lineId: 'A' })] },
    ]);
    const b = await store.load('p9#budget-line#B', budgetLine);
    await store.append(command(at('2026-01-02T10:00:00.000Z', 'p9-2')), [
      { stream: b, events: [lineAdopted({ lineId: 'B' })] },
    ]);
    const a1 = await store.load('p9#budget-line#A', budgetLine);
    await store.append(command(at('2026-01-03T10:00:00.000Z', 'p9-3')), [
      { stream: a1, events: [lineCharged({ lineId: 'A' })] },
    ]);

    const all = await store.readProcess('p9');
    expect(all.map((e) => [e.streamId, e.version])).toEqual([
      ['p9#budget-line#A', 1],
      ['p9#budget-line#B', 1],
      ['p9#budget-line#A', 2],
    ]);
    expect((await store.readProcess('p9', '2026-01-02')).map((e) => e.streamId)).toEqual([
      'p9#budget-line#A',
      'p9#budget-line#B',
    ]);
    expect(all[0]).not.toHaveProperty('position');
    expect(all[0]).not.toHaveProperty('state');
  });

  it('reads it from an index that copies what reading an event needs, not the folded state', async () => {
    const { Table } = await tables.client.send(new DescribeTableCommand({ TableName: tables.names.events }));
    expect(Table?.GlobalSecondaryIndexes?.map((index) => [index.IndexName, index.Projection])).toEqual([
      [
        'byProcess',
        {
          ProjectionType: 'INCLUDE',
          NonKeyAttributes: ['type', 'schemaVersion', 'data', 'metadata', 'previousHash', 'hash'],
        },
      ],
    ]);
  });
});
