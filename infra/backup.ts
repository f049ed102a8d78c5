import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { EventsBackupSettings } from './stage';

export interface EventsBackupProps {
  readonly events: Table;
  readonly settings: EventsBackupSettings;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The Events table's backups past point-in-time recovery's 35 days: a system of record keeps its
 * books for years. AWS Backup copies the table daily into a vault of its own, with its own key, so
 * neither the table's deletion nor its key's can take the copies with it (docs/operations.md, Backups).
 */
export class EventsBackup extends Construct {
  readonly vault: BackupVault;
  readonly plan: BackupPlan;

  constructor(scope: Construct, id: string, props: EventsBackupProps) {
    super(scope, id);
    const { settings } = props;
    this.vault = new BackupVault(this, 'Vault', {
      encryptionKey: new Key(this, 'VaultKey', {
        description: 'Backups of the Events table',
        enableKeyRotation: true,
        removalPolicy: props.removalPolicy,
        pendingWindow: Duration.days(30),
      }),
      removalPolicy: props.removalPolicy,
    });
    this.plan = new BackupPlan(this, 'Plan', {
      backupVault: this.vault,
      backupPlanRules: [
        new BackupPlanRule({
          ruleName: 'Daily',
          // After the day's work in any of the secretariat's time zones.
          scheduleExpression: Schedule.cron({ hour: '3', minute: '0' }),
          moveToColdStorageAfter: Duration.days(settings.coldAfterDays),
          deleteAfter: Duration.days(Math.ceil(settings.retentionYears * 365.25)),
        }),
      ],
    });
    const selection = this.plan.addSelection('Events', {
      resources: [BackupResource.fromDynamoDbTable(props.events)],
      allowRestores: true,
    });
    // The table is encrypted with its own key: AWS Backup reads it through the selection's role.
    props.events.encryptionKey?.grantEncryptDecrypt(selection.grantPrincipal);
    Validations.of(selection).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason:
        'AWS Backup’s own policy for taking backups, which AWS keeps current with the services it backs up.',
    });
    const keyReason =
      'The GenerateDataKey*/ReEncrypt* families on the Events table’s key only, which reading and restoring the table needs.';
    Validations.of(selection).acknowledge(
      { id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', reason: keyReason },
      { id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]', reason: keyReason },
    );
    Validations.of(selection).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores]',
      reason: 'AWS Backup’s own policy for restores, which the restore steps of docs/operations.md use.',
    });
  }
}
