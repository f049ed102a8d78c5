import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { idSchema } from '../../events/schemas';
import { CLAIMS } from '../access/claims';
import { isRole, type Role } from '../access/roles';
import { RequestError } from './errors';

export interface Identity {
  /** The token's subject: the person the events will name as actor. */
  readonly subject: string;
  /** From `cognito:groups`; a group that is not a role of the product gives nothing. */
  readonly roles: readonly Role[];
  /** The processes (tenants) the person belongs to, from the `processes` claim. */
  readonly processes: readonly string[];
  /** For a donor: the donor whose contributions it may report on, from the `donor_id` claim. */
  readonly donorId?: string;
}

/**
 * The caller as the JWT authorizer verified it. API Gateway passes claims as strings, a list claim
 * flattened to "[a b]" (`listClaim`); the local gateway builds the same shape. Only access tokens are accepted: the
 * authorizer would also let an ID token through (its audience is the client too), but the product's
 * claims are written into access tokens only, so an ID token must not be read as anything.
 */
export function identityOf(event: APIGatewayProxyEventV2WithJWTAuthorizer): Identity {
  const claims = event.requestContext.authorizer?.jwt?.claims ?? {};
  const subject = claims.sub;
  if (typeof subject !== 'string' || subject === '' || claims.token_use !== 'access')
    throw new RequestError(401, 'unauthenticated');
  const roles = listClaim(claims[CLAIMS.roles]).filter(isRole);
  // An id that is not well formed could never name a process or a donor: it is dropped, not trusted.
  const processes = listClaim(claims[CLAIMS.processes]).filter((id) => idSchema.safeParse(id).success);
  const donorId = claims[CLAIMS.donorId];
  const wellFormedDonor = typeof donorId === 'string' && idSchema.safeParse(donorId).success;
  return { subject, roles, processes, ...(wellFormedDonor ? { donorId } : {}) };
}

/**
 * A list claim as it arrives: API Gateway's HTTP API writes an array as "[a b]", its items joined by
 * spaces, unquoted; a native array is taken as it is. Only whitespace separates items: a Cognito group
 * name is letters, marks, symbols, digits and punctuation (`[\p{L}\p{M}\p{S}\p{N}\p{P}]+`), never a
 * space, but may hold a comma, so `[reader,admin]` is one group named "reader,admin", never admin.
 * A string without brackets is one item.
 */
const listClaim = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value !== 'string') return [];
  const listed = /^\[(.*)\]$/s.exec(value);
  if (!listed) return value === '' ? [] : [value];
  return (listed[1] ?? '').split(/\s+/).filter(Boolean);
};
