import { type ChildProcess, spawn } from 'node:child_process';
import { expect } from 'vitest';
import { freePort } from './global-setup';

const children: ChildProcess[] = [];

/** Kills every `npm start` still running, its DynamoDB Local with it: for a spec file's afterAll. */
export function killNpmStarts(): void {
  for (const child of children)
    if (child.pid && child.exitCode === null && child.signalCode === null)
      process.kill(-child.pid, 'SIGKILL');
}

/**
 * `npm start` with these options in its own process group, once it has printed that it is ready; on
 * free ports unless `--port`/`--dynamo-port` are among the options.
 */
export async function npmStart(...options: string[]) {
  const port = Number(optionValue(options, '--port') ?? (await freePort()));
  const dynamoPort = Number(optionValue(options, '--dynamo-port') ?? (await freePort()));
  const ports = [
    ...(optionValue(options, '--port') ? [] : ['--port', `${port}`]),
    ...(optionValue(options, '--dynamo-port') ? [] : ['--dynamo-port', `${dynamoPort}`]),
  ];
  // Its own process group, so Ctrl-C can be sent to everything npm start runs, as a terminal does.
  const child = spawn('npm', ['start', '--', ...options, ...ports], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
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
    /** Everything printed so far: the request lines keep coming after the banner. */
    get output() {
      return output;
    },
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
    /** SIGKILL to the whole group: the gateway, the poller and DynamoDB Local die at once, mid-request. */
    async kill() {
      process.kill(-(child.pid ?? 0), 'SIGKILL');
      await exited;
    },
  };
}

const optionValue = (options: readonly string[], name: string): string | undefined => {
  const at = options.indexOf(name);
  return at < 0 ? undefined : options[at + 1];
};
