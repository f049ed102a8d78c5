import { Duration, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { TABLE_ENV } from '../functions/commons/config';
import { type HttpFunction, httpFunctions, routes } from '../functions/routes';
import { acknowledgeIndexGrant, acknowledgeKeyGrant } from './acknowledgements';
import type { Anchoring } from './anchoring';
import { handlerFunction } from './node-function';
import type { StageSettings } from './stage';
import type { Users } from './users';

export interface ApiProps {
  readonly settings: StageSettings;
  readonly users: Users;
  readonly events: ITable;
  readonly readModels: ITable;
  /** Audit reports carry a signed anchor and are checked against the stored ones. */
  readonly anchoring: Anchoring;
  /** Where the web app runs: the only origins a browser may call the API from. */
  readonly webOrigins: readonly string[];
}

/**
 * What the web app may send and read across origins: the headers the handlers read (the token,
 * the body's type, the idempotency key, the version an update expects, the correlation id) and the
 * answer's headers it uses.
 */
export const cors = {
  allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST],
  allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match', 'x-correlation-id'],
  exposeHeaders: ['etag', 'x-correlation-id', 'idempotent-replayed', 'x-report-digest'],
  maxAge: Duration.hours(1),
};

/**
 * Commands read streams and append through TransactWriteItems, which needs PutItem and
 * ConditionCheckItem on the table: no UpdateItem or DeleteItem, so not even a bug can rewrite an event.
 */
function grantAppendOnly(table: ITable, fn: NodejsFunction): void {
  table.grant(fn, 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:ConditionCheckItem');
  table.encryptionKey?.grantEncryptDecrypt(fn);
  acknowledgeIndexGrant(fn, table);
  acknowledgeKeyGrant(fn);
}

const PUBLIC_ROUTE =
  'Public by design (access "public" in functions/routes.ts): it serves the OpenAPI document, generated from the routes, and no data.';

/** One JSON line per request: who called which route, the answer, and why the authorizer refused. */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    routeKey: '$context.routeKey',
    status: '$context.status',
    responseLength: '$context.responseLength',
    latencyMs: '$context.responseLatency',
    subject: '$context.authorizer.claims.sub',
    authorizerError: '$context.authorizer.error',
    integrationError: '$context.integrationErrorMessage',
  }),
);

/**
 * Audit functions re-derive reports from the log and verify its hash chains: they read events (by
 * stream and through the byProcess index) and decrypt them, nothing more. No Scan, no stream, no write.
 */
function grantReadEvents(table: ITable, fn: NodejsFunction): void {
  table.grant(fn, 'dynamodb:GetItem', 'dynamodb:Query');
  table.encryptionKey?.grantDecrypt(fn);
  acknowledgeIndexGrant(fn, table);
}

/**
 * An audit report finds the donor's streams through two views (its contributions, the rates recorded)
 * and reads the events themselves from the log: a query of a partition is all it needs of ReadModels.
 */
function grantQueryReadModels(table: ITable, fn: NodejsFunction): void {
  table.grant(fn, 'dynamodb:Query');
  table.encryptionKey?.grantDecrypt(fn);
  acknowledgeIndexGrant(fn, table);
}

/**
 * The HTTP API: one function per entry of `functions/routes.ts`, every route behind the user pool's
 * JWT authorizer but the public ones, which serve no data; one stage, throttled and access-logged.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  /** By function name (`functions/routes.ts`), so grants and tests can find a route's function. */
  readonly functions: ReadonlyMap<string, NodejsFunction>;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const { settings, users } = props;

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: `CMB secretariat (${settings.stage})`,
      // Verifies the access token: signature by the pool's keys, issuer, client id, expiry.
      defaultAuthorizer: new HttpUserPoolAuthorizer('Authorizer', users.userPool, {
        userPoolClients: [users.client],
      }),
      createDefaultStage: false,
      // Preflights are answered by API Gateway itself, before the authorizer, as browsers send no token.
      corsPreflight: { ...cors, allowOrigins: [...props.webOrigins] },
    });
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_YEAR,
      removalPolicy: settings.removalPolicy,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: settings.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: accessLogFormat,
      },
    });

    const functions = new Map<string, NodejsFunction>();
    for (const spec of httpFunctions) {
      const fn = this.httpFunction(spec, props);
      const integration = new HttpLambdaIntegration(`${spec.name}Integration`, fn);
      for (const route of routes.filter((r) => r.name === spec.name)) {
        const added = this.httpApi.addRoutes({
          path: route.path,
          methods: [HttpMethod[route.method]],
          integration,
          ...(route.access === 'public' ? { authorizer: new HttpNoneAuthorizer() } : {}),
        });
        if (route.access === 'public')
          for (const publicRoute of added)
            Validations.of(publicRoute).acknowledge(
              { id: 'AwsSolutions-APIG4', reason: PUBLIC_ROUTE },
              { id: 'AwsSolutions-COG4', reason: PUBLIC_ROUTE },
            );
      }
      functions.set(spec.name, fn);
    }
    this.functions = functions;
  }

  /**
   * Commands append to Events and never see read models; queries only read read models (and the log,
   * read only, when they serve views as of a date: `readsEvents`); audits read Events, and query the
   * read models only for the streams a donor's report rests on; callers
   * (the token alone) and public, nothing.
   */
  private httpFunction(spec: HttpFunction, props: ApiProps): NodejsFunction {
    const environment: Record<HttpFunction['access'], Record<string, string>> = {
      command: { [TABLE_ENV.Events]: props.events.tableName },
      query: { [TABLE_ENV.ReadModels]: props.readModels.tableName },
      audit: {
        [TABLE_ENV.Events]: props.events.tableName,
        [TABLE_ENV.ReadModels]: props.readModels.tableName,
        ...props.anchoring.auditEnvironment,
      },
      caller: {},
      public: {},
    };
    const fn = handlerFunction(this, spec.name, {
      entry: spec.entry,
      ...(spec.files ? { files: spec.files } : {}),
      description: `${spec.name}: ${spec.routes.length} route(s)`,
      environment: {
        ...environment[spec.access],
        ...(spec.readsEvents ? { [TABLE_ENV.Events]: props.events.tableName } : {}),
      },
      // Below the HTTP API's 30 s integration limit, so the client gets the function's own answer;
      // an audit, or a view as of a date, folds a process's whole log, so it gets the most.
      timeout: Duration.seconds(spec.access === 'audit' || spec.readsEvents ? 28 : 10),
      removalPolicy: props.settings.removalPolicy,
    });
    if (spec.access === 'command') grantAppendOnly(props.events, fn);
    if (spec.access === 'query') {
      props.readModels.grantReadData(fn);
      acknowledgeIndexGrant(fn, props.readModels);
    }
    if (spec.access === 'audit' || spec.readsEvents) grantReadEvents(props.events, fn);
    if (spec.access === 'audit') {
      props.anchoring.grantAudit(fn);
      grantQueryReadModels(props.readModels, fn);
    }
    return fn;
  }
}
