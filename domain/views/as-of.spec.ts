import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';
import {
  approved,
  lineAdopted,
  lineCharged,
  paid,
  pledged,
  requested,
  trancheReceived,
  usd,
} from '../../test/support/builders';
import { processOpened, staffAppointed, termsChanged } from '../../test/support/staffing-builders';
import { businessDateOf, inTheBooksOn } from './as-of';
import { type BudgetLineRow, budgetPartition, budgetProjection } from './budget';
import { foldProjections, rowsOf } from './fold';
import { type FundingSourceRow, fundingSourcesPartition, fundingSourcesProjection } from './funding-sources';

/** An event of process p1 as stored: its stream's version, when it was recorded, and by which command. */
const stored = (
  streamId: string,
  version: number,
  event: DomainEvent,
  recordedAt: string,
  commandId = `${streamId}@${version}`,
): StoredEvent =>
  ({
    ...event,
    streamId,
    version,
    schemaVersion: 1,
    metadata: {
      processId: 'p1',
      actor: 'fo-1',
      role: 'finance-officer',
      commandId,
      correlationId: commandId,
      causationId: commandId,
      recordedAt,
    },
    previousHash: null,
    hash: 'h',
  }) as StoredEvent;

const enteredOn2March = '2026-03-02T09:00:00.000Z';

describe('the business date of an event', () => {
  it('is the value date it carries, however late it was entered', () => {
    const payment = stored('p1#disbursement#d-1', 3, paid({ paidOn: '2026-02-28' }), enteredOn2March);
    expect(businessDateOf(payment, 'UTC')).toBe('2026-02-28');
    const tranche = stored(
      'p1#contribution#src-1',
      2,
      trancheReceived({ receivedOn: '2026-02-10' }),
      enteredOn2March,
    );
    expect(businessDateOf(tranche, 'UTC')).toBe('2026-02-10');
    const request = stored(
      'p1#disbursement#d-1',
      1,
      requested({ requestedOn: '2026-02-27' }),
      enteredOn2March,
    );
    expect(businessDateOf(request, 'UTC')).toBe('2026-02-27');
  });

  it('is the day it was recorded in the process’s time zone when it carries none', () => {
    // A pledge is an agreement, not money moving: it carries no value date.
    const pledge = stored('p1#contribution#src-1', 1, pledged(), '2026-02-28T22:30:00.000Z');
    expect(businessDateOf(pledge, 'UTC')).toBe('2026-02-28');
    expect(businessDateOf(pledge, 'Africa/Nairobi')).toBe('2026-03-01');
  });

  it('is the start of a term entered after it, else the day the term was entered', () => {
    const late = stored(
      'p1#appointment#a-1',
      1,
      staffAppointed({ startDate: '2026-02-01' }),
      enteredOn2March,
    );
    expect(businessDateOf(late, 'UTC')).toBe('2026-02-01');
    const ahead = stored(
      'p1#appointment#a-2',
      1,
      staffAppointed({ startDate: '2026-04-01' }),
      enteredOn2March,
    );
    expect(businessDateOf(ahead, 'UTC')).toBe('2026-03-02');
  });

  it('is the day a salary change takes effect when entered after it', () => {
    const raised = stored(
      'p1#appointment#a-1',
      2,
      termsChanged({ effectiveFrom: '2026-02-15' }),
      enteredOn2March,
    );
    expect(businessDateOf(raised, 'UTC')).toBe('2026-02-15');
  });
});

