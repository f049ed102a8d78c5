import type { DisbursementEvent } from '../../events/catalog';
import { refuse } from '../errors';
import type { Money } from '../money';

/** A disbursement request and where it stands: requested by a maker, then approved or rejected by a checker. */
export type Disbursement =
  | { readonly status: 'none' }
  | {
      readonly status: 'requested' | 'approved' | 'rejected';
      readonly disbursementId: string;
      readonly lineId: string;
      readonly amount: Money;
      readonly requestedBy: string;
    };

export const initialState: Disbursement = { status: 'none' };

export function evolve(disbursement: Disbursement, event: DisbursementEvent): Disbursement {
  switch (event.type) {
    case 'DisbursementRequested': {
      const { disbursementId, lineId, amount, requestedBy } = event.data;
      return { status: 'requested', disbursementId, lineId, amount, requestedBy };
    }
    case 'DisbursementApproved':
      return disbursement.status === 'none' ? disbursement : { ...disbursement, status: 'approved' };
    case 'DisbursementRejected':
      return disbursement.status === 'none' ? disbursement : { ...disbursement, status: 'rejected' };
  }
}

/** The budget line a recorded disbursement is charged to. */
export const lineOf = (disbursement: Disbursement): string =>
  disbursement.status === 'none' ? refuse('disbursement-not-found') : disbursement.lineId;
