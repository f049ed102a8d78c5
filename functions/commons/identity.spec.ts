import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { RequestError } from './errors';
import { identityOf } from './identity';

/** The event as API Gateway hands it over: every claim a string, lists flattened to "[a b]". */
const withClaims = (claims: Record<string, string>) =>
  ({
    requestContext: { authorizer: { jwt: { claims, scopes: [] } } },
  }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;

const access = { sub: 'fo-1', token_use: 'access' };

describe('the caller’s identity', () => {
  it('reads the subject, the roles, the processes and the donor id from the claims', () => {
    expect(
      identityOf(
        withClaims({ ...access, 'cognito:groups': '[donor]', processes: '[P1 P2]', donor_id: 'eu' }),
      ),
    ).toEqual({ subject: 'fo-1', roles: ['donor'], processes: ['P1', 'P2'], donorId: 'eu' });
  });

  it('reads a group whose name holds a comma as that one group, never as the roles it names', () => {
    // Cognito allows punctuation in a group name; API Gateway separates list items by spaces only.
    expect(identityOf(withClaims({ ...access, 'cognito:groups': '[reader,admin]' })).roles).toEqual([]);
    expect(
      identityOf(withClaims({ ...access, 'cognito:groups': '[auditor reader,admin,leadership]' })).roles,
    ).toEqual(['auditor']);
  });

  it('splits processes on spaces only: a comma is not a separator, so "P1,P2" is no process', () => {
    expect(identityOf(withClaims({ ...access, processes: 'P1,P2' })).processes).toEqual([]);
    expect(identityOf(withClaims({ ...access, processes: '[P1,P2 P3]' })).processes).toEqual(['P3']);
  });

  it('reads a list claim that arrives as an array, item by item, ignoring anything not a string', () => {
    const event = withClaims({ ...access });
    Object.assign(event.requestContext.authorizer.jwt.claims, {
      'cognito:groups': ['reader,admin', 'auditor'],
      processes: ['P1', 7],
    });
    expect(identityOf(event)).toMatchObject({ roles: ['auditor'], processes: ['P1'] });
  });

  it('reads a one-item list and a bare string as one item, and an empty list as none', () => {
    expect(identityOf(withClaims({ ...access, 'cognito:groups': '[admin]' })).roles).toEqual(['admin']);
    expect(identityOf(withClaims({ ...access, 'cognito:groups': 'admin' })).roles).toEqual(['admin']);
    expect(identityOf(withClaims({ ...access, 'cognito:groups': '[]' })).roles).toEqual([]);
  });

  it('keeps only the groups that are roles of the product', () => {
    expect(
      identityOf(withClaims({ ...access, 'cognito:groups': '[auditor devops us-east-1_abc]' })).roles,
    ).toEqual(['auditor']);
  });

  it('drops a process or donor id that could not be an id, rather than trust it', () => {
    const identity = identityOf(withClaims({ ...access, processes: '[P1 P2#risk#1]', donor_id: 'eu#x' }));
    expect(identity.processes).toEqual(['P1']);
    expect(identity.donorId).toBeUndefined();
  });

  it('has no role, process or donor when the token carries none', () => {
    expect(identityOf(withClaims(access))).toEqual({ subject: 'fo-1', roles: [], processes: [] });
  });

  it('refuses a token without a subject with 401', () => {
    expect(() => identityOf(withClaims({ token_use: 'access' }))).toThrow(RequestError);
  });

  it('refuses an ID token, which carries none of the product’s claims, with 401', () => {
    expect(() => identityOf(withClaims({ sub: 'fo-1', token_use: 'id', processes: '[P1]' }))).toThrow(
      expect.objectContaining({ status: 401 }),
    );
  });
});
