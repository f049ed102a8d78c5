import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Role, roles } from '../../functions/access/roles';
import type { LocalPerson } from '../../local/demo/people';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime';
import { localIssuer } from '../../local/tokens';
import { webDist } from '../../local/web-build';
import { callerAs, settled } from '../support/http';
import { seedProcess } from '../support/seed';
import { type Browser, launchBrowser } from './browser';

/**
 * The web app in headless Chromium against the whole local backend: a small process recorded through
 * the API, then each role signed in through the sign-in page. Every page is checked for the numbers
 * recorded, for axe's serious and critical violations, and photographed at 1280 and 768 px.
 */
const processId = 'demo';
const today = new Date().toISOString().slice(0, 10);
const screenshots = 'test-output/screenshots';
const timings: string[] = [];

let runtime: LocalRuntime;
let browser: Browser;
beforeAll(async () => {
  // Who the sign-in page lists, one per role, served at GET /local/people as npm start serves the demo's.
  const issuer = await localIssuer();
  const people: LocalPerson[] = await Promise.all(
    roles.map(async (role) => ({
      name: `Person ${role}`,
      title: role,
      subject: `web-${role}`,
      roles: [role],
      processes: [processId],
      token: await issuer.sign({ sub: `web-${role}`, roles: [role], processes: [processId] }),
    })),
  );
  runtime = await startLocalRuntime({
    port: 0,
    dynamoPort: 0,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tablePrefix: `web-${randomUUID().slice(0, 8)}`,
    webRoot: webDist,
    issuer,
    people,
  });
  const [{ ids }, launched] = await Promise.all([seedProcess(runtime, processId), launchBrowser()]);
  browser = launched;
  const as = (role: Role) => callerAs(runtime, `web-${role}`, [role], { processes: [processId] });
  const [officer, leader] = await Promise.all([as('finance-officer'), as('leadership')]);
  const p = `/processes/${processId}`;
  const recorded = await Promise.all([
    officer.post(`${p}/disbursements/${ids.disbursementId}/pay`, {
      paymentReference: 'PAY-1',
      paidOn: today,
    }),
    leader.post(`${p}/benchmarks/${ids.benchmarkId}/progress`, {
      date: today,
      value: 12,
      evidence: { reference: 'Minutes', sha256: 'cd'.repeat(32) },
    }),
    leader.post(`${p}/risks/${ids.riskId}/assessments`, { kind: 'inherent', likelihood: 4, impact: 4 }),
  ]);
  for (const answer of recorded) expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
  // The views are projections: wait until they hold what was just recorded.
  await settled(
    () => leader.get(`${p}/risk-register`),
    (a) => expect(JSON.stringify(a.body)).toContain('"score":16'),
  );
  await settled(
    () => leader.get(`${p}/dashboard`),
    (a) => expect(JSON.stringify(a.body)).toContain('"value":12'),
  );
  await settled(
    () => leader.get(`${p}/budget`),
    (a) => expect(JSON.stringify(a.body)).toContain('"disbursed":{"amount":50000'),
  );
  mkdirSync(screenshots, { recursive: true });
}, 90_000);

afterAll(async () => {
  if (timings.length) console.log(`Time for each page to show its data:\n  ${timings.join('\n  ')}`);
  await browser?.close();
  await runtime?.stop();
});

