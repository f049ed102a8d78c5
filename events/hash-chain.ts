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

/** Whether an event as stored is still the one hashed when it was appended. */
export const hashHolds = (event: StoredEvent): boolean => hashEvent(event) === event.hash;

export type ChainProblem = 'missing-version' | 'broken-link' | 'hash-mismatch' | 'tip-mismatch';

export interface ChainBreak {
  readonly version: number;
  readonly problem: ChainProblem;
}

/** What linking needs of an event: its place and its two hashes. */
export type Link = Pick<StoredEvent, 'version' | 'previousHash' | 'hash'>;

/**
 * Every break in the links of one stream's events, in version order: a version missing, an event not
 * naming the hash of the one before it. Each link is judged on its own, so one break hides no other.
 */
export function linkBreaks(links: readonly Link[]): ChainBreak[] {
  const breaks: ChainBreak[] = [];
  let previous: Link | undefined;
  for (const link of links) {
    const expected = (previous?.version ?? 0) + 1;
    if (link.version !== expected) breaks.push({ version: expected, problem: 'missing-version' });
    else if (link.previousHash !== (previous?.hash ?? null))
      breaks.push({ version: link.version, problem: 'broken-link' });
    previous = link;
  }
  return breaks;
}

/** Every break of one stream's chain, its events in version order: links, then each event's own hash. */
export function chainBreaks(events: readonly StoredEvent[]): ChainBreak[] {
  const changed = events
    .filter((event) => !hashHolds(event))
    .map((event): ChainBreak => ({ version: event.version, problem: 'hash-mismatch' }));
  // Stable: at one version, its link is named before its hash, as a reader meets them.
  return [...linkBreaks(events), ...changed].sort((a, b) => a.version - b.version);
}
