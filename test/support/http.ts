import { randomUUID } from 'node:crypto';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { inject } from 'vitest';
import type { Role } from '../../functions/access/roles';
import { type OpenApiDocument, openApiDocument } from '../../functions/openapi/document';
import { routes } from '../../functions/routes';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime';

/**
 * The runtime against the test run's DynamoDB Local. `startsAt` sets the gateway's clock, running from
 * that instant on: a story dated in another year is recorded on a day of that year, as it would be. A
 * function is the clock itself, for a story that moves from day to day.
 */
export async function startRuntime(startsAt?: string | (() => Date)): Promise<LocalRuntime> {
  if (typeof startsAt === 'function') return startRuntimeWith(startsAt);
  const offset = startsAt === undefined ? 0 : Date.parse(startsAt) - Date.now();
  return startRuntimeWith(startsAt === undefined ? undefined : () => new Date(Date.now() + offset));
}

function startRuntimeWith(clock: (() => Date) | undefined): Promise<LocalRuntime> {
  return startLocalRuntime({
    port: 0,
    dynamoPort: 0,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tablePrefix: `e2e-${randomUUID().slice(0, 8)}`,
    ...(clock ? { clock } : {}),
  });
}

export interface Caller {
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
  get(path: string): Promise<Answer>;
}

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  /** The JSON answered, or `{ text }` for a document answered in another type. */
  readonly body: Record<string, unknown>;
}

/** What the token says besides the roles: the processes the person belongs to and, for a donor, its id. */
export interface Membership {
  readonly processes: readonly string[];
  readonly donorId?: string;
}

/**
 * An HTTP client acting as one person, with a token carrying these roles and memberships; every POST
 * gets a fresh idempotency key unless one is given.
 */
export async function callerAs(
  runtime: LocalRuntime,
  sub: string,
  roles: readonly Role[],
  membership: Membership,
): Promise<Caller> {
  const token = await runtime.issuer.sign({ sub, roles, ...membership });
  return callerWithToken(runtime, token);
}

/** An HTTP client sending this bearer token, whatever it holds. */
export function callerWithToken(runtime: LocalRuntime, token: string): Caller {
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
    // A document (an IATI file's XML, a CSV) is kept as text; everything else answers JSON.
    const type = response.headers.get('content-type') ?? '';
    const document = type !== '' && !type.includes('json');
    const answered = !text ? {} : document ? { text } : JSON.parse(text);
    if (!document) (await answerCheck())(method, path, response.ok, answered);
    return { status: response.status, headers: response.headers, body: answered };
  };
  return {
    post: (path, body, headers) => send('POST', path, body, headers),
    get: (path) => send('GET', path),
  };
}

/**
 * Every JSON success answer of every test is checked against the schema the OpenAPI document gives its
 * route, so a response schema that does not say what the handler answers fails the test that got it.
 */
const once = <T>(make: () => T): (() => T) => {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
};

let answerChecks: Promise<(method: string, url: string, ok: boolean, body: unknown) => void> | undefined;
/** Built at the first answer: the handlers it imports read their tables from what the runtime set. */
const answerCheck = () => {
  answerChecks ??= openApiDocument().then(checksOf);
  return answerChecks;
};

const checksOf = (document: OpenApiDocument) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const byRoute = routes.map((route) => {
    const schema = document.paths[route.path]?.[route.method === 'GET' ? 'get' : 'post']?.responses;
    const success = Object.values(schema ?? {})[0] as { content?: Record<string, { schema: object }> };
    const answer = success.content?.['application/json']?.schema;
    return {
      route,
      // The fewer path parameters, the more literal the path: `/appointments/deputies` before `/{id}`.
      parameters: route.path.split('{').length,
      pattern: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`),
      // Compiled when first needed: compiling them all at once blocks the gateway sharing this process.
      validate: answer && once(() => ajv.compile({ ...answer, components: document.components })),
    };
  });
  byRoute.sort((a, b) => a.parameters - b.parameters);
  // An error answer's code is one the document lists, so a client switching on them misses none.
  const codes = new Set(
    (document.components.schemas.Refusal as { properties: { error: { enum: string[] } } }).properties.error
      .enum,
  );
  return (method: string, url: string, ok: boolean, body: unknown) => {
    if (!ok) {
      const code = (body as { error?: unknown }).error;
      if (typeof code === 'string' && !codes.has(code))
        throw new Error(`${method} ${url} answered the code ${code}, not in the document's refusal enum`);
      return;
    }
    const path = url.split('?')[0] ?? url;
    const found = byRoute.find(({ route, pattern }) => route.method === method && pattern.test(path));
    const validate = found?.validate?.();
    if (!found || !validate || validate(body)) return;
    throw new Error(
      `${found.route.key} answered outside its OpenAPI schema: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 2000)}`,
    );
  };
};

/** Retries the read until the assertion holds (projections are asynchronous), then asserts on the last answer. */
export async function settled<T>(read: () => Promise<T>, assertion: (value: T) => void): Promise<T> {
  const passes = (value: T) => {
    try {
      assertion(value);
      return true;
    } catch {
      return false;
    }
  };
  const value = await eventually(read, passes, 10_000);
  assertion(value);
  return value;
}

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
