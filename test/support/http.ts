import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime';
import { signToken } from '../../local/tokens';

/** The local runtime on the run's DynamoDB Local, with its own tables and a free port. */
export async function startRuntime(): Promise<LocalRuntime> {
  return startLocalRuntime({
    port: 0,
    dynamoPort: 0,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tablePrefix: `e2e-${randomUUID().slice(0, 8)}`,
  });
}

export interface Caller {
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
  get(path: string): Promise<Answer>;
}

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown>;
}

/** An HTTP client acting as one person; every POST gets a fresh idempotency key unless one is given. */
export async function callerAs(runtime: LocalRuntime, sub: string, groups: string[] = []): Promise<Caller> {
  const token = await signToken(runtime.jwtSecret, { sub, groups });
  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${runtime.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(method === 'POST' ? { 'content-type': 'application/json', 'idempotency-key': randomUUID() } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} };
  };
  return {
    post: (path, body, headers) => send('POST', path, body, headers),
    get: (path) => send('GET', path),
  };
}

/** Polls until the check passes or the time is up; the projector is asynchronous by design. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 2_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}
