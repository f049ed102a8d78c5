/**
 * `npm run bench` (third part): what does one donor's audit report cost in a process of 10,000 and
 * of 100,000 events, most of them other donors' payments? Read from the whole process log (the old
 * path, `readProcess`) and from the donor's own streams (`donorLog`), beside the raw DynamoDB Query
 * each stream read rests on, in the same run, since timings on a shared machine drift. The donor's
 * share is the same at both sizes (a hundred payments, two years of monthly rates), so its report
 * should cost the same at both.
 */
import { performance } from 'node:perf_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, paginateQuery, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { donorContributionsProjection } from '../domain/views/donor/contributions';
import { exchangeRatesProjection } from '../domain/views/exchange-rates';
import { fold } from '../domain/views/fold';
import type { DomainEvent } from '../events/catalog';
import type { EventMetadata } from '../events/envelope';
import { EventStore, toStoredEvent } from '../events/event-store';
import { chainedItems } from '../events/stream-items';
import type { PartitionRows } from '../functions/audit/donor-log';
import { generateAuditReport } from '../functions/audit/verify';
import { batchWrite } from '../functions/commons/dynamo-batches';
import { rowItem } from '../functions/commons/read-model-items';
import { eventsTable, readModelsTable } from '../infra/tables';
import { createTable, localAws, startDynamoDb } from '../local/dynamodb';
import { approved, eur, paid, pledged, requested, trancheReceived, usd } from '../test/support/builders';

