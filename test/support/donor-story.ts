import type { Money } from '../../domain/money';
import type { DomainEvent } from '../../events/catalog';
import type { Aggregate } from '../../events/stream-id';
import { eventLog } from './event-log';

/**
 * One donor's money over three months, in a process budgeted in USD, with every number chosen so a
 * reader can check the views and the audit report by hand (the specs spell out the arithmetic).
 *
 * - `c-eu`: the EU pledges EUR 100,000.00, quarterly reports from 31 Mar 2026; tranches EUR 40,000.00
 *   at 1.0825 (USD 43,300.00, 10 Jan) and EUR 10,000.00 at 1.10 (USD 11,000.00, 20 Feb).
 * - `c-eu2`: the EU also gives USD 20,000.00 directly, annual reports from 31 Dec 2026, all received 12 Jan.
 * - `c-un`: another donor's USD 50,000.00, which no EU view may show.
 * - Paid from `c-eu`: d1 USD 10,000.00 (25 Jan), d2 EUR 2,000.00 at 1.10 = USD 2,200.00 (5 Feb,
 *   reversed 2 Mar), d5 USD 5,500.00 (7 Mar); d3 USD 3,000.00 approved 11 Feb and never paid; from
 *   `c-eu2`: d4 USD 1,500.00 (paid 17 Feb, entered 2 Mar). Lines: COM-1 (communications, contractual services) for d1, d2,
 *   d5; EO-1 (education outreach, travel) for d3, d4. USD 5,000.00 committed on `c-eu` on 10 Mar.
 * - A report for the quarter to 31 Mar submitted 10 Apr; staff paid from `c-eu`, `c-eu2` and the government.
 */
