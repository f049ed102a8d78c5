import type { StoredEvent } from '../../events/envelope';
import { monthOf } from '../calendar';
import { type EventRef, refOf } from './entries';

/** A month of the books closed (with who proposed and who closed it) or reopened (with the admin's reason). */
export type PeriodChange =
  | {
      readonly change: 'closed';
      readonly proposedBy: string;
      readonly by: string;
      readonly at: string;
      readonly event: EventRef;
    }
  | {
      readonly change: 'reopened';
      readonly reason: string;
      readonly by: string;
      readonly at: string;
      readonly event: EventRef;
    };

export interface ReportMonth {
  readonly month: string;
  /** Closed when the report was drawn: its entries can no longer change. */
  readonly closed: boolean;
  readonly changes: readonly PeriodChange[];
}

/**
 * Each month a report covers that was ever closed, with whether its books are closed now and every
 * closing and reopening of it, from the log the report reads: a reopened month never passes silently,
 * on any report of it. A month never closed is open, and not listed.
 */
export function reportMonths(events: readonly StoredEvent[], from: string, to: string): ReportMonth[] {
  const changes = new Map<string, PeriodChange[]>();
  const record = (month: string, change: PeriodChange) =>
    changes.set(month, [...(changes.get(month) ?? []), change]);
  for (const event of events) {
    if (event.type === 'PeriodClosed') {
      const { month, proposedBy, closedBy, closedAt } = event.data;
      record(month, { change: 'closed', proposedBy, by: closedBy, at: closedAt, event: refOf(event) });
    }
    if (event.type === 'PeriodReopened') {
      const { month, reason, reopenedBy, reopenedAt } = event.data;
      record(month, { change: 'reopened', reason, by: reopenedBy, at: reopenedAt, event: refOf(event) });
    }
  }
  return [...changes.keys()]
    .filter((month) => month >= monthOf(from) && month <= monthOf(to))
    .sort()
    .map((month) => {
      const history = changes.get(month) ?? [];
      return { month, closed: history.at(-1)?.change === 'closed', changes: history };
    });
}
