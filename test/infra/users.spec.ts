import { describe, expect, it } from 'vitest';
import { ATTRIBUTES } from '../../functions/access/claims';
import { roles } from '../../functions/access/roles';
import { logicalIdOf, resourceOf, resourcesOfType, synth } from './synth';

describe('the user pool', () => {
  const { stack, template } = synth('dev');
  const { users } = stack;
  const pool = resourceOf(template, users.userPool).Properties;
  const client = resourceOf(template, users.client).Properties;

  it('has one group per role of the product, named as the tokens carry it, and no other', () => {
    const groups = Object.values(resourcesOfType(template, 'AWS::Cognito::UserPoolGroup'));
    expect(groups.map((group) => group.Properties.GroupName).sort()).toEqual([...roles].sort());
    for (const group of groups)
      expect(group.Properties.UserPoolId).toEqual({ Ref: logicalIdOf(users.userPool) });
  });

  it('keeps each person’s processes and donor id as custom attributes', () => {
    expect(pool.Schema).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Name: ATTRIBUTES.processes, AttributeDataType: 'String', Mutable: true }),
        expect.objectContaining({ Name: ATTRIBUTES.donorId, AttributeDataType: 'String', Mutable: true }),
      ]),
    );
  });

  it('lets the app read the memberships but never write them: only an administrator can', () => {
    expect(client.ReadAttributes).toEqual(
      expect.arrayContaining([`custom:${ATTRIBUTES.processes}`, `custom:${ATTRIBUTES.donorId}`]),
    );
    expect(client.WriteAttributes.filter((name: string) => name.startsWith('custom:'))).toEqual([]);
    expect(pool.AdminCreateUserConfig).toMatchObject({ AllowAdminCreateUserOnly: true });
  });

  it('puts the memberships into access tokens through the version 2 pre-token-generation trigger', () => {
    expect(pool.LambdaConfig).toEqual({
      PreTokenGenerationConfig: {
        LambdaArn: { 'Fn::GetAtt': [logicalIdOf(users.tokenClaims), 'Arn'] },
        LambdaVersion: 'V2_0',
      },
    });
  });

  it('requires a second factor, a strong password and Cognito’s threat protection', () => {
    expect(pool.MfaConfiguration).toBe('ON');
    expect(pool.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(pool.Policies.PasswordPolicy).toMatchObject({
      MinimumLength: 12,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
    expect(pool.UserPoolTier).toBe('PLUS');
    expect(pool.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
  });

  it('issues access tokens valid for an hour, so a changed membership holds within the hour', () => {
    expect(client).toMatchObject({ AccessTokenValidity: 60, TokenValidityUnits: { AccessToken: 'minutes' } });
  });

  it('gives the trigger no table and no key', () => {
    expect(resourceOf(template, users.tokenClaims).Properties.Environment.Variables).toEqual({
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  it('is retained in prod with deletion protection, and disposable in dev', () => {
    const prod = synth('prod');
    const prodPool = resourceOf(prod.template, prod.stack.users.userPool);
    expect(prodPool.DeletionPolicy).toBe('Retain');
    expect(prodPool.Properties.DeletionProtection).toBe('ACTIVE');
    expect(resourceOf(template, users.userPool).DeletionPolicy).toBe('Delete');
  });
});