export function donorStory() {
  const log = eventLog('p1');
  const usd = (amount: number): Money => ({ amount, currency: 'USD' });
  const eur = (amount: number): Money => ({ amount, currency: 'EUR' });
  const at = (day: string, time = '09:00') => `2026-${day}T${time}:00.000Z`;
  const add = (aggregate: Aggregate, id: string, event: DomainEvent, when: string, actor?: string) =>
    log.append(aggregate, id, event, when, actor);

  const pledge = (contributionId: string, donorId: string, amount: Money, o: object, when: string) =>
    add(
      'contribution',
      contributionId,
      {
        type: 'ContributionPledged',
        data: {
          contributionId,
          donorId,
          donorName: donorId === 'eu' ? 'European Union' : 'UNDP',
          amount,
          budgetCurrency: 'USD',
          modality: 'basket-fund',
          restrictions: { units: [], lineIds: [] },
          reportingFrequency: 'quarterly',
          firstReportDue: '2026-03-31',
          pledgedBy: 'fo-1',
          pledgedAt: when,
          ...o,
        },
      },
      when,
    );
  const eurUsd = (rate: string, date: string) => ({
    base: 'EUR',
    quote: 'USD',
    rate,
    date,
    source: 'UN operational rate of exchange',
  });
  const recordRate = (rate: string, date: string) =>
    add(
      'exchange-rate',
      `EUR-USD-${date}`,
      {
        type: 'ExchangeRateRecorded',
        data: {
          rate: eurUsd(rate, date),
          confirmed: false,
          recordedBy: 'fo-1',
          recordedAt: at(date.slice(5)),
        },
      },
      at(date.slice(5)),
    );
  const tranche = (
    contributionId: string,
    trancheId: string,
    amount: Money,
    budgetAmount: Money,
    rate: ReturnType<typeof eurUsd> | null,
    day: string,
  ) =>
    add(
      'contribution',
      contributionId,
      {
        type: 'TrancheReceived',
        data: {
          contributionId,
          trancheId,
          amount,
          receivedOn: `2026-${day}`,
          rate,
          budgetAmount,
          correctionOf: null,
          receivedBy: 'fo-1',
          receivedAt: at(day, '10:00'),
        },
      },
      at(day, '10:00'),
    );

  const document = (n: string) => ({ reference: `INV-${n}`, sha256: n.repeat(64).slice(0, 64) });
  /** Request (day 1), approval with the source charged (day 2), payment (day 3) unless `paid` is false. */
  const disbursement = (
    d: string,
    o: {
      source: string;
      lineId: string;
      amount: Money;
      budgetAmount: Money;
      rate?: ReturnType<typeof eurUsd>;
      days: [string, string, string];
      /** The day the payment was entered, when later than the day it was made. */
      enteredOn?: string;
      paid?: boolean;
    },
  ) => {
    const [requestDay, approveDay, payDay] = o.days;
    const charged = { lineId: o.lineId, fundingSourceId: o.source, budgetAmount: o.budgetAmount };
    add(
      'disbursement',
      d,
      {
        type: 'DisbursementRequested',
        data: {
          disbursementId: d,
          lineId: o.lineId,
          fundingSourceId: o.source,
          amount: o.amount,
          rate: o.rate ?? null,
          budgetAmount: o.budgetAmount,
          payee: `Payee of ${d}`,
          purpose: `Purpose of ${d}`,
          supportingDocument: document(d.slice(1)),
          commitmentId: null,
          requestedOn: `2026-${requestDay}`,
          requestedBy: 'fo-1',
          requestedAt: at(requestDay),
        },
      },
      at(requestDay),
    );
    add(
      'disbursement',
      d,
      {
        type: 'DisbursementApproved',
        data: {
          disbursementId: d,
          lineId: o.lineId,
          fundingSourceId: o.source,
          amount: o.amount,
          budgetAmount: o.budgetAmount,
          override: null,
          approvedOn: `2026-${approveDay}`,
          approvedBy: 'head',
          approvedAt: at(approveDay),
        },
      },
      at(approveDay),
      'head',
    );
    add(
      'contribution',
      o.source,
      {
        type: 'ContributionCharged',
        data: {
          contributionId: o.source,
          disbursementId: d,
          lineId: o.lineId,
          amount: o.budgetAmount,
          chargedAt: at(approveDay),
        },
      },
      at(approveDay),
      'head',
    );
    if (o.paid === false) return;
    add(
      'disbursement',
      d,
      {
        type: 'DisbursementPaid',
        data: {
          disbursementId: d,
          ...charged,
          paymentReference: `EFT-${d}`,
          paidOn: `2026-${payDay}`,
          override: null,
          paidBy: 'fo-2',
          paidAt: at(o.enteredOn ?? payDay),
        },
      },
      at(o.enteredOn ?? payDay),
      'fo-2',
    );
  };
  const reverse = (d: string, source: string, lineId: string, budgetAmount: Money, day: string) => {
    add(
      'disbursement',
      d,
      {
        type: 'DisbursementReversed',
        data: {
          disbursementId: d,
          lineId,
          fundingSourceId: source,
          budgetAmount,
          amount: null,
          reason: 'Duplicate invoice',
          reversedOn: at(day).slice(0, 10),
          reversedBy: 'head',
          reversedAt: at(day),
        },
      },
      at(day),
      'head',
    );
    add(
      'contribution',
      source,
      {
        type: 'ContributionCredited',
        data: {
          contributionId: source,
          disbursementId: d,
          amount: budgetAmount,
          reason: 'Duplicate invoice',
          creditedAt: at(day),
        },
      },
      at(day),
      'head',
    );
  };
  const appoint = (
    appointmentId: string,
    fundingSourceId: string,
    o: {
      contractType: 'civil-service' | 'donor-funded';
      donorReportingLine?: { donorId: string; reportsTo: string };
    },
    day: string,
  ) =>
    add(
      'appointment',
      appointmentId,
      {
        type: 'StaffAppointed',
        data: {
          appointmentId,
          person: { personId: `per-${appointmentId}`, name: `Person ${appointmentId}` },
          contractType: o.contractType,
          startDate: `2026-${day}`,
          endDate: '2027-06-30',
          monthlyCost: usd(3_000_00),
          fundingSourceId,
          ...(o.donorReportingLine ? { donorReportingLine: o.donorReportingLine } : {}),
          lineId: null,
          postTitle: 'Civic Education Officer',
          unit: 'education-outreach',
          subFunction: 'public-participation',
          reportsTo: 'Deputy, Education and Outreach',
          appointedBy: 'hr-1',
          appointedAt: at(day),
        },
      },
      at(day),
    );

  pledge('c-eu', 'eu', eur(100_000_00), {}, at('01-05', '09:00'));
  pledge(
    'c-eu2',
    'eu',
    usd(20_000_00),
    { modality: 'direct', reportingFrequency: 'annual', firstReportDue: '2026-12-31' },
    at('01-05', '09:05'),
  );
  pledge('c-un', 'undp', usd(50_000_00), {}, at('01-05', '09:10'));
  recordRate('1.0825', '2026-01-10');
  tranche('c-eu', 't1', eur(40_000_00), usd(43_300_00), eurUsd('1.0825', '2026-01-10'), '01-10');
  tranche('c-eu2', 't2', usd(20_000_00), usd(20_000_00), null, '01-12');
  tranche('c-un', 't9', usd(50_000_00), usd(50_000_00), null, '01-12');
  appoint(
    'a1',
    'c-eu',
    {
      contractType: 'donor-funded',
      donorReportingLine: { donorId: 'eu', reportsTo: 'EU Programme Manager' },
    },
    '01-15',
  );
  appoint('a2', 'government', { contractType: 'civil-service' }, '01-15');
  add(
    'appointment',
    'a3',
    {
      type: 'DeputyAppointed',
      data: {
        appointmentId: 'a3',
        person: { personId: 'per-a3', name: 'Person a3' },
        contractType: 'civil-service',
        startDate: '2026-01-16',
        monthlyCost: usd(5_000_00),
        fundingSourceId: 'c-eu2',
        lineId: null,
        unit: 'communications',
        appointedBy: 'hr-1',
        appointedAt: at('01-16'),
      },
    },
    at('01-16'),
  );
  disbursement('d1', {
    source: 'c-eu',
    lineId: 'COM-1',
    amount: usd(10_000_00),
    budgetAmount: usd(10_000_00),
    days: ['01-20', '01-21', '01-25'],
  });
  recordRate('1.10', '2026-02-01');
  disbursement('d2', {
    source: 'c-eu',
    lineId: 'COM-1',
    amount: eur(2_000_00),
    budgetAmount: usd(2_200_00),
    rate: eurUsd('1.10', '2026-02-01'),
    days: ['02-03', '02-04', '02-05'],
  });
  disbursement('d3', {
    source: 'c-eu',
    lineId: 'EO-1',
    amount: usd(3_000_00),
    budgetAmount: usd(3_000_00),
    days: ['02-10', '02-11', '02-11'],
    paid: false,
  });
  disbursement('d4', {
    source: 'c-eu2',
    lineId: 'EO-1',
    amount: usd(1_500_00),
    budgetAmount: usd(1_500_00),
    days: ['02-15', '02-16', '02-17'],
    enteredOn: '03-02',
  });
  tranche('c-eu', 't3', eur(10_000_00), usd(11_000_00), eurUsd('1.10', '2026-02-01'), '02-20');
  reverse('d2', 'c-eu', 'COM-1', usd(2_200_00), '03-02');
  disbursement('d5', {
    source: 'c-eu',
    lineId: 'COM-1',
    amount: usd(5_500_00),
    budgetAmount: usd(5_500_00),
    days: ['03-05', '03-06', '03-07'],
  });
  add(
    'contribution',
    'c-eu',
    {
      type: 'ContributionCommitted',
      data: { contributionId: 'c-eu', commitmentId: 'k1', amount: usd(5_000_00), committedAt: at('03-10') },
    },
    at('03-10'),
  );
  add(
    'appointment',
    'a3',
    {
      type: 'AppointmentEnded',
      data: {
        appointmentId: 'a3',
        reason: 'resigned',
        endDate: '2026-03-31',
        endedBy: 'hr-1',
        endedAt: at('03-31'),
      },
    },
    at('03-31'),
  );
  add(
    'contribution',
    'c-eu',
    {
      type: 'DonorReportSubmitted',
      data: {
        contributionId: 'c-eu',
        donorId: 'eu',
        periodEnd: '2026-03-31',
        submittedOn: '2026-04-10',
        document: { reference: 'EU-Q1-2026', sha256: 'e'.repeat(64) },
        submittedBy: 'fo-1',
        submittedAt: at('04-10'),
      },
    },
    at('04-10'),
  );
  return log;
}
