import type { StoredEvent } from '../../events/envelope';
import type { Projection, RowKey } from './projection';

/**
 * The process's mandate as it stands: its start, its end after any extension, its budget currency,
 * and the independence threshold leadership set for its staffing (null until set).
 */
export interface MandateRow {
  readonly processId: string;
  readonly name: string;
  readonly mandateStart: string;
  readonly mandateEnd: string;
  readonly budgetCurrency: string;
  readonly reviewCadenceMonths: 3 | 6;
  readonly extensions: number;
  readonly independenceThresholdPercent: number | null;
  readonly version: number;
}

export const mandateRowKey = (processId: string): RowKey => ({ pk: `${processId}#mandate`, sk: 'mandate' });

export const mandateProjection: Projection<MandateRow> = {
  name: 'mandate',
  aggregates: ['process'],
  rowOf(event): RowKey | undefined {
    if (
      event.type !== 'ProcessOpened' &&
      event.type !== 'MandateExtended' &&
      event.type !== 'IndependenceThresholdSet'
    )
      return undefined;
    return mandateRowKey(event.metadata.processId);
  },
  apply(row, event: StoredEvent) {
    const { version } = event;
    switch (event.type) {
      case 'ProcessOpened': {
        const { processId, name, mandateStart, mandateEnd, budgetCurrency, reviewCadenceMonths } = event.data;
        return {
          processId,
          name,
          mandateStart,
          mandateEnd,
          budgetCurrency,
          reviewCadenceMonths,
          extensions: 0,
          independenceThresholdPercent: null,
          version,
        };
      }
      case 'MandateExtended':
        if (!row) throw new Error(`${event.type} on ${event.streamId} before the process was opened`);
        return { ...row, mandateEnd: event.data.newEnd, extensions: row.extensions + 1, version };
      case 'IndependenceThresholdSet':
        if (!row) throw new Error(`${event.type} on ${event.streamId} before the process was opened`);
        return { ...row, independenceThresholdPercent: event.data.percent, version };
      default:
        throw new Error(`the mandate view does not apply ${event.type}`);
    }
  },
};
