import { describe, expect, it } from 'vitest';
import type { ProcessEvent } from '../../events/catalog';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { openProcess, processOpened } from '../../test/support/staffing-builders';
import { businessDate } from './business-date';
import { type ClosePeriod, type ProposePeriodClose, process, type ReopenPeriod } from './decide';
import { evolve } from './process';

const given = specFor(process);
// 2 March in Nairobi's evening is already 3 March there, but February is over either way.
const at = '2026-03-02T09:00:00.000Z';
const opened: ProcessEvent = processOpened({
  mandateStart: '2026-01-15',
  openedBy: 'admin-1',
  openedAt: '2026-01-15T08:00:00.000Z',
});
const propose = (month = '2026-02', by = 'officer-1'): ProposePeriodClose => ({
  type: 'ProposePeriodClose',
  month,
  by,
  at,
});
const close = (month = '2026-02', by = 'approver-1'): ClosePeriod => ({ type: 'ClosePeriod', month, by, at });
const reopen = (month = '2026-02'): ReopenPeriod => ({
  type: 'ReopenPeriod',
  month,
  reason: 'Bank statement for February arrived with a missed charge',
  by: 'admin-1',
  at,
});
const proposed: ProcessEvent = {
  type: 'PeriodCloseProposed',
  data: { month: '2026-02', proposedBy: 'officer-1', proposedAt: at },
};
const closed: ProcessEvent = {
  type: 'PeriodClosed',
  data: { month: '2026-02', proposedBy: 'officer-1', closedBy: 'approver-1', closedAt: at },
};

describe('proposing to close a month', () => {
  it('records who proposed it', () => {
    given([opened]).when(propose()).then([proposed]);
  });

  it('is refused while the month is still running, its last day included', () => {
    given([opened]).when(propose('2026-03')).thenRefuses('period-not-ended');
    given([opened])
      .when({ ...propose(), at: '2026-02-28T12:00:00.000Z' })
      .thenRefuses('period-not-ended');
  });

  it('counts the month’s end where the process works', () => {
    // 21:30 UTC on 28 February is already 1 March in Nairobi: February is over there.
    const inNairobi = { ...opened, data: { ...opened.data, timeZone: 'Africa/Nairobi' } } as ProcessEvent;
    given([inNairobi])
      .when({ ...propose(), at: '2026-02-28T21:30:00.000Z' })
      .then([{ ...proposed, data: { ...proposed.data, proposedAt: '2026-02-28T21:30:00.000Z' } }]);
  });

  it('is refused for a month before the mandate', () => {
    given([opened]).when(propose('2025-12')).thenRefuses('period-before-mandate');
  });

  it('is refused twice, naming who proposed it first', () => {
    const refusal = expectRefusal(
      () =>
        process.decide(
          propose('2026-02', 'officer-2'),
          [opened, proposed].reduce(evolve, process.initialState),
        ),
      'period-close-already-proposed',
    );
    expect(refusal.details).toEqual({ month: '2026-02', proposedBy: 'officer-1' });
  });

  it('is refused when the month is closed', () => {
    given([opened, proposed, closed]).when(propose()).thenRefuses('period-already-closed');
  });
});

describe('closing a month', () => {
  it('is an approver’s act other than the proposer’s: maker-checker', () => {
    given([opened, proposed]).when(close()).then([closed]);
    given([opened, proposed]).when(close('2026-02', 'officer-1')).thenRefuses('proposer-cannot-close');
  });

  it('needs a proposal first', () => {
    given([opened]).when(close()).thenRefuses('period-close-not-proposed');
  });

  it('happens once', () => {
    given([opened, proposed, closed]).when(close()).thenRefuses('period-already-closed');
  });
});

describe('reopening a month', () => {
  it('records the admin’s reason', () => {
    given([opened, proposed, closed])
      .when(reopen())
      .then([
        {
          type: 'PeriodReopened',
          data: {
            month: '2026-02',
            reason: 'Bank statement for February arrived with a missed charge',
            reopenedBy: 'admin-1',
            reopenedAt: at,
          },
        },
      ]);
  });

  it('is refused for a month that is not closed', () => {
    given([opened, proposed]).when(reopen()).thenRefuses('period-not-closed');
  });

  it('takes a new proposal and another approver to close it again', () => {
    const reopened: ProcessEvent = {
      type: 'PeriodReopened',
      data: { month: '2026-02', reason: 'late bank charge', reopenedBy: 'admin-1', reopenedAt: at },
    };
    given([opened, proposed, closed, reopened]).when(close()).thenRefuses('period-close-not-proposed');
    given([opened, proposed, closed, reopened]).when(propose()).then([proposed]);
  });
});

describe('an entry dated in a closed month', () => {
  const booksOf = (events: ProcessEvent[]) => events.reduce(evolve, openProcess);
  const closedFebruary = booksOf([proposed, closed]);

  it('is refused, naming the field and the month', () => {
    const refusal = expectRefusal(
      () => businessDate(closedFebruary, at, 'paidOn', '2026-02-27'),
      'period-closed',
    );
    expect(refusal.details).toEqual({ field: 'paidOn', date: '2026-02-27', month: '2026-02' });
  });

  it('is accepted in the open month after it, where a correction goes', () => {
    expect(() => businessDate(closedFebruary, at, 'reversedOn', '2026-03-01')).not.toThrow();
  });

  it('is accepted again once the month is reopened', () => {
    const reopened = booksOf([
      proposed,
      closed,
      {
        type: 'PeriodReopened',
        data: { month: '2026-02', reason: 'r', reopenedBy: 'admin-1', reopenedAt: at },
      },
    ]);
    expect(() => businessDate(reopened, at, 'paidOn', '2026-02-27')).not.toThrow();
  });

  it('is accepted in a month only proposed for closing', () => {
    expect(() => businessDate(booksOf([proposed]), at, 'paidOn', '2026-02-27')).not.toThrow();
  });
});
