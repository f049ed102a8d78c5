import * as z from 'zod';
import { version } from '../../package.json';
import { contractsOf } from '../commons/contracts';
import type { Contract } from '../commons/http';
import { httpFunctions, type Route, routes } from '../routes';
import { type AnswerHeader, type CommandHeader, components, correlation, errorsOf } from './components';
import answers from './responses.json';

type JsonSchema = Record<string, unknown>;

export interface Operation {
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly parameters: readonly ({ $ref: string } | PathParameter | QueryParameter)[];
  readonly requestBody?: { required: true; content: { 'application/json': { schema: JsonSchema } } };
  readonly responses: Record<string, unknown>;
  readonly security?: readonly [];
}

export interface PathParameter {
  readonly name: string;
  readonly in: 'path';
  readonly required: true;
  readonly schema: JsonSchema;
}

export interface QueryParameter {
  readonly name: string;
  readonly in: 'query';
  readonly required: boolean;
  readonly description?: string;
  readonly schema: JsonSchema;
}

export interface OpenApiDocument {
  readonly openapi: '3.1.0';
  readonly info: { readonly title: string; readonly version: string; readonly description: string };
  readonly servers: readonly [{ readonly url: string; readonly description: string }];
  readonly security: readonly [{ readonly bearer: readonly [] }];
  readonly paths: Record<string, Partial<Record<'get' | 'post', Operation>>>;
  readonly components: typeof components & { readonly schemas: Record<string, JsonSchema> };
}

/** A route with the contract its endpoint carries, and the schema of its JSON answer. */
export interface RouteContract {
  readonly route: Route;
  readonly contract: Contract;
  readonly answer?: JsonSchema;
}

/**
 * Each route's success answer, read from the types of what its endpoint answers by `npm run docs`
 * (local/response-schemas.ts): a new or changed route needs only that run, and test/docs.spec.ts
 * fails until it is done.
 */
const answerSchemas: Record<string, JsonSchema> = answers.routes;

/**
 * Every route of `functions/routes.ts`, described from the zod schemas its endpoint validates with,
 * so the document cannot drift from what the API accepts.
 */
export async function openApiDocument(): Promise<OpenApiDocument> {
  const contracts = await contractsOf(httpFunctions);
  return documentOf(
    routes.map((route) => {
      const contract = contracts.get(route.key);
      if (!contract)
        throw new Error(`${route.key} has no contract: build it with commandRoute, queryRoute or stateRoute`);
      return { route, contract, answer: answerSchemas[route.key] };
    }),
  );
}

export function documentOf(described: readonly RouteContract[]): OpenApiDocument {
  const shared: Record<string, JsonSchema> = {};
  const paths: OpenApiDocument['paths'] = {};
  for (const { route, contract, answer } of described) {
    const method = route.method === 'GET' ? 'get' : 'post';
    paths[route.path] = { ...paths[route.path], [method]: operationOf(route, contract, answer, shared) };
  }
  for (const name of Object.keys(shared))
    if (name in answers.schemas || name in components.schemas)
      throw new Error(`two different schemas are both named ${name}`);
  return {
    openapi: '3.1.0',
    info: {
      title: 'CMB Secretariat API',
      version,
      description: 'The system of record for the Secretariat of a Constitution-Making Body.',
    },
    // Relative: the document is served by the API it describes, locally and on AWS alike.
    servers: [{ url: '/', description: 'The API serving this document' }],
    security: [{ bearer: [] }],
    paths,
    components: { ...components, schemas: { ...answers.schemas, ...components.schemas, ...shared } },
  };
}

const COMMAND_HEADERS: readonly CommandHeader[] = ['IdempotencyKey', 'IfMatch'];

const HEADER_NAMES: Record<AnswerHeader, string> = {
  CorrelationId: 'x-correlation-id',
  ETag: 'etag',
  IdempotentReplayed: 'idempotent-replayed',
  ReportDigest: 'x-report-digest',
  ContentDisposition: 'content-disposition',
  RetryAfter: 'retry-after',
};

