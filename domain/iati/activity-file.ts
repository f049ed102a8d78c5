import type { BenchmarkEvent, ProcessEvent } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';
import { type AuditReport, auditReport } from '../audit/audit-report';
import type { AuditEntry } from '../audit/entries';
import {
  type Benchmark,
  evolve as evolveBenchmark,
  initialState as noBenchmark,
} from '../benchmark/benchmark';
import { dayIn, dayOf, earlier } from '../calendar';
import { add, decimal, type Money, money } from '../money';
import { evolve as evolveProcess, initialState as noProcess, type OpenProcess } from '../process/process';
import { apportion, type BudgetPeriod, budgetPeriods } from './budget-periods';
import {
  ActivityDateType,
  ActivityStatus,
  BudgetStatus,
  BudgetType,
  DescriptionType,
  IndicatorMeasure,
  OrganisationRole,
  OrganisationType,
  ResultType,
  TransactionType,
} from './codelists';

/** An XML element as a plain tree, its children in the order written: what the function layer serialises. */
export interface XmlElement {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly text?: string;
  readonly children?: readonly XmlElement[];
}

export interface IatiRequest {
  readonly processId: string;
  /** One donor's file, with only its own contributions' money; the whole process's when absent. */
  readonly donorId?: string | undefined;
  /** The period, first and last day inclusive, exactly as the audit report takes it; all of it when absent. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** When the file is generated: the request's time, the one clock reading the domain gets. */
  readonly generatedAt: string;
  /** What the log had recorded by then, as the audit report takes it; everything given when absent. */
  readonly knownAt?: string | undefined;
}

export type IatiFile =
  | { readonly found: true; readonly file: XmlElement }
  | { readonly found: false; readonly missing: 'process-not-found' | 'donor-not-found' };

/** Every day a log can hold: the period of a file asked for without one. */
const ALL_DAYS = { from: '0001-01-01', to: '9999-12-31' } as const;

/**
 * The reporting organisation's identifier. The Secretariat has none registered with an IATI
 * registration agency, so it is written `<country>-CMB-<processId>` (`KE-CMB-demo`): stable for the
 * life of the process, as an identifier published to IATI must be. The activity is the Secretariat's
 * work under the mandate, `<reporting-org ref>-SECRETARIAT`, the same in every file of the process.
 */
export const reportingOrgRef = (process: Pick<OpenProcess, 'country' | 'processId'>): string =>
  `${process.country}-CMB-${process.processId}`;

