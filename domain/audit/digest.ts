import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export interface Digest {
  readonly algorithm: 'SHA-256';
  readonly canonicalization: 'RFC 8785';
  readonly value: string;
}

/** SHA-256 over the RFC 8785 canonical JSON of a document: the same content gives the same digest, whatever the key order. */
export const digestOf = (document: object): string =>
  createHash('sha256')
    .update(canonicalize(document) ?? '')
    .digest('hex');

/** The document with its digest, computed over everything else in it. */
export const withDigest = <T extends object>(document: T): T & { readonly digest: Digest } => ({
  ...document,
  digest: { algorithm: 'SHA-256', canonicalization: 'RFC 8785', value: digestOf(document) },
});

/** The digest a document should carry: recomputed over all but its `digest` field. */
export const expectedDigestOf = (document: { readonly digest?: unknown }): string => {
  const { digest: _, ...content } = document;
  return digestOf(content);
};
