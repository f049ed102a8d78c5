import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../infra/stage';
import { logicalIdOf, resourceOf, resourcesOfType, synth } from './synth';

describe('the Events table’s backups', () => {
  const prod = synth('prod');
  const { backup, tables } = prod.stack;

  it('are taken daily in prod, kept seven years and moved to cold storage after a month', () => {
    if (!backup) throw new Error('prod has no backup plan');
    const plan = resourceOf(prod.template, backup.plan).Properties.BackupPlan;
    expect(plan.BackupPlanRule).toEqual([
      expect.objectContaining({
        RuleName: 'Daily',
        ScheduleExpression: 'cron(0 3 * * ? *)',
        TargetBackupVault: { 'Fn::GetAtt': [logicalIdOf(backup.vault), 'BackupVaultName'] },
        Lifecycle: { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 2557 },
      }),
    ]);
    expect(settingsFor('prod').eventsBackup).toEqual({ retentionYears: 7, coldAfterDays: 30 });
  });

  it('select the Events table and only it', () => {
    const selections = Object.values(resourcesOfType(prod.template, 'AWS::Backup::BackupSelection'));
    expect(selections).toHaveLength(1);
    expect(selections[0]?.Properties.BackupSelection.Resources).toEqual([
      { 'Fn::GetAtt': [logicalIdOf(tables.events), 'Arn'] },
    ]);
  });

  it('go to a vault with its own key, kept when the stack goes', () => {
    if (!backup) throw new Error('prod has no backup plan');
    const vault = resourceOf(prod.template, backup.vault);
    expect(vault.DeletionPolicy).toBe('Retain');
    expect(vault.Properties.EncryptionKeyArn).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/^BackupVaultKey/), 'Arn'],
    });
  });

  it('are not taken in dev, which has point-in-time recovery only', () => {
    const dev = synth('dev');
    expect(dev.stack.backup).toBeUndefined();
    expect(resourcesOfType(dev.template, 'AWS::Backup::BackupPlan')).toEqual({});
  });
});
