import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handler } from './pre-token-generation';

/** The event Cognito sends the trigger (version 2), for a user with these groups and custom attributes. */
const tokenGeneration = (groups: string[], attributes: Record<string, string>) =>
  ({
    version: '2',
    triggerSource: 'TokenGeneration_Authentication',
    region: 'eu-west-1',
    userPoolId: 'eu-west-1_example',
    userName: 'amina',
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'client' },
    request: {
      userAttributes: { sub: 'a1b2', email: 'amina@example.org', ...attributes },
      groupConfiguration: { groupsToOverride: groups, iamRolesToOverride: [], preferredRole: undefined },
      scopes: ['aws.cognito.signin.user.admin'],
    },
    response: { claimsAndScopeOverrideDetails: {} },
  }) as unknown as PreTokenGenerationV2TriggerEvent;

const accessClaims = async (event: PreTokenGenerationV2TriggerEvent) =>
  (await handler(event)).response.claimsAndScopeOverrideDetails.accessTokenGeneration?.claimsToAddOrOverride;

describe('the pre-token-generation trigger', () => {
  it('adds the processes of custom:processes to the access token, as a list', async () => {
    expect(
      await accessClaims(tokenGeneration(['finance-officer'], { 'custom:processes': 'ke-2026,tz' })),
    ).toEqual({
      processes: ['ke-2026', 'tz'],
    });
  });

  it('adds the donor id of a donor', async () => {
    const event = tokenGeneration(['donor'], { 'custom:processes': 'ke', 'custom:donorId': 'eu' });
    expect(await accessClaims(event)).toEqual({ processes: ['ke'], donor_id: 'eu' });
  });

  it('gives no donor id to someone outside the donor group, whatever the attribute says', async () => {
    const event = tokenGeneration(['auditor'], { 'custom:processes': 'ke', 'custom:donorId': 'eu' });
    expect(await accessClaims(event)).toEqual({ processes: ['ke'] });
  });

  it('leaves out ids that could forge a key, and gives no process to a user without the attribute', async () => {
    const event = tokenGeneration(['donor'], {
      'custom:processes': 'ke,ke#risk#1, ,',
      'custom:donorId': 'eu#x',
    });
    expect(await accessClaims(event)).toEqual({ processes: ['ke'] });
    expect(await accessClaims(tokenGeneration(['leadership'], {}))).toEqual({ processes: [] });
  });

  it('keeps the groups as they are, so cognito:groups still carries the roles', async () => {
    const out = await handler(tokenGeneration(['leadership', 'auditor'], { 'custom:processes': 'ke' }));
    expect(out.response.claimsAndScopeOverrideDetails.groupOverrideDetails?.groupsToOverride).toEqual([
      'leadership',
      'auditor',
    ]);
  });
});
