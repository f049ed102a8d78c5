import { type AuditReportRequest, auditReport } from '../../domain/audit/audit-report';
import { expectedDigestOf, withDigest } from '../../domain/audit/digest';
import { firstDifference } from '../../domain/audit/first-difference';
import type { SignedAnchor } from '../../events/anchor';
import { UnreadableEvent } from '../../events/errors';
import type { EventStore } from '../../events/event-store';
import { type AnchorCheckSources, verifyAnchors } from './anchor-check';
import { donorLog, type PartitionRows } from './donor-log';
import { verifyLog } from './log-verification';

/**
 * The report from the log as recorded by `knownAt`, with its digest; undefined without a pledge. With
 * the read models' `rows`, from the donor's own streams (`donorLog`); without, from the whole process
 * log, which verification re-derives from: the same report and digest, read from everything.
 */
export async function generateAuditReport(
  store: EventStore,
  request: AuditReportRequest,
  rows?: PartitionRows,
) {
  const events = rows
    ? await donorLog(store, rows, request)
    : await store.readProcess(request.processId, request.knownAt);
  const report = auditReport(events, request);
  return report && withDigest(report);
}

export type SignedAuditReport = NonNullable<Awaited<ReturnType<typeof generateAuditReport>>>;

/** What is claimed: the report's parameters with its digest, or the whole report as it was handed over. */
export interface AuditClaim {
  readonly request: AuditReportRequest;
  readonly digest?: string;
  readonly report?: {
    readonly digest?: { readonly value?: string };
    readonly streams?: unknown;
    /** The signed tips the report was issued with (docs/anchoring.md); not part of its digest. */
    readonly anchor?: unknown;
  };
}

/**
 * Checks a claim two ways. The report: derived again from the event log, the claimed digest against
 * the derived one, a handed-over report against its own digest (was it edited after it was issued?)
 * and against the derived report (where do they part ways?). The log itself: every stream of the
 * process walked as stored (`verifyLog`), every item that cannot be read or whose hash or link fails
 * named. An unreadable item stops the report from being derived, never the walk that names it.
 */
export async function verifyAuditReport(
  store: EventStore,
  claim: AuditClaim,
  anchoring?: AnchorCheckSources,
) {
  const { request } = claim;
  const { anchor: carried, ...handedOver } = claim.report ?? {};
  const [derivation, log] = await Promise.all([
    generateAuditReport(store, request).then(
      (report) => ({ report }),
      (cause: unknown) => {
        if (cause instanceof UnreadableEvent) return { report: undefined, error: 'log-unreadable' };
        throw cause;
      },
    ),
    verifyLog(store, request.processId),
  ]);
  const derived = derivation.report;
  const notFound = request.contributionId ? 'contribution-not-found' : 'donor-not-found';
  const error = 'error' in derivation ? derivation.error : derived ? undefined : notFound;
  const claimedDigest = claim.report?.digest?.value ?? claim.digest ?? null;
  const matches = derived && claimedDigest !== null ? derived.digest.value === claimedDigest : null;
  const reportIntact = claim.report ? expectedDigestOf(handedOver) === claimedDigest : null;
  const difference =
    claim.report && derived ? firstDifference(withoutDigest(handedOver), withoutDigest(derived)) : undefined;
  // The anchors are checked over the streams the report rests on, derived or as handed over.
  const listed = Array.isArray(handedOver.streams) ? (handedOver.streams as unknown[]) : [];
  const streams = [...new Set([...(derived?.streams ?? []), ...listed])].filter(
    (s): s is string => typeof s === 'string' && s.startsWith(`${request.processId}#`),
  );
  const anchors = anchoring
    ? await verifyAnchors(anchoring, request.processId, {
        streams,
        ...(carried ? { carried: [carried as SignedAnchor] } : {}),
      })
    : null;
  const [first] = log.findings;
  return {
    valid: !error && matches !== false && reportIntact !== false && !first && anchors?.valid !== false,
    request: { ...request, contributionId: request.contributionId ?? null },
    digest: { claimed: claimedDigest, derived: derived?.digest.value ?? null, matches },
    reportIntact,
    firstDifference: difference ?? null,
    /** The first of `findings`, as the web app and scripts name it. */
    firstMismatch: first
      ? { streamId: first.streamId, version: first.version, problem: first.problem }
      : null,
    log: { streams: log.streams, events: log.events },
    findings: log.findings,
    anchors,
    ...(error ? { error } : {}),
  };
}

export type Verification = Awaited<ReturnType<typeof verifyAuditReport>>;

const withoutDigest = (document: object): object => {
  const { digest: _, ...content } = document as { digest?: unknown };
  return content;
};
