import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  type AnchorSignatureProblem,
  anchorSignatureProblem,
  type SignedAnchor,
  type StreamTip,
} from '../../events/anchor';
import { type AnchorStore, storedChain, streamsOfProcess } from '../../events/anchor-store';
import type { StoredEvent } from '../../events/envelope';
import { chainBreaks } from '../../events/hash-chain';

export interface AnchorCheckSources {
  readonly client: DynamoDBDocumentClient;
  readonly eventsTable: string;
  readonly anchors: AnchorStore;
  /** Public keys (PEM) by the key id anchors name: the only keys whose signatures count. */
  readonly keys: ReadonlyMap<string, string>;
}

export interface BadAnchor {
  readonly anchoredAt: string;
  readonly scope: SignedAnchor['scope'];
  readonly problem: AnchorSignatureProblem;
}

/** An anchored tip the stored log no longer reaches: the log was altered before that anchor. */
export interface AnchorBreach {
  readonly streamId: string;
  readonly version: number;
  readonly anchoredAt: string;
  /**
   * `missing-version`, `broken-link`, `hash-mismatch`: the chain up to the anchored version does not
   * hold at `version`; `rewritten`: it holds, but ends at another hash than the one anchored (events
   * edited and every later hash recomputed).
   */
  readonly problem: 'missing-version' | 'broken-link' | 'hash-mismatch' | 'rewritten';
}

/** An event no valid anchor covers yet: appended after the latest anchor of its stream, or never anchored. */
export interface UnanchoredEvent {
  readonly streamId: string;
  readonly version: number;
  readonly recordedAt: string | null;
}

export interface AnchorVerdict {
  /** False when an anchor's signature fails or the log no longer reaches an anchored tip. */
  readonly valid: boolean;
  readonly anchors: number;
  readonly latestAnchoredAt: string | null;
  readonly badAnchors: readonly BadAnchor[];
  readonly breaches: readonly AnchorBreach[];
  readonly unanchored: readonly UnanchoredEvent[];
}

/**
 * Checks a process's log against its signed anchors (and any carried by a report): every anchor's
 * signature with the trusted public keys; that each anchored stream's stored chain still holds up to
 * the anchored version and ends there at the anchored hash; and names every event past the last
 * anchored version of its stream. `streams` limits the check to those streams (a report's).
 */
export async function verifyAnchors(
  sources: AnchorCheckSources,
  processId: string,
  options: { readonly streams?: readonly string[]; readonly carried?: readonly SignedAnchor[] } = {},
): Promise<AnchorVerdict> {
  const stored = await sources.anchors.list(processId);
  const anchors = [...stored, ...(options.carried ?? [])];
  const streamIds =
    options.streams ?? (await streamsOfProcess(sources.client, sources.eventsTable, processId));
  const chains = new Map<string, Record<string, unknown>[]>();
  const anchoredStreams = new Set(anchors.flatMap((a) => a.tips.map((t) => t.streamId)));
  const wanted = options.streams
    ? new Set(options.streams)
    : new Set([...streamIds, ...[...anchoredStreams].filter((s) => s.startsWith(`${processId}#`))]);
  await Promise.all(
    [...wanted].map(async (streamId) =>
      chains.set(streamId, await storedChain(sources.client, sources.eventsTable, streamId)),
    ),
  );
  return checkAnchors(anchors, chains, sources.keys);
}

/** The pure check of `verifyAnchors`, over the anchors and the stored chains of the streams in scope. */
export function checkAnchors(
  anchors: readonly SignedAnchor[],
  chains: ReadonlyMap<string, readonly Record<string, unknown>[]>,
  keys: ReadonlyMap<string, string>,
): AnchorVerdict {
  const badAnchors: BadAnchor[] = [];
  const breaches = new Map<string, AnchorBreach>();
  const anchoredUpTo = new Map<string, number>();
  for (const anchor of anchors) {
    const problem = anchorSignatureProblem(anchor, keys);
    if (problem) {
      badAnchors.push({ anchoredAt: anchor.anchoredAt, scope: anchor.scope, problem });
      continue;
    }
    for (const tip of anchor.tips) {
      const chain = chains.get(tip.streamId);
      if (!chain) continue;
      anchoredUpTo.set(tip.streamId, Math.max(anchoredUpTo.get(tip.streamId) ?? 0, tip.version));
      const breach = breachOf(chain, tip, anchor.anchoredAt);
      const key = breach && `${breach.streamId}@${breach.version}:${breach.problem}`;
      if (breach && key && !breaches.has(key)) breaches.set(key, breach);
    }
  }
  const unanchored: UnanchoredEvent[] = [];
  for (const [streamId, chain] of chains) {
    const upTo = anchoredUpTo.get(streamId) ?? 0;
    for (const item of chain)
      if ((item.version as number) > upTo)
        unanchored.push({
          streamId,
          version: item.version as number,
          recordedAt: (item.metadata as { recordedAt?: string } | undefined)?.recordedAt ?? null,
        });
  }
  const latest =
    anchors
      .map((a) => a.anchoredAt)
      .sort()
      .at(-1) ?? null;
  return {
    valid: badAnchors.length === 0 && breaches.size === 0,
    anchors: anchors.length,
    latestAnchoredAt: latest,
    badAnchors,
    breaches: [...breaches.values()],
    unanchored,
  };
}

/** Where the stored chain stops reaching an anchored tip, if it does. */
function breachOf(
  chain: readonly Record<string, unknown>[],
  tip: StreamTip,
  anchoredAt: string,
): AnchorBreach | undefined {
  const named = (version: number, problem: AnchorBreach['problem']): AnchorBreach => ({
    streamId: tip.streamId,
    version,
    anchoredAt,
    problem,
  });
  const events = (chain as unknown as StoredEvent[])
    .filter((item) => item.version >= 1 && item.version <= tip.version)
    .sort((a, b) => a.version - b.version);
  // The chain's own breaks first, as verification names them, then whether it still ends at the tip.
  const [first] = chainBreaks(events);
  if (first) return named(first.version, first.problem as AnchorBreach['problem']);
  if (events.length < tip.version) return named(events.length + 1, 'missing-version');
  return events.at(-1)?.hash === tip.hash ? undefined : named(tip.version, 'rewritten');
}
