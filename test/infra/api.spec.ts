import { describe, expect, it } from 'vitest';
import { TABLE_ENV } from '../../functions/commons/config';
import { httpFunctions, routes } from '../../functions/routes';
import { logicalIdOf, resourceOf, resourcesOfType, synth } from './synth';

describe('the HTTP API', () => {
  const { stack, template } = synth('dev');
  const { api, tables, users } = stack;
  const apiId = logicalIdOf(api.httpApi);
  const synthesizedRoutes = Object.values(resourcesOfType(template, 'AWS::ApiGatewayV2::Route'));
  const authorizers = resourcesOfType(template, 'AWS::ApiGatewayV2::Authorizer');
  const integrations = resourcesOfType(template, 'AWS::ApiGatewayV2::Integration');

  it('is an HTTP API', () => {
    expect(resourceOf(template, api.httpApi).Properties.ProtocolType).toBe('HTTP');
  });

  it('verifies JWTs issued by the user pool for its client', () => {
    const [authorizer, ...others] = Object.values(authorizers);
    expect(others).toHaveLength(0);
    expect(authorizer?.Properties).toMatchObject({
      ApiId: { Ref: apiId },
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Audience: [{ Ref: logicalIdOf(users.client) }] },
    });
    expect(authorizer?.Properties.JwtConfiguration.Issuer['Fn::Join'][1]).toContainEqual({
      Ref: logicalIdOf(users.userPool),
    });
  });

  it('lets only administrators create users', () => {
    expect(resourceOf(template, users.userPool).Properties.AdminCreateUserConfig).toMatchObject({
      AllowAdminCreateUserOnly: true,
    });
  });

  it('serves exactly the routes of functions/routes.ts', () => {
    expect(synthesizedRoutes.map((route) => route.Properties.RouteKey).sort()).toEqual(
      routes.map((route) => `${route.method} ${route.path}`).sort(),
    );
  });

  describe.each(routes)('$method $path', (route) => {
    const synthesized = synthesizedRoutes.find(
      (candidate) => candidate.Properties.RouteKey === `${route.method} ${route.path}`,
    );
    const fn = api.functions.get(route.name);

    if (route.access === 'public')
      it('is public, with no authorizer: it serves no data', () => {
        expect(synthesized?.Properties).toMatchObject({ ApiId: { Ref: apiId }, AuthorizationType: 'NONE' });
        expect(synthesized?.Properties.AuthorizerId).toBeUndefined();
      });
    else
      it('requires a JWT checked by the authorizer', () => {
        const [authorizerId] = Object.keys(authorizers);
        expect(synthesized?.Properties).toMatchObject({
          ApiId: { Ref: apiId },
          AuthorizationType: 'JWT',
          AuthorizerId: { Ref: authorizerId },
        });
      });

    it(`invokes its own function, ${route.name}, with payload format 2.0`, () => {
      if (!fn) throw new Error(`no function for ${route.name}`);
      const target = synthesized?.Properties.Target['Fn::Join'][1][1].Ref;
      expect(integrations[target]?.Properties).toMatchObject({
        IntegrationType: 'AWS_PROXY',
        PayloadFormatVersion: '2.0',
        IntegrationUri: { 'Fn::GetAtt': [logicalIdOf(fn), 'Arn'] },
      });
    });

    it(`finds only the table a ${route.access} route uses through the environment`, () => {
      if (!fn) throw new Error(`no function for ${route.name}`);
      const events = { [TABLE_ENV.Events]: { Ref: logicalIdOf(tables.events) } };
      const table = {
        command: events,
        query: { [TABLE_ENV.ReadModels]: { Ref: logicalIdOf(tables.readModels) } },
        audit: {
          [TABLE_ENV.Events]: { Ref: logicalIdOf(tables.events) },
          [TABLE_ENV.ReadModels]: { Ref: logicalIdOf(tables.readModels) },
        },
        caller: {},
        public: {},
      }[route.access];
      expect(resourceOf(template, fn).Properties.Environment.Variables).toEqual({
        ...table,
        ...(httpFunctions.find((spec) => spec.name === route.name)?.readsEvents ? events : {}),
        NODE_OPTIONS: '--enable-source-maps',
      });
    });
  });
});

describe('the API stage', () => {
  const { stack, template } = synth('dev');
  const stage = resourceOf(template, stack.api.stage).Properties;

  it('is the default stage, deployed with every change', () => {
    expect(stage).toMatchObject({
      ApiId: { Ref: logicalIdOf(stack.api.httpApi) },
      StageName: '$default',
      AutoDeploy: true,
    });
  });

  it('throttles every route together, more in prod than in dev', () => {
    expect(stage.DefaultRouteSettings).toEqual({ ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 });
    const prod = synth('prod');
    expect(resourceOf(prod.template, prod.stack.api.stage).Properties.DefaultRouteSettings).toEqual({
      ThrottlingRateLimit: 100,
      ThrottlingBurstLimit: 200,
    });
  });

  it('logs one JSON line per request: who, which route, the answer, and why the authorizer refused', () => {
    expect(stage.AccessLogSettings.DestinationArn).toEqual({
      'Fn::GetAtt': [logicalIdOf(stack.api.accessLogs), 'Arn'],
    });
    expect(JSON.parse(stage.AccessLogSettings.Format)).toMatchObject({
      requestId: '$context.requestId',
      routeKey: '$context.routeKey',
      status: '$context.status',
      subject: '$context.authorizer.claims.sub',
      authorizerError: '$context.authorizer.error',
    });
    expect(resourceOf(template, stack.api.accessLogs).Properties.RetentionInDays).toBe(365);
  });
});
