import { Aws, Duration } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  LambdaVersion,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  UserPoolOperation,
} from 'aws-cdk-lib/aws-cognito';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import { ATTRIBUTES } from '../functions/access/claims';
import { type Role, roles } from '../functions/access/roles';
import { preTokenGenerationEntry } from '../functions/routes';
import { handlerFunction } from './node-function';
import type { StageSettings } from './stage';

export interface UsersProps {
  readonly settings: StageSettings;
  /** The hosted sign-in page's prefix; by default one unique to the account and stage. */
  readonly authDomainPrefix?: string;
  /** Where the web app runs (`https://host`, no path): each may receive the sign-in's code and sign out to. */
  readonly webOrigins: readonly string[];
}

/** The web app's route that receives the authorization code (contract 4's `redirectUri`). */
export const callbackPath = '/callback';

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
 * People sign in on Cognito's hosted page (password and TOTP) and come back to the web app with a code.
 */
export class Users extends Construct {
  readonly userPool: UserPool;
  /** The web app's client: the authorization-code flow with PKCE, no secret (a browser keeps none). */
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** Cognito's pre-token-generation trigger (event version 2). */
  readonly tokenClaims: NodejsFunction;

  constructor(scope: Construct, id: string, props: UsersProps) {
    super(scope, id);
    const { settings, webOrigins } = props;
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
    this.domain = this.userPool.addDomain('SignIn', {
      cognitoDomain: {
        domainPrefix: props.authDomainPrefix ?? `cmb-secretariat-${settings.stage}-${Aws.ACCOUNT_ID}`,
      },
    });
    this.client = this.userPool.addClient('WebClient', {
      // Only a refresh (ALLOW_REFRESH_TOKEN_AUTH): passwords are typed into the hosted page, never the app,
      // and the users script uses the admin API, which needs no client.
      authFlows: { userSrp: false },
      oAuth: {
        // The code flow; the web app adds PKCE. No implicit grant: tokens never travel in a URL.
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: webOrigins.map((origin) => `${origin}${callbackPath}`),
        logoutUrls: webOrigins.map((origin) => `${origin}/`),
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      generateSecret: false,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
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
