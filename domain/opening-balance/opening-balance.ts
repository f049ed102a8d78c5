import type { OpeningBalanceEvent } from '../../events/catalog';
import type { OpeningLine, OpeningReceipt } from '../../events/catalog/opening-balance';

/**
 * A process's balances as of the day it started using the system mid-mandate: per line and source
 * what had been spent and committed, per contribution what had been received. Proposed by the finance
 * desk, approved (or rejected) by another person; at most one set is ever approved.
 */
export type OpeningBalances =
  | { readonly status: 'none' }
  | (Proposal & { readonly status: 'proposed' })
  | (Proposal & Approval & { readonly status: 'approved' })
  | (Proposal & Rejection & { readonly status: 'rejected' });

/** Who approved the balances and when: another person than the proposer. */
interface Approval {
  readonly approvedBy: string;
  readonly approvedAt: string;
}

interface Rejection {
  readonly rejectedBy: string;
  readonly rejectedAt: string;
  readonly rejectionReason: string;
}

export interface Proposal {
  readonly asOf: string;
  readonly lines: readonly OpeningLine[];
  readonly receipts: readonly OpeningReceipt[];
  readonly proposedBy: string;
  readonly proposedAt: string;
}

export const initialState: OpeningBalances = { status: 'none' };

export function evolve(balances: OpeningBalances, event: OpeningBalanceEvent): OpeningBalances {
  switch (event.type) {
    case 'OpeningBalancesProposed':
      return { status: 'proposed', ...event.data };
    case 'OpeningBalancesApproved': {
      const { approvedBy, approvedAt } = event.data;
      return balances.status === 'none'
        ? balances
        : { ...balances, status: 'approved', approvedBy, approvedAt };
    }
    case 'OpeningBalancesRejected': {
      const { rejectedBy, rejectedAt, reason } = event.data;
      return balances.status === 'none'
        ? balances
        : { ...balances, status: 'rejected', rejectedBy, rejectedAt, rejectionReason: reason };
    }
  }
}
