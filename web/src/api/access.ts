import { type RouteKey, routes } from '../../../functions/routes';

/**
 * Who may call what, read from the API's own route table, so the pages and buttons shown follow the
 * same rows the API enforces (its 403 stays the real guard).
 */
const allowed = new Map(routes.map((route) => [route.key, route.roles]));

export type { RouteKey };

/** Whether someone with these roles may call every one of these routes. */
export function mayCall(roles: readonly string[], keys: readonly RouteKey[]): boolean {
  return keys.every((key) => {
    const who = allowed.get(key);
    if (who === undefined) return false;
    return who === 'public' || who.some((role) => roles.includes(role));
  });
}
