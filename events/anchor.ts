import { createHash, createPublicKey, verify } from 'node:crypto';
import canonicalize from 'canonicalize';

/** Where a stream stood when it was anchored: its last event's version and hash. */
export interface StreamTip {
  readonly streamId: string;
  readonly version: number;
  readonly hash: string;
}

/**
 * What an anchor attests: every listed stream's tip in one process at one instant. `scope` says
 * whether the tips are all the process's streams (a scheduled anchor) or those a report rests on.
 */
export interface AnchorStatement {
  readonly processId: string;
  readonly scope: 'process' | 'report';
  readonly anchoredAt: string;
  readonly tips: readonly StreamTip[];
}

/** ECDSA over P-256 with SHA-256: KMS `ECC_NIST_P256` + `ECDSA_SHA_256`, or node:crypto with a key file. */
export const ANCHOR_ALGORITHM = 'ECDSA_SHA_256';

export interface SignedAnchor extends AnchorStatement {
  /** SHA-256 (hex) of the statement's RFC 8785 canonical JSON: what the signature covers. */
  readonly digest: string;
  readonly algorithm: typeof ANCHOR_ALGORITHM;
  /** The signing key: a KMS key ARN, or `file:<SHA-256 of the public key>` for a local key file. */
  readonly keyId: string;
  /** DER-encoded ECDSA signature, base64. */
  readonly signature: string;
}

/** Signs a statement's canonical bytes; the key never leaves it (KMS, or the local key file). */
export interface Signer {
  readonly keyId: string;
  /** DER-encoded ECDSA P-256 signature over SHA-256 of the message. */
  sign(message: Uint8Array): Promise<Uint8Array>;
  /** The public key (PEM, SPKI) anyone verifies with, offline. */
  publicKey(): Promise<string>;
}

/** Tips in stream order, so the same log gives the same statement whatever order it was read in. */
export const sortedTips = (tips: readonly StreamTip[]): StreamTip[] =>
  [...tips]
    .map(({ streamId, version, hash }) => ({ streamId, version, hash }))
    .sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0));

/** The bytes signed: the statement's canonical JSON, which the digest is the SHA-256 of. */
export const statementBytes = ({ processId, scope, anchoredAt, tips }: AnchorStatement): Buffer =>
  Buffer.from(canonicalize({ processId, scope, anchoredAt, tips: sortedTips(tips) }) ?? '', 'utf8');

export const statementDigest = (statement: AnchorStatement): string =>
  createHash('sha256').update(statementBytes(statement)).digest('hex');

export async function signAnchor(signer: Signer, statement: AnchorStatement): Promise<SignedAnchor> {
  const tips = sortedTips(statement.tips);
  const sorted = { ...statement, tips };
  const signature = await signer.sign(statementBytes(sorted));
  return {
    ...sorted,
    digest: statementDigest(sorted),
    algorithm: ANCHOR_ALGORITHM,
    keyId: signer.keyId,
    signature: Buffer.from(signature).toString('base64'),
  };
}

/** `file:` key ids name the public key itself, so a verifier can tell which local key signed. */
export const fileKeyId = (publicKeyPem: string): string =>
  `file:${createHash('sha256')
    .update(createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' }))
    .digest('hex')}`;

export type AnchorSignatureProblem = 'digest-mismatch' | 'bad-signature' | 'unknown-key';

/**
 * Whether an anchor's digest is its statement's and its signature verifies with the public key of the
 * key it names. Any edit of the statement, the digest or the signature fails it.
 */
export function anchorSignatureProblem(
  anchor: SignedAnchor,
  publicKeys: ReadonlyMap<string, string>,
): AnchorSignatureProblem | undefined {
  let digest: string;
  try {
    digest = statementDigest(anchor);
  } catch {
    // A statement that is not one (no tips, a tip without a hash) cannot have been signed.
    return 'digest-mismatch';
  }
  if (digest !== anchor.digest) return 'digest-mismatch';
  const publicKey = publicKeys.get(anchor.keyId);
  if (!publicKey) return 'unknown-key';
  try {
    const signature = Buffer.from(anchor.signature, 'base64');
    return verify('sha256', statementBytes(anchor), publicKey, signature) ? undefined : 'bad-signature';
  } catch {
    return 'bad-signature';
  }
}
