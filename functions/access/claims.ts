/**
 * The token claims this product reads: roles from the Cognito groups, and the two claims the
 * pre-token-generation trigger adds to access tokens from the user's custom attributes.
 */
export const CLAIMS = { roles: 'cognito:groups', processes: 'processes', donorId: 'donor_id' } as const;

/** The Cognito custom attributes an administrator sets per user; users cannot write them. */
export const ATTRIBUTES = { processes: 'processes', donorId: 'donorId' } as const;
