import { describe, expect, it } from 'vitest';
import { ANCHOR_KEY_ENV, TABLE_ENV } from '../../functions/commons/config';
import { httpFunctions } from '../../functions/routes';
import { allDataActions, allowedStatements, dataActionsOn, referencedIds } from './iam';
import { logicalIdOf, resourceOf, resourcesOfType, synth } from './synth';

describe('anchoring the log', () => {
  const { stack, template } = synth('prod');
  const { anchoring, tables } = stack;
  const fn = anchoring.function;
  const keyId = logicalIdOf(anchoring.signingKey);

  it('signs with an asymmetric KMS key, ECC NIST P-256 for signing and verifying, kept with the data', () => {
    const key = resourceOf(template, anchoring.signingKey);
    expect(key.Properties).toMatchObject({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    expect(key.Properties.EnableKeyRotation).toBeUndefined();
    expect(key.DeletionPolicy).toBe('Retain');
  });

  it('runs the anchor function on a schedule, hourly', () => {
    const rule = resourceOf(template, anchoring.schedule);
    expect(rule.Properties.ScheduleExpression).toBe('rate(1 hour)');
    expect(rule.Properties.Targets).toEqual([
      expect.objectContaining({ Arn: { 'Fn::GetAtt': [logicalIdOf(fn), 'Arn'] } }),
    ]);
    const permissions = Object.values(resourcesOfType(template, 'AWS::Lambda::Permission')).filter(
      (p) => p.Properties.Principal === 'events.amazonaws.com',
    );
    expect(permissions.map((p) => p.Properties.FunctionName)).toContainEqual({
      'Fn::GetAtt': [logicalIdOf(fn), 'Arn'],
    });
  });

  it('tells the function the Events table, the Anchors table and the key', () => {
    expect(resourceOf(template, fn).Properties.Environment.Variables).toMatchObject({
      [TABLE_ENV.Events]: { Ref: logicalIdOf(tables.events) },
      [TABLE_ENV.Anchors]: { Ref: logicalIdOf(anchoring.table) },
      [ANCHOR_KEY_ENV.kms]: { 'Fn::GetAtt': [keyId, 'Arn'] },
    });
  });

  it('lets the function sign with that key only: kms:Sign, on no other resource', () => {
    const signing = allowedStatements(template, fn).filter((s) =>
      [s.Action ?? []].flat().includes('kms:Sign'),
    );
    expect(signing).toHaveLength(1);
    expect([...referencedIds(signing[0]?.Resource)]).toEqual([keyId]);
    expect(dataActionsOn(template, fn, [anchoring.signingKey])).toEqual(['kms:Sign']);
  });

  it('lets the function scan Events and append anchors, nothing more', () => {
    expect(dataActionsOn(template, fn, [tables.events])).toEqual(['dynamodb:Scan']);
    expect(dataActionsOn(template, fn, [anchoring.table]).sort()).toEqual([
      'dynamodb:PutItem',
      'dynamodb:Query',
    ]);
    const actions = allDataActions(template, fn);
    for (const action of ['dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'])
      expect(actions).not.toContain(action);
  });

  it('lets no other function write the Anchors table', () => {
    const others = [
      ...stack.api.functions.values(),
      stack.projector.function,
      stack.rebuild.function,
      stack.users.tokenClaims,
    ];
    const anchorsData = [anchoring.table, anchoring.table.encryptionKey].filter((it) => it !== undefined);
    for (const other of others) {
      const actions = dataActionsOn(template, other, anchorsData);
      expect(
        // The projector's stream grant lists stream ARNs on `*`: metadata, no item of any table.
        actions.filter((a) => !['dynamodb:Query', 'kms:Decrypt', 'dynamodb:ListStreams'].includes(a)),
        other.node.path,
      ).toEqual([]);
    }
  });

  it('lets the audit functions sign each report’s anchor and read the anchors, and no other function the key', () => {
    const audits: string[] = httpFunctions.filter((f) => f.access === 'audit').map((f) => f.name);
    for (const [name, other] of stack.api.functions) {
      const onKey = dataActionsOn(template, other, [anchoring.signingKey]).sort();
      expect(onKey, name).toEqual(audits.includes(name) ? ['kms:GetPublicKey', 'kms:Sign'] : []);
    }
    for (const other of [stack.projector.function, stack.rebuild.function, stack.users.tokenClaims])
      expect(
        dataActionsOn(template, other, [anchoring.signingKey]).filter((a) => a !== 'dynamodb:ListStreams'),
      ).toEqual([]);
  });
});
