import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2 } from 'aws-lambda';
import { z } from 'zod';
import { dispatch } from '../commons/dispatch';
import { errorMapping } from '../commons/errors';
import { withContract } from '../commons/http';
import { correlationId, lambdaContext } from '../commons/middlewares';
import { json } from '../commons/responses';
import { type OpenApiDocument, openApiDocument } from './document';

let document: Promise<OpenApiDocument> | undefined;

/** Unauthenticated (`access: 'public'` in routes.ts): it describes the API and holds no data. */
const serveDocument = middy<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2>()
  .use(lambdaContext())
  .use(errorMapping())
  .use(correlationId())
  .handler(async () => {
    // Built once per container: the routes cannot change while it runs.
    document ??= openApiDocument().catch((error: unknown) => {
      document = undefined;
      throw error;
    });
    return json(200, await document);
  });

export const handler = dispatch('OpenApi', {
  serveDocument: withContract(serveDocument, {
    kind: 'query',
    params: z.strictObject({}),
    successStatus: 200,
  }),
});