/** `AUDIT_BENCH_SIZES=10000` for a quick run. */
const SIZES = (process.env.AUDIT_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const DONOR_PAYMENTS = 100;
const RATES = 24;
const OTHER_SOURCES = 8;
const ROUNDS = { old: 3, new: 10, raw: 20 };

const dynamo = await startDynamoDb({ port: 8767 });
const client = new DynamoDBClient({ ...localAws, endpoint: dynamo.endpoint });
const documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
await createTable(client, eventsTable, 'bench-events');
await createTable(client, readModelsTable, 'bench-read-models');
const store = new EventStore(documents, 'bench-events');

const rows: PartitionRows = async <Row>(pk: string) => {
  const found: Row[] = [];
  const pages = paginateQuery(
    { client: documents },
    {
      TableName: 'bench-read-models',
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
    },
  );
  for await (const page of pages) found.push(...((page.Items ?? []) as Row[]));
  return found;
};

/** A decider that keeps no state: the report reads events, not tips. */
const anyStream = { stateVersion: 0, evolve: () => null };

/**
 * A process of `size` events as appends would have stored them: the EU's euro contribution with its
 * rates, tranche and hundred payments, and other sources' dollar payments for the rest, each payment
 * a request, an approval, the charge on its source and the payment, a minute apart.
 */
function processOf(processId: string, size: number) {
  const items: Record<string, unknown>[] = [];
  const tips = new Map<string, { version: number; lastHash: string | null }>();
  let minute = 0;
  const append = (aggregate: string, id: string, event: DomainEvent) => {
    const streamId = `${processId}#${aggregate}#${id}`;
    const tip = tips.get(streamId) ?? { version: 0, lastHash: null };
    const recordedAt = new Date(Date.UTC(2026, 0, 1) + ++minute * 60_000).toISOString();
    const metadata: EventMetadata = {
      processId,
      actor: 'fo-1',
      role: 'finance-officer',
      commandId: `c-${minute}`,
      correlationId: `c-${minute}`,
      causationId: `c-${minute}`,
      recordedAt,
    };
    const stream = { streamId, decider: anyStream, state: null, ...tip };
    const { events } = chainedItems({ stream, events: [event] }, metadata);
    items.push(...events);
    tips.set(streamId, { version: tip.version + 1, lastHash: events[0]?.hash as string });
  };
  append(
    'contribution',
    'c-eu',
    pledged({ contributionId: 'c-eu', donorId: 'eu', amount: eur(10_000_000_00) }),
  );
  for (let s = 0; s < OTHER_SOURCES; s++)
    append('contribution', `c-${s}`, pledged({ contributionId: `c-${s}`, donorId: `donor-${s}` }));
  for (let m = 0; m < RATES; m++) {
    const date = new Date(Date.UTC(2026, m, 1)).toISOString().slice(0, 10);
    const rate = { base: 'EUR', quote: 'USD', rate: `1.${1000 + m}`, date, source: 'UN operational rate' };
    append('exchange-rate', `EUR-USD-${date}`, {
      type: 'ExchangeRateRecorded',
      data: { rate, confirmed: false, recordedBy: 'fo-1', recordedAt: `${date}T00:00:00.000Z` },
    });
  }
  append(
    'contribution',
    'c-eu',
    trancheReceived({ contributionId: 'c-eu', amount: eur(5_000_000_00), budgetAmount: usd(5_500_000_00) }),
  );
  const payments = Math.floor((size - items.length) / 4);
  for (let p = 0; p < payments; p++) {
    // The EU's hundred payments spread over the process's life, the others' between them.
    const ours =
      p % Math.floor(payments / DONOR_PAYMENTS) === 0 && p / (payments / DONOR_PAYMENTS) < DONOR_PAYMENTS;
    const source = ours ? 'c-eu' : `c-${p % OTHER_SOURCES}`;
    const disbursementId = `d-${p}`;
    const day = new Date(Date.UTC(2026, 0, 1) + Math.floor((p / payments) * 700) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const charge = { disbursementId, fundingSourceId: source, amount: usd(1_000_00), lineId: 'EO-1' };
    append('disbursement', disbursementId, requested({ ...charge, requestedOn: day }));
    append('disbursement', disbursementId, approved({ ...charge, approvedOn: day }));
    append('contribution', source, {
      type: 'ContributionCharged',
      data: {
        contributionId: source,
        disbursementId,
        lineId: 'EO-1',
        amount: usd(1_000_00),
        chargedAt: `${day}T10:00:00.000Z`,
      },
    });
    append(
      'disbursement',
      disbursementId,
      paid({
        disbursementId,
        fundingSourceId: source,
        lineId: 'EO-1',
        budgetAmount: usd(1_000_00),
        paidOn: day,
      }),
    );
  }
  return items;
}

async function time(rounds: number, run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    p50: samples[Math.floor(rounds * 0.5)] ?? 0,
    p95: samples[Math.min(rounds - 1, Math.floor(rounds * 0.95))] ?? 0,
  };
}

const table: Record<string, string | number>[] = [];
try {
  for (const size of SIZES) {
    const processId = `bench-${size}`;
    const items = processOf(processId, size);
    await batchWrite(
      documents,
      'bench-events',
      items.map((Item) => ({ PutRequest: { Item } })),
      16,
    );
    // The two views the report finds the donor's streams by, as the projector would have kept them.
    const views = fold([donorContributionsProjection, exchangeRatesProjection], items.map(toStoredEvent));
    await batchWrite(
      documents,
      'bench-read-models',
      [...views.rows.values()].map(({ key, row, revision }) => ({
        PutRequest: { Item: rowItem(key, row, revision) },
      })),
    );
    const request = { processId, donorId: 'eu', from: '2026-01-01', to: '2027-12-31' };
    const [before, after] = [
      await generateAuditReport(store, request),
      await generateAuditReport(store, request, rows),
    ];
    if (before?.digest.value !== after?.digest.value || (after?.entries.length ?? 0) < DONOR_PAYMENTS)
      throw new Error(`the two paths disagree at ${size} events`);
    const raw = await time(ROUNDS.raw, () =>
      documents.send(
        new QueryCommand({
          TableName: 'bench-events',
          KeyConditionExpression: 'streamId = :s AND version >= :v',
          ExpressionAttributeValues: { ':s': `${processId}#disbursement#d-1`, ':v': 1 },
          ConsistentRead: true,
        }),
      ),
    );
    const whole = await time(ROUNDS.old, () => generateAuditReport(store, request));
    const donor = await time(ROUNDS.new, () => generateAuditReport(store, request, rows));
    for (const [measure, t] of [
      ['raw Query of one stream (baseline)', raw],
      ['report from the whole log (readProcess)', whole],
      ['report from the donor’s streams (donorLog)', donor],
    ] as const)
      table.push({
        events: size,
        measure,
        'p50 ms': +t.p50.toFixed(1),
        'p95 ms': +t.p95.toFixed(1),
        'p50 ÷ raw': +(t.p50 / raw.p50).toFixed(1),
      });
  }
} finally {
  client.destroy();
  // Stopped even when a measure fails, so no DynamoDB Local is left running.
  await dynamo.stop();
}

console.table(table);
console.log(
  'Read: the whole log grows with the process; the donor’s streams (its contributions, the disbursements\n' +
    'they name, its rates, the process stream: about 130 queries, 16 at a time) stay the same at both sizes.',
);
