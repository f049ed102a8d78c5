import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessMatrix } from '../../functions/access/matrix';
import { namesProcess } from '../../functions/access/policy';
import { type Role, roles } from '../../functions/access/roles';
import { type Route, routes } from '../../functions/routes';
import type { LocalRuntime } from '../../local/runtime';
import { localIssuer } from '../../local/tokens';
import { type Answer, type Caller, callerAs, callerWithToken, startRuntime } from '../support/http';

/**
 * The access matrix, walked over HTTP: every route of functions/routes.ts × every role. Allowed means
 * the request gets past access control (any answer but 401 and 403: with made-up ids and an empty
 * body that is 400 or 404); refused means 403 with the code alone. Paths name made-up ids: access is
 * decided before anything is read, so whether they exist cannot change the answer.
 */
let runtime: LocalRuntime;
const P = 'matrix';
const OWN_DONOR = 'donor-own';

beforeAll(async () => {
  runtime = await startRuntime();
});
afterAll(() => runtime?.stop());

/** The route's path with every parameter filled: the process given, a donor id given, made-up ids. */
const pathOf = (route: Route, processId: string, donorId = OWN_DONOR) =>
  route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === 'processId' ? processId : name === 'donorId' ? donorId : 'made-up-1',
  );

const send = (caller: Caller, route: Route, path: string): Promise<Answer> =>
  route.method === 'GET' ? caller.get(path) : caller.post(path, {});

const personIn = (role: Role, processes: string[]) =>
  callerAs(runtime, `${role}-1`, [role], {
    processes,
    ...(role === 'donor' ? { donorId: OWN_DONOR } : {}),
  });

const expectRefused = (answer: Answer) => {
  expect(answer.status).toBe(403);
  expect(answer.body).toEqual({ error: 'forbidden' });
};

const guarded = routes.filter((route) => route.access !== 'public');

describe.each(guarded)('$key', (route) => {
  const access = accessMatrix[route.key];

  it('has a row in the access matrix', () => {
    expect(access, `give ${route.key} its roles in functions/route-table`).toBeDefined();
  });

  it.each(roles)('%s: as the matrix says', async (role) => {
    const allowed = access !== undefined && access !== 'public' && access.includes(role);
    const answer = await send(await personIn(role, [P]), route, pathOf(route, P));
    if (allowed)
      expect([401, 403], `${role} should pass: ${JSON.stringify(answer.body)}`).not.toContain(answer.status);
    else expectRefused(answer);
  });

  // A route about the caller (`GET /me`) is in no process: the processes a token names change nothing.
  if (namesProcess(route.key)) {
    it('refuses every role in a process the token does not name', async () => {
      for (const role of roles)
        expectRefused(await send(await personIn(role, ['elsewhere']), route, pathOf(route, P)));
    });

    it('refuses a token naming no process at all', async () => {
      for (const role of roles) expectRefused(await send(await personIn(role, []), route, pathOf(route, P)));
    });
  }

  if (route.path.includes('{donorId}'))
    it('refuses a donor another donor’s id', async () => {
      expectRefused(await send(await personIn('donor', [P]), route, pathOf(route, P, 'another-donor')));
    });
});

describe('tokens the authorizer refuses (401)', () => {
  const route = guarded.find((r) => r.key === 'GET /processes/{processId}/budget') as Route;
  const claims = { sub: 'leader-1', roles: ['leadership'] as Role[], processes: [P] };
  const statusWith = async (token: string) =>
    (await callerWithToken(runtime, token).get(pathOf(route, P))).status;

  it('lets the same person in with a valid token, so each refusal below is the token’s', async () => {
    // The process was never opened: 404 from the view means the token got the request through.
    expect(await statusWith(await runtime.issuer.sign(claims))).toBe(404);
  });

  it('refuses no token', async () => {
    expect((await fetch(`${runtime.url}${pathOf(route, P)}`)).status).toBe(401);
  });

  it('refuses an expired token', async () => {
    expect(await statusWith(await runtime.issuer.sign(claims, '-1m'))).toBe(401);
  });

  it('refuses a token signed by another key', async () => {
    expect(await statusWith(await (await localIssuer()).sign(claims))).toBe(401);
  });

  it('refuses a token for another audience or issuer', async () => {
    expect(await statusWith(await runtime.issuer.sign(claims, '1h', { client_id: 'another-app' }))).toBe(401);
    expect(await statusWith(await runtime.issuer.sign(claims, '1h', { iss: 'https://evil.example' }))).toBe(
      401,
    );
  });

  it('refuses an unsigned token (alg none) carrying every role', async () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const payload = { ...claims, 'cognito:groups': roles, token_use: 'access', client_id: 'cmb-secretariat' };
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${part({ alg: 'none' })}.${part({ ...payload, iat: now, exp: now + 600 })}.`;
    expect(await statusWith(unsigned)).toBe(401);
  });

  it('refuses an ID token: the product’s claims are read from access tokens only', async () => {
    expect(
      await statusWith(await runtime.issuer.sign(claims, '1h', { token_use: 'id', aud: 'cmb-secretariat' })),
    ).toBe(401);
  });
});

describe('public routes', () => {
  it.each(routes.filter((route) => route.access === 'public'))(
    '$key answers without a token',
    async (route) => {
      expect(accessMatrix[route.key]).toBe('public');
      expect((await fetch(`${runtime.url}${route.path}`)).status).toBe(200);
    },
  );
});
