import { fileURLToPath } from 'node:url';
import { type App, CfnOutput, Lazy, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Anchoring } from './anchoring';
import { Api } from './api';
import { EventsBackup } from './backup';
import { EventStoreTables } from './event-store';
import { Observability } from './observability';
import { Projector } from './projector';
import { parseLiveSlot, parseProjectorPaused, type ReadModelSlot } from './read-model-slots';
import { Rebuild } from './rebuild';
import {
  parseSiteSettings,
  parseStage,
  type SiteSettings,
  type Stage,
  settingsFor,
  stackIdFor,
} from './stage';
import { callbackPath, Users } from './users';
import { regionalApiOrigins, WebApp } from './web-app';

export interface SecretariatStackProps extends StackProps {
  readonly stage: Stage;
  /** Read models: which table is live, and whether the projector is paused for a rebuild. */
  readonly readModels?: { readonly live: ReadModelSlot; readonly projectorPaused: boolean };
  /** What this deployment names for itself: sign-in prefix, web domain, alarm address. */
  readonly site?: SiteSettings;
  /** The built web app; by default `web/dist`, which `npm run build:web` writes. */
  readonly webAssets?: string;
}

/** `web/dist` of the project, wherever `cdk` runs from. */
export const defaultWebAssets = fileURLToPath(new URL('../web/dist', import.meta.url));

/** One deployment serves many processes; the stage decides how well data is protected and the API throttle. */
export class SecretariatStack extends Stack {
  readonly tables: EventStoreTables;
  readonly users: Users;
  readonly api: Api;
  readonly anchoring: Anchoring;
  readonly projector: Projector;
  readonly rebuild: Rebuild;
  readonly observability: Observability;
  readonly web: WebApp;
  /** In stages whose settings ask for it (prod). */
  readonly backup?: EventsBackup;

  constructor(scope: Construct, id: string, props: SecretariatStackProps) {
    super(scope, id, props);
    const settings = settingsFor(props.stage);
    Tags.of(this).add('project', 'cmb-secretariat');
    Tags.of(this).add('stage', props.stage);

    const { live, projectorPaused } = props.readModels ?? { live: 'blue' as const, projectorPaused: false };
    this.tables = new EventStoreTables(this, 'EventStore', settings, live);
    const { events, readModels, standbyReadModels } = this.tables;
    if (settings.eventsBackup)
      this.backup = new EventsBackup(this, 'Backup', {
        events,
        settings: settings.eventsBackup,
        removalPolicy: settings.removalPolicy,
      });
    const site = props.site ?? {};
    const authDomainPrefix = site.authDomainPrefix;
    this.web = new WebApp(this, 'Web', {
      assets: props.webAssets ?? defaultWebAssets,
      removalPolicy: settings.removalPolicy,
      ...(site.webDomain ? { domain: site.webDomain } : {}),
      // Naming this API would be a cycle on the CloudFront domain (the API's CORS names the
      // distribution, the distribution its headers): without a domain of its own, the region's APIs.
      connectTo: [
        site.webDomain
          ? Lazy.string({ produce: () => this.api.httpApi.apiEndpoint })
          : regionalApiOrigins(this),
        Lazy.string({ produce: () => this.users.domain.baseUrl() }),
        `https://cognito-idp.${this.region}.${this.urlSuffix}`,
      ],
    });
    const webOrigins = [this.web.origin, ...settings.extraWebOrigins];
    this.users = new Users(this, 'Users', {
      settings,
      webOrigins,
      ...(authDomainPrefix ? { authDomainPrefix } : {}),
    });
    this.anchoring = new Anchoring(this, 'Anchoring', { settings, events });
    this.api = new Api(this, 'Api', {
      settings,
      users: this.users,
      events,
      readModels,
      anchoring: this.anchoring,
      webOrigins,
    });
    this.projector = new Projector(this, 'Projector', {
      settings,
      events,
      readModels,
      paused: projectorPaused,
    });
    this.rebuild = new Rebuild(this, 'Rebuild', { settings, events, target: standbyReadModels });
    this.observability = new Observability(this, 'Observability', {
      settings,
      httpApi: this.api.httpApi,
      functions: [
        ...this.api.functions.values(),
        this.projector.function,
        this.rebuild.function,
        this.anchoring.function,
        this.users.tokenClaims,
      ],
      signIn: this.users.tokenClaims,
      projector: this.projector.function,
      deadLetterQueue: this.projector.deadLetterQueue,
      tables: [events, readModels, standbyReadModels, this.anchoring.table],
      ...(site.alarmEmail ? { alarmEmail: site.alarmEmail } : {}),
    });

    // Contract 4: what the web app fetches at start to find the API and the sign-in.
    this.web.deploy({
      apiUrl: this.api.httpApi.apiEndpoint,
      auth: {
        kind: 'cognito',
        authority: this.users.userPool.userPoolProviderUrl,
        clientId: this.users.client.userPoolClientId,
        domain: this.users.domain.baseUrl(),
        redirectUri: `${this.web.origin}${callbackPath}`,
        logoutUri: `${this.web.origin}/`,
      },
    });

    new CfnOutput(this, 'WebUrl', { value: this.web.origin });
    new CfnOutput(this, 'SignInDomain', { value: this.users.domain.baseUrl() });
    new CfnOutput(this, 'ApiUrl', { value: this.api.httpApi.apiEndpoint });
    new CfnOutput(this, 'EventsTableName', { value: events.tableName });
    new CfnOutput(this, 'ReadModelsTableName', { value: readModels.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.users.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.users.client.userPoolClientId });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.projector.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'StandbyReadModelsTableName', { value: standbyReadModels.tableName });
    new CfnOutput(this, 'AnchorsTableName', { value: this.anchoring.table.tableName });
    new CfnOutput(this, 'AnchorKeyArn', { value: this.anchoring.signingKey.keyArn });
    new CfnOutput(this, 'RebuildFunctionName', { value: this.rebuild.function.functionName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.observability.alarmTopic.topicArn });
    new CfnOutput(this, 'DashboardName', { value: this.observability.dashboard.dashboardName });
  }
}

/**
 * The stack for the app's `stage` context (`-c stage=prod`), named after it, with the site's context
 * values (docs/deploy.md); tests give a stand-in for the built web app.
 */
export function secretariatStack(app: App, options: { webAssets?: string } = {}): SecretariatStack {
  const stage = parseStage(app.node.tryGetContext('stage'));
  const site = parseSiteSettings((key) => app.node.tryGetContext(key));
  const readModels = {
    live: parseLiveSlot(app.node.tryGetContext('readModels')),
    projectorPaused: parseProjectorPaused(app.node.tryGetContext('projector')),
  };
  return new SecretariatStack(app, stackIdFor(stage), {
    stage,
    readModels,
    site,
    ...options,
    description: `CMB secretariat (${stage})`,
  });
}
