import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';
import { UnreadableEvent } from '../../events/errors';
import { verifyLog } from '../../functions/audit/log-verification';
import { generateAuditReport, verifyAuditReport } from '../../functions/audit/verify';
import { main } from '../../local/audit-verify';
import { donorStory } from '../support/donor-story';
import { freshTables } from '../support/tables';

/**
 * Items written straight into the Events table, as only someone going around IAM could: verification
 * walks the stored log and names each, the reports refuse, naming the item, and nothing answers 500.
 */
let tables: Awaited<ReturnType<typeof freshTables>>;
const story = donorStory().inRecordedOrder();
const february = { processId: 'p1', donorId: 'eu', from: '2026-02-01', to: '2026-02-28' };
const streams = new Set(story.map((e) => e.streamId)).size;

/** A decider that keeps no state: the audit reads events, not tips. */
const anyStream = { stateVersion: 0, initialState: null, evolve: () => null, decide: () => [] };

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

/** Rewrites a stored item in place, behind the store's back. */
async function tamper(streamId: string, version: number, change: (item: Record<string, unknown>) => object) {
  const Key = { streamId, version };
  const { Item } = await tables.documents.send(new GetCommand({ TableName: tables.names.events, Key }));
  if (!Item) throw new Error(`no item ${streamId}@${version}`);
  await tables.documents.send(new PutCommand({ TableName: tables.names.events, Item: change(Item) }));
}

const cli = (...extra: string[]) =>
  main(
    [
      ...['--process', 'p1', '--donor', 'eu', '--from', '2026-02-01', '--to', '2026-02-28'],
      ...['--table', tables.names.events, '--endpoint', tables.endpoint],
      ...extra,
    ],
    {},
  );

beforeAll(async () => {
  tables = await freshTables();
  await record(story);
});

describe('verifying the stored log of a process', () => {
  it('walks every stream as stored and finds nothing in a log as appended', async () => {
    expect(await verifyLog(tables.store, 'p1')).toEqual({ streams, events: story.length, findings: [] });
  });

  it('names every item it cannot read or whose hash or link fails, by stream and version, and checks the others', async () => {
    // d2's request: data that is no JSON object at all.
    await tamper('p1#disbursement#d2', 1, (item) => ({ ...item, data: '{"payee": "Shell Co' }));
    // c-eu2's tranche: a type no code knows.
    await tamper('p1#contribution#c-eu2', 2, (item) => ({ ...item, type: 'TrancheForgotten' }));
    // d4's payment: its amount edited in place, still a valid payment.
    await tamper('p1#disbursement#d4', 3, (item) => {
      const data = item.data as { budgetAmount: { amount: number } };
      return { ...item, data: { ...data, budgetAmount: { ...data.budgetAmount, amount: 1 } } };
    });
    // d5's approval: gone, so its payment no longer links to its request.
    await tables.documents.send(
      new DeleteCommand({
        TableName: tables.names.events,
        Key: { streamId: 'p1#disbursement#d5', version: 2 },
      }),
    );

    const verdict = await verifyAuditReport(tables.store, { request: february });

    const problems = verdict.findings.map((f) => [f.streamId, f.version, f.check, f.problem]);
    expect(problems).toEqual([
      ['p1#contribution#c-eu2', 2, 'readable', 'unknown-type'],
      ['p1#contribution#c-eu2', 2, 'chain', 'hash-mismatch'],
      ['p1#disbursement#d2', 1, 'readable', 'invalid-data'],
      ['p1#disbursement#d2', 1, 'chain', 'hash-mismatch'],
      ['p1#disbursement#d4', 3, 'chain', 'hash-mismatch'],
      ['p1#disbursement#d5', 2, 'chain', 'missing-version'],
    ]);
    // Every stream walked, every item still there read: one bad item does not stop the walk.
    expect(verdict.log).toEqual({ streams, events: story.length - 1 });
    expect(verdict).toMatchObject({
      valid: false,
      error: 'log-unreadable',
      digest: { derived: null },
      firstMismatch: { streamId: 'p1#contribution#c-eu2', version: 2, problem: 'unknown-type' },
    });

    const fromCli = await cli();
    expect(fromCli.code).toBe(1);
    expect(JSON.parse(fromCli.output).findings).toEqual(JSON.parse(JSON.stringify(verdict.findings)));
  });

  it('refuses the audit report, naming the first item it cannot read, rather than answering from part of the log', async () => {
    const refusal = await generateAuditReport(tables.store, february).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UnreadableEvent);
    expect(refusal).toMatchObject({ streamId: 'p1#contribution#c-eu2', version: 2, problem: 'unknown-type' });
  });
});

describe('npm run audit:verify given bad input', () => {
  const bare = (...args: string[]) => main(args, {});
  const request = ['--process', 'p1', '--donor', 'eu', '--from', '2026-02-01', '--to', '2026-02-28'];

  it('answers a usage error in one line with exit 2: an unknown option, a CSV for the report, no table', async () => {
    const csv = join(mkdtempSync(join(tmpdir(), 'audit-')), 'report.csv');
    writeFileSync(csv, 'section,kind,date\nopening,,2026-02-01\n');
    const answers = await Promise.all([
      bare('--proces', 'p1'),
      bare('--report', csv, '--table', 't', '--endpoint', tables.endpoint),
      bare(...request),
      bare(...request.slice(2), '--table', 't'),
      bare(...request, '--from', '2026-13-01', '--table', 't'),
    ]);
    expect(answers.map(({ code, output }) => [code, output])).toEqual([
      [2, expect.stringContaining("Unknown option '--proces'")],
      [2, `audit:verify: ${csv} is not JSON: give the report's JSON (format=json), not its CSV`],
      [2, 'audit:verify: no table: give --table or set EVENTS_TABLE'],
      [2, 'audit:verify: missing --process (or a --report naming it)'],
      [2, expect.stringMatching(/^audit:verify: --from 2026-13-01: /)],
    ]);
    for (const { output } of answers) expect(output.split('\n')).toHaveLength(1);
  });

  it('answers what it cannot read in one line with exit 3: a report file, a table, an endpoint', async () => {
    const answers = await Promise.all([
      bare('--report', '/nowhere/report.json'),
      bare(...request, '--table', `${tables.prefix}-none`, '--endpoint', tables.endpoint),
      bare(...request, '--table', 't', '--endpoint', 'http://127.0.0.1:9'),
    ]);
    expect(answers.map(({ code, output }) => [code, output])).toEqual([
      [3, 'audit:verify: cannot read /nowhere/report.json: ENOENT'],
      [3, `audit:verify: table ${tables.prefix}-none does not exist at ${tables.endpoint}`],
      [3, expect.stringMatching(/^audit:verify: cannot reach http:\/\/127\.0\.0\.1:9: /)],
    ]);
  });

  it('answers --help with the usage and its exit codes', async () => {
    expect(await bare('--help')).toMatchObject({
      code: 0,
      output: expect.stringContaining('Exit codes: 0 verified; 1'),
    });
  });
});
