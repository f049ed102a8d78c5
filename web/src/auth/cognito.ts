import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { RuntimeConfig } from '../config';

export type CognitoConfig = Extract<RuntimeConfig['auth'], { kind: 'cognito' }>;

/**
 * Sign-in with Cognito's hosted UI: authorization code with PKCE. The user (and its tokens) is kept in
 * memory only, so a token never outlives the tab; the short-lived state of the redirect itself is in
 * session storage, which the redirect has to survive.
 */
export function userManager(auth: CognitoConfig): UserManager {
  return new UserManager({
    authority: auth.authority,
    client_id: auth.clientId,
    redirect_uri: auth.redirectUri,
    post_logout_redirect_uri: auth.logoutUri,
    response_type: 'code',
    scope: 'openid email profile',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}
