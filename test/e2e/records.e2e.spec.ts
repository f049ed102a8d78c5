import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../../functions/access/roles';
import { financeReaders, planReaders, staffingReaders } from '../../functions/route-table/readers';
import { invoice } from '../support/builders';
import { callerAs } from '../support/http';
import {
  accepted,
  adoptBudget,
  type LocalProcesses,
  openProcess,
  pledge,
  receive,
  startLocalProcesses,
} from '../support/local-process';

/**
 * What a checker reads of one record over HTTP: the caller as its token names it (`GET /me`), a
 * record's GET with every step's actor and time, and its history, event by event from its stream.
 */
const processId = 'records';
const P = `/processes/${processId}`;
const usd = (amount: number) => ({ amount, currency: 'USD' });
let local: LocalProcesses;
const ids: Record<string, string> = {};

beforeAll(async () => {
  local = await startLocalProcesses([processId], '2026-06-01T09:00:00.000Z');
  const { officer, approver, hr, leadership } = local;
  await openProcess(local, processId);
  await adoptBudget(local, processId, [
    { lineId: 'EO-1', unit: 'education-outreach', costCategory: 'travel', amount: usd(50_000_00) },
  ]);
  ids.contribution = await pledge(local, processId, { amount: usd(20_000_00) });
  await receive(local, processId, ids.contribution, { amount: usd(20_000_00), receivedOn: '2026-02-10' });
  const raised = await accepted(
    officer.post(`${P}/commitments`, {
      lineId: 'EO-1',
      fundingSourceId: ids.contribution,
      amount: usd(3_000_00),
      description: 'Venue contract for the hearings',
      supplier: 'Venue Ltd',
      raisedOn: '2026-03-01',
    }),
  );
  ids.commitment = raised.commitmentId as string;
  const requested = await accepted(
    officer.post(`${P}/disbursements`, {
      lineId: 'EO-1',
      fundingSourceId: ids.contribution,
      amount: usd(1_500_00),
      payee: 'County Hall Services',
      purpose: 'Hearing venue',
      supportingDocument: invoice('INV-228'),
      requestedOn: '2026-03-02',
    }),
  );
  ids.disbursement = requested.disbursementId as string;
  await accepted(
    approver.post(`${P}/disbursements/${ids.disbursement}/approve`, { approvedOn: '2026-03-05' }),
    200,
  );
  await accepted(
    officer.post(`${P}/disbursements/${ids.disbursement}/pay`, {
      paymentReference: 'EFT-228',
      paidOn: '2026-03-10',
    }),
    200,
  );
  await accepted(
    approver.post(`${P}/disbursements/${ids.disbursement}/reverse`, {
      amount: usd(500_00),
      reason: 'Venue refunded one day',
      reversedOn: '2026-03-20',
    }),
    200,
  );
  const head = await accepted(
    hr.post(`${P}/appointments/secretariat-head`, {
      person: { personId: 'per-head-1', name: 'Wanjiku Kamau' },
      contractType: 'civil-service',
      startDate: '2026-02-01',
      endDate: '2027-06-30',
      monthlyCost: usd(4_000_00),
      fundingSourceId: ids.contribution,
      appointingAuthority: { kind: 'cmb-business-committee' },
      accountableTo: 'business-committee',
      accountingOfficer: true,
    }),
  );
  ids.appointment = head.appointmentId as string;
  const seconded = await accepted(
    hr.post(`${P}/secondments`, {
      person: { personId: 'sec-1', name: 'Officer sec-1' },
      homeInstitution: 'Ministry of Justice',
      postTitle: 'Legal Researcher',
      unit: 'secretarial-services',
      startDate: '2026-03-01',
      endDate: '2026-12-31',
      salary: { borneBy: 'home-institution' },
      reportingLinesToHome: 'Quarterly report to the Principal Secretary',
    }),
  );
  ids.secondment = seconded.secondmentId as string;
  const benchmark = await accepted(
    leadership.post(`${P}/benchmarks`, {
      kind: 'process',
      metric: 'Consultative meetings held',
      target: 30,
      dueDate: '2026-09-30',
      owner: { committee: 'Public Participation Committee' },
    }),
  );
  ids.benchmark = benchmark.benchmarkId as string;
  const risk = await accepted(
    leadership.post(`${P}/risks`, {
      category: 'financial',
      title: 'Second EU tranche delayed',
      cause: 'Donor reporting backlog',
      consequence: 'Public hearings suspended',
      owner: 'Deputy, Administration',
    }),
  );
  ids.risk = risk.riskId as string;
}, 180_000);
afterAll(() => local?.runtime.stop());

describe('GET /me', () => {
  it.each(roles)('answers a %s its subject, roles and processes from its token', async (role) => {
    const donorId = role === 'donor' ? 'eu' : undefined;
    const caller = await callerAs(local.runtime, `${role}-7`, [role], {
      processes: [processId, 'other'],
      ...(donorId ? { donorId } : {}),
    });
    const { status, body } = await caller.get('/me');
    expect(status).toBe(200);
    expect(body).toEqual({
      subject: `${role}-7`,
      roles: [role],
      processes: [processId, 'other'],
      ...(donorId ? { donorId } : {}),
    });
  });

  it('answers a person in no process, and every role it holds', async () => {
    const caller = await callerAs(local.runtime, 'two-hats', ['finance-officer', 'hr-officer'], {
      processes: [],
    });
    expect((await caller.get('/me')).body).toEqual({
      subject: 'two-hats',
      roles: ['finance-officer', 'hr-officer'],
      processes: [],
    });
  });
});

