import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { idSchema } from '../../events/schemas';
import { ATTRIBUTES, CLAIMS } from './claims';

const wellFormed = (id: string | undefined): id is string =>
  id !== undefined && idSchema.safeParse(id).success;

/**
 * Cognito's pre-token-generation trigger (event version 2): access tokens carry the groups but not the
 * user's custom attributes, so it copies them into the claims `functions/commons/identity.ts` reads:
 * `processes`, a list parsed from `custom:processes` ("P1,P2"), and `donor_id` for a donor. Ids that
 * could not be ids are left out rather than passed on; groups are kept as they are.
 */
export const handler = async (
  event: PreTokenGenerationV2TriggerEvent,
): Promise<PreTokenGenerationV2TriggerEvent> => {
  const attributes = event.request.userAttributes;
  const groups = event.request.groupConfiguration.groupsToOverride ?? [];
  const processes = (attributes[`custom:${ATTRIBUTES.processes}`] ?? '').split(/[\s,]+/).filter(wellFormed);
  const donorId = attributes[`custom:${ATTRIBUTES.donorId}`];
  const claims = {
    [CLAIMS.processes]: processes,
    ...(groups.includes('donor') && wellFormed(donorId) ? { [CLAIMS.donorId]: donorId } : {}),
  };
  event.response = {
    claimsAndScopeOverrideDetails: {
      // Version 2 claims may be lists; @types/aws-lambda still types them as strings only.
      accessTokenGeneration: { claimsToAddOrOverride: claims as unknown as Record<string, string> },
      // Left out, the groups would be suppressed: passing them back keeps `cognito:groups` as it is.
      groupOverrideDetails: event.request.groupConfiguration,
    },
  };
  return event;
};
