import { type App, CfnOutput, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Api } from './api';
import { EventStoreTables } from './event-store';
import { Projector } from './projector';
import { parseLiveSlot, parseProjectorPaused, type ReadModelSlot } from './read-model-slots';
import { Rebuild } from './rebuild';
import { parseStage, type Stage, settingsFor, stackIdFor } from './stage';

export interface SecretariatStackProps extends StackProps {
  readonly stage: Stage;
  /** Read models: which table is live, and whether the projector is paused for a rebuild. */
  readonly readModels?: { readonly live: ReadModelSlot; readonly projectorPaused: boolean };
}

/** One deployment serves many processes; the stage decides only how well data is protected. */
export class SecretariatStack extends Stack {
  readonly tables: EventStoreTables;
  readonly api: Api;
  readonly projector: Projector;
  readonly rebuild: Rebuild;

  constructor(scope: Construct, id: string, props: SecretariatStackProps) {
    super(scope, id, props);
    const settings = settingsFor(props.stage);
    Tags.of(this).add('project', 'cmb-secretariat');
    Tags.of(this).add('stage', props.stage);

    const { live, projectorPaused } = props.readModels ?? { live: 'blue' as const, projectorPaused: false };
    this.tables = new EventStoreTables(this, 'EventStore', settings, live);
    const { events, readModels, standbyReadModels } = this.tables;
    this.api = new Api(this, 'Api', { settings, events, readModels });
    this.projector = new Projector(this, 'Projector', {
      settings,
      events,
      readModels,
      paused: projectorPaused,
    });
    this.rebuild = new Rebuild(this, 'Rebuild', { settings, events, target: standbyReadModels });

    new CfnOutput(this, 'ApiUrl', { value: this.api.httpApi.apiEndpoint });
    new CfnOutput(this, 'EventsTableName', { value: events.tableName });
    new CfnOutput(this, 'ReadModelsTableName', { value: readModels.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.api.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.api.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.projector.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'StandbyReadModelsTableName', { value: standbyReadModels.tableName });
    new CfnOutput(this, 'RebuildFunctionName', { value: this.rebuild.function.functionName });
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
