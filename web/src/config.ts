/** What `/config.json` says (written by the local gateway, or by the stack next to the app on AWS). */
export interface RuntimeConfig {
  /** Where the API is: empty for the app's own origin. */
  readonly apiUrl: string;
  readonly auth:
    | { readonly kind: 'local'; readonly peopleUrl: string }
    | {
        readonly kind: 'cognito';
        readonly authority: string;
        readonly clientId: string;
        readonly domain: string;
        readonly redirectUri: string;
        readonly logoutUri: string;
      };
}

export async function loadConfig(): Promise<RuntimeConfig> {
  const response = await fetch('/config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
  return (await response.json()) as RuntimeConfig;
}

type CognitoAuth = Extract<RuntimeConfig['auth'], { kind: 'cognito' }>;

/** Cognito's hosted UI logout: it ends the session there, then returns to the app. */
export const logoutUrl = (auth: CognitoAuth): string =>
  `${auth.domain}/logout?client_id=${encodeURIComponent(auth.clientId)}&logout_uri=${encodeURIComponent(auth.logoutUri)}`;
