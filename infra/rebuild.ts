import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import { TABLE_ENV } from '../functions/commons/config';
import { rebuildEntry } from '../functions/routes';
import { acknowledgeIndexGrant, acknowledgeKeyGrant } from './acknowledgements';
import { handlerFunction } from './node-function';
import type { StageSettings } from './stage';

export interface RebuildProps {
  readonly settings: StageSettings;
  readonly events: ITable;
  /** The standby read-model table; the live one is never granted. */
  readonly target: ITable;
}

/**
 * Replays the Events table into the standby read models. Invoked by hand only: no event source, no
 * schedule, no resource policy letting a service call it.
 */
export class Rebuild extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: RebuildProps) {
    super(scope, id);
    this.function = handlerFunction(this, 'Function', {
      entry: rebuildEntry,
      description: 'Rebuilds the standby ReadModels table from the Events table (invoked by hand)',
      environment: {
        [TABLE_ENV.Events]: props.events.tableName,
        [TABLE_ENV.RebuildTarget]: props.target.tableName,
      },
      // Lambda's longest: a parallel scan of the whole log and a bulk write of the views.
      timeout: Duration.minutes(15),
      removalPolicy: props.settings.removalPolicy,
    });
    // Scan is all it reads; it never queries, never appends.
    props.events.grant(this.function, 'dynamodb:Scan');
    props.events.encryptionKey?.grantDecrypt(this.function);
    // Empties the standby table (scan, batch delete), then fills it (batch put).
    props.target.grant(this.function, 'dynamodb:Scan', 'dynamodb:BatchWriteItem');
    props.target.encryptionKey?.grantEncryptDecrypt(this.function);
    acknowledgeIndexGrant(this.function, props.events);
    acknowledgeIndexGrant(this.function, props.target);
    if (props.target.encryptionKey) acknowledgeKeyGrant(this.function);
  }
}
