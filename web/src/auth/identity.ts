import type { Identity } from '../api/answers';

/** A person `GET /local/people` offers to sign in as (the local gateway only). */
export interface LocalPerson extends Identity {
  readonly name: string;
  readonly title: string;
  readonly token: string;
}

/** Who the token says the caller is, as the API reads it: `GET /me`. */
export async function identityOf(apiUrl: string, token: string): Promise<Identity> {
  const response = await fetch(`${apiUrl}/me`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET /me answered ${response.status}`);
  return (await response.json()) as Identity;
}
