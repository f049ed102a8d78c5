import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { StoredEvent } from './envelope';

type Hashed = Omit<StoredEvent, 'hash'>;

/**
 * SHA-256 over the RFC 8785 canonical JSON of everything recorded about the event, including the
 * previous event's hash: changing, removing or reordering any stored event breaks every later link.
 */
export const hashEvent = (event: Hashed): string => {
  const { streamId, version, type, schemaVersion, data, metadata, previousHash } = event;
  const canonical = canonicalize({ streamId, version, type, schemaVersion, data, metadata, previousHash });
  return createHash('sha256')
    .update(canonical ?? '')
    .digest('hex');
};

export type ChainVerdict =
  | { readonly valid: true; readonly events: number; readonly lastHash: string | null }
  | {
      readonly valid: false;
      readonly version: number;
      readonly problem: 'missing-version' | 'broken-link' | 'hash-mismatch' | 'tip-mismatch';
    };

/**
 * Recompute the chain of one stream's events (in version order) and name the first that does not match.
 * `oldTip` is the tip item a stream kept before its latest event carried the tip: the last version and
 * hash written then, which the chain must still pass through. A stream without one has nothing here to
 * show that its last event was deleted: the signed anchor of every stream's tip catches that.
 */
export function verifyChain(
  events: readonly StoredEvent[],
  oldTip?: { lastVersion: number; lastHash: string | null },
): ChainVerdict {
  let previousHash: string | null = null;
  for (const [index, event] of events.entries()) {
    const expectedVersion = index + 1;
    if (event.version !== expectedVersion)
      return { valid: false, version: expectedVersion, problem: 'missing-version' };
    if (event.previousHash !== previousHash)
      return { valid: false, version: event.version, problem: 'broken-link' };
    if (hashEvent(event) !== event.hash)
      return { valid: false, version: event.version, problem: 'hash-mismatch' };
    previousHash = event.hash;
  }
  // Events appended since the old tip go past it; an event it recorded is missing or not the one it names.
  if (oldTip && events[oldTip.lastVersion - 1]?.hash !== oldTip.lastHash)
    return { valid: false, version: oldTip.lastVersion, problem: 'tip-mismatch' };
  return { valid: true, events: events.length, lastHash: previousHash };
}
