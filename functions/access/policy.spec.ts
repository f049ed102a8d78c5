import { describe, expect, it } from 'vitest';
import type { Identity } from '../commons/identity';
import type { RouteKey } from '../routes';
import type { Access } from './matrix';
import { type AccessRequest, isAllowed } from './policy';

const matrix: Partial<Record<RouteKey, Access>> = {
  'POST /processes/{processId}/things': ['finance-officer'],
  'GET /processes/{processId}/things': ['finance-officer', 'auditor'],
  'GET /processes/{processId}/donors/{donorId}/report': ['leadership', 'donor'],
  'GET /openapi.json': 'public',
  'GET /me': ['leadership', 'donor'],
};

const person = (identity: Partial<Identity>): Identity => ({
  subject: 'someone',
  roles: [],
  processes: ['P1'],
  ...identity,
});
const request = (routeKey: string, more: Partial<AccessRequest> = {}): AccessRequest => ({
  routeKey,
  processId: 'P1',
  donorIds: [],
  ...more,
});
const allowed = (identity: Partial<Identity>, req: AccessRequest) => isAllowed(person(identity), req, matrix);

describe('the access policy', () => {
  it('lets a role in the route’s row through, in a process the token names', () => {
    expect(allowed({ roles: ['finance-officer'] }, request('POST /processes/{processId}/things'))).toBe(true);
  });

  it('refuses a role not in the row', () => {
    expect(allowed({ roles: ['auditor'] }, request('POST /processes/{processId}/things'))).toBe(false);
  });

  it('refuses a process the token does not name, whatever the role', () => {
    const other = request('GET /processes/{processId}/things', { processId: 'P2' });
    expect(allowed({ roles: ['finance-officer', 'auditor'] }, other)).toBe(false);
  });

  it('refuses a request naming no process', () => {
    const none = request('GET /processes/{processId}/things', { processId: undefined });
    expect(allowed({ roles: ['auditor'] }, none)).toBe(false);
  });

  it('lets a role in the row of a route about the caller through, whatever processes its token names', () => {
    for (const processes of [[], ['P1']])
      for (const roles of [['leadership'], ['donor']] as const)
        expect(allowed({ roles, processes }, request('GET /me', { processId: undefined }))).toBe(true);
  });

  it('refuses a route about the caller to a role not in its row, and to a token with no role', () => {
    expect(allowed({ roles: ['auditor'] }, request('GET /me', { processId: undefined }))).toBe(false);
    expect(allowed({ roles: [] }, request('GET /me', { processId: undefined }))).toBe(false);
  });

  it('refuses a route without a row, and a public row reached with a token', () => {
    expect(allowed({ roles: ['admin'] }, request('POST /processes/{processId}/unknown'))).toBe(false);
    expect(allowed({ roles: ['admin'] }, request('GET /openapi.json'))).toBe(false);
  });

  it('lets any one of several roles allow it', () => {
    expect(allowed({ roles: ['hr-officer', 'auditor'] }, request('GET /processes/{processId}/things'))).toBe(
      true,
    );
  });

  describe('for a donor', () => {
    const report = 'GET /processes/{processId}/donors/{donorId}/report';
    const donor = { roles: ['donor'] as const, donorId: 'D1' };

    it('allows its own donor id', () => {
      expect(allowed(donor, request(report, { donorIds: ['D1'] }))).toBe(true);
    });

    it('refuses another donor’s id', () => {
      expect(allowed(donor, request(report, { donorIds: ['D2'] }))).toBe(false);
    });

    it('refuses when the request names no donor, or names its own and another', () => {
      expect(allowed(donor, request(report))).toBe(false);
      expect(allowed(donor, request(report, { donorIds: ['D1', 'D2'] }))).toBe(false);
    });

    it('refuses a donor token without a donor id', () => {
      expect(allowed({ roles: ['donor'] }, request(report, { donorIds: ['D1'] }))).toBe(false);
    });

    it('refuses its own donor id in another process', () => {
      expect(allowed(donor, request(report, { donorIds: ['D1'], processId: 'P2' }))).toBe(false);
    });

    it('does not restrict another role of the row to one donor', () => {
      expect(allowed({ roles: ['leadership'] }, request(report, { donorIds: ['D2'] }))).toBe(true);
    });
  });
});
