import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/http';
import { killNpmStarts, npmStart } from '../support/npm-start';

const stateDir = mkdtempSync(join(tmpdir(), 'npm-start-'));
const emptyStateDir = mkdtempSync(join(tmpdir(), 'npm-start-empty-'));
afterAll(() => {
  killNpmStarts();
  for (const dir of [stateDir, emptyStateDir]) rmSync(dir, { recursive: true, force: true });
});

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket.destroy() === socket));
    socket.once('error', () => resolve(false));
  });

interface Person {
  readonly name: string;
  readonly roles: readonly string[];
  readonly processes: readonly string[];
  readonly donorId?: string;
  readonly token: string;
}

// The two starts share nothing (ports, state folders), so they run side by side: most of a start is waiting.
describe.concurrent('npm start', () => {
  it('records the demo as its people, who sign in from /local/people and tokens.env, and replays it on a restart', async () => {
    const first = await npmStart('--state-dir', stateDir);
    expect(first.output).toMatch(/Demo process "demo": recorded \d+ commands \(0 replayed\)/);
    // A line per request as the demo was recorded: the route key, not the path with its ids.
    expect(first.output).toMatch(
      /^POST \/processes\/\{processId\}\/disbursements\/\{disbursementId\}\/approve 200 \d+ ms [\w.-]+$/m,
    );
    const { body } = await first.get('/local/people');
    const people = body.people as Person[];
    const role = (name: string) => people.find((person) => person.roles.includes(name)) as Person;
    expect(people.map((person) => person.roles.join())).toEqual(
      expect.arrayContaining([
        'finance-officer',
        'finance-approver',
        'hr-officer',
        'leadership',
        'auditor',
        'admin',
        'donor',
      ]),
    );
    expect(people.filter((person) => person.roles.includes('finance-officer'))).toHaveLength(2);
    expect(people.filter((person) => person.roles.includes('donor')).map((person) => person.donorId)).toEqual(
      ['eu', 'sida'],
    );

    // Each token works as its role allows: the process to all but donors, who see their own contributions.
    for (const person of people) {
      const { status } = await first.get('/processes/demo', person.token);
      expect({ name: person.name, status }).toEqual({
        name: person.name,
        status: person.donorId ? 403 : 200,
      });
      expect(person.processes).toEqual(['demo']);
    }
    const donor = people.find((person) => person.donorId === 'sida') as Person;
    const own = await eventually(
      () => first.get('/processes/demo/donors/sida', donor.token),
      ({ body }) => (body.contributions as unknown[] | undefined)?.length === 1,
      10_000,
    );
    expect(own.body.contributions).toHaveLength(1);
    // The token npm start prints for the donor role is one of the demo's donors.
    const printed = /DONOR=(\S+)/.exec(first.output)?.[1];
    expect((await first.get('/processes/demo/donors/eu', printed)).status).toBe(200);

    // The budget once projected: the queue's last request counted, and two reads alike.
    const readBudget = () => first.get('/processes/demo/budget', role('finance-approver').token);
    let last = await readBudget();
    const budget = await eventually(
      readBudget,
      (answer) => {
        const settled = JSON.stringify(answer) === JSON.stringify(last);
        last = answer;
        return (
          settled &&
          ((answer.body.lines as { lineId: string; pending: { amount: number } }[] | undefined)?.some(
            (line) => line.lineId === 'DR-EXPERTS' && line.pending.amount > 0,
          ) ??
            false)
        );
      },
      15_000,
    );
    expect(budget.body.lines).toHaveLength(12);

    const sourced = execFileSync(
      'bash',
      ['-c', `source ${join(stateDir, 'tokens.env')} && echo $FINANCE_OFFICER_2`],
      {
        encoding: 'utf8',
      },
    ).trim();
    expect((await first.get('/processes/demo/budget', sourced)).status).toBe(200);
    await first.stop();

    // The same data again: every command replayed, nothing recorded twice.
    const again = await npmStart('--state-dir', stateDir);
    expect(again.output).toMatch(
      /Demo process "demo": already recorded \(\d+ commands replayed, nothing new/,
    );
    expect(await again.get('/processes/demo/budget', role('finance-approver').token)).toEqual(budget);
    await again.stop();
  }, 360_000);

  it('with --empty records nothing, serves the API with its own DynamoDB Local, and stops everything on Ctrl-C', async () => {
    const empty = await npmStart('--empty', '--in-memory', '--state-dir', emptyStateDir);
    const officer = /FINANCE_OFFICER=(\S+)/.exec(empty.output)?.[1];
    const answer = await empty.get('/processes/demo/budget', officer);
    // Answered by the budget view's handler itself: nothing is recorded for demo until it is opened.
    expect(answer).toMatchObject({ status: 404, body: { error: 'process-not-found' } });
    // One line per request: method and route key, status, milliseconds, and the correlation id the
    // function answered with, or the gateway's request id when it answered itself (no token: 401).
    const asked = await fetch(`${empty.url}/processes/demo/disbursements/d-17`, {
      headers: { authorization: `Bearer ${officer}` },
    });
    const unsigned = await fetch(`${empty.url}/processes/demo/budget`);
    expect([asked.status, unsigned.status]).toEqual([404, 401]);
    const lines = await eventually(
      async () => empty.output.split('\n'),
      (printed) => printed.some((line) => line.includes(' 401 ')),
      5_000,
    );
    // The id the function answered with (a UUID unless the caller sent one), so a grep finds its logs.
    const correlationId = asked.headers.get('x-correlation-id');
    expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^GET /processes/\\{processId\\}/disbursements/\\{disbursementId\\} 404 \\d+ ms ${correlationId}$`,
        ),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^GET \/processes\/\{processId\}\/budget 401 \d+ ms [0-9a-f-]{36}$/),
    );
    expect(lines.filter((line) => line.includes('/disbursements/'))).toHaveLength(1);
    // The web app beside the API: a page's address answers the app, built first on a fresh clone.
    expect(empty.output).toContain(`open ${empty.url}/`);
    const page = await fetch(`${empty.url}/budget`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<div id="root">');
    expect(await portOpen(empty.dynamoPort)).toBe(true);
    await empty.stop();
    expect(await portOpen(empty.dynamoPort)).toBe(false);
    expect(await portOpen(empty.port)).toBe(false);
  }, 180_000);
});
