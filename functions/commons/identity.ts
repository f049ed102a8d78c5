import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { RequestError } from './errors';

export interface Identity {
  /** The token's subject: the person the events will name as actor. */
  readonly subject: string;
  readonly roles: readonly string[];
}

/**
 * The caller as the JWT authorizer verified it. API Gateway passes claims as strings, a list claim
 * such as `cognito:groups` flattened to "[a b]"; the local gateway builds the same shape.
 */
export function identityOf(event: APIGatewayProxyEventV2WithJWTAuthorizer): Identity {
  const claims = event.requestContext.authorizer?.jwt?.claims ?? {};
  const subject = claims.sub;
  if (typeof subject !== 'string' || subject === '') throw new RequestError(401, 'unauthenticated');
  return { subject, roles: listClaim(claims['cognito:groups']) };
}

const listClaim = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  return value
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
};