describe('a disbursement’s GET', () => {
  it('shows payee, purpose, amounts and rate, document, and who did each step and when', async () => {
    const { status, body } = await local.auditor.get(`${P}/disbursements/${ids.disbursement}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'paid',
      payee: 'County Hall Services',
      purpose: 'Hearing venue',
      amount: usd(1_500_00),
      budgetAmount: usd(1_500_00),
      rate: null,
      supportingDocument: invoice('INV-228'),
      requestedBy: 'finance-officer-1',
      requestedOn: '2026-03-02',
      approvedBy: 'finance-approver-1',
      approvedOn: '2026-03-05',
      approvalOverride: null,
      paidBy: 'finance-officer-1',
      paidOn: '2026-03-10',
      paymentReference: 'EFT-228',
      paymentOverride: null,
      refunded: usd(500_00),
      reversals: [
        {
          amount: usd(500_00),
          reason: 'Venue refunded one day',
          reversedOn: '2026-03-20',
          reversedBy: 'finance-approver-1',
        },
      ],
      version: 4,
    });
    for (const at of ['requestedAt', 'approvedAt', 'paidAt']) expect(body[at], at).toMatch(/^2026-06-01T/);
  });
});

interface HistoryItem {
  readonly version: number;
  readonly type: string;
  readonly recordedAt: string;
  readonly actor: string;
  readonly role: string;
  readonly valueDate?: string;
  readonly data: Record<string, unknown>;
}

describe('a record’s history', () => {
  it('lists a disbursement’s events in order: actor, role, when, value date and data', async () => {
    const { status, body } = await local.leadership.get(`${P}/disbursements/${ids.disbursement}/history`);
    expect(status).toBe(200);
    const items = body.items as HistoryItem[];
    expect(
      items.map(({ version, type, actor, role, valueDate }) => ({ version, type, actor, role, valueDate })),
    ).toEqual([
      {
        version: 1,
        type: 'DisbursementRequested',
        actor: 'finance-officer-1',
        role: 'finance-officer',
        valueDate: '2026-03-02',
      },
      {
        version: 2,
        type: 'DisbursementApproved',
        actor: 'finance-approver-1',
        role: 'finance-approver',
        valueDate: '2026-03-05',
      },
      {
        version: 3,
        type: 'DisbursementPaid',
        actor: 'finance-officer-1',
        role: 'finance-officer',
        valueDate: '2026-03-10',
      },
      {
        version: 4,
        type: 'DisbursementReversed',
        actor: 'finance-approver-1',
        role: 'finance-approver',
        valueDate: '2026-03-20',
      },
    ]);
    expect(items[0]?.data).toMatchObject({ payee: 'County Hall Services', amount: usd(1_500_00) });
    expect(items[2]?.data).toMatchObject({ paymentReference: 'EFT-228' });
    const recorded = items.map((item) => item.recordedAt);
    expect(recorded.every((at) => at.startsWith('2026-06-01T'))).toBe(true);
    expect([...recorded].sort()).toEqual(recorded);
  });

  it('leaves out the value date of an event that carries none', async () => {
    const { body } = await local.leadership.get(`${P}/risks/${ids.risk}/history`);
    const [identified] = body.items as HistoryItem[];
    expect(identified).toMatchObject({ version: 1, actor: 'chair-1', role: 'leadership' });
    expect(identified && 'valueDate' in identified).toBe(false);
  });

  const records: readonly (readonly [string, () => string, readonly Role[]])[] = [
    ['disbursements', () => ids.disbursement as string, financeReaders],
    ['budget-lines', () => 'EO-1', financeReaders],
    ['contributions', () => ids.contribution as string, financeReaders],
    ['commitments', () => ids.commitment as string, financeReaders],
    ['appointments', () => ids.appointment as string, staffingReaders],
    ['secondments', () => ids.secondment as string, staffingReaders],
    ['benchmarks', () => ids.benchmark as string, planReaders],
    ['risks', () => ids.risk as string, planReaders],
  ];

  describe.each(records)('of %s', (records, id, readers) => {
    it('answers the roles of the record’s GET, its first event first, and refuses every other role', async () => {
      for (const role of roles) {
        const caller = await callerAs(local.runtime, `${role}-9`, [role], {
          processes: [processId],
          ...(role === 'donor' ? { donorId: 'eu' } : {}),
        });
        const history = await caller.get(`${P}/${records}/${id()}/history`);
        const record = await caller.get(`${P}/${records}/${id()}`);
        expect(history.status, role).toBe(record.status);
        if (!readers.includes(role)) {
          expect(history).toMatchObject({ status: 403, body: { error: 'forbidden' } });
          continue;
        }
        expect(history.status, role).toBe(200);
        const items = history.body.items as HistoryItem[];
        expect(items.map((item) => item.version)).toEqual(items.map((_, i) => i + 1));
        expect(items.length).toBe(record.body.version);
      }
    });

    it('answers 404 for a record never recorded', async () => {
      const { status, body } = await local.auditor.get(`${P}/${records}/never-recorded-1/history`);
      expect({ status, body }).toEqual({ status: 404, body: { error: 'not-found' } });
    });
  });
});
