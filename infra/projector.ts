import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { TABLE_ENV } from '../functions/commons/config';
import { projectorEntry } from '../functions/routes';
import { acknowledgeIndexGrant, acknowledgeKeyGrant } from './acknowledgements';
import { handlerFunction } from './node-function';
import type { StageSettings } from './stage';
import { PROJECTOR_BATCH_SIZE, PROJECTOR_RETRY_ATTEMPTS, projectorFilterPattern } from './tables';

export interface ProjectorProps {
  readonly settings: StageSettings;
  readonly events: ITable;
  readonly readModels: ITable;
  /** While a rebuild runs: the stream keeps the records until the projector resumes. */
  readonly paused: boolean;
}

/**
 * Keeps the read models from the Events table's stream. CDK's defaults would retry a failing batch
 * until its records expire and block the shard meanwhile, so every failure path is bounded here.
 */
export class Projector extends Construct {
  readonly function: NodejsFunction;
  /** Receives only shard and sequence-number metadata of batches that kept failing, not the events. */
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: ProjectorProps) {
    super(scope, id);
    const { settings } = props;
    // Its own key, like each table: who may read what failed is granted on the key, and logged.
    const deadLetterKey = new Key(this, 'DeadLetterKey', {
      description: `Projector dead letters (${settings.stage})`,
      enableKeyRotation: true,
      removalPolicy: settings.removalPolicy,
      pendingWindow: Duration.days(settings.deletionProtection ? 30 : 7),
    });
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: deadLetterKey,
      retentionPeriod: Duration.days(14),
      enforceSSL: true,
      removalPolicy: settings.removalPolicy,
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the dead-letter destination of the stream event source; what lands here is kept 14 days and alarmed on.',
    });

    this.function = handlerFunction(this, 'Function', {
      entry: projectorEntry,
      description: 'Projects the Events stream into ReadModels',
      environment: {
        [TABLE_ENV.Events]: props.events.tableName,
        [TABLE_ENV.ReadModels]: props.readModels.tableName,
      },
      timeout: Duration.minutes(1),
      removalPolicy: settings.removalPolicy,
    });
    // Read, not write, on Events: it re-reads the versions missing from a gap, and must never append.
    props.events.grantReadData(this.function);
    props.events.grantStreamRead(this.function);
    props.readModels.grantReadWriteData(this.function);
    acknowledgeIndexGrant(this.function, props.events);
    acknowledgeIndexGrant(this.function, props.readModels);
    acknowledgeKeyGrant(this.function);

    this.function.addEventSource(
      new DynamoEventSource(props.events, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        enabled: !props.paused,
        batchSize: PROJECTOR_BATCH_SIZE,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: PROJECTOR_RETRY_ATTEMPTS,
        // Under the stream's 24 h retention, so a record that cannot be projected reaches the
        // dead-letter queue instead of being trimmed unseen, yet long enough to ride out an outage.
        maxRecordAge: Duration.hours(12),
        // Versions of one stream must apply in order; more pollers per shard would interleave them.
        parallelizationFactor: 1,
        filters: [FilterCriteria.filter(projectorFilterPattern)],
        onFailure: new SqsDlq(this.deadLetterQueue),
      }),
    );
  }
}
