import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { roles } from '../../functions/access/roles';
import { contractsOf } from '../../functions/commons/contracts';
import type { Contract } from '../../functions/commons/http';
import { MAX_BODY_BYTES } from '../../functions/commons/middlewares';
import { httpFunctions, type Route, routes } from '../../functions/routes';
import { localAws } from '../../local/dynamodb';
import type { LocalRuntime } from '../../local/runtime';
import { localIssuer } from '../../local/tokens';
import { startRuntime } from '../support/http';
import { arbitraryOf } from '../support/json-schema-arbitrary';
import { type SeededIds, seedProcess } from '../support/seed';

/**
 * Random and mutated requests to every route: bodies generated from the route's own schema (so many
 * get through to the domain) and then broken, paths with hostile ids, headers and tokens of every
 * kind. Whatever arrives, the answer is one the API promises, never a 500 or a stack trace, and the
 * Events table afterwards holds only what requests answered 2xx wrote.
 */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS_PER_ROUTE ?? 50);
const PROMISED = new Set([200, 201, 400, 401, 403, 404, 409, 413, 422]);
const P = 'fz';

let runtime: LocalRuntime;
let ids: SeededIds;
let contracts: Map<string, Contract>;
/** Authorization headers: the staff's, one per role, and ones refused (another process, expired, forged, none). */
let tokens: { staff: string; byRole: string[]; refused: (string | undefined)[] };
const accepted = new Set<string>();
/** How many answers of each status the fuzzing got: it must have reached every layer, not only the edge. */
const seen = new Map<number, number>();
/** Every item before the fuzzing, as it was: an item added or changed since must come from an accepted command. */
const before = new Map<string, string>();
let documents: DynamoDBDocumentClient;

const keyOf = (item: Record<string, unknown>) => `${item.streamId}@${item.version}`;
async function eventsTable(): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for await (const page of paginateScan({ client: documents }, { TableName: runtime.tables.events }))
    items.push(...(page.Items ?? []));
  return items;
}

beforeAll(async () => {
  runtime = await startRuntime();
  ({ ids } = await seedProcess(runtime, P));
  contracts = (await contractsOf(httpFunctions)) as Map<string, Contract>;
  const sign = runtime.issuer.sign;
  const staff = roles.filter((role) => role !== 'donor');
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const other = await localIssuer();
  const bearer = async (token: Promise<string>) => `Bearer ${await token}`;
  tokens = {
    // Someone allowed everywhere in the process, so that most requests reach validation and the domain.
    staff: await bearer(sign({ sub: 'fuzz-staff', roles: staff, processes: [P] })),
    byRole: await Promise.all(
      roles.map((role) =>
        bearer(
          sign({
            sub: `fuzz-${role}`,
            roles: [role],
            processes: [P],
            ...(role === 'donor' ? { donorId: 'eu' } : {}),
          }),
        ),
      ),
    ),
    refused: [
      await bearer(sign({ sub: 'fuzz-zz', roles: staff, processes: ['zz'] })),
      await bearer(sign({ sub: 'fuzz-old', roles: staff, processes: [P] }, '-1m')),
      await bearer(sign({ sub: 'fuzz-id', roles: staff, processes: [P] }, '1h', { token_use: 'id' })),
      await bearer(other.sign({ sub: 'fuzz-x', roles: staff, processes: [P] })),
      `Bearer ${part({ alg: 'none' })}.${part({ sub: 'x', 'cognito:groups': staff, processes: [P] })}.`,
      'Bearer a.b.c',
      'Basic dXNlcjpwYXNz',
      undefined,
    ],
  };
  documents = DynamoDBDocumentClient.from(
    new DynamoDBClient({ ...localAws, endpoint: runtime.dynamoEndpoint }),
  );
  for (const item of await eventsTable()) before.set(keyOf(item), JSON.stringify(item));
}, 60_000);
afterAll(() => runtime?.stop());

/** Printable ASCII only: what any HTTP client can put in a header. */
const headerText = fc
  .string({ unit: 'grapheme-ascii', maxLength: 40 })
  .map((s) => s.replace(/[^\x20-\x7e]/g, ''));

const hostileSegments = [
  '..',
  '%2e%2e',
  'a%23b',
  'fz%23budget-line%23L1',
  '%23',
  '%00',
  '%E0%A4%A',
  '%ZZ',
  '%2F',
  'x'.repeat(300),
  '__proto__',
  'constructor',
  '%F0%9F%92%A9',
  '%ED%A0%80',
];

