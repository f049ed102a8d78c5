import type { BudgetLine } from '../../domain/budget-line/budget-line';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { adoptBudgetLine, transferBetweenLines } from '../../domain/budget-line/workflows';
import { commitmentStream } from '../../domain/commitment/stream';
import { raiseCommitment, releaseCommitment } from '../../domain/commitment/workflows';
import type { Contribution } from '../../domain/contribution/contribution';
import { contributionStream } from '../../domain/contribution/stream';
import type { Disbursement } from '../../domain/disbursement/disbursement';
import { disbursementStream } from '../../domain/disbursement/stream';
import {
  approveAndCharge,
  type DisbursementDecision,
  requestDisbursement,
  reverseAndCredit,
} from '../../domain/disbursement/workflows';
import { exchangeRateStream } from '../../domain/exchange-rate/stream';
import type { ExchangeRate, Money } from '../../domain/money';
import { processStream } from '../../domain/process/stream';
import type { Unit } from '../../events/schemas';
import { type Load, MemoryStore } from './memory-store';
import { random, staffing, units } from './staffing-story';

/** What the budget view must say of a line, kept from the commands accepted, not from the events. */
export interface ExpectedLine {
  allocated: number;
  committed: number;
  /** Approved, net of reversals: what the spending control counts. */
  charged: number;
}

const categories = [
  'travel',
  'contractual-services',
  'supplies-commodities-materials',
  'transfers-and-grants',
] as const;
const usd = (amount: number): Money => ({ amount, currency: 'USD' });
const eur = (amount: number): Money => ({ amount, currency: 'EUR' });
const document = { reference: 'INV', sha256: 'a'.repeat(64) };

/**
 * A process as its staff would record it over months, every event decided by the deciders from the
 * state folded so far: a budget of `lines` lines, donors pledging in dollars and euros and paying in
 * tranches, disbursements requested, approved or rejected, paid and some reversed, commitments,
 * transfers between lines, and staff appointed, extended and let go.
 */
