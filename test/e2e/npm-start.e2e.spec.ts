import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/global-setup';

let child: ChildProcess | undefined;
afterAll(() => {
  if (child?.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
});

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket.destroy() === socket));
    socket.once('error', () => resolve(false));
  });

describe('npm start', () => {
  it('serves the web app and the API with its own DynamoDB Local, prints tokens that work, and stops everything on Ctrl-C', async () => {
    const [port, dynamoPort] = [await freePort(), await freePort()];
    // Its own process group, so Ctrl-C can be sent to everything npm start runs, as a terminal does.
    child = spawn(
      'npm',
      ['start', '--', '--in-memory', '--port', `${port}`, '--dynamo-port', `${dynamoPort}`],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    // On a fresh clone it builds the web app first.
    const deadline = Date.now() + 100_000;
    while (!output.includes('Ctrl-C stops everything') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(output).toContain(`listening on http://localhost:${port}`);
    expect(output).toContain(`open http://localhost:${port}/`);
    const page = await fetch(`http://localhost:${port}/budget`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<div id="root">');

    const officer = /FINANCE_OFFICER=(\S+)/.exec(output)?.[1];
    const answer = await fetch(`http://localhost:${port}/processes/demo/budget`, {
      headers: { authorization: `Bearer ${officer}` },
    });
    // Answered by the budget view's handler itself: nothing is recorded for demo until it is opened.
    expect(answer.status).toBe(404);
    expect(await answer.json()).toMatchObject({ error: 'process-not-found' });
    expect(await portOpen(dynamoPort)).toBe(true);

    const exited = new Promise((resolve) => child?.once('exit', resolve));
    process.kill(-(child.pid ?? 0), 'SIGINT');
    await exited;
    expect(await portOpen(dynamoPort)).toBe(false);
    expect(await portOpen(port)).toBe(false);
  }, 120_000);
});
