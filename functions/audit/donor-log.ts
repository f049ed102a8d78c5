import type { AuditReportRequest } from '../../domain/audit/audit-report';
import { rateKey } from '../../domain/exchange-rate/exchange-rate';
import {
  type DonorContributionRow,
  donorContributionsPartition,
} from '../../domain/views/donor/contributions';
import { type ExchangeRateRow, exchangeRatesPartition } from '../../domain/views/exchange-rates';
import type { StoredEvent } from '../../events/envelope';
import type { EventStore } from '../../events/event-store';
import { streamIdOf } from '../../events/stream-id';
import { inParallel } from '../commons/dynamo-batches';

/** The rows of a read model's partition, as `rowsOf` reads them. */
export type PartitionRows = <Row>(pk: string) => Promise<Row[]>;

/** Streams read at once: a donor's report can rest on thousands of disbursements, each a query. */
const PARALLEL = 16;

/**
 * The part of a process's log a donor's audit report rests on, as recorded by `knownAt`, in the
 * order `readProcess` gives (by `position`), so the report and its digest are the whole log's:
 *
 * - the donor's contribution streams (pledge, tranches, corrections, each charge and credit), found
 *   by the donor-contributions view, or the one contribution asked for;
 * - the stream of every disbursement they name: a disbursement is charged on its funding source in
 *   the transaction that approves it and credited in the one that reverses it, so these are all the
 *   payments and reversals from the donor's money, found in the log itself, as consistent as it;
 * - the rates of every pair in the donor's currencies, found by the exchange-rates view;
 * - the process stream, whose closed and reopened months every report lists.
 *
 * Everything else in the process (other donors' money, lines, staff, plans) cannot change the report
 * (`auditReport` skips it), so its cost follows the donor's entries, not the process's. The two
 * views only name streams, and are eventually consistent like the byProcess index they replace
 * here: a pledge or rate recorded a moment ago may not be named yet. Every event is read from the log.
 */
export async function donorLog(
  store: EventStore,
  rows: PartitionRows,
  request: AuditReportRequest,
): Promise<StoredEvent[]> {
  const { processId, donorId, contributionId, knownAt } = request;
  const known = (events: StoredEvent[]) =>
    knownAt ? events.filter((e) => e.metadata.recordedAt <= knownAt) : events;
  const [contributionIds, rates, process] = await Promise.all([
    contributionId
      ? [contributionId]
      : rows<DonorContributionRow>(donorContributionsPartition(processId)).then((contributions) =>
          contributions.filter((c) => c.donorId === donorId).map((c) => c.contributionId),
        ),
    rows<ExchangeRateRow>(exchangeRatesPartition(processId)),
    store.read(streamIdOf(processId, 'process', processId)),
  ]);
  const contributions = known(
    await readStreams(
      store,
      contributionIds.map((id) => streamIdOf(processId, 'contribution', id)),
    ),
  );
  const disbursements = new Set(contributions.flatMap(disbursementNamed));
  // A payment is shown in its contribution's currency at a rate of the pair it makes with the budget's.
  const currencies = new Set(contributions.flatMap(pledgedCurrency));
  const rated = rates
    .filter((r) => currencies.has(r.base) || currencies.has(r.quote))
    .map((r) => streamIdOf(processId, 'exchange-rate', rateKey(r.base, r.quote, r.date)));
  const others = await readStreams(store, [
    ...[...disbursements].map((id) => streamIdOf(processId, 'disbursement', id)),
    ...rated,
  ]);
  return inLogOrder(known([...process, ...contributions, ...others]));
}

async function readStreams(store: EventStore, streamIds: readonly string[]): Promise<StoredEvent[]> {
  const read: StoredEvent[][] = [];
  await inParallel(PARALLEL, streamIds, async (streamId) => {
    read.push(await store.read(streamId));
  });
  return read.flat();
}

const disbursementNamed = (event: StoredEvent): string[] => {
  const { disbursementId } = event.data as { disbursementId?: string };
  return disbursementId ? [disbursementId] : [];
};

const pledgedCurrency = (event: StoredEvent): string[] =>
  event.type === 'ContributionPledged' || event.type === 'PledgeCorrected'
    ? [event.data.amount.currency]
    : [];

/** The byProcess index's order: its sort key, `recordedAt#streamId#version` (ids are ASCII). */
function inLogOrder(events: readonly StoredEvent[]): StoredEvent[] {
  const position = (e: StoredEvent) =>
    `${e.metadata.recordedAt}#${e.streamId}#${String(e.version).padStart(12, '0')}`;
  return events
    .map((event) => ({ event, key: position(event) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ event }) => event);
}
