import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/calendar';
import { type Answer, type Caller, settled } from '../support/http';
import {
  accepted,
  type LocalProcesses,
  openProcess,
  pledge,
  startLocalProcesses,
} from '../support/local-process';

/** Every date counted from today, the clock's day: requests cannot be dated after it. */
const S = new Date().toISOString().slice(0, 10);
const on = (days: number) => addDays(S, days);
const usd = (amount: number) => ({ amount, currency: 'USD' });
const P = '/processes/p1';

let local: LocalProcesses;
/** A finance officer who is also an approver: the desk whose queue leaves out its own requests. */
let desk: Caller;
let sources: { eu: string; un: string };
/** The disbursements by name, newest request first: d4 (paid), d3 (the desk's), d2, d1, d0 (rejected). */
const ids: Record<string, string> = {};

const ofItems = (answer: Answer) =>
  (answer.body.items as { disbursementId: string }[]).map((i) => i.disbursementId);
const named = (...names: string[]) => names.map((name) => ids[name]);

async function request(as: Caller, name: string, lineId: string, source: string, requestedOn: string) {
  const answer = await accepted(
    as.post(`${P}/disbursements`, {
      lineId,
      fundingSourceId: source,
      amount: usd(1_000_00),
      requestedOn,
      payee: `Payee ${name}`,
      purpose: `Purpose ${name}`,
      supportingDocument: { reference: `INV-${name}`, sha256: name.charCodeAt(1).toString(16).repeat(32) },
    }),
  );
  ids[name] = answer.disbursementId as string;
}

beforeAll(async () => {
  local = await startLocalProcesses(['p1', 'p2']);
  desk = await local.as('desk-1', ['finance-officer', 'finance-approver']);
  const { officer, approver } = local;
  await openProcess(local, 'p1', { mandateStart: on(-300), mandateEnd: on(300) });
  for (const lineId of ['L1', 'L2'])
    await accepted(
      approver.post(`${P}/budget-lines`, {
        lineId,
        unit: 'education-outreach',
        activity: `Activity ${lineId}`,
        costCategory: 'travel',
        amount: usd(100_000_00),
      }),
    );
  sources = {
    eu: await pledge(local, 'p1', { amount: usd(50_000_00), firstReportDue: on(90) }),
    un: await pledge(local, 'p1', {
      donorId: 'un',
      donorName: 'UNDP',
      amount: usd(50_000_00),
      firstReportDue: on(90),
    }),
  };
  for (const source of Object.values(sources))
    await accepted(
      officer.post(`${P}/contributions/${source}/tranches`, { amount: usd(50_000_00), receivedOn: on(-60) }),
    );

  await request(officer, 'd0', 'L2', sources.eu, on(-50));
  await request(officer, 'd1', 'L1', sources.eu, on(-40));
  await request(officer, 'd2', 'L2', sources.eu, on(-30));
  await request(desk, 'd3', 'L1', sources.un, on(-20));
  await request(officer, 'd4', 'L1', sources.un, on(-10));
  await accepted(
    approver.post(`${P}/disbursements/${ids.d0}/reject`, { reason: 'No quotation attached' }),
    200,
  );
  await accepted(approver.post(`${P}/disbursements/${ids.d4}/approve`), 200);
  await accepted(
    officer.post(`${P}/disbursements/${ids.d4}/pay`, { paymentReference: 'EFT-4', paidOn: S }),
    200,
  );
  await settled(
    () => desk.get(`${P}/disbursements`),
    (answer) =>
      expect(answer.body.items).toEqual(
        expect.arrayContaining([expect.objectContaining({ status: 'paid' })]),
      ),
  );
}, 60_000);
afterAll(() => local?.runtime.stop());

