import { type App, CfnOutput, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Api } from './api';
import { EventStoreTables } from './event-store';
import { Observability } from './observability';
import { Projector } from './projector';
import { parseLiveSlot, parseProjectorPaused, type ReadModelSlot } from './read-model-slots';
import { Rebuild } from './rebuild';
import { parseStage, type Stage, settingsFor, stackIdFor } from './stage';
import { Users } from './users';

export interface SecretariatStackProps extends StackProps {
  readonly stage: Stage;
  /** Read models: which table is live, and whether the projector is paused for a rebuild. */
  readonly readModels?: { readonly live: ReadModelSlot; readonly projectorPaused: boolean };
}

/** One deployment serves many processes; the stage decides how well data is protected and the API throttle. */
export class SecretariatStack extends Stack {
  readonly tables: EventStoreTables;
  readonly users: Users;
  readonly api: Api;
  readonly projector: Projector;
  readonly rebuild: Rebuild;
  readonly observability: Observability;

  constructor(scope: Construct, id: string, props: SecretariatStackProps) {
    super(scope, id, props);
    const settings = settingsFor(props.stage);
    Tags.of(this).add('project', 'cmb-secretariat');
    Tags.of(this).add('stage', props.stage);

    const { live, projectorPaused } = props.readModels ?? { live: 'blue' as const, projectorPaused: false };
    this.tables = new EventStoreTables(this, 'EventStore', settings, live);
    const { events, readModels, standbyReadModels } = this.tables;
    this.users = new Users(this, 'Users', settings);
    this.api = new Api(this, 'Api', { settings, users: this.users, events, readModels });
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
        this.users.tokenClaims,
      ],
      projector: this.projector.function,
      deadLetterQueue: this.projector.deadLetterQueue,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.httpApi.apiEndpoint });
    new CfnOutput(this, 'EventsTableName', { value: events.tableName });
    new CfnOutput(this, 'ReadModelsTableName', { value: readModels.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.users.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.users.client.userPoolClientId });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.projector.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'StandbyReadModelsTableName', { value: standbyReadModels.tableName });
    new CfnOutput(this, 'RebuildFunctionName', { value: this.rebuild.function.functionName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.observability.alarmTopic.topicArn });
    new CfnOutput(this, 'DashboardName', { value: this.observability.dashboard.dashboardName });
  }
}

/** The stack for the app's `stage` context (`-c stage=prod`), named after it. */
export function secretariatStack(app: App): SecretariatStack {
  const stage = parseStage(app.node.tryGetContext('stage'));
  const readModels = {
    live: parseLiveSlot(app.node.tryGetContext('readModels')),
    projectorPaused: parseProjectorPaused(app.node.tryGetContext('projector')),
  };
  return new SecretariatStack(app, stackIdFor(stage), {
    stage,
    readModels,
    description: `CMB secretariat backend (${stage})`,
  });
}
