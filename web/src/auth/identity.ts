import { CLAIMS } from '../../../functions/access/claims';
import type { Identity } from '../api/answers';

/** A person `GET /local/people` offers to sign in as (the local gateway only). */
export interface LocalPerson extends Identity {
  readonly name: string;
  readonly title: string;
  readonly token: string;
}

/**
 * Who the token says the caller is: `GET /me` answers it; where the API has no such route yet, the
 * token's own claims say the same (the API reads them the same way, and its 403 is the real guard).
 */
export async function identityOf(apiUrl: string, token: string, known?: Identity): Promise<Identity> {
  const response = await fetch(`${apiUrl}/me`, { headers: { authorization: `Bearer ${token}` } });
  if (response.ok) return (await response.json()) as Identity;
  if (response.status !== 404) throw new Error(`GET /me answered ${response.status}`);
  return known ?? claimsOf(token);
}

function claimsOf(token: string): Identity {
  const payload = token.split('.')[1] ?? '';
  const claims = JSON.parse(atob(payload.replaceAll('-', '+').replaceAll('_', '/'))) as Record<
    string,
    unknown
  >;
  const roles = list(claims[CLAIMS.roles] ?? claims.roles);
  const donorId = claims[CLAIMS.donorId] ?? claims.donorId;
  return {
    subject: String(claims.sub ?? ''),
    roles,
    processes: list(claims[CLAIMS.processes]),
    ...(typeof donorId === 'string' ? { donorId } : {}),
  };
}

/** A list claim: a JSON array, or the words of a string. */
const list = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? value.split(/[\s,]+/).filter(Boolean)
      : [];
