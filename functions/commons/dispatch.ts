import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { type EndpointName, type FunctionName, httpFunctions, type RouteKey } from '../routes';
import { json } from './responses';

export type Endpoint = (
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  context: Context,
) => Promise<APIGatewayProxyResultV2>;

/** A function's handler, with the endpoint serving each of its routes: the OpenAPI document reads them. */
export type Dispatcher = Endpoint & { readonly endpoints: ReadonlyMap<RouteKey, Endpoint> };

/**
 * One Lambda function serves a family's routes, given its endpoints by the names its rows in
 * functions/routes give them: a missing or an extra one fails to compile. API Gateway names the matched
 * route in `routeKey` ("POST /processes/{processId}/disbursements"), so dispatch is a lookup, not a
 * second router.
 */
export function dispatch<F extends FunctionName>(
  name: F,
  endpoints: Readonly<Record<EndpointName<F>, Endpoint>>,
): Dispatcher {
  const routes = httpFunctions.find((fn) => fn.name === name)?.routes ?? [];
  const byKey = new Map(routes.map((route) => [route.key, endpoints[route.endpoint as EndpointName<F>]]));
  const handler: Endpoint = async (event, context) => {
    const endpoint = byKey.get(event.routeKey as RouteKey);
    return endpoint ? endpoint(event, context) : json(404, { error: 'route-not-found' });
  };
  return Object.assign(handler, { endpoints: byKey });
}
