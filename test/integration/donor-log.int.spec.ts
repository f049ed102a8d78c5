import { paginateQuery } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AuditReportRequest, auditReport } from '../../domain/audit/audit-report';
import { withDigest } from '../../domain/audit/digest';
import { donorContributionsProjection } from '../../domain/views/donor/contributions';
import { exchangeRatesProjection } from '../../domain/views/exchange-rates';
import type { DomainEvent } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';
import { toStoredEvent } from '../../events/event-store';
import { donorLog, type PartitionRows } from '../../functions/audit/donor-log';
import { generateAuditReport, type SignedAuditReport } from '../../functions/audit/verify';
import { batchWrite } from '../../functions/commons/dynamo-batches';
import { ReadModelWriter } from '../../functions/commons/read-model-writer';
import { iatiStory } from '../support/iati-story';
import { generateProcess } from '../support/process-generator';
import { freshTables } from '../support/tables';

/**
 * The audit report from the donor's own streams (`donorLog`) is the report from the whole process
 * log, digest and all, for every donor and contribution, over whole and partial periods, as known at
 * several instants: on the IATI story (two EU contributions, one in euros at recorded rates, a
 * reversal, a payment entered late, another donor's money) and on a generated process of 1,500
 * of events (five donors in dollars and euros, rejections, reversals, commitments, staff).
 */
let tables: Awaited<ReturnType<typeof freshTables>>;
const at = (day: string) => `2026-${day}T12:00:00.000Z`;
const eurUsd = (rate: string) => ({
  base: 'EUR',
  quote: 'USD',
  rate,
  date: '2026-02-01',
  source: 'UN operational rate of exchange',
});
/** What the story lacks and a report shows: a month closed and reopened, a rate and a pledge corrected. */
const amendments = [
  [
    'process#p1',
    'PeriodClosed',
    { month: '2026-01', proposedBy: 'fo-1', closedBy: 'head', closedAt: at('02-02') },
  ],
  [
    'process#p1',
    'PeriodReopened',
    { month: '2026-01', reason: 'Late invoice', reopenedBy: 'admin', reopenedAt: at('02-09') },
  ],
  [
    'process#p1',
    'PeriodClosed',
    { month: '2026-02', proposedBy: 'fo-1', closedBy: 'head', closedAt: at('03-03') },
  ],
  // d5, paid from c-eu's euros on 7 Mar, is shown at the 1 Feb rate as corrected on 15 Feb.
  [
    'exchange-rate#EUR-USD-2026-02-01',
    'ExchangeRateCorrected',
    {
      rate: eurUsd('1.12'),
      previous: eurUsd('1.10'),
      reason: 'Typo',
      correctedBy: 'head',
      correctedAt: at('02-15'),
    },
  ],
  [
    'contribution#c-eu',
    'PledgeCorrected',
    {
      contributionId: 'c-eu',
      previous: { amount: 100_000_00, currency: 'EUR' },
      amount: { amount: 120_000_00, currency: 'EUR' },
      reason: 'Amended agreement',
      correctedBy: 'head',
      correctedAt: at('02-20'),
    },
  ],
] as const;
const story = iatiStory();
const generated = generateProcess({ processId: 'gen', lines: 12, seed: 13 });
generated.runUntil(1_500);
const generatedLog = generated.store.events.map(toStoredEvent);

/** A decider that keeps no state: the audit reads events, not tips. */
const anyStream = { stateVersion: 0, initialState: null, evolve: () => null, decide: () => [] };

/** Appends the story through the event store, each event as the command that recorded it, when it did. */
async function record(events: readonly StoredEvent[]) {
  for (const event of events) {
    const stream = await tables.store.load(event.streamId, anyStream);
    const { type, data } = event;
    await tables.store.append(
      { commandId: event.metadata.commandId, requestHash: 'h', metadata: event.metadata, result: {} },
      [{ stream, events: [{ type, data } as DomainEvent] }],
    );
  }
}

/** A read model's partition from the test's ReadModels table, as `rowsOf` reads the live one. */
const rows: PartitionRows = async <Row>(pk: string) => {
  const found: Row[] = [];
  const pages = paginateQuery(
    { client: tables.documents },
    {
      TableName: tables.names.readModels,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
    },
  );
  for await (const page of pages) found.push(...((page.Items ?? []) as Row[]));
  return found;
};

beforeAll(async () => {
  tables = await freshTables();
  await record(story);
  await record(
    amendments.map(([stream, type, data], i) => {
      // Recorded when the person acted: every amendment's data ends with its instant.
      const recordedAt = Object.values(data).at(-1) as string;
      const command = `amendment-${i}`;
      const metadata = { ...(story[0] as StoredEvent).metadata, recordedAt, commandId: command };
      return { streamId: `p1#${stream}`, type, data, metadata } as unknown as StoredEvent;
    }),
  );
  await batchWrite(
    tables.documents,
    tables.names.events,
    generated.store.events.map((Item) => ({ PutRequest: { Item } })),
    16,
  );
  // The views the report finds the donor's streams by, kept as the projector keeps them.
  const writer = new ReadModelWriter(tables.documents, tables.names.readModels, tables.store, [
    donorContributionsProjection,
    exchangeRatesProjection,
  ]);
  const log = [...story, ...generatedLog];
  for (let i = 0; i < log.length; i += 100) {
    const failures = await writer.projectBatch(log.slice(i, i + 100));
    expect(failures).toEqual([]);
  }
}, 300_000);