describe('the disbursements list over HTTP', () => {
  it('lists every disbursement newest request first, each as the desk needs it', async () => {
    const all = await desk.get(`${P}/disbursements`);
    expect(all.status).toBe(200);
    expect(ofItems(all)).toEqual(named('d4', 'd3', 'd2', 'd1', 'd0'));
    expect(all.body.nextCursor).toBeUndefined();
    expect((all.body.items as unknown[])[0]).toEqual({
      disbursementId: ids.d4,
      status: 'paid',
      lineId: 'L1',
      sourceId: sources.un,
      payee: 'Payee d4',
      purpose: 'Purpose d4',
      amount: usd(1_000_00),
      requestedBy: 'finance-officer-1',
      requestedOn: on(-10),
      approvedBy: 'finance-approver-1',
      paidBy: 'finance-officer-1',
      paidOn: S,
      version: 3,
    });
  });

  it('is the approvals queue: requests awaiting a decision, the caller’s own left out', async () => {
    const queue = await desk.get(`${P}/disbursements?status=requested&excludeOwn=true`);
    expect(ofItems(queue)).toEqual(named('d2', 'd1'));
    // Someone else's queue holds the desk's request.
    expect(ofItems(await local.approver.get(`${P}/disbursements?status=requested&excludeOwn=true`))).toEqual(
      named('d3', 'd2', 'd1'),
    );
    expect(ofItems(await desk.get(`${P}/disbursements?status=requested`))).toEqual(named('d3', 'd2', 'd1'));
  });

  it('filters by status, line, source, maker and value dates (inclusive)', async () => {
    const list = async (query: string) => ofItems(await desk.get(`${P}/disbursements?${query}`));
    expect(await list('status=rejected')).toEqual(named('d0'));
    expect(await list('lineId=L2')).toEqual(named('d2', 'd0'));
    expect(await list(`sourceId=${sources.un}`)).toEqual(named('d4', 'd3'));
    expect(await list('requestedBy=desk-1')).toEqual(named('d3'));
    expect(await list(`from=${on(-40)}&to=${on(-20)}`)).toEqual(named('d3', 'd2', 'd1'));
    expect(await list(`from=${on(-15)}`)).toEqual(named('d4'));
    expect(await list(`to=${on(-50)}&lineId=L2`)).toEqual(named('d0'));
  });

  it('pages through the list with the cursor each page gives, filters held', async () => {
    const first = await desk.get(`${P}/disbursements?limit=2`);
    expect(ofItems(first)).toEqual(named('d4', 'd3'));
    const second = await desk.get(`${P}/disbursements?limit=2&cursor=${first.body.nextCursor}`);
    expect(ofItems(second)).toEqual(named('d2', 'd1'));
    const last = await desk.get(`${P}/disbursements?limit=2&cursor=${second.body.nextCursor}`);
    expect(ofItems(last)).toEqual(named('d0'));
    expect(last.body.nextCursor).toBeUndefined();

    const seen: string[] = [];
    let cursor: unknown;
    do {
      const page = await desk.get(
        `${P}/disbursements?status=requested&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(ofItems(page).length).toBe(1);
      seen.push(...ofItems(page));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(named('d3', 'd2', 'd1'));
  });

  it('refuses a cursor it did not answer, and filters out of range, with the field', async () => {
    const refused = async (query: string, field: string, path = `${P}/disbursements`) =>
      expect(await desk.get(`${path}?${query}`)).toMatchObject({
        status: 400,
        body: {
          error: 'invalid-request',
          issues: expect.arrayContaining([expect.objectContaining({ field })]),
        },
      });
    await refused('cursor=not-a-cursor', 'cursor');
    const page = await desk.get(`${P}/disbursements?limit=1`);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    // A cursor of p1's list pages neither p2's nor another list of p1.
    await refused(`cursor=${page.body.nextCursor}`, 'cursor', '/processes/p2/disbursements');
    await refused(`cursor=${page.body.nextCursor}`, 'cursor', `${P}/contributions`);
    // Nor the same list asked for other dates, where its row could not be.
    await refused(`cursor=${page.body.nextCursor}&to=${on(-50)}`, 'cursor');
    await refused('limit=0', 'query.limit');
    await refused('limit=101', 'query.limit');
    await refused('status=pending', 'query.status');
    await refused(`from=${on(-10)}&to=${on(-20)}`, 'query.to');
    await refused('excludeOwn=yes', 'query.excludeOwn');
  });
});

describe('the other lists over HTTP', () => {
  it('lists contributions by donor', async () => {
    const all = await local.auditor.get(`${P}/contributions`);
    expect((all.body.items as unknown[]).length).toBe(2);
    expect(await local.auditor.get(`${P}/contributions?donorId=un`)).toMatchObject({
      status: 200,
      body: {
        items: [{ contributionId: sources.un, donorId: 'un', donorName: 'UNDP', pledged: usd(50_000_00) }],
      },
    });
  });

  it('lists exchange rates by pair and days, a page at a time', async () => {
    const rate = (base: string, date: string, value: string) =>
      accepted(
        local.officer.post(`${P}/exchange-rates`, {
          base,
          quote: 'USD',
          rate: value,
          date,
          source: 'UN operational rate',
        }),
      );
    await rate('EUR', on(-20), '1.0800');
    await rate('EUR', on(-10), '1.0825');
    await rate('GBP', on(-10), '1.2700');
    const days = (answer: Answer) =>
      (answer.body.items as { base: string; date: string }[]).map((r) => `${r.base} ${r.date}`);
    const all = await settled(
      () => local.leadership.get(`${P}/exchange-rates`),
      (answer) => expect(answer.body.items).toHaveLength(3),
    );
    expect(days(all)).toEqual([`EUR ${on(-20)}`, `EUR ${on(-10)}`, `GBP ${on(-10)}`]);
    expect(
      days(await local.leadership.get(`${P}/exchange-rates?base=EUR&quote=USD&from=${on(-15)}`)),
    ).toEqual([`EUR ${on(-10)}`]);
    expect(days(await local.leadership.get(`${P}/exchange-rates?to=${on(-15)}`))).toEqual([`EUR ${on(-20)}`]);
    expect(days(await local.leadership.get(`${P}/exchange-rates?base=GBP`))).toEqual([`GBP ${on(-10)}`]);
    const first = await local.leadership.get(`${P}/exchange-rates?limit=2&from=${on(-10)}`);
    expect(days(first)).toEqual([`EUR ${on(-10)}`, `GBP ${on(-10)}`]);
    expect(first.body.nextCursor).toBeUndefined();
    const paged = await local.leadership.get(`${P}/exchange-rates?limit=2`);
    const rest = await local.leadership.get(`${P}/exchange-rates?limit=2&cursor=${paged.body.nextCursor}`);
    expect(days(rest)).toEqual([`GBP ${on(-10)}`]);
  });

  it('lists appointments and secondments with their status on the day asked', async () => {
    const source = sources.eu;
    const terms = (personId: string, contractType: string, startDate: string) => ({
      person: { personId, name: `Person ${personId}` },
      contractType,
      startDate,
      endDate: on(200),
      monthlyCost: usd(4_000_00),
      fundingSourceId: source,
      postTitle: 'Research Officer',
      unit: 'secretarial-services',
      subFunction: 'research',
      reportsTo: 'Deputy, Secretarial Services',
    });
    await accepted(local.hr.post(`${P}/appointments`, terms('per-1', 'civil-service', on(-30))));
    await accepted(
      local.hr.post(`${P}/appointments`, {
        ...terms('per-2', 'consultant', on(30)),
        unit: 'communications',
        subFunction: 'media-liaison',
      }),
    );
    await accepted(
      local.hr.post(`${P}/secondments`, {
        person: { personId: 'per-3', name: 'Officer per-3' },
        homeInstitution: 'Ministry of Finance',
        postTitle: 'Finance Officer',
        unit: 'administration',
        startDate: on(-30),
        endDate: on(100),
        salary: { borneBy: 'home-institution' },
        reportingLinesToHome: 'Monthly report to the Permanent Secretary',
      }),
    );
    const people = (answer: Answer) =>
      (answer.body.items as { person: { personId: string }; status: string }[]).map(
        (i) => `${i.person.personId} ${i.status}`,
      );
    await settled(
      () => local.hr.get(`${P}/secondments`),
      (answer) => expect(people(answer)).toEqual(['per-3 active']),
    );
    expect((await local.hr.get(`${P}/appointments`)).body.items).toHaveLength(2);
    expect(people(await local.hr.get(`${P}/appointments?status=planned`))).toEqual(['per-2 planned']);
    expect(people(await local.hr.get(`${P}/appointments?contractType=civil-service`))).toEqual([
      'per-1 active',
    ]);
    expect(people(await local.hr.get(`${P}/appointments?unit=communications&today=${on(40)}`))).toEqual([
      'per-2 active',
    ]);
    expect(people(await local.hr.get(`${P}/secondments?status=ended&today=${on(101)}`))).toEqual([
      'per-3 ended',
    ]);
    expect(people(await local.hr.get(`${P}/secondments?homeInstitution=Treasury`))).toEqual([]);
    // Appointments and secondments share a partition: a cursor of one does not page the other.
    const first = await local.hr.get(`${P}/appointments?limit=1`);
    expect(await local.hr.get(`${P}/secondments?cursor=${first.body.nextCursor}`)).toMatchObject({
      status: 400,
      body: { issues: [{ field: 'cursor' }] },
    });
  });

  it('lists risks and benchmarks by status and owner', async () => {
    const { leadership } = local;
    const risk = (category: string, owner: string) =>
      accepted(
        leadership.post(`${P}/risks`, {
          category,
          title: `A ${category} risk`,
          cause: 'A cause',
          consequence: 'A consequence',
          owner,
        }),
      );
    await risk('financial', 'Deputy, Administration');
    await risk('political', 'Secretariat Head');
    const benchmark = (metric: string, owner: Record<string, string>) =>
      accepted(
        leadership.post(`${P}/benchmarks`, { kind: 'process', metric, target: 10, dueDate: on(30), owner }),
      );
    await benchmark('Hearings held', { unit: 'education-outreach' });
    await benchmark('Submissions read', { committee: 'Drafting Committee' });
    const titles = (answer: Answer) => (answer.body.items as { title: string }[]).map((r) => r.title);
    await settled(
      () => leadership.get(`${P}/risks`),
      (answer) => expect(answer.body.items).toHaveLength(2),
    );
    expect(titles(await leadership.get(`${P}/risks?category=political`))).toEqual(['A political risk']);
    expect(titles(await leadership.get(`${P}/risks?owner=Deputy,%20Administration&status=open`))).toEqual([
      'A financial risk',
    ]);
    expect(titles(await leadership.get(`${P}/risks?status=closed`))).toEqual([]);
    const metrics = (answer: Answer) => (answer.body.items as { metric: string }[]).map((b) => b.metric);
    await settled(
      () => leadership.get(`${P}/benchmarks`),
      (answer) => expect(answer.body.items).toHaveLength(2),
    );
    expect(metrics(await leadership.get(`${P}/benchmarks?owner=Drafting%20Committee`))).toEqual([
      'Submissions read',
    ]);
    expect(metrics(await leadership.get(`${P}/benchmarks?status=missed&today=${on(31)}`))).toHaveLength(2);
    expect(metrics(await leadership.get(`${P}/benchmarks?status=achieved`))).toEqual([]);
  });
});
