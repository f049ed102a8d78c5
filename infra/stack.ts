import { type App, CfnOutput, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Api } from './api';
import { EventStoreTables } from './event-store';
import { Projector } from './projector';
import { parseStage, type Stage, settingsFor, stackIdFor } from './stage';

export interface SecretariatStackProps extends StackProps {
  readonly stage: Stage;
}

/** One deployment serves many processes; the stage decides only how well data is protected. */
export class SecretariatStack extends Stack {
  readonly tables: EventStoreTables;
  readonly api: Api;
  readonly projector: Projector;

  constructor(scope: Construct, id: string, props: SecretariatStackProps) {
    super(scope, id, props);
    const settings = settingsFor(props.stage);
    Tags.of(this).add('project', 'cmb-secretariat');
    Tags.of(this).add('stage', props.stage);

    this.tables = new EventStoreTables(this, 'EventStore', settings);
    const { events, readModels } = this.tables;
    this.api = new Api(this, 'Api', { settings, events, readModels });
    this.projector = new Projector(this, 'Projector', { settings, events, readModels });

    new CfnOutput(this, 'ApiUrl', { value: this.api.httpApi.apiEndpoint });
    new CfnOutput(this, 'EventsTableName', { value: events.tableName });
    new CfnOutput(this, 'ReadModelsTableName', { value: readModels.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.api.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.api.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.projector.deadLetterQueue.queueUrl });
  }
}

/** The stack for the app's `stage` context (`-c stage=prod`), named after it. */
export function secretariatStack(app: App): SecretariatStack {
  const stage = parseStage(app.node.tryGetContext('stage'));
  return new SecretariatStack(app, stackIdFor(stage), {
    stage,
    description: `CMB secretariat backend (${stage})`,
  });
}