function operationOf(
  route: Route,
  contract: Contract,
  answer: JsonSchema | undefined,
  shared: Record<string, JsonSchema>,
): Operation {
  if (!answer && !contract.mediaType)
    throw new Error(`${route.key} has no response schema: run npm run docs`);
  const command = contract.kind === 'command';
  const kind = route.access === 'public' ? 'public' : contract.kind;
  // A query that reads a JSON body (a document to verify) is parsed like a command's body.
  const bodyErrors =
    kind === 'query' && contract.body ? { 413: 'PayloadTooLarge', 415: 'UnsupportedMediaType' } : {};
  const errors = Object.entries({ ...errorsOf[kind], ...bodyErrors }).map(([status, name]) => [
    status,
    { $ref: `#/components/responses/${name}` },
  ]);
  const answerHeaders: Record<string, { $ref: string }> = correlation();
  if (command) answerHeaders['idempotent-replayed'] = { $ref: '#/components/headers/IdempotentReplayed' };
  for (const name of contract.answerHeaders ?? [])
    answerHeaders[HEADER_NAMES[name]] = { $ref: `#/components/headers/${name}` };
  return {
    // The endpoint's name: each is unique across the API, and a generated client names its call so.
    operationId: route.endpoint,
    summary: route.summary,
    ...(contract.description ? { description: contract.description } : {}),
    tags: [route.name],
    parameters: [
      ...pathParameters(jsonSchemaOf(contract.params, shared)),
      ...(contract.query ? queryParameters(jsonSchemaOf(contract.query, shared)) : []),
      ...(command ? COMMAND_HEADERS.map((name) => ({ $ref: `#/components/parameters/${name}` })) : []),
    ],
    ...(contract.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchemaOf(contract.body, shared) } },
          },
        }
      : {}),
    responses: {
      [contract.successStatus]: {
        description: contract.successStatus === 201 ? 'Created' : 'OK',
        headers: answerHeaders,
        content: contract.mediaType
          ? { [contract.mediaType]: { schema: { type: 'string' } } }
          : {
              'application/json': { schema: answer },
              ...(contract.alsoAs ? { [contract.alsoAs]: { schema: { type: 'string' } } } : {}),
            },
      },
      ...Object.fromEntries(errors),
    },
    ...(route.access === 'public' ? { security: [] } : {}),
  };
}

function pathParameters(params: JsonSchema): PathParameter[] {
  const properties = params.properties as Record<string, JsonSchema> | undefined;
  return Object.entries(properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'path',
    required: true,
    schema,
  }));
}

/** A field's `description` (zod `.describe`) is lifted to the parameter, where OpenAPI shows it. */
function queryParameters(query: JsonSchema): QueryParameter[] {
  const properties = query.properties as Record<string, JsonSchema> | undefined;
  const required = new Set((query.required as string[] | undefined) ?? []);
  return Object.entries(properties ?? {}).map(([name, { description, ...schema }]) => ({
    name,
    in: 'query',
    required: required.has(name),
    ...(typeof description === 'string' ? { description } : {}),
    schema,
  }));
}

/**
 * The input side is what a client sends (a transform's output is not its business). Checks JSON Schema
 * cannot say (`.refine`, `.trim()` before a length) are left to the 400 the edge answers; a type it
 * cannot represent at all throws, so no field goes undocumented silently.
 */
function jsonSchemaOf(schema: z.ZodType, shared: Record<string, JsonSchema>): JsonSchema {
  const { $schema: _, $defs, ...rest } = z.toJSONSchema(schema, { io: 'input' });
  // A schema with a `.meta({ id })` is referenced from `$defs`; OpenAPI keeps those in components.
  const rehome = (value: unknown): JsonSchema =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/'));
  for (const [id, definition] of Object.entries($defs ?? {})) {
    const moved = rehome(definition);
    if (shared[id] && JSON.stringify(shared[id]) !== JSON.stringify(moved))
      throw new Error(`two different schemas are both named ${id}`);
    shared[id] = moved;
  }
  return rehome(rest);
}