describe('the books on a day', () => {
  const opened = stored('p1#process#p1', 1, processOpened({ timeZone: 'UTC' }), '2026-01-05T09:00:00.000Z');
  const line = stored('p1#budget-line#EO-1', 1, lineAdopted(), '2026-01-10T09:00:00.000Z');
  const request = stored(
    'p1#disbursement#d-1',
    1,
    requested({ requestedOn: '2026-02-20' }),
    '2026-02-20T09:00:00.000Z',
  );
  // One command, approved on 28 February and entered on 2 March: the approval and the line's charge.
  const approval = stored(
    'p1#disbursement#d-1',
    2,
    approved({ approvedOn: '2026-02-28' }),
    enteredOn2March,
    'approve',
  );
  const charge = stored(
    'p1#budget-line#EO-1',
    2,
    lineCharged({ amount: usd(1_200_00), chargedAt: enteredOn2March }),
    enteredOn2March,
    'approve',
  );
  const payment = stored(
    'p1#disbursement#d-1',
    3,
    paid({ paidOn: '2026-03-02' }),
    '2026-03-02T10:00:00.000Z',
  );
  const log = [opened, line, request, approval, charge, payment];

  const lineOn = (asOf: string, events = log) => {
    const dated = inTheBooksOn(events, asOf);
    const [row] = rowsOf<BudgetLineRow>(
      foldProjections([budgetProjection], events, (event) => !dated(event)),
      budgetPartition('p1'),
    );
    return { charged: row?.charged.amount, disbursed: row?.disbursed.amount, version: row?.version };
  };

  it('dates every event of a command by the date one of them carries, so a view counts all of it or none', () => {
    const dated = inTheBooksOn(log, '2026-02-28');
    expect([approval, charge].map(dated)).toEqual([true, true]);
    expect(dated(payment)).toBe(false);
    expect(lineOn('2026-02-28')).toEqual({ charged: 1_200_00, disbursed: 0, version: 2 });
    expect(lineOn('2026-02-27')).toEqual({ charged: 0, disbursed: 0, version: 1 });
    expect(lineOn('2026-03-02')).toEqual({ charged: 1_200_00, disbursed: 1_200_00, version: 2 });
  });

  it('is cut from the log as known: first by when recorded, then by business date', () => {
    const knownOn1March = log.filter((event) => event.metadata.recordedAt <= '2026-03-01T23:59:59.999Z');
    expect(lineOn('2026-02-28', knownOn1March)).toEqual({ charged: 0, disbursed: 0, version: 1 });
  });

  it('passes over a later version dated after the day, and counts the one after it dated before', () => {
    const source = 'p1#contribution#src-1';
    const events = [
      opened,
      stored(source, 1, pledged(), '2026-01-05T10:00:00.000Z'),
      stored(
        source,
        2,
        trancheReceived({ trancheId: 't-1', receivedOn: '2026-03-15' }),
        '2026-03-15T09:00:00.000Z',
      ),
      stored(
        source,
        3,
        trancheReceived({ trancheId: 't-2', receivedOn: '2026-02-10', amount: usd(20_000_00) }),
        '2026-03-16T09:00:00.000Z',
      ),
    ];
    const dated = inTheBooksOn(events, '2026-02-28');
    const [row] = rowsOf<FundingSourceRow>(
      foldProjections([fundingSourcesProjection], events, (event) => !dated(event)),
      fundingSourcesPartition('p1'),
    );
    expect(row?.tranches.map(({ trancheId }) => trancheId)).toEqual(['t-2']);
    expect(row?.received).toEqual(usd(20_000_00));
  });

  it('holds a record from the first day anything on it happened, entered later or not', () => {
    const source = 'p1#contribution#src-1';
    // Pledged and entered on 15 February, with a tranche that had come in on 10 February.
    const events = [
      opened,
      stored(source, 1, pledged(), '2026-02-15T09:00:00.000Z'),
      stored(source, 2, trancheReceived({ receivedOn: '2026-02-10' }), '2026-02-15T09:05:00.000Z'),
    ];
    const sourceOn = (asOf: string) => {
      const dated = inTheBooksOn(events, asOf);
      return rowsOf<FundingSourceRow>(
        foldProjections([fundingSourcesProjection], events, (event) => !dated(event)),
        fundingSourcesPartition('p1'),
      ).map(({ donorId, received }) => ({ donorId, received }));
    };
    expect(sourceOn('2026-02-09')).toEqual([]);
    expect(sourceOn('2026-02-10')).toEqual([{ donorId: 'eu', received: usd(50_000_00) }]);
  });
});