/** Every donor, and each of its contributions alone, over each period, as known at each instant. */
function requestsOf(
  processId: string,
  log: readonly StoredEvent[],
  periods: [string, string][],
  { alone = true, before = true } = {},
) {
  const pledges = log.flatMap((e) => (e.type === 'ContributionPledged' ? [e.data] : []));
  // Before anything was recorded (no pledge: no report), part way, and now.
  const instants = [
    ...(before ? ['2000-01-01T00:00:00.000Z'] : []),
    log[Math.floor(log.length / 2)]?.metadata.recordedAt,
  ];
  const requests: AuditReportRequest[] = [];
  for (const donorId of new Set(pledges.map((p) => p.donorId)))
    for (const contributionId of [
      undefined,
      ...(alone ? pledges.filter((p) => p.donorId === donorId).map((p) => p.contributionId) : []),
    ])
      for (const [from, to] of periods)
        for (const knownAt of [undefined, ...instants])
          requests.push({
            processId,
            donorId,
            from,
            to,
            ...(contributionId ? { contributionId } : {}),
            knownAt,
          });
  return requests;
}

/**
 * Each request's report from the donor's streams against the report from the whole log as
 * `readProcess` gives it (read once: the fold keeps what was recorded by `knownAt`); answers what the
 * reports held between them, to show the paths they took.
 */
async function compare(processId: string, requests: readonly AuditReportRequest[]) {
  const whole = await tables.store.readProcess(processId);
  const kinds = new Set<string>();
  for (const request of requests) {
    const fromDonor = await generateAuditReport(tables.store, request, rows);
    const report = auditReport(whole, request);
    const fromProcess = report && withDigest(report);
    expect(fromDonor, JSON.stringify(request)).toEqual(fromProcess);
    for (const kind of facets(fromProcess)) kinds.add(kind);
  }
  return kinds;
}

const facets = (report: SignedAuditReport | undefined): string[] =>
  report
    ? [
        'report',
        ...report.entries.map((e) => e.kind),
        ...report.entries.flatMap((e) => ('toContribution' in e ? [`rate:${e.toContribution.rule}`] : [])),
        ...(report.contributions.some((c) => c.ledger.approvedNotPaid.amount > 0)
          ? ['approved-not-paid']
          : []),
        ...(report.contributions.some((c) => c.pledge.corrections) ? ['pledge-corrected'] : []),
        ...report.months.flatMap((m) => m.changes.map((c) => `month-${c.change}`)),
        ...report.entries.flatMap((e) =>
          'toContribution' in e && e.toContribution.rate?.rate === '1.12' ? ['corrected-rate'] : [],
        ),
      ]
    : ['none'];

describe('the audit report from the donor’s own streams', () => {
  it('is the whole log’s on the IATI story, for every donor, contribution, period and instant', async () => {
    const requests = requestsOf('p1', story, [
      ['2026-01-01', '2026-03-31'],
      ['2026-02-01', '2026-02-28'],
    ]);
    const kinds = await compare('p1', requests);
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining([
        'approved-not-paid',
        'corrected-rate',
        'disbursement',
        'incoming-funds',
        'month-closed',
        'month-reopened',
        'none',
        'pledge-corrected',
        'rate:recorded',
        'rate:request',
        'rate:same-currency',
        'report',
        'reversal',
      ]),
    );
  }, 120_000);

  it('is the whole log’s on a generated process of 1,500 events, every donor in it', async () => {
    const days = generatedLog.map((e) => e.metadata.recordedAt.slice(0, 10)).sort();
    const [first = '', last = ''] = [days[0], days.at(-1)];
    const middle = days[Math.floor(days.length / 2)] ?? '';
    // One contribution per donor here: the donor's report is its contribution's.
    const requests = requestsOf(
      'gen',
      generatedLog,
      [
        [first, last],
        [middle, last],
      ],
      { alone: false, before: false },
    );
    const kinds = await compare('gen', requests);
    expect([...kinds]).toEqual(expect.arrayContaining(['disbursement', 'reversal', 'incoming-funds']));
  }, 300_000);

  it('reads only the donor’s streams, the rates of its currencies and the process’s', async () => {
    const request = { processId: 'p1', donorId: 'eu', from: '2026-01-01', to: '2026-03-31' };
    const read = new Set((await donorLog(tables.store, rows, request)).map((e) => e.streamId));
    expect([...read].sort()).toEqual([
      'p1#contribution#c-eu',
      'p1#contribution#c-eu2',
      'p1#disbursement#d1',
      'p1#disbursement#d2',
      'p1#disbursement#d3',
      'p1#disbursement#d4',
      'p1#disbursement#d5',
      'p1#exchange-rate#EUR-USD-2026-01-10',
      'p1#exchange-rate#EUR-USD-2026-02-01',
      'p1#process#p1',
    ]);
  });
});
