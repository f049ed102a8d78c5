import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Role } from '../../functions/access/roles';
import type { LocalPerson } from '../../local/demo/people';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime';
import { localIssuer } from '../../local/tokens';
import { webDist } from '../../local/web-build';
import { csvRecords } from '../support/csv-records';
import { type Caller, callerAs, settled } from '../support/http';
import { seedProcess } from '../support/seed';
import { type Browser, launchBrowser } from './browser';

/**
 * The finance desk, the budget line, donor and audit pages in headless Chromium against the whole
 * local backend: money requested, approved from the queue by another approver and paid through the
 * pages; a donor's downloads and refusals; an auditor's verification of an edited report. Each page
 * passes axe (no serious or critical violation) and is photographed at 1280 and 768 px.
 */
const processId = 'desk';
const screenshots = 'test-output/screenshots';

/** The people the sign-in page lists here; the maker is an officer who is also an approver. */
const cast = {
  officer: { name: 'Olive Officer', roles: ['finance-officer'] },
  approver: { name: 'Abel Approver', roles: ['finance-approver'] },
  maker: { name: 'Maya Maker', roles: ['finance-officer', 'finance-approver'] },
  auditor: { name: 'Aude Auditor', roles: ['auditor'] },
  donor: { name: 'Dana Donor', roles: ['donor'], donorId: 'eu' },
} as const satisfies Record<string, { name: string; roles: readonly Role[]; donorId?: string }>;
type Person = keyof typeof cast;

let runtime: LocalRuntime;
let browser: Browser;
let leader: Caller;
let euDonor: Caller;
let euContribution: string;

