import type { OpeningBalanceEvent } from '../../events/catalog';
import type { OpeningLine, OpeningReceipt } from '../../events/catalog/opening-balance';

/**
 * A process's balances as of the day it started using the system mid-mandate: per line and source
 * what had been spent and committed, per contribution what had been received. Proposed by the finance
 * desk, approved (or rejected) by another person; at most one set is ever approved.
 */
export type OpeningBalances =
  | { readonly status: 'none' }
  | (Proposal & { readonly status: 'proposed' | 'rejected' | 'approved' });

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
    case 'OpeningBalancesApproved':
      return balances.status === 'none' ? balances : { ...balances, status: 'approved' };
    case 'OpeningBalancesRejected':
      return balances.status === 'none' ? balances : { ...balances, status: 'rejected' };
  }
}