export function generateProcess(options: { processId: string; lines: number; seed?: number }) {
  const { processId, lines } = options;
  const store = new MemoryStore(processId, '2026-01-05T08:00:00.000Z');
  const rng = random(options.seed ?? 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng.next() * items.length)] as T;
  const expectedLines = new Map<string, ExpectedLine>();
  const line = (id: string) => expectedLines.get(id) as ExpectedLine;
  const finance = (fn: Parameters<MemoryStore['run']>[2]) => store.run('fo-1', 'finance-officer', fn);
  const approver = (fn: Parameters<MemoryStore['run']>[2]) => store.run('head', 'finance-approver', fn);

  finance((load, at) => {
    const process = load(...processStream(processId));
    const events = process.decider.decide(
      {
        type: 'OpenProcess',
        processId,
        name: 'Constitution of Example',
        country: 'KE',
        mandateStart: '2026-01-01',
        mandateEnd: '2027-12-31',
        budgetCurrency: 'USD',
        reviewCadenceMonths: 3,
        timeZone: 'UTC',
        by: 'fo-1',
        at,
      },
      process.state,
    );
    return [{ stream: process, events }];
  });
  const lineIds = Array.from({ length: lines }, (_, i) => `L${String(i + 1).padStart(3, '0')}`);
  const unitOf = new Map(lineIds.map((id, i) => [id, units[i % units.length] as Unit]));
  for (const [i, lineId] of lineIds.entries()) {
    const amount = usd(5_000_000_00);
    finance((load, at) => {
      const process = load(...processStream(processId));
      const stream = load(...budgetLineStream(processId, lineId));
      const command = {
        type: 'AdoptBudgetLine' as const,
        lineId,
        unit: unitOf.get(lineId) as Unit,
        activity: `Activity ${i + 1}`,
        costCategory: categories[i % categories.length] as (typeof categories)[number],
        amount,
        draftId: null,
        preparedBy: 'fo-1',
        by: 'fo-1',
        at,
      };
      return [{ stream, events: adoptBudgetLine(command, stream.state, process.state) }];
    });
    expectedLines.set(lineId, { allocated: amount.amount, committed: 0, charged: 0 });
  }

  // Rates are recorded once per day they are needed, as finance does before converting.
  const rates = new Map<string, ExchangeRate>();
  const rateOn = (at: string): ExchangeRate => {
    const date = at.slice(0, 10);
    const known = rates.get(date);
    if (known) return known;
    const rate = {
      base: 'EUR',
      quote: 'USD',
      rate: `1.${rng.int(1000, 1300)}`,
      date,
      source: 'central bank',
    };
    finance((load, when) => {
      const stream = load(...exchangeRateStream(processId, 'EUR', 'USD', date));
      return [
        {
          stream,
          events: stream.decider.decide(
            { type: 'RecordExchangeRate', rate, confirmed: false, by: 'fo-1', at: when },
            stream.state,
          ),
        },
      ];
    });
    rates.set(date, rate);
    return rate;
  };

  const donors = [
    { id: 'government', currency: 'USD', units: [] as Unit[] },
    { id: 'eu', currency: 'EUR', units: [] as Unit[] },
    { id: 'undp', currency: 'USD', units: [] as Unit[] },
    { id: 'usaid', currency: 'USD', units: ['education-outreach'] as Unit[] },
    { id: 'sida', currency: 'EUR', units: ['communications', 'education-outreach'] as Unit[] },
  ];
  let tranches = 0;
  const receive = (donor: (typeof donors)[number]) => {
    const rate = donor.currency === 'USD' ? undefined : rateOn(store.now);
    finance((load, at) => {
      const stream = load(...contributionStream(processId, donor.id));
      const amount = { amount: 2_500_000_00, currency: donor.currency };
      const command = {
        type: 'ReceiveTranche' as const,
        trancheId: `t-${++tranches}`,
        amount,
        receivedOn: at.slice(0, 10),
        rate,
        by: 'fo-1',
        at,
      };
      return [{ stream, events: stream.decider.decide(command, stream.state) }];
    });
  };
  for (const donor of donors) {
    finance((load, at) => {
      const stream = load(...contributionStream(processId, donor.id));
      const command = {
        type: 'PledgeContribution' as const,
        contributionId: donor.id,
        donorId: donor.id,
        donorName: donor.id.toUpperCase(),
        amount: { amount: 1_000_000_000_00, currency: donor.currency },
        budgetCurrency: 'USD',
        modality: donor.id === 'government' ? ('government-budget' as const) : ('basket-fund' as const),
        restrictions: { units: donor.units, lineIds: [] },
        reportingFrequency: 'quarterly' as const,
        firstReportDue: '2026-03-31',
        by: 'fo-1',
        at,
      };
      return [{ stream, events: stream.decider.decide(command, stream.state) }];
    });
    receive(donor);
  }
  const sourcesFor = (lineId: string) =>
    donors.filter((d) => d.units.length === 0 || d.units.includes(unitOf.get(lineId) as Unit));

  const { appoint, staffChange } = staffing(store, rng);
  for (let i = 0; i < 30; i++) appoint();

  type InFlight = { id: string; stage: 'requested' | 'approved' | 'paid' };
  const inFlight: InFlight[] = [];
  let disbursements = 0;
  let commitments = 0;
  const openCommitments: { id: string; lineId: string; left: number }[] = [];
  const budgetAmounts = new Map<string, { lineId: string; amount: number }>();

  const request = () => {
    const lineId = pick(lineIds);
    const donor = pick(sourcesFor(lineId));
    const id = `d-${++disbursements}`;
    const inEuros = rng.next() < 0.1;
    const amount = inEuros ? eur(rng.int(50_00, 5_000_00)) : usd(rng.int(50_00, 5_000_00));
    const rate = inEuros ? rateOn(store.now) : undefined;
    const done = finance((load, at) => {
      const stream = load(...disbursementStream(processId, id));
      const lineStream = load(...budgetLineStream(processId, lineId));
      const source = load(...contributionStream(processId, donor.id));
      const process = load(...processStream(processId));
      const command = {
        type: 'RequestDisbursement' as const,
        disbursementId: id,
        lineId,
        fundingSourceId: donor.id,
        amount,
        rate,
        payee: 'Supplier Ltd',
        purpose: 'Hearings',
        supportingDocument: document,
        by: 'fo-1',
        at,
      };
      const events = requestDisbursement(
        command,
        stream.state,
        lineStream.state,
        source.state,
        process.state,
      );
      const requested = events[0];
      if (requested?.type === 'DisbursementRequested')
        budgetAmounts.set(id, { lineId, amount: requested.data.budgetAmount.amount });
      return [{ stream, events }];
    });
    if (done) inFlight.push({ id, stage: 'requested' });
  };

  const advance = (index: number) => {
    const flight = inFlight[index] as InFlight;
    const { id } = flight;
    const charged = budgetAmounts.get(id) as { lineId: string; amount: number };
    /** Approving and reversing decide over the disbursement, its line and its source together. */
    const onThree = (
      load: Load,
      decide: (disbursement: Disbursement, line: BudgetLine, source: Contribution) => DisbursementDecision,
    ) => {
      const stream = load(...disbursementStream(processId, id));
      const lineStream = load(...budgetLineStream(processId, charged.lineId));
      const sourceId = (stream.state as { fundingSourceId: string }).fundingSourceId;
      const source = load(...contributionStream(processId, sourceId));
      const decision = decide(stream.state, lineStream.state, source.state);
      return [
        { stream, events: decision.disbursement },
        { stream: lineStream, events: decision.line },
        { stream: source, events: decision.source },
      ];
    };
    const approveOrReject = () => {
      const approved =
        rng.next() < 0.92 &&
        approver((load, at) => {
          const process = load(...processStream(processId));
          return onThree(load, (disbursement, budgetLine, source) =>
            approveAndCharge(
              { type: 'ApproveDisbursement', disbursementId: id, by: 'head', at },
              disbursement,
              budgetLine,
              source,
              process.state,
            ),
          );
        });
      if (approved) {
        line(charged.lineId).charged += charged.amount;
        flight.stage = 'approved';
        return;
      }
      approver((load, at) => {
        const stream = load(...disbursementStream(processId, id));
        const command = {
          type: 'RejectDisbursement' as const,
          disbursementId: id,
          reason: 'Quotation missing',
          by: 'head',
          at,
        };
        return [{ stream, events: stream.decider.decide(command, stream.state) }];
      });
      inFlight.splice(index, 1);
    };
    if (flight.stage === 'requested') return approveOrReject();
    if (flight.stage === 'approved') {
      finance((load, at) => {
        const stream = load(...disbursementStream(processId, id));
        const command = {
          type: 'PayDisbursement' as const,
          disbursementId: id,
          paymentReference: `EFT-${id}`,
          paidOn: at.slice(0, 10),
          by: 'fo-2',
          at,
        };
        return [{ stream, events: stream.decider.decide(command, stream.state) }];
      });
      flight.stage = 'paid';
      return;
    }
    inFlight.splice(index, 1);
    if (
      rng.next() < 0.05 &&
      approver((load, at) =>
        onThree(load, (disbursement, budgetLine, source) =>
          reverseAndCredit(
            {
              type: 'ReverseDisbursement',
              disbursementId: id,
              reason: 'Paid twice',
              reversedOn: at.slice(0, 10),
              by: 'head',
              at,
            },
            disbursement,
            budgetLine,
            source,
            load(...processStream(processId)).state,
          ),
        ),
      )
    )
      line(charged.lineId).charged -= charged.amount;
  };

  const commit = () => {
    const lineId = pick(lineIds);
    const donor = pick(sourcesFor(lineId));
    const id = `c-${++commitments}`;
    const amount = rng.int(1_000_00, 20_000_00);
    const done = finance((load, at) => {
      const stream = load(...commitmentStream(processId, id));
      const lineStream = load(...budgetLineStream(processId, lineId));
      const source = load(...contributionStream(processId, donor.id));
      const process = load(...processStream(processId));
      const decision = raiseCommitment(
        {
          type: 'RaiseCommitment',
          commitmentId: id,
          lineId,
          fundingSourceId: donor.id,
          amount: usd(amount),
          description: 'Venue contract',
          supplier: 'Hall Ltd',
          by: 'fo-1',
          at,
        },
        stream.state,
        lineStream.state,
        source.state,
        process.state,
      );
      return [
        { stream, events: decision.commitment },
        { stream: lineStream, events: decision.line },
        { stream: source, events: decision.source },
      ];
    });
    if (!done) return;
    line(lineId).committed += amount;
    openCommitments.push({ id, lineId, left: amount });
  };
  const release = () => {
    const open = openCommitments.shift();
    if (!open) return;
    const amount = rng.next() < 0.5 ? open.left : Math.ceil(open.left / 2);
    finance((load, at) => {
      const stream = load(...commitmentStream(processId, open.id));
      const lineStream = load(...budgetLineStream(processId, open.lineId));
      const sourceId = (stream.state as { fundingSourceId: string }).fundingSourceId;
      const source = load(...contributionStream(processId, sourceId));
      const process = load(...processStream(processId));
      const decision = releaseCommitment(
        { type: 'ReleaseCommitment', amount: usd(amount), reason: 'Delivered', by: 'fo-1', at },
        stream.state,
        lineStream.state,
        source.state,
        process.state,
      );
      return [
        { stream, events: decision.commitment },
        { stream: lineStream, events: decision.line },
        { stream: source, events: decision.source },
      ];
    });
    line(open.lineId).committed -= amount;
    if (amount < open.left) openCommitments.push({ ...open, left: open.left - amount });
  };
  let transfers = 0;
  const transfer = () => {
    const [fromId, toId] = [pick(lineIds), pick(lineIds)];
    const amount = rng.int(1_000_00, 10_000_00);
    const done = approver((load, at) => {
      const from = load(...budgetLineStream(processId, fromId));
      const to = load(...budgetLineStream(processId, toId));
      const process = load(...processStream(processId));
      const decision = transferBetweenLines(
        { transferId: `tr-${++transfers}`, amount: usd(amount), reason: 'Reprogramming', by: 'head', at },
        from.state,
        to.state,
        process.state,
      );
      return [
        { stream: from, events: decision.from },
        { stream: to, events: decision.to },
      ];
    });
    if (!done) return;
    line(fromId).allocated -= amount;
    line(toId).allocated += amount;
  };

  /** Carries on recording until the log holds `events` events; can be called again to go further. */
  const runUntil = (events: number) => {
    while (store.events.length < events) {
      const roll = rng.next();
      if (roll < 0.004) transfer();
      else if (roll < 0.012) commit();
      else if (roll < 0.016) release();
      else if (roll < 0.022) receive(pick(donors));
      else if (roll < 0.025) appoint();
      else if (roll < 0.027) staffChange();
      else if (roll < 0.3 || inFlight.length === 0) request();
      else advance(rng.int(0, inFlight.length - 1));
    }
  };
  return { store, expectedLines, runUntil };
}
