import { Duration } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  LambdaVersion,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolOperation,
} from 'aws-cdk-lib/aws-cognito';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import { ATTRIBUTES } from '../functions/access/claims';
import { type Role, roles } from '../functions/access/roles';
import { preTokenGenerationEntry } from '../functions/routes';
import { handlerFunction } from './node-function';
import type { StageSettings } from './stage';

const description: Record<Role, string> = {
  'finance-officer': 'Records commitments, disbursement requests, receipts and exchange rates',
  'finance-approver': 'Approves, rejects and reverses disbursements; never their own',
  'hr-officer': 'Records appointments and secondments',
  leadership: 'Chair and secretariat head: benchmarks, risks, every view of the process',
  donor: 'Reports on its own contributions only (custom:donorId)',
  auditor: 'Reads everything of its process, changes nothing',
  admin: 'Opens processes and extends mandates',
};

/**
 * Who may sign in, and what their access tokens say: a Cognito user pool with a group per role of
 * functions/access/roles.ts, the processes and donor id of each person as custom attributes only an
 * administrator can write, and the pre-token-generation trigger that puts them into access tokens.
 */
export class Users extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  /** Cognito's pre-token-generation trigger (event version 2). */
  readonly tokenClaims: NodejsFunction;

  constructor(scope: Construct, id: string, settings: StageSettings) {
    super(scope, id);
    // Staff are enrolled by an administrator; nobody signs themselves up to a secretariat's books.
    this.userPool = new UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Public money moves on these accounts: a second factor always, and Cognito's threat protection
      // (compromised credentials, risky sign-ins) enforced, which the Plus plan provides.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      customAttributes: {
        // Comma-separated process ids; Cognito's limit of 2,048 characters holds about thirty.
        [ATTRIBUTES.processes]: new StringAttribute({ minLen: 0, maxLen: 2048, mutable: true }),
        [ATTRIBUTES.donorId]: new StringAttribute({ minLen: 0, maxLen: 64, mutable: true }),
      },
      deletionProtection: settings.deletionProtection,
      removalPolicy: settings.removalPolicy,
    });
    this.client = this.userPool.addClient('WebClient', {
      authFlows: { userSrp: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      // Users may read their memberships but never write them: only AdminUpdateUserAttributes can.
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes(ATTRIBUTES.processes, ATTRIBUTES.donorId),
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });
    for (const role of roles)
      this.userPool.addGroup(`Group-${role}`, { groupName: role, description: description[role] });

    this.tokenClaims = handlerFunction(this, 'TokenClaims', {
      entry: preTokenGenerationEntry,
      description: 'Puts processes and donor id into access tokens',
      environment: {},
      // Cognito waits five seconds for a trigger at most.
      timeout: Duration.seconds(5),
      removalPolicy: settings.removalPolicy,
    });
    this.userPool.addTrigger(
      UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
      this.tokenClaims,
      LambdaVersion.V2_0,
    );
  }
}
