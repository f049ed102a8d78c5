import { readFile } from 'node:fs/promises';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2 } from 'aws-lambda';
import * as z from 'zod';
import { dispatch } from '../commons/dispatch';
import { errorMapping } from '../commons/errors';
import { withContract } from '../commons/http';
import { correlationId, lambdaContext } from '../commons/middlewares';
import { securityHeaders } from '../commons/responses';

/**
 * The document `npm run docs` writes from the code (functions/openapi/document.ts), beside this module
 * here and beside its bundle on AWS (`files` in routes.ts): building it from every route's schemas at a
 * cold start would put them all, and the response schemas, into this function's bundle.
 */
const DOCUMENT = new URL('./openapi.json', import.meta.url);
let document: Promise<string> | undefined;

/** Unauthenticated (`access: 'public'` in routes.ts): it describes the API and holds no data. */
const serveDocument = middy<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2>()
  .use(lambdaContext())
  .use(errorMapping())
  .use(correlationId())
  .handler(async () => {
    // Read once per container: the routes cannot change while it runs.
    document ??= readFile(DOCUMENT, 'utf8').catch((error: unknown) => {
      document = undefined;
      throw error;
    });
    return {
      statusCode: 200,
      headers: { 'content-type': 'application/json', ...securityHeaders },
      body: await document,
    };
  });

export const handler = dispatch('OpenApi', {
  serveDocument: withContract(serveDocument, {
    kind: 'query',
    params: z.strictObject({}),
    successStatus: 200,
  }),
});
