import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../events/catalog';
import { eventLog } from '../../test/support/event-log';
import { reportMonths } from './months';

const log = eventLog('p1');
const processEvent = (event: DomainEvent, at: string, actor: string) =>
  log.append('process', 'p1', event, at, actor);
const closedFeb = processEvent(
  {
    type: 'PeriodClosed',
    data: { month: '2026-02', proposedBy: 'fo-1', closedBy: 'fa-1', closedAt: '2026-03-03T09:00:00.000Z' },
  },
  '2026-03-03T09:00:00.000Z',
  'fa-1',
);
const reopenedFeb = processEvent(
  {
    type: 'PeriodReopened',
    data: {
      month: '2026-02',
      reason: 'A bank charge of February came in late',
      reopenedBy: 'admin-1',
      reopenedAt: '2026-03-10T09:00:00.000Z',
    },
  },
  '2026-03-10T09:00:00.000Z',
  'admin-1',
);
const closedJan = processEvent(
  {
    type: 'PeriodClosed',
    data: { month: '2026-01', proposedBy: 'fo-1', closedBy: 'fa-1', closedAt: '2026-03-11T09:00:00.000Z' },
  },
  '2026-03-11T09:00:00.000Z',
  'fa-1',
);

describe('the months of an audit report', () => {
  it('are the months of its period ever closed, each closed or reopened now', () => {
    const months = reportMonths([closedFeb, reopenedFeb, closedJan], '2026-01-01', '2026-03-31');
    expect(months.map(({ month, closed }) => [month, closed])).toEqual([
      ['2026-01', true],
      ['2026-02', false],
    ]);
  });

  it('are none over all time when nothing was ever closed', () => {
    expect(reportMonths([], '0001-01-01', '9999-12-31')).toEqual([]);
  });

  it('show a reopening, its reason and the event it rests on, on every report of that month', () => {
    const [february] = reportMonths([closedFeb, reopenedFeb], '2026-02-01', '2026-02-28');
    expect(february).toEqual({
      month: '2026-02',
      closed: false,
      changes: [
        {
          change: 'closed',
          proposedBy: 'fo-1',
          by: 'fa-1',
          at: '2026-03-03T09:00:00.000Z',
          event: { streamId: 'p1#process#p1', version: 1, type: 'PeriodClosed', hash: closedFeb.hash },
        },
        {
          change: 'reopened',
          reason: 'A bank charge of February came in late',
          by: 'admin-1',
          at: '2026-03-10T09:00:00.000Z',
          event: { streamId: 'p1#process#p1', version: 2, type: 'PeriodReopened', hash: reopenedFeb.hash },
        },
      ],
    });
    expect(reportMonths([closedFeb, reopenedFeb], '2026-01-01', '2026-03-31')[0]).toEqual(february);
  });

  it('leave out the closings of months outside the period', () => {
    expect(reportMonths([closedFeb, reopenedFeb], '2026-03-01', '2026-03-31')).toEqual([]);
  });
});
