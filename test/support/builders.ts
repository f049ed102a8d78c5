import { createHash } from 'node:crypto';
import type { AdoptBudgetLine } from '../../domain/budget-line/decide';
import type {
  ApproveDisbursement,
  RejectDisbursement,
  RequestDisbursement,
} from '../../domain/disbursement/decide';
import type { Money } from '../../domain/money';
import type { EventOf } from '../../events/catalog';

/** Builders with sensible defaults, so each test states only the facts its rule depends on. */
export const usd = (amount: number): Money => ({ amount, currency: 'USD' });
export const eur = (amount: number): Money => ({ amount, currency: 'EUR' });
export const day = (n: number): string => new Date(Date.UTC(2026, 0, n)).toISOString();

export const adoptLine = (o: Partial<AdoptBudgetLine> = {}): AdoptBudgetLine => ({
  type: 'AdoptBudgetLine',
  lineId: 'EO-1',
  unit: 'education-outreach',
  activity: 'Public hearings',
  costCategory: 'travel',
  amount: usd(10_000_00),
  draftId: null,
  preparedBy: 'fo-1',
  adoptedOn: '2026-01-01',
  by: 'fo-1',
  at: day(1),
  ...o,
});

export const lineAdopted = (
  o: Partial<EventOf<'BudgetLineAdopted'>['data']> = {},
): EventOf<'BudgetLineAdopted'> => ({
  type: 'BudgetLineAdopted',
  data: {
    lineId: 'EO-1',
    unit: 'education-outreach',
    activity: 'Public hearings',
    costCategory: 'travel',
    amount: usd(10_000_00),
    draftId: null,
    preparedBy: 'fo-1',
    approvedBy: 'fo-1',
    adoptedOn: '2026-01-01',
    adoptedAt: day(1),
    ...o,
  },
});

export const lineCharged = (
  o: Partial<EventOf<'BudgetLineCharged'>['data']> = {},
): EventOf<'BudgetLineCharged'> => ({
  type: 'BudgetLineCharged',
  data: { lineId: 'EO-1', disbursementId: 'd-1', amount: usd(1_000_00), chargedAt: day(3), ...o },
});

export const document = { reference: 'INV-2026-031', sha256: 'a'.repeat(64) };

/** A distinct invoice per reference: one invoice backs one payment unless overridden. */
export const invoice = (reference: string) => ({
  reference,
  sha256: createHash('sha256').update(reference).digest('hex'),
});

export const request = (o: Partial<RequestDisbursement> = {}): RequestDisbursement => ({
  type: 'RequestDisbursement',
  disbursementId: 'd-1',
  lineId: 'EO-1',
  fundingSourceId: 'src-1',
  amount: usd(1_200_00),
  rate: null,
  budgetAmount: usd(1_200_00),
  payee: 'Venue Ltd',
  purpose: 'Hall for the Mombasa hearing',
  supportingDocument: document,
  requestedOn: '2026-01-02',
  by: 'fo-1',
  at: day(2),
  ...o,
});

export const requested = (
  o: Partial<EventOf<'DisbursementRequested'>['data']> = {},
): EventOf<'DisbursementRequested'> => ({
  type: 'DisbursementRequested',
  data: {
    disbursementId: 'd-1',
    lineId: 'EO-1',
    fundingSourceId: 'src-1',
    amount: usd(1_200_00),
    rate: null,
    budgetAmount: o.amount ?? usd(1_200_00),
    payee: 'Venue Ltd',
    purpose: 'Hall for the Mombasa hearing',
    supportingDocument: document,
    commitmentId: null,
    requestedOn: '2026-01-02',
    requestedBy: 'fo-1',
    requestedAt: day(2),
    ...o,
  },
});

export const approve = (o: Partial<ApproveDisbursement> = {}): ApproveDisbursement => ({
  type: 'ApproveDisbursement',
  disbursementId: 'd-1',
  approvedOn: '2026-01-02',
  by: 'head',
  at: day(3),
  ...o,
});

export const approved = (
  o: Partial<EventOf<'DisbursementApproved'>['data']> = {},
): EventOf<'DisbursementApproved'> => ({
  type: 'DisbursementApproved',
  data: {
    disbursementId: 'd-1',
    lineId: 'EO-1',
    fundingSourceId: 'src-1',
    amount: usd(1_200_00),
    budgetAmount: o.amount ?? usd(1_200_00),
    override: null,
    approvedOn: '2026-01-02',
    approvedBy: 'head',
    approvedAt: day(3),
    ...o,
  },
});

export const paid = (o: Partial<EventOf<'DisbursementPaid'>['data']> = {}): EventOf<'DisbursementPaid'> => ({
  type: 'DisbursementPaid',
  data: {
    disbursementId: 'd-1',
    lineId: 'EO-1',
    fundingSourceId: 'src-1',
    budgetAmount: usd(1_200_00),
    paymentReference: 'EFT-0042',
    paidOn: '2026-01-04',
    override: null,
    paidBy: 'fo-2',
    paidAt: day(4),
    ...o,
  },
});

export const reject = (o: Partial<RejectDisbursement> = {}): RejectDisbursement => ({
  type: 'RejectDisbursement',
  disbursementId: 'd-1',
  reason: 'No quotation attached',
  by: 'head',
  at: day(3),
  ...o,
});

export const rejected = (
  o: Partial<EventOf<'DisbursementRejected'>['data']> = {},
): EventOf<'DisbursementRejected'> => ({
  type: 'DisbursementRejected',
  data: {
    disbursementId: 'd-1',
    lineId: 'EO-1',
    fundingSourceId: 'src-1',
    budgetAmount: usd(1_200_00),
    reason: 'No quotation attached',
    rejectedBy: 'head',
    rejectedAt: day(3),
    ...o,
  },
});

export const pledged = (
  o: Partial<EventOf<'ContributionPledged'>['data']> = {},
): EventOf<'ContributionPledged'> => ({
  type: 'ContributionPledged',
  data: {
    contributionId: 'src-1',
    donorId: 'eu',
    donorName: 'European Union',
    amount: usd(100_000_00),
    budgetCurrency: 'USD',
    modality: 'basket-fund',
    restrictions: { units: [], lineIds: [] },
    reportingFrequency: 'quarterly',
    firstReportDue: '2026-03-31',
    pledgedBy: 'fo-1',
    pledgedAt: day(1),
    ...o,
  },
});

export const trancheReceived = (
  o: Partial<EventOf<'TrancheReceived'>['data']> = {},
): EventOf<'TrancheReceived'> => ({
  type: 'TrancheReceived',
  data: {
    contributionId: 'src-1',
    trancheId: 't-1',
    amount: usd(50_000_00),
    receivedOn: '2026-01-02',
    rate: null,
    budgetAmount: o.amount ?? usd(50_000_00),
    correctionOf: null,
    receivedBy: 'fo-1',
    receivedAt: day(2),
    ...o,
  },
});

export const reversed = (
  o: Partial<EventOf<'DisbursementReversed'>['data']> = {},
): EventOf<'DisbursementReversed'> => ({
  type: 'DisbursementReversed',
  data: {
    disbursementId: 'd-1',
    lineId: 'EO-1',
    fundingSourceId: 'src-1',
    budgetAmount: usd(1_200_00),
    amount: usd(1_200_00),
    reason: 'Paid twice',
    reversedOn: '2026-02-03',
    reversedBy: 'head',
    reversedAt: '2026-02-03T10:00:00.000Z',
    ...o,
  },
});
