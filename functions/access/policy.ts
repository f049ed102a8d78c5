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
 */
export function isAllowed(
  identity: Identity,
  request: AccessRequest,
  matrix: Readonly<Partial<Record<RouteKey, Access>>> = accessMatrix,
): boolean {
  const access = matrix[request.routeKey as RouteKey];
  if (access === undefined || access === 'public') return false;
  if (request.processId === undefined || !identity.processes.includes(request.processId)) return false;
  return identity.roles.some(
    (role) => access.includes(role) && (role !== 'donor' || ownDonorOnly(identity, request)),
  );
}

const ownDonorOnly = (identity: Identity, request: AccessRequest): boolean =>
  identity.donorId !== undefined &&
  request.donorIds.length > 0 &&
  request.donorIds.every((id) => id === identity.donorId);
