import { jwtVerify, SignJWT } from 'jose';

/** What the local issuer puts in tokens and the local gateway checks, as API Gateway's JWT authorizer would. */
export const LOCAL_ISSUER = 'http://localhost/cmb-secretariat-local';
export const LOCAL_AUDIENCE = 'cmb-secretariat';

export interface TokenClaims {
  readonly sub: string;
  readonly groups: readonly string[];
}

export const signToken = (secret: Uint8Array, { sub, groups }: TokenClaims, ttl = '12h'): Promise<string> =>
  new SignJWT({ 'cognito:groups': [...groups] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(secret);

/** Signature, issuer, audience and expiry, or it throws. */
export const verifyToken = async (secret: Uint8Array, token: string) =>
  (await jwtVerify(token, secret, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, algorithms: ['HS256'] }))
    .payload;
