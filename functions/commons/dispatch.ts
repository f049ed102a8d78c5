import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import type { RouteKey } from '../routes';
import { json } from './responses';

export type Endpoint = (
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  context: Context,
) => Promise<APIGatewayProxyResultV2>;

/**
 * One Lambda function serves a family's routes. API Gateway names the matched route in `routeKey`
 * ("POST /processes/{processId}/disbursements"), so dispatch is a lookup, not a second router.
 */
export const dispatch =
  (endpoints: Readonly<Partial<Record<RouteKey, Endpoint>>>): Endpoint =>
  async (event, context) => {
    const endpoint = endpoints[event.routeKey as RouteKey];
    return endpoint ? endpoint(event, context) : json(404, { error: 'route-not-found' });
  };
