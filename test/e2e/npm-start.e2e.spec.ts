import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/global-setup';
import { eventually } from '../support/http';

const children: ChildProcess[] = [];
const stateDir = mkdtempSync(join(tmpdir(), 'npm-start-'));
const emptyStateDir = mkdtempSync(join(tmpdir(), 'npm-start-empty-'));
afterAll(() => {
  for (const child of children)
    if (child.pid && child.exitCode === null && child.signalCode === null)
      process.kill(-child.pid, 'SIGKILL');
  for (const dir of [stateDir, emptyStateDir]) rmSync(dir, { recursive: true, force: true });
});

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket.destroy() === socket));
    socket.once('error', () => resolve(false));
  });

/** `npm start` with these options in its own process group, once it has printed that it is ready. */
async function start(...options: string[]) {
  const [port, dynamoPort] = [await freePort(), await freePort()];
  // Its own process group, so Ctrl-C can be sent to everything npm start runs, as a terminal does.
  const child = spawn(
    'npm',
    ['start', '--', ...options, '--port', `${port}`, '--dynamo-port', `${dynamoPort}`],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 150_000;
  while (!output.includes('Ctrl-C stops everything') && child.exitCode === null && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  expect(output).toContain(`listening on http://localhost:${port}`);
  const url = `http://localhost:${port}`;
  return {
    url,
    output,
    dynamoPort,
    port,
    get: async (path: string, token?: string) => {
      const answer = await fetch(
        `${url}${path}`,
        token ? { headers: { authorization: `Bearer ${token}` } } : {},
      );
      return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
    },
    /** Ctrl-C, as a terminal sends it to the whole group. */
    async stop() {
      process.kill(-(child.pid ?? 0), 'SIGINT');
      await exited;
    },
  };
}

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
    const first = await start('--state-dir', stateDir);
    expect(first.output).toMatch(/Demo process "demo": recorded \d+ commands \(0 replayed\)/);
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
    const again = await start('--state-dir', stateDir);
    expect(again.output).toMatch(
      /Demo process "demo": already recorded \(\d+ commands replayed, nothing new/,
    );
    expect(await again.get('/processes/demo/budget', role('finance-approver').token)).toEqual(budget);
    await again.stop();
  }, 360_000);

  it('with --empty records nothing, serves the API with its own DynamoDB Local, and stops everything on Ctrl-C', async () => {
    const empty = await start('--empty', '--in-memory', '--state-dir', emptyStateDir);
    const officer = /FINANCE_OFFICER=(\S+)/.exec(empty.output)?.[1];
    const answer = await empty.get('/processes/demo/budget', officer);
    // Answered by the budget view's handler itself: nothing is recorded for demo until it is opened.
    expect(answer).toMatchObject({ status: 404, body: { error: 'process-not-found' } });
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
