import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { projections } from '../../functions/commons/projections';
import { rebuildReadModels } from '../../functions/rebuild/rebuild';
import { readModelsTable } from '../../infra/tables';
import { createTable, localAws } from '../../local/dynamodb';
import { eventually } from '../support/http';
import { killNpmStarts, npmStart } from '../support/npm-start';

const stateDir = mkdtempSync(join(tmpdir(), 'fault-'));
afterAll(() => {
  killNpmStarts();
  rmSync(stateDir, { recursive: true, force: true });
});

const P = '/processes/demo';
/** Four clients, each paying 20 disbursements in three commands: 240 commands, a line and a source each. */
const CLIENTS = 4;
const PAYMENTS = 20;
/** The events each step appends, once: a second execution of a key would show twice. */
const APPENDS = {
  request: ['DisbursementRequested', 'InvoicePresented'],
  approve: ['BudgetLineCharged', 'ContributionCharged', 'DisbursementApproved'],
  pay: ['DisbursementPaid', 'InvoicePaid'],
};
const usd = (amount: number) => ({ amount, currency: 'USD' });

/** The tokens npm start wrote for the process `demo`, by their shell names. */
const tokensIn = (folder: string): Record<string, string> =>
  Object.fromEntries(
    [...readFileSync(join(folder, 'tokens.env'), 'utf8').matchAll(/^export (\w+)=(\S+)$/gm)].map((m) => [
      m[1],
      m[2],
    ]),
  );

async function scan(client: DynamoDBDocumentClient, table: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for await (const page of paginateScan({ client }, { TableName: table, ConsistentRead: true }))
    items.push(...(page.Items ?? []));
  const key = (item: Record<string, unknown>) =>
    `${item.pk ?? item.streamId}\u0000${item.sk ?? item.version}`;
  return items.sort((a, b) => key(a).localeCompare(key(b)));
}