/** A path parameter: mostly the seeded record's id (the process most of all), else made-up or hostile. */
const segment = (name: string) =>
  fc.oneof(
    {
      weight: name === 'processId' ? 24 : 6,
      arbitrary: fc.constant(encodeURIComponent(ids[name] ?? 'made-up-1')),
    },
    { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/) },
    { weight: 1, arbitrary: fc.constantFrom(...hostileSegments) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((s) => encodeURIComponent(s)) },
  );

const hints = () => ({
  lineId: fc.constant('L1'),
  fundingSourceId: fc.constant(ids.contributionId),
  donorId: fc.constantFrom('eu', 'sida'),
  currency: fc.constantFrom('USD', 'EUR'),
  rateDate: fc.constant('2026-02-01'),
  amount: fc.oneof(
    fc.integer({ min: 1, max: 10_000_00 }),
    fc.record({ amount: fc.integer({ min: 1, max: 10_000_00 }), currency: fc.constantFrom('USD', 'EUR') }),
  ),
});

type Mutation =
  | { kind: 'drop' }
  | { kind: 'add'; key: string; value: unknown }
  | { kind: 'replace'; value: unknown }
  | { kind: 'long'; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'drop' as const }),
  fc.record({
    kind: fc.constant('add' as const),
    key: fc.oneof(
      fc.string(),
      fc.constantFrom('__proto__', 'constructor', 'by', 'approvedBy', 'processId', 'actor'),
    ),
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
  fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ kind: fc.constant('long' as const), length: fc.constantFrom(201, 501, 1001, 70_000) }),
);

function mutate(body: unknown, change: Mutation, pick: number): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const copy: Record<string, unknown> = { ...body };
  const keys = Object.keys(copy);
  const key = keys[pick % Math.max(keys.length, 1)];
  if (change.kind === 'add')
    Object.defineProperty(copy, change.key, { value: change.value, enumerable: true });
  else if (key === undefined) return copy;
  else if (change.kind === 'drop') delete copy[key];
  else if (change.kind === 'replace') copy[key] = change.value;
  else copy[key] = 'x'.repeat(change.length);
  return copy;
}

const nested = (depth: number) => `{"a":${'['.repeat(depth)}1${']'.repeat(depth)}}`;

function bodyOf(contract: Contract | undefined): fc.Arbitrary<string | undefined> {
  const schema = contract?.body
    ? (z.toJSONSchema(contract.body, { io: 'input' }) as Record<string, unknown>)
    : {};
  const valid = contract?.body ? arbitraryOf(schema, hints()) : fc.constant({});
  return fc.oneof(
    { weight: 6, arbitrary: valid.map((body) => JSON.stringify(body)) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(valid, mutation, fc.nat())
        .map(([body, change, pick]) => JSON.stringify(mutate(body, change, pick))),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 50 }) },
    { weight: 1, arbitrary: fc.integer({ min: 9, max: 5_000 }).map(nested) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(undefined, '', 'null', '[]', '{}', '1e999', '"\\ud800"', '{"a":1,"a":2}'),
    },
    { weight: 1, arbitrary: fc.constant(`{"a":"${'x'.repeat(MAX_BODY_BYTES)}"}`) },
  );
}

/** A query string from the route's query schema (`?today=…`, `?from=…&to=…`), or none. */
function queryOf(contract: Contract | undefined): fc.Arbitrary<string> {
  if (!contract?.query) return fc.constant('');
  const schema = z.toJSONSchema(contract.query, { io: 'input' }) as Record<string, unknown>;
  return fc.oneof(
    fc.constant(''),
    arbitraryOf(schema, hints()).map((query) => {
      const entries = Object.entries((query ?? {}) as Record<string, unknown>).map(
        ([k, v]): [string, string] => [k, String(v)],
      );
      return entries.length ? `?${new URLSearchParams(entries)}` : '';
    }),
  );
}

const JSON_TYPES = ['application/json', 'application/json; charset=utf-8', 'application/vnd.api+json'];

