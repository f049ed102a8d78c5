import { type Route, type RouteKey, routes } from '../routes';

/** Who may call a route: the `roles` of its row in functions/route-table (the rules: readers.ts there). */
export type Access = Route['roles'];

/** The roles of every route, by its key: what the authorization middleware looks a request up in. */
export const accessMatrix: Readonly<Record<RouteKey, Access>> = Object.fromEntries(
  routes.map((route) => [route.key, route.roles]),
);
