import type { AdoptBudgetLine } from '../../domain/budget-line/commands';
import type {
  ApproveDisbursement,
  RejectDisbursement,
  RequestDisbursement,
} from '../../domain/disbursement/commands';
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
    adoptedBy: 'fo-1',
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

export const request = (o: Partial<RequestDisbursement> = {}): RequestDisbursement => ({
  type: 'RequestDisbursement',
  disbursementId: 'd-1',
  lineId: 'EO-1',
  amount: usd(1_200_00),
  payee: 'Venue Ltd',
  purpose: 'Hall for the Mombasa hearing',
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
    amount: usd(1_200_00),
    payee: 'Venue Ltd',
    purpose: 'Hall for the Mombasa hearing',
    requestedBy: 'fo-1',
    requestedAt: day(2),
    ...o,
  },
});

export const approve = (o: Partial<ApproveDisbursement> = {}): ApproveDisbursement => ({
  type: 'ApproveDisbursement',
  disbursementId: 'd-1',
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
    amount: usd(1_200_00),
    approvedBy: 'head',
    approvedAt: day(3),
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
    reason: 'No quotation attached',
    rejectedBy: 'head',
    rejectedAt: day(3),
    ...o,
  },
});
