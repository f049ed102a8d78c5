import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { MiddlewareObj } from '@middy/core';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2 } from 'aws-lambda';
import type * as z from 'zod';
import { logger } from './clients';
import { RequestError } from './errors';

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;
type Middleware = MiddlewareObj<Event, APIGatewayProxyResultV2>;

const CORRELATION_ID = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * Outermost on every handler: each log line names the Lambda request id, the function and whether the
 * start was cold, and the keys the invocation appended (its correlation id) are dropped when it ends,
 * however it ends, so the next invocation of a warm container, or another handler in the same process
 * (`npm start`), never logs under them.
 */
export const lambdaContext = <E, R>(log: Logger = logger): MiddlewareObj<E, R> =>
  injectLambdaContext(log, { resetKeys: true }) as MiddlewareObj<E, R>;

/**
 * Carries the caller's correlation id (or the gateway's request id) into logs, events and the response.
 * The log keys it appends last until `lambdaContext` resets them at the end of the invocation.
 */
export const correlationId = (): Middleware => ({
  before: async (request) => {
    const given = request.event.headers['x-correlation-id'];
    const id = given && CORRELATION_ID.test(given) ? given : request.event.requestContext.requestId;
    request.event.headers['x-correlation-id'] = id;
    logger.appendKeys({ correlationId: id, route: request.event.routeKey });
  },
  after: async (request) => {
    const response = request.response;
    if (response && typeof response === 'object')
      response.headers = {
        ...response.headers,
        'x-correlation-id': request.event.headers['x-correlation-id'] ?? '',
      };
  },
});

/**
 * The largest valid command is about 90,000 characters (a review point's 50 decisions and 200
 * attendees); 1 MiB holds it with any JSON escaping, and is far below API Gateway's 10 MB.
 */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * A query that reads a body reads a document the server issued (an audit report to verify), which
 * grows with the period it covers: up to 5 MiB, under the 6 MB a synchronous Lambda invocation takes.
 */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
/** No command nests deeper than 4 (`lines[].amount`), nor a report deeper than 6; 8 is not a command. */
export const MAX_JSON_DEPTH = 8;

/**
 * A command without a body (approve) is an empty object; any body present must be JSON, within the
 * size and nesting limits, checked on the raw text before anything parses it.
 */
export const jsonBody = ({ maxBytes = MAX_BODY_BYTES } = {}): Middleware => {
  const parser = httpJsonBodyParser() as unknown as Middleware;
  return {
    before: async (request) => {
      const body = request.event.body;
      if (body === undefined || body === '') {
        (request.event as { body: unknown }).body = {};
        return;
      }
      if (Buffer.byteLength(body, 'utf8') > maxBytes)
        throw new RequestError(413, 'body-too-large', [
          { field: 'body', reason: `must be at most ${maxBytes} bytes` },
        ]);
      if (nestedDeeperThan(body, MAX_JSON_DEPTH))
        throw new RequestError(400, 'invalid-request', [
          { field: 'body', reason: `must not nest objects or arrays deeper than ${MAX_JSON_DEPTH}` },
        ]);
      return parser.before?.(request);
    },
  };
};

/** Whether JSON text nests arrays and objects deeper than the limit, found in one pass without parsing. */
export function nestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > limit) return true;
    } else if (c === '}' || c === ']') depth--;
  }
  return false;
}

/**
 * Validates path parameters, body and query against zod schemas; a failure is a 400 naming each field.
 * What a route does not declare is refused, not ignored: a body on a route without one, a query
 * parameter on a route without a query schema.
 */
export const validation = (schemas: {
  body?: z.ZodType;
  params: z.ZodType;
  query?: z.ZodType;
}): Middleware => ({
  before: async (request) => {
    const { event } = request;
    const issues: { field: string; reason: string }[] = [];
    const params = schemas.params.safeParse(event.pathParameters ?? {});
    if (!params.success) issues.push(...toIssues(params.error, 'path'));
    else event.pathParameters = params.data as Record<string, string>;
    if (schemas.body) {
      const body = schemas.body.safeParse(event.body);
      if (!body.success) issues.push(...toIssues(body.error));
      else (event as { body: unknown }).body = body.data;
    } else if (hasBody(event.body)) issues.push({ field: 'body', reason: 'this route takes no body' });
    const query = event.queryStringParameters ?? {};
    if (schemas.query) {
      const parsed = schemas.query.safeParse(query);
      if (!parsed.success) issues.push(...toIssues(parsed.error, 'query'));
      else event.queryStringParameters = parsed.data as Record<string, string>;
    } else
      for (const name of Object.keys(query))
        issues.push({ field: `query.${name}`, reason: 'this route takes no query parameters' });
    if (issues.length > 0) throw new RequestError(400, 'invalid-request', issues);
  },
});

/** A query's raw body, or a command's parsed one: absent, empty text and `{}` all mean none. */
const hasBody = (body: unknown): boolean =>
  body !== undefined &&
  body !== '' &&
  !(typeof body === 'object' && body !== null && Object.keys(body).length === 0);

const toIssues = (error: z.ZodError, prefix?: string) =>
  error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'body',
    reason: issue.message,
  }));
