import type { MiddlewareObj } from '@middy/core';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2 } from 'aws-lambda';
import type { z } from 'zod';
import { RequestError } from './errors';

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;
type Middleware = MiddlewareObj<Event, APIGatewayProxyResultV2>;

const CORRELATION_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Carries the caller's correlation id (or the gateway's request id) into logs, events and the response. */
export const correlationId = (): Middleware => ({
  before: async (request) => {
    const given = request.event.headers['x-correlation-id'];
    request.event.headers['x-correlation-id'] =
      given && CORRELATION_ID.test(given) ? given : request.event.requestContext.requestId;
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

/** A command without a body (approve) is an empty object; any body present must be JSON. */
export const jsonBody = (): Middleware => {
  const parser = httpJsonBodyParser() as unknown as Middleware;
  return {
    before: async (request) => {
      if (request.event.body === undefined || request.event.body === '') {
        (request.event as { body: unknown }).body = {};
        return;
      }
      return parser.before?.(request);
    },
  };
};

/** Validates body, path and query-string parameters against zod schemas; a failure is a 400 naming each field. */
export const validation = (schemas: {
  body?: z.ZodType;
  params: z.ZodType;
  query?: z.ZodType;
}): Middleware => ({
  before: async (request) => {
    const issues: { field: string; reason: string }[] = [];
    const params = schemas.params.safeParse(request.event.pathParameters ?? {});
    if (!params.success) issues.push(...toIssues(params.error, 'path'));
    else request.event.pathParameters = params.data as Record<string, string>;
    if (schemas.query) {
      const query = schemas.query.safeParse(request.event.queryStringParameters ?? {});
      if (!query.success) issues.push(...toIssues(query.error, 'query'));
      else request.event.queryStringParameters = query.data as Record<string, string>;
    }
    if (schemas.body) {
      const body = schemas.body.safeParse(request.event.body);
      if (!body.success) issues.push(...toIssues(body.error));
      else (request.event as { body: unknown }).body = body.data;
    }
    if (issues.length > 0) throw new RequestError(400, 'invalid-request', issues);
  },
});

const toIssues = (error: z.ZodError, prefix?: string) =>
  error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'body',
    reason: issue.message,
  }));
