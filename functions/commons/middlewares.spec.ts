import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { DomainRefusal } from '../../domain/errors';
import { TryAgain } from '../../events/errors';
import { logger } from './clients';
import { errorMapping } from './errors';
import {
  correlationId,
  jsonBody,
  lambdaContext,
  MAX_BODY_BYTES,
  MAX_DOCUMENT_BYTES,
  MAX_JSON_DEPTH,
  nestedDeeperThan,
  validation,
} from './middlewares';
import { json, securityHeaders } from './responses';

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;

const event = (
  o: {
    body?: string;
    headers?: Record<string, string>;
    params?: Record<string, string>;
    query?: Record<string, string>;
  } = {},
) =>
  ({
    headers: { 'content-type': 'application/json', ...o.headers },
    ...(o.body === undefined ? {} : { body: o.body }),
    pathParameters: o.params ?? { processId: 'p1' },
    ...(o.query ? { queryStringParameters: o.query } : {}),
    requestContext: { requestId: 'req-1' },
  }) as unknown as Event;

/** The middleware stack as the routes compose it, around a handler that does what the test says. */
const stack = (handle: (event: Event) => Promise<APIGatewayProxyResultV2>) =>
  middy<Event, APIGatewayProxyResultV2>()
    .use(lambdaContext())
    .use(errorMapping())
    .use(httpHeaderNormalizer())
    .use(correlationId())
    .use(jsonBody())
    .use(
      validation({
        params: z.strictObject({ processId: z.string().regex(/^[a-z0-9]+$/) }),
        body: z.strictObject({ reason: z.string().min(1), count: z.number().int().optional() }),
      }),
    )
    .handler(handle);

const call = async (e: Event, handle = async (ev: Event) => json(200, ev.body)) =>
  (await stack(handle)(e, {} as Context)) as {
    statusCode: number;
    headers: Record<string, string>;
    body: string;
  };

