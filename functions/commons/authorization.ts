import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2 } from 'aws-lambda';
import { type Access, accessMatrix } from '../access/matrix';
import { isAllowed } from '../access/policy';
import type { RouteKey } from '../routes';
import { RequestError } from './errors';
import { identityOf } from './identity';

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;

/**
 * The one place a request is let in or not, by the access matrix (functions/access/matrix.ts), from the
 * verified token alone. It runs before the body is parsed and before anything is read, so a refusal
 * is the same 403 whether the ids named exist or not, and costs no read.
 */
export const authorization = (
  matrix: Readonly<Partial<Record<RouteKey, Access>>> = accessMatrix,
): MiddlewareObj<Event, APIGatewayProxyResultV2> => ({
  before: async ({ event }) => {
    const identity = identityOf(event);
    const path = event.pathParameters ?? {};
    const query = event.queryStringParameters ?? {};
    const donorIds = [path.donorId, query.donorId].filter((id) => id !== undefined);
    const allowed = isAllowed(
      identity,
      { routeKey: event.routeKey, processId: path.processId, donorIds },
      matrix,
    );
    if (!allowed) throw new RequestError(403, 'forbidden');
  },
});
