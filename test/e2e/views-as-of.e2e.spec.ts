import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetLine } from '../../domain/budget-line/decide';
import { process } from '../../domain/process/decide';
import type { DomainEvent } from '../../events/catalog';
import { defaultUnits } from '../../events/catalog/process';
import { EventStore } from '../../events/event-store';
import { localAws } from '../../local/dynamodb';
import { eventually } from '../support/http';
import { type LocalProcesses, startLocalProcesses } from '../support/local-process';

const usd = (amount: number) => ({ amount, currency: 'USD' });
let local: LocalProcesses;

beforeAll(async () => {
  local = await startLocalProcesses(['past']);
});
afterAll(() => local?.runtime.stop());

describe('a view as of a past day', () => {
  /** Events recorded on days of our choosing, straight into the runtime's Events table. */
  async function recordOn(
    recordedAt: string,
    [streamId, decider]: readonly [string, typeof process | typeof budgetLine],
    events: DomainEvent[],
  ) {
    const client = DynamoDBDocumentClient.from(
      new DynamoDBClient({ ...localAws, endpoint: local.runtime.dynamoEndpoint }),
    );
    const store = new EventStore(client, local.runtime.tables.events);
    const stream = await store.load(streamId, decider as typeof budgetLine);
    const commandId = randomUUID();
    await store.append(
      {
        commandId,
        requestHash: commandId,
        metadata: {
          processId: 'past',
          actor: 'finance-officer-1',
          role: 'finance-officer',
          commandId,
          correlationId: commandId,
          causationId: commandId,
          recordedAt,
        },
        result: {},
      },
      [{ stream, events }],
    );
    client.destroy();
  }

  beforeAll(async () => {
    await recordOn(
      '2026-01-05T09:00:00.000Z',
      ['past#process#past', process],
      [
        {
          type: 'ProcessOpened',
          data: {
            processId: 'past',
            name: 'National Dialogue',
            country: 'KE',
            mandateStart: '2026-01-01',
            mandateEnd: '2027-06-30',
            budgetCurrency: 'USD',
            reviewCadenceMonths: 3,
            timeZone: 'UTC',
            units: [...defaultUnits],
            openedBy: 'chair-1',
            openedAt: '2026-01-05T09:00:00.000Z',
          },
        },
      ],
    );
    await recordOn(
      '2026-01-10T09:00:00.000Z',
      ['past#budget-line#EO-1', budgetLine],
      [
        {
          type: 'BudgetLineAdopted',
          data: {
            lineId: 'EO-1',
            unit: 'education-outreach',
            activity: 'Public hearings',
            costCategory: 'travel',
            amount: usd(10_000_00),
            draftId: null,
            preparedBy: 'finance-approver-1',
            approvedBy: 'finance-approver-1',
            adoptedOn: '2026-01-10',
            adoptedAt: '2026-01-10T09:00:00.000Z',
          },
        },
      ],
    );
    await recordOn(
      '2026-02-10T23:59:59.999Z',
      ['past#budget-line#EO-1', budgetLine],
      [
        {
          type: 'BudgetLineRevised',
          data: {
            lineId: 'EO-1',
            previous: usd(10_000_00),
            amount: usd(12_000_00),
            reason: 'Mid-year review',
            transferId: null,
            approvedBy: 'finance-approver-1',
            revisedOn: '2026-02-10',
            revisedAt: '2026-02-10T23:59:59.999Z',
          },
        },
      ],
    );
  });

  const allocatedAsOf = async (day: string) => {
    const { status, body } = await local.officer.get(`/processes/past/budget?asOf=${day}`);
    return {
      status,
      asOf: body.asOf,
      allocated: (body.totals as { allocated?: unknown } | undefined)?.allocated,
    };
  };

  it('counts what was recorded by the end of that day, and nothing after', async () => {
    expect(await allocatedAsOf('2026-01-31')).toEqual({
      status: 200,
      asOf: '2026-01-31',
      allocated: usd(10_000_00),
    });
    expect(await allocatedAsOf('2026-02-09')).toMatchObject({ allocated: usd(10_000_00) });
    // Recorded at 23:59:59.999 on 10 February: in the view as of that day.
    expect(await allocatedAsOf('2026-02-10')).toMatchObject({ allocated: usd(12_000_00) });
  });

  it('answers 404 before the process was opened', async () => {
    expect(await allocatedAsOf('2026-01-04')).toMatchObject({ status: 404 });
  });

  it('agrees with the current view once the projector has caught up', async () => {
    const live = await eventually(
      () => local.officer.get('/processes/past/budget'),
      (v) =>
        (v.body.totals as { allocated?: { amount: number } } | undefined)?.allocated?.amount === 12_000_00,
      10_000,
    );
    const { asOf: _, ...current } = live.body;
    const { asOf: __, ...past } = (await local.officer.get('/processes/past/budget?asOf=2026-02-28')).body;
    expect(current).toEqual(past);
  });
});
