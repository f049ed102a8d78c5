import { type AuditReportRequest, auditReport } from '../../domain/audit/audit-report';
import { expectedDigestOf, withDigest } from '../../domain/audit/digest';
import { firstDifference } from '../../domain/audit/first-difference';
import type { EventStore } from '../../events/event-store';
import type { ChainVerdict } from '../../events/hash-chain';
import { donorLog, type PartitionRows } from './donor-log';

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
  readonly report?: { readonly digest?: { readonly value?: string }; readonly streams?: unknown };
}

export type StreamVerdict = { readonly streamId: string } & ChainVerdict;

export interface Mismatch {
  readonly streamId: string;
  readonly version: number;
  readonly problem: Extract<ChainVerdict, { valid: false }>['problem'];
}

/** Streams are verified a few at a time: a report can rest on hundreds of disbursements. */
const PARALLEL = 8;

/**
 * Re-derives the report from the event log and checks it three ways: the claimed digest against the
 * derived one; a handed-over report against its own digest (was it edited after it was issued?) and
 * against the derived report (where do they part ways?); and the hash chain of every stream the report
 * rests on, naming the first stream, version and problem that does not hold. Only streams of the
 * report's own process are read, whatever a handed-over report lists.
 */
export async function verifyAuditReport(store: EventStore, claim: AuditClaim) {
  const { request } = claim;
  let derived: SignedAuditReport | undefined;
  let error: string | undefined;
  try {
    derived = await generateAuditReport(store, request);
    if (!derived) error = request.contributionId ? 'contribution-not-found' : 'donor-not-found';
  } catch (cause) {
    error = `log-unreadable: ${(cause as Error).message}`;
  }
  const claimedDigest = claim.report?.digest?.value ?? claim.digest ?? null;
  const listed = Array.isArray(claim.report?.streams) ? (claim.report.streams as unknown[]) : [];
  const streams = [...new Set([...(derived?.streams ?? []), ...listed])].filter(
    (s): s is string => typeof s === 'string' && s.startsWith(`${request.processId}#`),
  );
  const verdicts: StreamVerdict[] = [];
  for (let i = 0; i < streams.length; i += PARALLEL)
    verdicts.push(
      ...(await Promise.all(
        streams
          .slice(i, i + PARALLEL)
          .map(async (streamId) => ({ streamId, ...(await store.verifyStream(streamId)) })),
      )),
    );
  const broken = verdicts.find((v): v is StreamVerdict & { valid: false } => !v.valid);
  const matches = derived && claimedDigest !== null ? derived.digest.value === claimedDigest : null;
  const reportIntact = claim.report ? expectedDigestOf(claim.report) === claimedDigest : null;
  const difference =
    claim.report && derived
      ? firstDifference(withoutDigest(claim.report), withoutDigest(derived))
      : undefined;
  return {
    valid: !error && matches !== false && reportIntact !== false && !broken,
    request: { ...request, contributionId: request.contributionId ?? null },
    digest: { claimed: claimedDigest, derived: derived?.digest.value ?? null, matches },
    reportIntact,
    firstDifference: difference ?? null,
    firstMismatch: broken
      ? ({ streamId: broken.streamId, version: broken.version, problem: broken.problem } satisfies Mismatch)
      : null,
    streams: verdicts,
    ...(error ? { error } : {}),
  };
}

export type Verification = Awaited<ReturnType<typeof verifyAuditReport>>;

const withoutDigest = (document: object): object => {
  const { digest: _, ...content } = document as { digest?: unknown };
  return content;
};
