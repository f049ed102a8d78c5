import type { DisbursementEvent } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';
import { type Disbursement, evolve, type RecordedDisbursement } from '../disbursement/disbursement';
import type { Money } from '../money';
import type { Projection, RowKey } from './projection';

/** A disbursement as the finance desk lists it: the request, where it stands, who decided and paid it. */
export interface DisbursementListRow {
  readonly disbursementId: string;
  readonly status: RecordedDisbursement['status'];
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
  /**
   * The request's value date, then when it was recorded: the list's order, newest first, kept in the
   * read models' list-order index since the later events, which name the row, do not carry it.
   */
  readonly listOrder: string;
  /** The aggregate's own state, so the status is the one its commands decide on (a partial refund stays paid). */
  readonly state: RecordedDisbursement;
  readonly version: number;
}

export const disbursementsPartition = (processId: string): string => `${processId}#disbursements`;

/** A list order for the day `on`: the first or last of that day's requests. */
export const listOrderOn = (on: string, end: 'first' | 'last'): string =>
  `${on}#${end === 'first' ? '' : '~'}`;

export const disbursementsProjection: Projection<DisbursementListRow> = {
  name: 'disbursements',
  aggregates: ['disbursement'],
  rowOf(event): RowKey | undefined {
    if (!event.type.startsWith('Disbursement')) return undefined;
    const { disbursementId } = event.data as { disbursementId: string };
    return { pk: disbursementsPartition(event.metadata.processId), sk: `disbursement#${disbursementId}` };
  },
  apply(row, event: StoredEvent) {
    const disbursement = event as StoredEvent<DisbursementEvent>;
    const state = evolve(row?.state ?? ({ status: 'none' } as Disbursement), disbursement);
    if (state.status === 'none') throw new Error(`${event.type} on ${event.streamId} before the request`);
    const { version } = event;
    switch (disbursement.type) {
      case 'DisbursementRequested': {
        const { disbursementId, lineId, fundingSourceId, payee, purpose, amount } = disbursement.data;
        const { requestedBy, requestedOn, requestedAt } = disbursement.data;
        return {
          disbursementId,
          status: state.status,
          lineId,
          sourceId: fundingSourceId,
          payee,
          purpose,
          amount,
          requestedBy,
          requestedOn,
          listOrder: `${requestedOn}#${requestedAt}`,
          state,
          version,
        };
      }
      case 'DisbursementApproved':
        return {
          ...(row as DisbursementListRow),
          status: state.status,
          approvedBy: disbursement.data.approvedBy,
          state,
          version,
        };
      case 'DisbursementPaid': {
        const { paidBy, paidOn } = disbursement.data;
        return { ...(row as DisbursementListRow), status: state.status, paidBy, paidOn, state, version };
      }
      default:
        return { ...(row as DisbursementListRow), status: state.status, state, version };
    }
  },
};