beforeAll(async () => {
  // The people the gateway lists at GET /local/people, as npm start lists the demo's.
  const issuer = await localIssuer();
  const people: LocalPerson[] = await Promise.all(
    Object.entries(cast).map(async ([key, person]) => {
      const membership = {
        processes: [processId],
        ...('donorId' in person ? { donorId: person.donorId } : {}),
      };
      const subject = `desk-${key}`;
      const token = await issuer.sign({ sub: subject, roles: person.roles, ...membership });
      return { ...person, title: key, subject, ...membership, token };
    }),
  );
  runtime = await startLocalRuntime({
    port: 0,
    dynamoPort: 0,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tablePrefix: `desk-${randomUUID().slice(0, 8)}`,
    webRoot: webDist,
    issuer,
    people,
  });
  const [{ contributions }, launched] = await Promise.all([seedProcess(runtime, processId), launchBrowser()]);
  browser = launched;
  euContribution = contributions.eu as string;
  leader = await callerAs(runtime, 'desk-leader', ['leadership'], { processes: [processId] });
  euDonor = await callerAs(runtime, 'desk-donor', ['donor'], { processes: [processId], donorId: 'eu' });
  mkdirSync(screenshots, { recursive: true });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

/** Opens the app at `path` and signs in there as `who` on the sign-in page. */
async function signIn(who: Person, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${runtime.url}${path}`);
  await page.getByRole('button', { name: new RegExp(cast[who].name) }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

/** No serious or critical accessibility violation, and a photograph at each width. */
async function checked(page: Page, name: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  expect(serious, name).toEqual([]);
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(screenshots, `desk-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The budget line page's figure, in cents. */
async function figure(page: Page, name: 'disbursed' | 'available'): Promise<number> {
  const text = await page.locator(`tr[data-figure="${name}"] td`).textContent();
  return Math.round(Number((text ?? '').replace(/[^0-9.-]/g, '')) * 100);
}

const budgetLine = async () => {
  const { body } = await leader.get(`/processes/${processId}/budget`);
  return (body.lines as { lineId: string; disbursed: { amount: number } }[]).find((l) => l.lineId === 'L1');
};

describe('the finance desk', () => {
  it('takes a request from its maker, an approval from another approver and the payment, and the line moves by exactly the amount', async () => {
    const maker = await signIn('maker', '/budget');
    await maker
      .getByRole('table', { name: 'Budget by budget line' })
      .getByRole('link', { name: 'L1' })
      .click();
    await maker.locator('tr[data-figure="available"]').waitFor();
    const before = {
      disbursed: await figure(maker, 'disbursed'),
      available: await figure(maker, 'available'),
    };
    await checked(maker, 'budget-line');

    await maker.getByRole('navigation').getByRole('link', { name: 'Disbursements' }).click();
    await maker.getByRole('link', { name: 'Request a disbursement' }).click();
    await maker.getByRole('heading', { name: 'Request a disbursement' }).waitFor();
    await maker.getByLabel('Budget line').selectOption('L1');
    await maker.getByLabel('Funding source').selectOption(euContribution);
    await maker.getByLabel('Purpose').fill('Hall for the Nakuru hearing');
    await maker.getByLabel('Amount', { exact: true }).fill('1234.56');
    await maker.getByLabel('Invoice reference').fill('INV-2026-114');
    await maker.getByLabel('Invoice file').setInputFiles({
      name: 'invoice.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('an invoice for the hall'),
    });
    await expect.poll(() => maker.getByLabel('Invoice SHA-256').inputValue()).toMatch(/^[0-9a-f]{64}$/);
    // No payee: the API's 400 is shown at the field.
    await maker.getByRole('button', { name: 'Request', exact: true }).click();
    const payeeIssue = maker.locator('.field-issue[data-field="payee"]');
    await payeeIssue.waitFor();
    expect(await payeeIssue.textContent()).toContain('must not be empty');
    await expect(maker.getByLabel('Payee').getAttribute('aria-invalid')).resolves.toBe('true');
    await checked(maker, 'request');

    await maker.getByLabel('Payee').fill('Nakuru Hall Ltd');
    await maker.getByRole('button', { name: 'Request', exact: true }).click();
    await maker.getByRole('heading', { name: /Nakuru Hall Ltd/ }).waitFor();
    const disbursementId = maker.url().split('/').pop() as string;
    // The maker, though an approver, is offered no approval of their own request.
    await maker.getByRole('form', { name: 'Withdraw the request' }).waitFor();
    expect(await maker.getByRole('button', { name: /^Approve/ }).count()).toBe(0);
    expect(await maker.getByRole('button', { name: 'Reject' }).count()).toBe(0);
    await maker.getByText('You requested this: another approver decides it.').waitFor();
    await checked(maker, 'disbursement-requested');
    await maker.getByRole('navigation').getByRole('link', { name: 'Approvals' }).click();
    await maker.getByRole('table', { name: 'Awaiting approval' }).waitFor();
    expect(await maker.getByRole('link', { name: 'Nakuru Hall Ltd' }).count()).toBe(0);
    await maker.close();

    const approver = await signIn('approver', '/approvals');
    // The queue is a read model: it shows the request once projected.
    await settled(
      () => leader.get(`/processes/${processId}/disbursements?status=requested`),
      (a) => expect(JSON.stringify(a.body)).toContain(disbursementId),
    );
    await approver.getByRole('link', { name: 'Nakuru Hall Ltd' }).waitFor();
    await checked(approver, 'approvals');
    await approver.getByRole('link', { name: 'Nakuru Hall Ltd' }).click();
    await approver.getByRole('form', { name: 'Approve' }).getByRole('button', { name: 'Approve' }).click();
    await approver.getByRole('heading', { name: /approved/ }).waitFor();
    await approver.close();

    const officer = await signIn('officer', `/disbursements/${disbursementId}`);
    await officer.getByLabel('Payment reference').fill('EFT-88120');
    await officer.getByRole('button', { name: 'Record payment' }).click();
    await officer.getByRole('heading', { name: /paid/ }).waitFor();
    await officer.getByText('EFT-88120').waitFor();
    await officer.getByRole('heading', { name: 'History' }).waitFor();
    await officer.getByText(/Disbursement paid/).waitFor();
    await checked(officer, 'disbursement-paid');
    await settled(budgetLine, (line) => expect(line?.disbursed.amount).toBe(before.disbursed + 123456));
    await officer.getByRole('link', { name: 'L1' }).click();
    await officer.locator('tr[data-figure="disbursed"]').waitFor();
    expect(await figure(officer, 'disbursed')).toBe(before.disbursed + 123456);
    expect(await figure(officer, 'available')).toBe(before.available - 123456);
    await officer.getByRole('navigation').getByRole('link', { name: 'Disbursements' }).click();
    await officer.getByRole('table', { name: 'Disbursements' }).waitFor();
    await checked(officer, 'disbursements');
    await officer.getByRole('navigation').getByRole('link', { name: 'Tranches & rates' }).click();
    await officer.getByRole('heading', { name: 'Record a tranche received' }).waitFor();
    await checked(officer, 'money-in');
    await officer.close();
  }, 60_000);
});

describe('donors and auditors', () => {
  it('lets a donor download its report as CSV whose totals are the JSON report’s', async () => {
    const page = await signIn('donor', '/donors');
    await page.getByRole('heading', { name: 'Donor eu' }).waitFor();
    await page.getByRole('table', { name: 'Contributions' }).waitFor();
    await checked(page, 'donor');
    const from = await page.getByLabel('From').inputValue();
    const to = await page.getByLabel('To').inputValue();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const { body: json } = await euDonor.get(
      `/processes/${processId}/donors/eu/audit-report?from=${from}&to=${to}`,
    );
    const totals = json.totals as Record<string, { amount: number }>;
    const rows = csvRecords(csv);
    for (const key of ['opening', 'receipts', 'disbursements', 'reversals', 'closing']) {
      const row = rows.find((r) => r.row === `total-${key}`);
      expect(Math.round(Number(row?.budget_amount) * 100), key).toBe(totals[key]?.amount);
    }
    expect(totals.receipts?.amount).toBeGreaterThan(0);
    await page.close();
  });

  it('shows a donor the API’s refusal, not data, at another donor’s address', async () => {
    const page = await signIn('donor', '/donors/sida');
    await page.getByRole('alert').filter({ hasText: 'your role may not see it' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Donor sida' }).count()).toBe(0);
    await page.close();
  });

  it('lets an auditor verify a report, and names the event where an edited one departs from the log', async () => {
    const page = await signIn('auditor', '/audit');
    await page.getByLabel('Donor', { exact: true }).selectOption('eu');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    const report = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
    const upload = (document: unknown) =>
      page.getByLabel('Report (JSON)').setInputFiles({
        name: 'report.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(document)),
      });

    await upload(report);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('Verified.').waitFor();

    const entry = report.entries.findIndex((e: { kind: string }) => e.kind === 'incoming-funds');
    const edited = structuredClone(report);
    edited.entries[entry].amount.budget.amount += 100;
    const { streamId, version } = report.entries[entry].events[0];
    await upload(edited);
    await page.getByRole('button', { name: 'Verify' }).click();
    const verdict = page.getByRole('alert').filter({ hasText: 'Not verified.' });
    await verdict.waitFor();
    const said = (await verdict.textContent()) ?? '';
    expect(said).toContain(`entries[${entry}].amount.budget.amount`);
    expect(said).toContain(streamId);
    expect(said).toMatch(new RegExp(`version\\s*${version}`));
    await checked(page, 'audit');
    await page.close();
  });
});
