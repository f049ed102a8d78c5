import { Duration } from 'aws-cdk-lib';
import type { ITable, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import { ANCHOR_KEY_ENV, TABLE_ENV } from '../functions/commons/config';
import { anchorEntry } from '../functions/routes';
import { acknowledgeIndexGrant, acknowledgeKeyGrant } from './acknowledgements';
import { tableFrom } from './event-store';
import { handlerFunction } from './node-function';
import type { StageSettings } from './stage';
import { anchorsTable } from './tables';

export interface AnchoringProps {
  readonly settings: StageSettings;
  readonly events: ITable;
}

/**
 * Anchors the log (docs/anchoring.md): an asymmetric KMS key that signs, the Anchors table, and the
 * function that, on a schedule, signs every stream's tip with the key and stores the anchor. Nothing
 * else may write the table; the audit functions may sign with the key (each report carries its anchor).
 */
export class Anchoring extends Construct {
  readonly signingKey: Key;
  readonly table: Table;
  readonly function: NodejsFunction;
  readonly schedule: Rule;

  constructor(scope: Construct, id: string, props: AnchoringProps) {
    super(scope, id);
    const { settings, events } = props;
    this.signingKey = new Key(this, 'SigningKey', {
      description: `Signs anchors of the Events table (${settings.stage})`,
      keySpec: KeySpec.ECC_NIST_P256,
      keyUsage: KeyUsage.SIGN_VERIFY,
      // Without it no anchor could be checked against KMS again; its public key should be kept apart too.
      removalPolicy: settings.removalPolicy,
      pendingWindow: Duration.days(settings.deletionProtection ? 30 : 7),
    });
    this.table = tableFrom(this, anchorsTable, settings);
    this.function = handlerFunction(this, 'Function', {
      entry: anchorEntry,
      description: 'Signs every stream’s tip with the anchor key and stores the anchor (on a schedule)',
      environment: {
        [TABLE_ENV.Events]: events.tableName,
        [TABLE_ENV.Anchors]: this.table.tableName,
        [ANCHOR_KEY_ENV.kms]: this.signingKey.keyArn,
      },
      // One scan of the whole log per run.
      timeout: Duration.minutes(15),
      removalPolicy: settings.removalPolicy,
    });
    // Reads the tips with one scan; never appends an event.
    events.grant(this.function, 'dynamodb:Scan');
    events.encryptionKey?.grantDecrypt(this.function);
    acknowledgeIndexGrant(this.function, events);
    // Appends anchors (a transaction of conditional puts) and reads the latest: no update, no delete.
    this.table.grant(this.function, 'dynamodb:PutItem', 'dynamodb:Query');
    this.table.encryptionKey?.grantEncryptDecrypt(this.function);
    acknowledgeKeyGrant(this.function);
    this.signingKey.grant(this.function, 'kms:Sign');
    this.schedule = new Rule(this, 'Schedule', {
      description: 'Anchors the log',
      schedule: Schedule.rate(settings.anchorEvery),
      targets: [new LambdaFunction(this.function, { retryAttempts: 2 })],
    });
  }

  /** An audit function: signs the anchor each report carries, and checks reports against the anchors. */
  grantAudit(fn: IFunction): void {
    this.signingKey.grant(fn, 'kms:Sign', 'kms:GetPublicKey');
    this.table.grant(fn, 'dynamodb:Query');
    this.table.encryptionKey?.grantDecrypt(fn);
  }

  /** What an audit function is told: where the anchors are and which key signs them. */
  get auditEnvironment(): Record<string, string> {
    return { [TABLE_ENV.Anchors]: this.table.tableName, [ANCHOR_KEY_ENV.kms]: this.signingKey.keyArn };
  }
}