const el = (
  name: string,
  attributes: Record<string, string | undefined> = {},
  children: readonly XmlElement[] | string = [],
): XmlElement => {
  const set = Object.fromEntries(
    Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return typeof children === 'string'
    ? { name, attributes: set, text: children }
    : { name, attributes: set, children };
};
const narrative = (text: string) => el('narrative', {}, text);
const value = (amount: Money, valueDate: string) =>
  el('value', { currency: amount.currency, 'value-date': valueDate }, decimal(amount));
const negated = (amount: Money): Money => money(-amount.amount, amount.currency);

interface Donor {
  readonly name: string;
  /** The state's own money (modality `government-budget`): OrganisationType Government. */
  government: boolean;
}

interface Line {
  readonly adopted: Money;
  allocated: Money;
  /** The value dates of its adoption and of its last revision. */
  readonly adoptedOn: string;
  revisedOn: string | null;
}

interface Commitment {
  readonly commitmentId: string;
  readonly fundingSourceId: string;
  readonly amount: Money;
  readonly supplier: string;
  readonly description: string;
  /** The value date: the day it was raised, or for a release the day it was released. */
  readonly on: string;
}

/** What the log says by the period's last day, beyond the audit reports: the process, its plan and its commitments. */
function foldLog(events: readonly StoredEvent[]) {
  let process = noProcess;
  const donors = new Map<string, Donor>();
  const sources = new Map<string, string>();
  const lines = new Map<string, Line>();
  const benchmarks = new Map<string, { state: Benchmark; setAt: string }>();
  const commitments: Commitment[] = [];
  const releases: (Commitment & { readonly reason: string })[] = [];
  for (const event of events) {
    switch (event.type) {
      case 'ProcessOpened':
      case 'MandateExtended':
      case 'IndependenceThresholdSet':
        process = evolveProcess(process, event as ProcessEvent);
        break;
      case 'ContributionPledged': {
        const { donorId, donorName, contributionId, modality } = event.data;
        const donor = donors.get(donorId) ?? { name: donorName, government: false };
        donor.government ||= modality === 'government-budget';
        donors.set(donorId, donor);
        sources.set(contributionId, donorId);
        break;
      }
      case 'BudgetLineAdopted':
        lines.set(event.data.lineId, {
          adopted: event.data.amount,
          allocated: event.data.amount,
          adoptedOn: event.data.adoptedOn,
          revisedOn: null,
        });
        break;
      case 'BudgetLineRevised': {
        const line = lines.get(event.data.lineId);
        if (line) Object.assign(line, { allocated: event.data.amount, revisedOn: event.data.revisedOn });
        break;
      }
      case 'BenchmarkSet':
      case 'BenchmarkProgressRecorded':
      case 'BenchmarkAchieved':
      case 'BenchmarkRescheduled': {
        const { benchmarkId } = event.data;
        const known = benchmarks.get(benchmarkId);
        const setAt = event.type === 'BenchmarkSet' ? event.data.setAt : known?.setAt;
        if (setAt)
          benchmarks.set(benchmarkId, {
            state: evolveBenchmark(known?.state ?? noBenchmark, event as BenchmarkEvent),
            setAt,
          });
        break;
      }
      case 'CommitmentRaised': {
        const { commitmentId, fundingSourceId, amount, supplier, description, raisedOn } = event.data;
        commitments.push({ commitmentId, fundingSourceId, amount, supplier, description, on: raisedOn });
        break;
      }
      case 'CommitmentReleased': {
        const raised = commitments.find((c) => c.commitmentId === event.data.commitmentId);
        if (raised)
          releases.push({
            ...raised,
            amount: event.data.amount,
            reason: event.data.reason,
            on: event.data.releasedOn,
          });
        break;
      }
    }
  }
  return { process, donors, sources, lines, benchmarks, commitments, releases };
}

/**
 * A process's IATI 2.03 activity file, or one donor's, folded from the log like the audit report and
 * built on it: one activity, the Secretariat's work under the mandate, with its participants, status
 * and dates, its budget per period of at most a year, its transactions and its benchmarks as results.
 * A donor's file carries only its own contributions' money: the incoming funds, payments and reversals
 * of its audit report for the same period (so the totals agree by construction) and the commitments
 * raised on its contributions; no other donor is named. It shares the activity's budget and results
 * whole: they are the plan its money funds, and hold no donor's money. Pure: the log, the request and
 * its time give the file.
 */
export function iatiActivityFile(log: readonly StoredEvent[], request: IatiRequest): IatiFile {
  const period = { from: request.from ?? ALL_DAYS.from, to: request.to ?? ALL_DAYS.to };
  // The money falls in the period by value date, as in the audit report, as known at `knownAt`; the
  // budget, commitments and results carry no value dates yet, so they stand as recorded by the period's end.
  const { knownAt } = request;
  const known = knownAt ? log.filter((e) => e.metadata.recordedAt <= knownAt) : log;
  const byPeriodEnd = known.filter((e) => dayOf(e.metadata.recordedAt) <= period.to);
  const { process, donors, sources, lines, benchmarks, commitments, releases } = foldLog(byPeriodEnd);
  if (process.status !== 'open') return { found: false, missing: 'process-not-found' };
  if (request.donorId !== undefined && !donors.has(request.donorId))
    return { found: false, missing: 'donor-not-found' };

  const currency = process.budgetCurrency;
  const reports = new Map<string, AuditReport>();
  for (const donorId of donors.keys()) {
    const report = auditReport(known, { processId: request.processId, donorId, ...period, knownAt });
    if (report) reports.set(donorId, report);
  }
  const shown = [...donors.keys()].filter((id) => request.donorId === undefined || id === request.donorId);
  const day = (timestamp: string) => dayIn(timestamp, process.timeZone);
  // The file tells the activity as it stood on the period's last day, or today if that is sooner.
  const asOn = earlier(day(request.generatedAt), period.to);

  const ref = reportingOrgRef(process);
  const secretariatName = `Secretariat of the ${process.name}`;
  const secretariat = (name: 'provider-org' | 'receiver-org') =>
    el(name, { ref, type: OrganisationType.otherPublicSector }, [narrative(secretariatName)]);
  const donorOrg = (name: 'provider-org' | 'participating-org', donorId: string) => {
    const donor = donors.get(donorId) as Donor;
    return el(
      name,
      {
        type: donor.government ? OrganisationType.government : undefined,
        role: name === 'participating-org' ? OrganisationRole.funding : undefined,
      },
      [narrative(donor.name)],
    );
  };

  const transactionOf = (donorId: string, entry: AuditEntry): XmlElement => {
    const head = (amount: Money) => [
      el('transaction-type', { code: entry.iatiTransactionType }),
      el('transaction-date', { 'iso-date': entry.valueDate }),
      value(amount, entry.valueDate),
    ];
    if (entry.kind === 'incoming-funds') {
      const received = entry.amount.contribution;
      const asReceived =
        received && received.currency !== currency
          ? `: ${received.currency} ${decimal(received)}${entry.rate ? ` at ${entry.rate.base}/${entry.rate.quote} ${entry.rate.rate}` : ''}`
          : '';
      // A corrected tranche is reversed by a negative incoming entry, beside the right one.
      const words = entry.reversal
        ? `Reversal of tranche ${entry.trancheId} of contribution ${entry.contributionId}${asReceived}: ${entry.reversal.reason}`
        : `Tranche ${entry.trancheId} of contribution ${entry.contributionId}${asReceived}${entry.correctionOf ? `, correcting tranche ${entry.correctionOf}` : ''}`;
      return el('transaction', { ref: entry.trancheId }, [
        ...head(entry.amount.budget),
        el('description', {}, [narrative(words)]),
        donorOrg('provider-org', donorId),
        secretariat('receiver-org'),
      ]);
    }
    // A reversal is money given back: a negative disbursement, at its payment's amount.
    const reversal = entry.kind === 'reversal';
    return el('transaction', { ref: entry.disbursementId }, [
      ...head(reversal ? negated(entry.amount.budget) : entry.amount.budget),
      el('description', {}, [
        narrative(reversal ? `Reversal of ${entry.purpose}: ${entry.reason}` : entry.purpose),
      ]),
      secretariat('provider-org'),
      el('receiver-org', {}, [narrative(entry.payee)]),
    ]);
  };

  // Commitments are dated, and fall in the period, by the day they were raised or released.
  const inPeriod = (date: string) => date >= period.from && date <= period.to;
  const ownSource = (c: Commitment) =>
    request.donorId === undefined || sources.get(c.fundingSourceId) === request.donorId;
  const commitmentOf = (c: Commitment, sign: 1 | -1, words: string): XmlElement => {
    const date = c.on;
    return el('transaction', { ref: c.commitmentId }, [
      el('transaction-type', { code: TransactionType.outgoingCommitment }),
      el('transaction-date', { 'iso-date': date }),
      value(sign > 0 ? c.amount : negated(c.amount), date),
      el('description', {}, [narrative(words)]),
      secretariat('provider-org'),
      el('receiver-org', {}, [narrative(c.supplier)]),
    ]);
  };
  const transactions = [
    ...shown.flatMap((donorId) =>
      (reports.get(donorId)?.entries ?? []).map((entry) => ({
        date: entry.valueDate,
        element: transactionOf(donorId, entry),
      })),
    ),
    ...commitments
      .filter((c) => ownSource(c) && inPeriod(c.on))
      .map((c) => ({ date: c.on, element: commitmentOf(c, 1, c.description) })),
    // A release gives back what the commitment held: a negative outgoing commitment.
    ...releases
      .filter((c) => ownSource(c) && inPeriod(c.on))
      .map((c) => ({
        date: c.on,
        element: commitmentOf(c, -1, `Release of ${c.description}: ${c.reason}`),
      })),
  ]
    // Stable: on one day, each donor's entries in the order recorded, then commitments, then releases.
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((t) => t.element);

  // Nothing left unspent on any contribution once the mandate has ended: the activity is closed.
  const settled = [...reports.values()].every((r) => r.totals.closing.amount === 0);
  const status =
    asOn < process.mandateStart
      ? ActivityStatus.pipeline
      : asOn <= process.mandateEnd
        ? ActivityStatus.implementation
        : settled
          ? ActivityStatus.closed
          : ActivityStatus.finalisation;
  const activityDates = [
    el('activity-date', { type: ActivityDateType.plannedStart, 'iso-date': process.mandateStart }),
    ...(asOn >= process.mandateStart
      ? [el('activity-date', { type: ActivityDateType.actualStart, 'iso-date': process.mandateStart })]
      : []),
    el('activity-date', { type: ActivityDateType.plannedEnd, 'iso-date': process.mandateEnd }),
    ...(asOn > process.mandateEnd
      ? [el('activity-date', { type: ActivityDateType.actualEnd, 'iso-date': process.mandateEnd })]
      : []),
  ];

  const participants = [
    ...shown.map((donorId) => donorOrg('participating-org', donorId)),
    el(
      'participating-org',
      { ref, type: OrganisationType.otherPublicSector, role: OrganisationRole.implementing },
      [narrative(secretariatName)],
    ),
  ];

  const donorName = request.donorId === undefined ? undefined : donors.get(request.donorId)?.name;
  const last = byPeriodEnd.at(-1)?.metadata.recordedAt ?? request.generatedAt;
  const activity = el(
    'iati-activity',
    { 'last-updated-datetime': last, 'xml:lang': 'en', 'default-currency': currency },
    [
      el('iati-identifier', {}, `${ref}-SECRETARIAT`),
      el('reporting-org', { ref, type: OrganisationType.otherPublicSector }, [narrative(secretariatName)]),
      el('title', {}, [narrative(process.name)]),
      el('description', { type: DescriptionType.general }, [
        narrative(
          `The Secretariat of the ${process.name} (${process.country}) under its mandate from ${process.mandateStart} to ${process.mandateEnd}` +
            (donorName ? `: the contributions of ${donorName}` : ''),
        ),
      ]),
      ...participants,
      el('activity-status', { code: status }),
      ...activityDates,
      el('recipient-country', { code: process.country, percentage: '100' }),
      ...budgetsOf(lines, budgetPeriods(process.mandateStart, process.mandateEnd), currency),
      ...transactions,
      ...[...benchmarks.values()].flatMap(({ state, setAt }) =>
        state.status === 'none' ? [] : [resultOf(state, day(setAt))],
      ),
    ],
  );
  return {
    found: true,
    file: el('iati-activities', { version: '2.03', 'generated-datetime': request.generatedAt }, [activity]),
  };
}

/**
 * The budget as adopted (original) and, once a line was revised, as it stands (revised): the lines'
 * total for the mandate shared over its periods by days, each committed (adopted by the process) and
 * valued on the day it was adopted or last revised.
 */
function budgetsOf(
  lines: ReadonlyMap<string, Line>,
  periods: readonly BudgetPeriod[],
  currency: string,
): XmlElement[] {
  const all = [...lines.values()];
  if (all.length === 0) return [];
  const sum = (pick: (line: Line) => Money) =>
    all.reduce((total, line) => add(total, pick(line)), money(0, currency));
  const budgets = (type: string, amount: Money, valueDate: string) =>
    apportion(amount, periods).map((share, i) =>
      el('budget', { type, status: BudgetStatus.committed }, [
        el('period-start', { 'iso-date': (periods[i] as BudgetPeriod).start }),
        el('period-end', { 'iso-date': (periods[i] as BudgetPeriod).end }),
        value(share, valueDate),
      ]),
    );
  const adoptedOn = all.map((l) => l.adoptedOn).sort()[0] as string;
  const revisions = all.flatMap((l) => (l.revisedOn ? [l.revisedOn] : [])).sort();
  return [
    ...budgets(
      BudgetType.original,
      sum((l) => l.adopted),
      adoptedOn,
    ),
    ...(revisions.length > 0
      ? budgets(
          BudgetType.revised,
          sum((l) => l.allocated),
          revisions.at(-1) as string,
        )
      : []),
  ];
}

/**
 * A benchmark as an output result with one indicator counted in units: its baseline on the day it was
 * set, one period from then to its due date with the target, and the value last recorded as the actual.
 */
function resultOf(benchmark: Exclude<Benchmark, { status: 'none' }>, setOn: string): XmlElement {
  const title = el('title', {}, [narrative(benchmark.metric)]);
  return el('result', { type: ResultType.output }, [
    title,
    el('indicator', { measure: IndicatorMeasure.unit, ascending: '1' }, [
      title,
      el('baseline', { year: setOn.slice(0, 4), 'iso-date': setOn, value: String(benchmark.baseline) }),
      el('period', {}, [
        el('period-start', { 'iso-date': setOn }),
        el('period-end', { 'iso-date': benchmark.dueDate }),
        el('target', { value: String(benchmark.target) }),
        ...(benchmark.lastProgressDate === null && benchmark.status !== 'achieved'
          ? []
          : [el('actual', { value: String(benchmark.value) })]),
      ]),
    ]),
  ]);
}