/** Opens the app at `path` and signs in as the person of `role` on the sign-in page. */
async function signIn(role: Role, path = '/'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${runtime.url}${path}`);
  await page.getByRole('button', { name: new RegExp(`Person ${role}`) }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

const navigation = (page: Page) => page.getByRole('navigation', { name: 'Pages' }).getByRole('link');

/** Serious and critical accessibility violations, by rule and the elements concerned. */
async function violations(page: Page) {
  const { violations: found } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

async function photograph(page: Page, name: string) {
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(screenshots, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Opens a page from the navigation (or a link), timing how long until `shown` is visible. */
async function open(
  page: Page,
  name: string,
  go: () => Promise<void>,
  shown: () => ReturnType<Page['getByText']>,
) {
  const started = performance.now();
  await go();
  await shown().first().waitFor();
  timings.push(`${name}: ${Math.round(performance.now() - started)} ms`);
  expect(await violations(page)).toEqual([]);
  await photograph(page, name);
}

describe('the web app', () => {
  it('loads its first page in at most 250 KB of gzipped JavaScript', () => {
    const index = readFileSync(join(webDist, 'index.html'), 'utf8');
    const scripts = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
    const bytes = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(webDist, file))).length, 0);
    console.log(`First page JavaScript: ${(bytes / 1024).toFixed(1)} KB gzipped in ${scripts.length} files`);
    expect(scripts.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(250 * 1024);
  });

  it.each([
    [
      'leadership',
      ['Overview', 'Budget', 'Benchmarks', 'Risks', 'Staffing', 'Disbursements', 'Donors', 'Audit'],
    ],
    [
      'auditor',
      ['Overview', 'Budget', 'Benchmarks', 'Risks', 'Staffing', 'Disbursements', 'Donors', 'Audit'],
    ],
    ['finance-officer', ['Budget', 'Disbursements', 'Tranches & rates', 'Donors', 'Audit']],
    ['finance-approver', ['Budget', 'Approvals', 'Disbursements', 'Donors', 'Audit']],
    ['hr-officer', ['Staffing']],
    ['admin', []],
    ['donor', ['Donors']],
  ] as const)('shows %s exactly the pages its role may use', async (role, titles) => {
    const page = await signIn(role);
    expect(await navigation(page).allTextContents()).toEqual(titles);
    await page.close();
  });

  it('sends someone to a page of theirs when the address asked for is not one', async () => {
    const page = await signIn('finance-officer', '/risks');
    await page.getByRole('heading', { name: 'Budget', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/budget');
    await page.close();
  });

  it('signs in on the sign-in page, which passes axe', async () => {
    const page = await browser.context.newPage();
    await open(
      page,
      'sign-in',
      () => page.goto(`${runtime.url}/`).then(() => undefined),
      () => page.getByRole('button', { name: /Person leadership/ }),
    );
    await page.close();
  });

  describe('shows leadership the recorded process', () => {
    // One signed-in tab walks the pages in turn, as a person would (the token lives in that tab only).
    let page: Page;
    const nav = (name: string) => () => page.getByRole('navigation').getByRole('link', { name }).click();
    const cell = (name: string) =>
      page.getByRole('region', { name }).getByRole('link', { name: 'Tranche delayed' });
    beforeAll(async () => {
      page = await signIn('leadership');
    });
    afterAll(() => page?.close());

    it('on the overview', async () => {
      await open(page, 'overview', nav('Overview'), () => page.getByText('$500.00 of $100,000.00'));
      expect(await page.getByText('0 of 1').count()).toBeGreaterThan(0);
      await page.getByRole('link', { name: 'Tranche delayed' }).waitFor();
    });

    it('on the budget', async () => {
      await open(page, 'budget', nav('Budget'), () => page.getByRole('cell', { name: '$98,500.00' }));
      const line = page.getByRole('row', { name: /L1/ });
      for (const figure of ['$100,000.00', '$1,000.00', '$500.00', '$98,500.00'])
        expect(await line.getByRole('cell', { name: figure, exact: true }).count()).toBeGreaterThan(0);
      await page.locator('.chart svg').first().waitFor();
      await page.getByRole('radio', { name: 'Funding source' }).check();
      await page.getByRole('cell', { name: /Donor eu/ }).waitFor();
    });

    it('on the benchmarks and a benchmark', async () => {
      await open(page, 'benchmarks', nav('Benchmarks'), () => page.getByText('12 of 30'));
      await open(
        page,
        'benchmark',
        () => page.getByRole('link', { name: 'Consultative meetings held' }).click(),
        () => page.getByRole('heading', { name: 'Consultative meetings held' }),
      );
      await page.getByRole('heading', { name: 'History' }).waitFor();
    });

    it('on the risks and a risk', async () => {
      await open(page, 'risks', nav('Risks'), () =>
        page.getByRole('button', { name: /Likelihood 4, impact 4, .*: 1 risks/ }),
      );
      await page.getByRole('button', { name: /Likelihood 4, impact 4/ }).click();
      await cell('Likelihood 4, impact 4').waitFor();
      await open(
        page,
        'risk',
        () => cell('Likelihood 4, impact 4').click(),
        () => page.getByRole('table', { name: 'Assessment history' }).getByRole('cell', { name: /^16/ }),
      );
    });

    it('on the staffing', async () => {
      await open(page, 'staffing', nav('Staffing'), () => page.getByRole('cell', { name: 'Officer One' }));
      await page.getByText('Ministry of Justice').first().waitFor();
      expect(await page.locator('.gauge-value').first().textContent()).toBe('50 %');
    });
  });
});