function requestOf(route: Route) {
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  return fc.record({
    segments: fc.tuple(...names.map(segment)),
    method: fc.oneof(
      { weight: 12, arbitrary: fc.constant(route.method) },
      fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
    ),
    query: fc.oneof(
      { weight: 8, arbitrary: queryOf(contracts.get(route.key)) },
      fc.constantFrom('?donorId=eu', '?donorId=sida&donorId=eu', '?x=1', '?__proto__=1'),
    ),
    body: bodyOf(contracts.get(route.key)),
    authorization: fc.oneof(
      { weight: 12, arbitrary: fc.constant(tokens.staff) },
      { weight: 3, arbitrary: fc.constantFrom(...tokens.byRole) },
      { weight: 2, arbitrary: fc.constantFrom(...tokens.refused) },
    ),
    contentType: fc.oneof(
      { weight: 10, arbitrary: fc.constant('application/json') },
      fc.constantFrom(
        ...JSON_TYPES,
        'text/plain',
        'application/x-www-form-urlencoded',
        '',
        'multipart/form-data',
      ),
      fc.constant(undefined),
    ),
    idempotencyKey: fc.oneof(
      { weight: 8, arbitrary: fc.constant('fresh') },
      fc.constantFrom('fuzz-reused-key-0001', '', 'short', 'x'.repeat(129)),
      headerText,
      fc.constant(undefined),
    ),
    ifMatch: fc.oneof(
      { weight: 8, arbitrary: fc.constant(undefined) },
      fc.constantFrom('1', '"2"', '0', 'abc', '99999999999999999999', '-1'),
      headerText,
    ),
    correlationId: fc.oneof(fc.constant(undefined), headerText),
  });
}

const STACK_TRACE = /\n\s+at\s|node_modules|\/work\/|Error:|TypeError|ReferenceError/;

describe.each(routes)('$key, fuzzed', (route) => {
  it(`answers ${RUNS_PER_ROUTE} random requests only with promised statuses, never 500`, async () => {
    await fc.assert(
      fc.asyncProperty(requestOf(route), async (request) => {
        const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[0]);
        let path = route.path;
        names.forEach((placeholder, i) => {
          path = path.replace(placeholder, request.segments[i] as string);
        });
        const idempotencyKey = request.idempotencyKey === 'fresh' ? randomUUID() : request.idempotencyKey;
        const { authorization } = request;
        const headers: Record<string, string> = {
          ...(authorization ? { authorization } : {}),
          ...(request.contentType === undefined ? {} : { 'content-type': request.contentType }),
          ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }),
          ...(request.ifMatch === undefined ? {} : { 'if-match': request.ifMatch }),
          ...(request.correlationId === undefined ? {} : { 'x-correlation-id': request.correlationId }),
        };
        const sendsBody = request.method !== 'GET' && request.body !== undefined;
        const response = await fetch(`${runtime.url}${path}${request.query}`, {
          method: request.method,
          headers,
          ...(sendsBody ? { body: request.body } : {}),
        });
        const text = await response.text();
        seen.set(response.status, (seen.get(response.status) ?? 0) + 1);
        const jsonContent = JSON_TYPES.includes(request.contentType ?? '');
        const promised = PROMISED.has(response.status) || (response.status === 415 && !jsonContent);
        expect(promised, `${response.status} ${text.slice(0, 300)}`).toBe(true);
        expect(text).not.toMatch(STACK_TRACE);
        if (response.status < 300 && request.method === 'POST' && idempotencyKey)
          accepted.add(idempotencyKey);
      }),
      { numRuns: RUNS_PER_ROUTE },
    );
  });
});

describe('after the fuzzing', () => {
  it('got answers from every layer: gateway, access control, validation, the domain, success', () => {
    for (const status of [201, 200, 400, 401, 403, 404, 409, 413, 422])
      expect(seen.get(status) ?? 0, `answers ${status}: ${JSON.stringify([...seen])}`).toBeGreaterThan(0);
  });

  it('leaves nothing in the Events table that a request answered 2xx did not write', async () => {
    const written = (await eventsTable()).filter((item) => before.get(keyOf(item)) !== JSON.stringify(item));
    const byCommand = written.map((item) => {
      if (item.kind === 'command') return String(item.streamId).split('#command#')[1];
      if (item.kind === 'event') return (item.metadata as { commandId: string }).commandId;
      return undefined;
    });
    expect(byCommand.filter((id) => id !== undefined && !accepted.has(id))).toEqual([]);
    // Appends write new events and command records only: no item is rewritten, no tip item written.
    expect(written.filter((item) => item.kind !== 'event' && item.kind !== 'command')).toEqual([]);
    expect(written.filter((item) => before.has(keyOf(item)))).toEqual([]);
    expect(accepted.size, 'some fuzzed commands were valid and accepted').toBeGreaterThan(0);
  });
});