describe('the middleware stack', () => {
  it('hands the handler a parsed, validated body', async () => {
    const answer = await call(event({ body: '{"reason":"ok","count":2}' }));
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ reason: 'ok', count: 2 });
  });

  it('names every bad field of the body and the path with its reason', async () => {
    const answer = await call(
      event({ body: '{"reason":"","count":1.5,"extra":1}', params: { processId: 'P#1' } }),
    );
    expect(answer.statusCode).toBe(400);
    const { error, issues } = JSON.parse(answer.body);
    expect(error).toBe('invalid-request');
    expect(issues.map((i: { field: string }) => i.field).sort()).toEqual([
      'body',
      'count',
      'path.processId',
      'reason',
    ]);
  });

  it('validates the query string when the route has a query schema, naming each bad parameter', async () => {
    const querying = middy<Event, APIGatewayProxyResultV2>()
      .use(errorMapping())
      .use(
        validation({
          params: z.strictObject({ processId: z.string() }),
          query: z.strictObject({ today: z.iso.date().optional() }),
        }),
      )
      .handler(async (ev) => json(200, ev.queryStringParameters ?? null));
    const ask = async (query?: Record<string, string>) =>
      (await querying(
        { ...event(), ...(query ? { queryStringParameters: query } : {}) } as Event,
        {} as Context,
      )) as { statusCode: number; body: string };

    expect(JSON.parse((await ask({ today: '2026-05-01' })).body)).toEqual({ today: '2026-05-01' });
    expect(JSON.parse((await ask()).body)).toEqual({});
    const bad = await ask({ today: '1 May', extra: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(
      JSON.parse(bad.body)
        .issues.map((i: { field: string }) => i.field)
        .sort(),
    ).toEqual(['query', 'query.today']);
  });

  it('answers malformed JSON with 400, not the parser’s 415', async () => {
    const answer = await call(event({ body: '{"reason":' }));
    expect(answer.statusCode).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      error: 'invalid-json',
      issues: [{ field: 'body', reason: 'is not valid JSON' }],
    });
  });

  it('answers a body of another media type with 415', async () => {
    const answer = await call(event({ body: 'reason=x', headers: { 'content-type': 'text/plain' } }));
    expect(answer.statusCode).toBe(415);
  });

  it('treats a missing body as an empty object, which validation then judges', async () => {
    const answer = await call(event());
    expect(answer.statusCode).toBe(400);
    expect(JSON.parse(answer.body).issues).toEqual([expect.objectContaining({ field: 'reason' })]);
  });

  it('maps a domain refusal to its status with its code and numbers', async () => {
    const answer = await call(event({ body: '{"reason":"x"}' }), async () => {
      throw new DomainRefusal('insufficient-funds-on-line', { available: { amount: 5, currency: 'USD' } });
    });
    expect(answer.statusCode).toBe(422);
    expect(JSON.parse(answer.body)).toEqual({
      error: 'insufficient-funds-on-line',
      details: { available: { amount: 5, currency: 'USD' } },
    });
  });

  it('maps contention past the retry budget to 409 try-again, saying when to send again', async () => {
    const answer = await call(event({ body: '{"reason":"x"}' }), async () => {
      throw new TryAgain(['p1#budget-line#A'], 1);
    });
    expect(answer.statusCode).toBe(409);
    expect(answer.headers['retry-after']).toBe('1');
    expect(JSON.parse(answer.body)).toEqual({ error: 'try-again' });
  });

  it('answers an unknown failure with 500 and the correlation id, leaking nothing', async () => {
    const answer = await call(
      event({ body: '{"reason":"x"}', headers: { 'x-correlation-id': 'trace-9' } }),
      async () => {
        throw new Error('connection to table secret-table-name refused at internal.host');
      },
    );
    expect(answer.statusCode).toBe(500);
    expect(JSON.parse(answer.body)).toEqual({ error: 'internal-error', correlationId: 'trace-9' });
    expect(answer.body).not.toMatch(/secret|internal\.host|at /);
  });

  it('echoes a well-formed correlation id and replaces a malformed one with the request id', async () => {
    const given = await call(event({ body: '{"reason":"x"}', headers: { 'X-Correlation-Id': 'trace-1' } }));
    expect(given.headers['x-correlation-id']).toBe('trace-1');
    const malformed = await call(
      event({ body: '{"reason":"x"}', headers: { 'x-correlation-id': 'bad id\n' } }),
    );
    expect(malformed.headers['x-correlation-id']).toBe('req-1');
  });

  it('puts the correlation id and the route on every log line of the request, and only that request', async () => {
    const appended = vi.spyOn(logger, 'appendKeys');
    const reset = vi.spyOn(logger, 'resetKeys');
    await call({
      ...event({ body: '{"reason":"x"}', headers: { 'x-correlation-id': 'trace-7' } }),
      routeKey: 'POST /x',
    });
    expect(appended).toHaveBeenCalledWith({ correlationId: 'trace-7', route: 'POST /x' });
    // Reset when the request ends, not when the next begins: nothing else logs under its id meanwhile.
    expect(appended).toHaveBeenCalledBefore(reset);
    vi.restoreAllMocks();
  });

  it('refuses a body over the size limit with 413, before parsing it', async () => {
    const answer = await call(event({ body: `{"reason":"${'x'.repeat(MAX_BODY_BYTES)}"}` }));
    expect(answer.statusCode).toBe(413);
    expect(JSON.parse(answer.body).error).toBe('body-too-large');
  });

  it('takes a document to verify up to its own, larger limit', async () => {
    const reads = middy<Event, APIGatewayProxyResultV2>()
      .use(errorMapping())
      .use(jsonBody({ maxBytes: MAX_DOCUMENT_BYTES }))
      .handler(async () => json(200, {}));
    const sized = (bytes: number) => event({ body: `{"a":"${'x'.repeat(bytes - 8)}"}` });
    const answer = async (bytes: number) =>
      ((await reads(sized(bytes), {} as Context)) as { statusCode: number }).statusCode;
    expect(await answer(2 * MAX_BODY_BYTES)).toBe(200);
    expect(await answer(MAX_DOCUMENT_BYTES + 1)).toBe(413);
  });

  it('refuses a body nested deeper than the limit with 400', async () => {
    const deep = `{"reason":"x","count":${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}`;
    const answer = await call(event({ body: deep }));
    expect(answer.statusCode).toBe(400);
    expect(JSON.parse(answer.body).issues).toEqual([
      { field: 'body', reason: `must not nest objects or arrays deeper than ${MAX_JSON_DEPTH}` },
    ]);
  });

  it('refuses query parameters on a route that declares none', async () => {
    const answer = await call(event({ body: '{"reason":"x"}', query: { donorId: 'eu' } }));
    expect(answer.statusCode).toBe(400);
    expect(JSON.parse(answer.body).issues).toEqual([
      { field: 'query.donorId', reason: 'this route takes no query parameters' },
    ]);
  });

  it('refuses a body on a route that takes none', async () => {
    const withoutBody = middy<Event, APIGatewayProxyResultV2>()
      .use(errorMapping())
      .use(validation({ params: z.strictObject({ processId: z.string() }) }))
      .handler(async () => json(200, {}));
    const answer = (await withoutBody(event({ body: '{"a":1}' }), {} as Context)) as { statusCode: number };
    expect(answer.statusCode).toBe(400);
    const none = (await withoutBody(event(), {} as Context)) as { statusCode: number };
    expect(none.statusCode).toBe(200);
  });

  it('puts the security headers on answers and refusals alike', async () => {
    for (const answer of [await call(event({ body: '{"reason":"x"}' })), await call(event({ body: '{' }))])
      expect(answer.headers).toMatchObject(securityHeaders);
  });
});

