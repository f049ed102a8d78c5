import { Duration } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, HttpNoneAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { AccountRecovery, Mfa, UserPool, type UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import { type HttpFunction, httpFunctions, routes } from '../functions/routes';
import { handlerFunction } from './node-function';
import type { StageSettings } from './stage';
import { TABLE_ENV } from './tables';

export interface ApiProps {
  readonly settings: StageSettings;
  readonly events: ITable;
  readonly readModels: ITable;
}

/**
 * Commands read streams and append through TransactWriteItems, which needs PutItem and
 * ConditionCheckItem on the table: no UpdateItem or DeleteItem, so not even a bug can rewrite an event.
 */
function grantAppendOnly(table: ITable, fn: NodejsFunction): void {
  table.grant(fn, 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:ConditionCheckItem');
  table.encryptionKey?.grantEncryptDecrypt(fn);
}

/**
 * Audit functions re-derive reports from the log and verify its hash chains: they read events (by
 * stream and through the byProcess index) and decrypt them, nothing more. No Scan, no stream, no write.
 */
function grantReadEvents(table: ITable, fn: NodejsFunction): void {
  table.grant(fn, 'dynamodb:GetItem', 'dynamodb:Query');
  table.encryptionKey?.grantDecrypt(fn);
}

/**
 * The HTTP API: one function per route of `functions/routes.ts`, every route behind the JWT authorizer
 * but the public ones, which serve no data.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly userPool: UserPool;
  readonly userPoolClient: UserPoolClient;
  /** By function name (`functions/routes.ts`), so grants and tests can find a route's function. */
  readonly functions: ReadonlyMap<string, NodejsFunction>;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const { removalPolicy, deletionProtection } = props.settings;

    // Staff are enrolled by an administrator; nobody signs themselves up to a secretariat's books.
    this.userPool = new UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      deletionProtection,
      removalPolicy,
    });
    this.userPoolClient = this.userPool.addClient('WebClient', {
      authFlows: { userSrp: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
    });

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: `CMB secretariat (${props.settings.stage})`,
      defaultAuthorizer: new HttpUserPoolAuthorizer('Authorizer', this.userPool, {
        userPoolClients: [this.userPoolClient],
      }),
    });

    const functions = new Map<string, NodejsFunction>();
    for (const spec of httpFunctions) {
      const fn = this.httpFunction(spec, props);
      const integration = new HttpLambdaIntegration(`${spec.name}Integration`, fn);
      for (const route of routes.filter((r) => r.name === spec.name))
        this.httpApi.addRoutes({
          path: route.path,
          methods: [HttpMethod[route.method]],
          integration,
          ...(route.access === 'public' ? { authorizer: new HttpNoneAuthorizer() } : {}),
        });
      functions.set(spec.name, fn);
    }
    this.functions = functions;
  }

  /**
   * Commands append to Events and never see read models; queries only read read models (and the log,
   * read only, when they serve views as of a date: `readsEvents`); audits only read Events; public,
   * nothing.
   */
  private httpFunction(spec: HttpFunction, props: ApiProps): NodejsFunction {
    const environment: Record<HttpFunction['access'], Record<string, string>> = {
      command: { [TABLE_ENV.Events]: props.events.tableName },
      query: { [TABLE_ENV.ReadModels]: props.readModels.tableName },
      audit: { [TABLE_ENV.Events]: props.events.tableName },
      public: {},
    };
    const fn = handlerFunction(this, spec.name, {
      entry: spec.entry,
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
    if (spec.access === 'query') props.readModels.grantReadData(fn);
    if (spec.access === 'audit' || spec.readsEvents) grantReadEvents(props.events, fn);
    return fn;
  }
}
