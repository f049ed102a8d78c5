import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from 'jose';
import { CLAIMS } from '../functions/access/claims';
import type { Role } from '../functions/access/roles';

/**
 * Stands in for the Cognito user pool, and only for it: it signs access tokens shaped as the pool
 * issues them once the pre-token-generation trigger has added the product's claims, with an RS256 key
 * published as a JWKS, as Cognito publishes its keys. Everything after the token is the real code.
 */
export const LOCAL_ISSUER = 'http://localhost/cmb-secretariat-local';
/** The app client: Cognito access tokens name it in `client_id` (they carry no `aud`). */
export const LOCAL_CLIENT_ID = 'cmb-secretariat';

export interface TokenClaims {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly processes: readonly string[];
  readonly donorId?: string;
}

export interface LocalIssuer {
  /**
   * An access token for these claims, valid for `ttl` (a jose time span: `12h`; `-1h` has expired);
   * `overrides` replace or add claims, to make the tokens an attacker would try.
   */
  sign(claims: TokenClaims, ttl?: string, overrides?: Record<string, unknown>): Promise<string>;
  /** The claims of a token, checked as API Gateway's JWT authorizer checks them, or it throws. */
  verify(token: string): Promise<JWTPayload>;
  /** The private key, to keep tokens valid across restarts of `npm start`. */
  readonly privateJwk: JWK;
}

const ALGORITHM = 'RS256';

/** An issuer with the given private key, or a new one. */
export async function localIssuer(privateJwk?: JWK): Promise<LocalIssuer> {
  const jwk = privateJwk ?? (await newPrivateJwk());
  const privateKey = await importJWK(jwk, ALGORITHM);
  const { d: _, p: __, q: ___, dp: ____, dq: _____, qi: ______, ...publicJwk } = jwk;
  const keys = createLocalJWKSet({ keys: [publicJwk] });
  return {
    privateJwk: jwk,
    sign: ({ sub, roles, processes, donorId }, ttl = '12h', overrides = {}) =>
      new SignJWT({
        iss: LOCAL_ISSUER,
        sub,
        jti: randomUUID(),
        token_use: 'access',
        client_id: LOCAL_CLIENT_ID,
        scope: 'aws.cognito.signin.user.admin',
        username: sub,
        [CLAIMS.roles]: [...roles],
        [CLAIMS.processes]: [...processes],
        ...(donorId === undefined ? {} : { [CLAIMS.donorId]: donorId }),
        ...overrides,
      })
        .setProtectedHeader({ alg: ALGORITHM, kid: jwk.kid ?? '' })
        .setIssuedAt()
        .setExpirationTime(ttl)
        .sign(privateKey),
    verify: async (token) => {
      // The key by `kid` from the key set, the algorithm, issuer, expiry and not-before: as the authorizer.
      const { payload } = await jwtVerify(token, keys, {
        issuer: LOCAL_ISSUER,
        algorithms: [ALGORITHM],
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      // The authorizer takes the audience from `aud` (ID tokens) or `client_id` (access tokens).
      const audiences = [payload.aud ?? [], payload.client_id ?? []].flat();
      if (!audiences.includes(LOCAL_CLIENT_ID)) throw new Error('token for another audience');
      if ((payload.iat ?? 0) > Math.floor(Date.now() / 1000) + 60)
        throw new Error('token issued in the future');
      return payload;
    },
  };
}

async function newPrivateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: ALGORITHM, use: 'sig' };
}

/** The issuer whose key is kept in `<stateDir>/jwt-key.json`, made on first use (`npm start`, `npm run token`). */
export async function issuerIn(stateDir: string): Promise<LocalIssuer> {
  mkdirSync(stateDir, { recursive: true });
  const file = join(stateDir, 'jwt-key.json');
  if (existsSync(file)) return localIssuer(JSON.parse(readFileSync(file, 'utf8')) as JWK);
  const issuer = await localIssuer();
  writeFileSync(file, JSON.stringify(issuer.privateJwk), { mode: 0o600 });
  return issuer;
}
