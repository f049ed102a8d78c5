import type { Money } from './answers';

/**
 * The answers the finance desk, donor and audit pages read, written by hand until the OpenAPI document
 * describes response bodies (today every 2xx is a bare object there), like api/answers.ts.
 */

/** A list route's page (`?limit=`, `?cursor=`): `nextCursor` asks for the next one. */
export interface ListPage<Item> {
  readonly items: readonly Item[];
  readonly nextCursor?: string;
}

export type DisbursementStatus = 'requested' | 'approved' | 'rejected' | 'withdrawn' | 'paid' | 'reversed';

/** A row of `GET …/disbursements`, newest request first. */
export interface DisbursementRow {
  readonly disbursementId: string;
  readonly status: DisbursementStatus;
  readonly lineId: string;
  readonly sourceId: string | null;
  readonly payee: string;
  readonly purpose: string;
  readonly amount: Money;
  readonly requestedBy: string;
  readonly requestedOn: string;
  readonly approvedBy?: string;
  readonly paidBy?: string;
  readonly paidOn?: string;
}

interface Override {
  readonly reason: string;
  readonly by: string;
}

/** `GET …/disbursements/{disbursementId}`: everything a checker reads, with its version. */
export interface Disbursement {
  readonly disbursementId: string;
  readonly status: DisbursementStatus;
  readonly version: number;
  readonly lineId: string;
  readonly fundingSourceId: string | null;
  readonly amount: Money;
  readonly rate: {
    readonly base: string;
    readonly quote: string;
    readonly rate: string;
    readonly date: string;
    readonly source: string;
  } | null;
  readonly budgetAmount: Money;
  readonly refunded: Money;
  readonly credited: Money;
  readonly payee: string;
  readonly purpose: string;
  readonly commitmentId: string | null;
  readonly supportingDocument: { readonly reference: string; readonly sha256: string } | null;
  readonly requestedBy: string;
  readonly requestedAt: string;
  readonly requestedOn: string;
  readonly approvedBy?: string;
  readonly approvedAt?: string;
  readonly approvedOn?: string;
  readonly approvalOverride?: Override | null;
  readonly rejectedBy?: string;
  readonly rejectedAt?: string;
  readonly rejectionReason?: string;
  readonly withdrawnBy?: string;
  readonly withdrawnAt?: string;
  readonly withdrawalReason?: string;
  readonly paidBy?: string;
  readonly paidAt?: string;
  readonly paidOn?: string;
  readonly paymentReference?: string;
  readonly paymentOverride?: Override | null;
  readonly reversals: readonly {
    readonly amount: Money;
    readonly reason: string;
    readonly reversedOn: string;
    readonly reversedBy: string;
    readonly reversedAt: string;
  }[];
}

/** `GET …/budget-lines/{lineId}`: the line as its own stream has it. */
export interface BudgetLine {
  readonly lineId: string;
  readonly status: string;
  readonly unit: string;
  readonly costCategory: string;
  readonly allocated: Money;
  readonly committed: Money;
  readonly charged: Money;
  readonly adoptedOn?: string;
  readonly version: number;
}

/** A row of `GET …/contributions`. */
export interface ContributionRow {
  readonly contributionId: string;
  readonly donorId: string;
  readonly donorName: string;
  readonly modality: string;
  readonly pledged: Money;
  readonly received: Money;
  readonly version: number;
}

/** A row of `GET …/donors`. */
export interface DonorRow {
  readonly donorId: string;
  readonly donorName: string;
  readonly contributions: number;
  readonly reporting: { readonly nextDue: string | null; readonly overdue: boolean };
}

/** `GET …/donors/{donorId}`: what one donor sees of its money. */
export interface DonorView {
  readonly donorId: string;
  readonly donorName: string;
  readonly budgetCurrency: string;
  readonly contributions: readonly {
    readonly contributionId: string;
    readonly modality: string;
    readonly pledged: Money;
    readonly received: Money;
    readonly outstanding: Money;
    readonly committed: Money;
    readonly spent: Money;
    readonly available: Money;
    readonly reporting: {
      readonly frequency: string;
      readonly firstReportDue: string;
      readonly nextDue: string | null;
      readonly overdue: boolean;
      readonly daysOverdue: number;
      readonly submitted: readonly { readonly periodEnd: string; readonly submittedOn: string }[];
    };
  }[];
  readonly staff: readonly {
    readonly appointmentId: string;
    readonly person: { readonly name: string };
    readonly contractType: string;
    readonly post: { readonly title: string };
    readonly startDate: string;
    readonly endDate: string | null;
    readonly monthlyCost: Money;
    readonly status: string;
  }[];
}

/** An event as an audit report names it. */
export interface EventRef {
  readonly streamId: string;
  readonly version: number;
  readonly type: string;
  readonly hash: string;
}

/** `POST …/audit-reports/verify`: whether the report is the log's, and where not, where. */
export interface Verification {
  readonly valid: boolean;
  readonly digest: {
    readonly claimed: string | null;
    readonly derived: string | null;
    readonly matches: boolean | null;
  };
  readonly reportIntact: boolean | null;
  readonly firstDifference: string | null;
  readonly firstMismatch: {
    readonly streamId: string;
    readonly version: number;
    readonly problem: string;
  } | null;
  readonly streams: readonly { readonly streamId: string; readonly valid: boolean }[];
  readonly error?: string;
}
