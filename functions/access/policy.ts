import type { Identity } from '../commons/identity';
import type { RouteKey } from '../routes';
import { type Access, accessMatrix } from './matrix';

/** What the decision needs from a request: the route matched, and the tenant and donor ids it names. */
export interface AccessRequest {
  readonly routeKey: string;
  readonly processId: string | undefined;
  /** Every donor id the request names, in the path and in the query. */
  readonly donorIds: readonly string[];
}

/**
 * Allowed when the token names the request's process and one of the token's roles is in the route's
 * row; for the donor role, only when every donor id the request names is the token's own. Anything
 * unknown (a route without a row, a public row reached with a token, a missing process) is refused.
 * A route whose path names no process (`GET /me`) is about the caller alone: a role in its row suffices.
 */
export function isAllowed(
  identity: Identity,
  request: AccessRequest,
  matrix: Readonly<Partial<Record<RouteKey, Access>>> = accessMatrix,
): boolean {
  const access = matrix[request.routeKey as RouteKey];
  if (access === undefined || access === 'public') return false;
  if (!namesProcess(request.routeKey)) return identity.roles.some((role) => access.includes(role));
  if (request.processId === undefined || !identity.processes.includes(request.processId)) return false;
  return identity.roles.some(
    (role) => access.includes(role) && (role !== 'donor' || ownDonorOnly(identity, request)),
  );
}

const ownDonorOnly = (identity: Identity, request: AccessRequest): boolean =>
  identity.donorId !== undefined &&
  request.donorIds.length > 0 &&
  request.donorIds.every((id) => id === identity.donorId);

/** Whether a route's path is within a process: every route's but the caller's own. */
export const namesProcess = (routeKey: string): boolean => routeKey.includes('/{processId}');