describe('the nesting of a JSON text', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(nestedDeeperThan('{"a":[{"b":[]}]}', 4)).toBe(false);
    expect(nestedDeeperThan('{"a":[{"b":[[]]}]}', 4)).toBe(true);
    expect(nestedDeeperThan('{"a":"[[[[[[[[[[{{{{{{"}', 1)).toBe(false);
    expect(nestedDeeperThan('{"a":"\\"[[[[[[[[[[{{{{{{"}', 1)).toBe(false);
  });
});

describe('query-string validation', () => {
  const withQuery = (query?: Record<string, string>) =>
    ({
      headers: {},
      ...(query ? { queryStringParameters: query } : {}),
      pathParameters: { processId: 'p1' },
      requestContext: { requestId: 'req-1' },
    }) as unknown as Event;
  const reads = middy<Event, APIGatewayProxyResultV2>()
    .use(errorMapping())
    .use(httpHeaderNormalizer())
    .use(
      validation({
        params: z.strictObject({ processId: z.string() }),
        query: z.strictObject({ from: z.iso.date(), format: z.enum(['json', 'csv']).default('json') }),
      }),
    )
    .handler(async (e) => json(200, e.queryStringParameters));
  const read = async (e: Event) => (await reads(e, {} as Context)) as { statusCode: number; body: string };

  it('hands the handler the parsed parameters, defaults filled in', async () => {
    const answer = await read(withQuery({ from: '2026-02-01' }));
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ from: '2026-02-01', format: 'json' });
  });

  it('answers 400 naming each bad, missing or unknown parameter under query', async () => {
    const answer = await read(withQuery({ from: '1 Feb', format: 'xml', extra: '1' }));
    expect(answer.statusCode).toBe(400);
    expect(
      JSON.parse(answer.body)
        .issues.map((i: { field: string }) => i.field)
        .sort(),
    ).toEqual(['query', 'query.format', 'query.from']);
    const none = await read(withQuery());
    expect(JSON.parse(none.body).issues).toEqual([expect.objectContaining({ field: 'query.from' })]);
  });
});
