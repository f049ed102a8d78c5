import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { authorization } from './authorization';
import { errorMapping } from './errors';
import { json } from './responses';

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;

const request = (o: {
  routeKey: string;
  claims: Record<string, string>;
  params?: Record<string, string>;
  query?: Record<string, string>;
}) =>
  ({
    routeKey: o.routeKey,
    headers: {},
    pathParameters: o.params ?? { processId: 'P1' },
    ...(o.query ? { queryStringParameters: o.query } : {}),
    requestContext: { requestId: 'r', authorizer: { jwt: { claims: o.claims, scopes: [] } } },
  }) as unknown as Event;

const officer = {
  sub: 'fo-1',
  token_use: 'access',
  'cognito:groups': '[finance-officer]',
  processes: '[P1]',
};

const guarded = (matrix?: Parameters<typeof authorization>[0]) => {
  const handler = vi.fn(async () => json(200, { secret: 'data' }));
  const endpoint = middy<Event, APIGatewayProxyResultV2>()
    .use(errorMapping())
    .use(authorization(matrix))
    .handler(handler);
  return {
    handler,
    call: async (event: Event) =>
      (await endpoint(event, {} as Context)) as { statusCode: number; body: string },
  };
};

describe('the authorization middleware', () => {
  it('lets an allowed caller through to the handler', async () => {
    const { call, handler } = guarded();
    const answer = await call(request({ routeKey: 'GET /processes/{processId}/budget', claims: officer }));
    expect(answer.statusCode).toBe(200);
    expect(handler).toHaveBeenCalledOnce();
  });

  it('answers a role the matrix refuses with 403 and the code alone, without running the handler', async () => {
    const { call, handler } = guarded();
    const answer = await call(
      request({
        routeKey: 'POST /processes/{processId}/disbursements/{disbursementId}/approve',
        claims: officer,
      }),
    );
    expect(answer).toMatchObject({ statusCode: 403 });
    expect(JSON.parse(answer.body)).toEqual({ error: 'forbidden' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a process id in the path that the token does not name', async () => {
    const { call } = guarded();
    const answer = await call(
      request({
        routeKey: 'GET /processes/{processId}/budget',
        claims: officer,
        params: { processId: 'P2' },
      }),
    );
    expect(answer.statusCode).toBe(403);
  });

  it('reads the donor id from the path and the query, so neither can name another donor', async () => {
    // No route of the product gives a donor access yet: a row as the donor reports will have.
    const report = 'GET /processes/{processId}/donors/{donorId}/report';
    const { call } = guarded({ [report]: ['donor'] });
    const donor = {
      sub: 'd',
      token_use: 'access',
      'cognito:groups': '[donor]',
      processes: '[P1]',
      donor_id: 'D1',
    };
    const asDonor = (donorId: string, query?: Record<string, string>) =>
      call(
        request({
          routeKey: report,
          claims: donor,
          params: { processId: 'P1', donorId },
          ...(query ? { query } : {}),
        }),
      );
    expect((await asDonor('D1')).statusCode).toBe(200);
    expect((await asDonor('D2')).statusCode).toBe(403);
    expect((await asDonor('D1', { donorId: 'D2' })).statusCode).toBe(403);
    expect((await asDonor('D1', { donorId: 'D1' })).statusCode).toBe(200);
  });

  it('answers a token without a subject with 401', async () => {
    const { call } = guarded();
    const answer = await call(request({ routeKey: 'GET /processes/{processId}/budget', claims: {} }));
    expect(answer.statusCode).toBe(401);
  });
});
