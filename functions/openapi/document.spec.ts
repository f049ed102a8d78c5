import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { Dispatcher } from '../commons/dispatch';
import type { Contract, ContractedEndpoint } from '../commons/http';
import { httpFunctions, type RouteKey, routes } from '../routes';
import { documentOf, type OpenApiDocument, type Operation, openApiDocument } from './document';

let document: OpenApiDocument;
beforeAll(async () => {
  document = await openApiDocument();
});

const operationOf = (key: RouteKey): Operation | undefined => {
  const [method, path] = key.split(' ') as ['GET' | 'POST', string];
  return document.paths[path]?.[method === 'GET' ? 'get' : 'post'];
};

/** What each function's handler says about its endpoints, read the way routes.spec.ts reads them. */
const contracts = async (): Promise<[RouteKey, Contract][]> => {
  const modules = await Promise.all(
    httpFunctions.map(async (fn) => import(pathToFileURL(resolve(fn.entry)).href)),
  );
  return modules.flatMap(({ handler }: { handler: Dispatcher }) =>
    [...handler.endpoints].map(([key, endpoint]): [RouteKey, Contract] => [
      key,
      (endpoint as ContractedEndpoint).contract,
    ]),
  );
};

const valid = async (candidate: unknown) => {
  const validator = new Validator();
  const result = await validator.validate(candidate as Record<string, unknown>);
  // Every $ref must point inside the document: resolving throws on one that does not.
  if (result.valid) validator.resolveRefs();
  return result;
};