describe('a crash under load', () => {
  it('loses no acknowledged command, records none twice, and projects what a rebuild builds', async () => {
    const first = await npmStart('--empty', '--state-dir', stateDir);
    const { url, port, dynamoPort } = first;
    const tokens = tokensIn(stateDir);
    const [admin, approver, officer] = [tokens.ADMIN, tokens.FINANCE_APPROVER, tokens.FINANCE_OFFICER];

    /** While the runtime is down, a client waits here and then sends the same command again. */
    let up: Promise<void> = Promise.resolve();
    const acknowledged: string[] = [];
    const unanswered = new Set<string>();
    const send = async (token: string | undefined, key: string, path: string, body: unknown) => {
      for (;;) {
        await up;
        let answer: Response;
        try {
          answer = await fetch(`${url}${P}${path}`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${token}`,
              'content-type': 'application/json',
              'idempotency-key': key,
            },
            body: JSON.stringify(body),
          });
        } catch {
          // Killed with the command in flight, or refused while down: no answer, so it goes again.
          unanswered.add(key);
          await new Promise((r) => setTimeout(r, 50));
          continue;
        }
        const answered = (await answer.json()) as Record<string, unknown>;
        if (answer.status === 409 && answered.error === 'try-again') continue;
        if (!answer.ok) throw new Error(`${key} answered ${answer.status}: ${JSON.stringify(answered)}`);
        acknowledged.push(key);
        return answered;
      }
    };

    // The process, a line and a funded source per client, acknowledged before the load
    await send(admin, 'fault.open', '', {
      name: 'Constitution Review Commission',
      country: 'KE',
      mandateStart: '2026-01-01',
      mandateEnd: '2027-06-30',
      budgetCurrency: 'USD',
      reviewCadenceMonths: 3,
      timeZone: 'UTC',
    });
    const clients = Array.from({ length: CLIENTS }, (_, c) => c);
    await send(approver, 'fault.adopt', '/budget/adoptions', {
      lines: clients.map((c) => ({
        lineId: `L${c}`,
        unit: 'administration',
        activity: `Activity L${c}`,
        costCategory: 'travel',
        amount: usd(1_000_000_00),
      })),
    });
    const sources = await Promise.all(
      clients.map(async (c) => {
        const { contributionId } = await send(officer, `fault.pledge.${c}`, '/contributions', {
          donorId: `donor-${c}`,
          donorName: `Donor ${c}`,
          amount: usd(1_000_000_00),
          modality: 'basket-fund',
          reportingFrequency: 'quarterly',
          firstReportDue: '2027-03-31',
        });
        await send(officer, `fault.tranche.${c}`, `/contributions/${contributionId}/tranches`, {
          amount: usd(1_000_000_00),
          receivedOn: '2026-01-15',
        });
        return contributionId as string;
      }),
    );

    // When four clients pay disbursements side by side
    const keys = (c: number, i: number) =>
      ({
        request: `fault.${c}.${i}.request`,
        approve: `fault.${c}.${i}.approve`,
        pay: `fault.${c}.${i}.pay`,
      }) as const;
    const load = Promise.all(
      clients.map(async (c) => {
        for (let i = 0; i < PAYMENTS; i++) {
          const key = keys(c, i);
          const { disbursementId } = await send(officer, key.request, '/disbursements', {
            lineId: `L${c}`,
            fundingSourceId: sources[c],
            amount: usd(100_00 + i),
            payee: `Payee ${c}`,
            purpose: `Payment ${i}`,
            supportingDocument: {
              reference: `INV-${c}-${i}`,
              sha256: createHash('sha256').update(key.request).digest('hex'),
            },
          });
          await send(approver, key.approve, `/disbursements/${disbursementId}/approve`, {});
          await send(officer, key.pay, `/disbursements/${disbursementId}/pay`, {
            paymentReference: `EFT-${c}-${i}`,
            paidOn: new Date().toISOString().slice(0, 10),
          });
        }
      }),
    );

    let failure: unknown;
    load.catch((error) => {
      failure = error;
    });

    // And npm start is killed with SIGKILL a third of the way in, its DynamoDB Local with it, then
    // started again on the same data; every command left unanswered is sent again with its key
    const setup = acknowledged.length;
    await eventually(
      async () => acknowledged.length,
      (count) => failure !== undefined || count >= setup + CLIENTS * PAYMENTS,
      180_000,
    );
    if (failure) throw failure;
    let release = () => {};
    up = new Promise((resolve) => {
      release = resolve;
    });
    await first.kill();
    const atKill = acknowledged.length;
    const again = await npmStart(
      '--empty',
      '--state-dir',
      stateDir,
      '--port',
      `${port}`,
      '--dynamo-port',
      `${dynamoPort}`,
    );
    release();
    await load;
    expect(atKill).toBeLessThan(setup + CLIENTS * PAYMENTS * 3);
    expect(unanswered.size).toBeGreaterThan(0);

    // Then every command is in the Events table exactly once, with the events of its step
    const client = new DynamoDBClient({ ...localAws, endpoint: `http://127.0.0.1:${dynamoPort}` });
    const documents = DynamoDBDocumentClient.from(client, {
      marshallOptions: { removeUndefinedValues: true },
    });
    try {
      const items = await scan(documents, 'local-events');
      const appended = new Map<string, string[]>();
      for (const item of items.filter((item) => item.kind === 'event')) {
        const { commandId } = item.metadata as { commandId: string };
        appended.set(commandId, [...(appended.get(commandId) ?? []), item.type as string].sort());
      }
      const steps = clients.flatMap((c) =>
        Array.from({ length: PAYMENTS }, (_, i) => Object.entries(keys(c, i))).flat(),
      );
      expect(Object.fromEntries(steps.map(([, key]) => [key, appended.get(key)]))).toEqual(
        Object.fromEntries(steps.map(([step, key]) => [key, APPENDS[step as keyof typeof APPENDS]])),
      );
      expect(new Set(acknowledged).size).toBe(acknowledged.length);

      // And the read models the poller kept, across the crash, equal a rebuild from the Events table
      const rebuilt = 'fault-rebuilt';
      await createTable(client, readModelsTable, rebuilt);
      await rebuildReadModels({
        client: documents,
        eventsTable: 'local-events',
        targetTable: rebuilt,
        projections,
      });
      const expected = await scan(documents, rebuilt);
      const kept = await eventually(
        () => scan(documents, 'local-read-models'),
        (rows) => JSON.stringify(rows) === JSON.stringify(expected),
        30_000,
      );
      expect(kept).toEqual(expected);
      expect(existsSync(join(stateDir, 'dead-letters.jsonl'))).toBe(false);
    } finally {
      client.destroy();
      await again.stop();
    }
  }, 420_000);
});