describe('the OpenAPI document', () => {
  it('describes exactly the routes of functions/routes.ts, with the same path templates', () => {
    const described = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(described.sort()).toEqual(routes.map((route) => route.key).sort());
  });

  it.each(routes)('declares every path parameter of $key, and no other', ({ key, path }) => {
    const inTemplate = [...path.matchAll(/\{(\w+)\}/g)].map((found) => found[1]);
    const declared = (operationOf(key)?.parameters ?? []).flatMap((parameter) =>
      'in' in parameter && parameter.in === 'path' ? [parameter.name] : [],
    );
    expect(declared.sort()).toEqual(inTemplate.sort());
  });

  it('takes each operation’s summary from its route’s row, and its unique operationId from the endpoint', () => {
    for (const route of routes) {
      expect(operationOf(route.key)?.summary, route.key).toBe(route.summary);
      expect(route.summary, route.key).not.toContain(route.path);
      expect(operationOf(route.key)?.operationId, route.key).toBe(route.endpoint);
    }
    expect(new Set(routes.map((route) => route.endpoint)).size).toBe(routes.length);
  });

  it('names the headers of each answer: correlation id always, ETag on a state, replay on a command', async () => {
    const headersOf = (key: RouteKey) =>
      Object.keys((Object.values(operationOf(key)?.responses ?? {})[0] as { headers: object }).headers);
    for (const [key, contract] of await contracts())
      expect(headersOf(key), key).toEqual(
        expect.arrayContaining([
          'x-correlation-id',
          ...(contract.kind === 'command' ? ['idempotent-replayed'] : []),
        ]),
      );
    expect(headersOf('GET /processes/{processId}/disbursements/{disbursementId}')).toContain('etag');
    expect(headersOf('GET /processes/{processId}/donors/{donorId}/audit-report')).toContain(
      'x-report-digest',
    );
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });

  it('requires a JSON body exactly on the commands that have a body schema', async () => {
    for (const [key, contract] of await contracts()) {
      const body = operationOf(key)?.requestBody;
      if (contract.body)
        expect(body, key).toMatchObject({ required: true, content: { 'application/json': {} } });
      else expect(body, key).toBeUndefined();
    }
  });

  it('requires an Idempotency-Key and accepts If-Match on every command, and on nothing else', async () => {
    for (const [key, contract] of await contracts()) {
      const headers = [
        { $ref: '#/components/parameters/IdempotencyKey' },
        { $ref: '#/components/parameters/IfMatch' },
      ];
      const parameters = operationOf(key)?.parameters;
      if (contract.kind === 'command') expect(parameters, key).toEqual(expect.arrayContaining(headers));
      else expect(parameters, key).not.toEqual(expect.arrayContaining([headers[0]]));
    }
  });

  it('asks for a bearer JWT everywhere but on the public routes', () => {
    expect(document.components.securitySchemes.bearer).toEqual({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
    expect(document.security).toEqual([{ bearer: [] }]);
    for (const route of routes)
      expect(operationOf(route.key)?.security, route.key).toEqual(route.access === 'public' ? [] : undefined);
  });

  it('names the errors the middleware answers a command with', () => {
    expect(Object.keys(operationOf('POST /processes/{processId}')?.responses ?? {})).toEqual(
      ['201', '400', '401', '403', '404', '409', '413', '415', '422', '500'].sort(),
    );
  });

  it('lists try-again among the codes, and Retry-After on the 409 that carries it', () => {
    const refusal = document.components.schemas.Refusal as { properties: { error: { enum: string[] } } };
    expect(refusal.properties.error.enum).toContain('try-again');
    expect(operationOf('POST /processes/{processId}')?.responses['409']).toEqual({
      $ref: '#/components/responses/Conflict',
    });
    expect(Object.keys(document.components.responses.Conflict.headers)).toEqual([
      'x-correlation-id',
      'retry-after',
    ]);
  });

  it('answers the IATI activity files as XML, and every other success as JSON', () => {
    const files: RouteKey[] = [
      'GET /processes/{processId}/iati',
      'GET /processes/{processId}/donors/{donorId}/iati',
    ];
    for (const route of routes) {
      const success = Object.values(operationOf(route.key)?.responses ?? {})[0] as { content: object };
      const csv = route.key === 'GET /processes/{processId}/donors/{donorId}/audit-report';
      expect(Object.keys(success.content), route.key).toEqual(
        files.includes(route.key) ? ['application/xml'] : ['application/json', ...(csv ? ['text/csv'] : [])],
      );
    }
  });

  it('describes every JSON answer by its fields, never as a bare object', () => {
    for (const route of routes) {
      const [status, success] = Object.entries(operationOf(route.key)?.responses ?? {})[0] as [
        string,
        { content: Record<string, { schema: Record<string, unknown> }> },
      ];
      expect(status, route.key).toMatch(/^2/);
      const schema = success.content['application/json']?.schema;
      if (!schema) continue;
      const bare = (inner: Record<string, unknown>) =>
        inner.type === 'object' && !inner.properties && !inner.additionalProperties;
      const alternatives = (schema.anyOf as Record<string, unknown>[] | undefined) ?? [schema];
      for (const alternative of alternatives) expect(bare(alternative), route.key).toBe(false);
    }
  });

  it('documents the optional `today` query parameter of the views that judge dates', () => {
    for (const key of [
      'GET /processes/{processId}/dashboard',
      'GET /processes/{processId}/risk-register',
      'GET /processes/{processId}/donors',
      'GET /processes/{processId}/donors/{donorId}',
    ] as const)
      expect(operationOf(key)?.parameters, key).toContainEqual(
        expect.objectContaining({
          name: 'today',
          in: 'query',
          required: false,
          schema: expect.objectContaining({ format: 'date' }),
        }),
      );
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    expect(await valid(document)).toEqual({ valid: true });
  });
});

describe('a schema shared by id', () => {
  const money = z
    .strictObject({ amount: z.number().int(), currency: z.string() })
    .meta({ id: 'SharedAmount' });
  const shared = documentOf(
    (['POST /processes/{processId}/a', 'POST /processes/{processId}/b'] as const).map((key) => ({
      route: {
        key,
        method: 'POST',
        path: key.slice(5),
        name: 'Test',
        endpoint: 'test',
        entry: 'test.ts',
        access: 'command',
        roles: ['finance-officer'],
        summary: 'A test',
      },
      contract: {
        kind: 'command',
        params: z.strictObject({ processId: z.string() }),
        body: z.strictObject({ amount: money }),
        successStatus: 200,
      },
      answer: { type: 'object', properties: { amount: { $ref: '#/components/schemas/SharedAmount' } } },
    })),
  );

  it('is described once among the components, and referenced from there', async () => {
    expect(shared.components.schemas.SharedAmount).toMatchObject({ required: ['amount', 'currency'] });
    expect(await valid(shared)).toEqual({ valid: true });
  });
});

describe('a query with query string parameters', () => {
  const key = 'GET /processes/{processId}/report' as const;
  const document = documentOf([
    {
      route: {
        key,
        method: 'GET',
        path: key.slice(4),
        name: 'Test',
        endpoint: 'test',
        entry: 'test.ts',
        access: 'query',
        roles: ['finance-officer'],
        summary: 'A test',
      },
      contract: {
        kind: 'query',
        params: z.strictObject({ processId: z.string() }),
        query: z.strictObject({
          today: z.iso.date().optional().describe('The day the figures are for'),
          unit: z.string(),
        }),
        successStatus: 200,
      },
      answer: { type: 'object', properties: { unit: { type: 'string' } } },
    },
  ]);

  it('declares each as an `in: query` parameter, required only when the schema requires it', async () => {
    const parameters = document.paths['/processes/{processId}/report']?.get?.parameters ?? [];
    expect(parameters.filter((p) => 'in' in p && p.in === 'query')).toEqual([
      {
        name: 'today',
        in: 'query',
        required: false,
        description: 'The day the figures are for',
        schema: { type: 'string', format: 'date', pattern: expect.any(String) },
      },
      { name: 'unit', in: 'query', required: true, schema: { type: 'string' } },
    ]);
    expect(await valid(document)).toEqual({ valid: true });
  });
});

describe('the audit report route', () => {
  it('documents its query-string parameters from the schema it validates with', () => {
    const parameters =
      operationOf('GET /processes/{processId}/donors/{donorId}/audit-report')?.parameters ?? [];
    expect(parameters.flatMap((p) => ('in' in p && p.in === 'query' ? [[p.name, p.required]] : []))).toEqual([
      ['from', true],
      ['to', true],
      ['knownAt', false],
      ['contributionId', false],
      ['format', false],
    ]);
  });

  it('names the errors of a JSON body on the verification, which reads one', () => {
    const responses = Object.keys(
      operationOf('POST /processes/{processId}/audit-reports/verify')?.responses ?? {},
    );
    expect(responses.sort()).toEqual(['200', '400', '401', '403', '404', '409', '413', '415', '500']);
  });
});
