import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DemoPeople, signPeople } from '../../local/demo/people';
import { recordDemo } from '../../local/demo/story';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime';
import { localIssuer } from '../../local/tokens';
import { webDist } from '../../local/web-build';
import { callerWithToken, settled } from '../support/http';
import { type Browser, launchBrowser } from './browser';

/**
 * What a newcomer meets on `npm start`: the demo process recorded through the API, its people listed
 * by the gateway's sign-in, and each page showing the demo's data. The time each page takes to show
 * its data on the demo is printed: a measurement, not an assertion (the machines are noisy).
 */
let runtime: LocalRuntime;
let browser: Browser;
let people: DemoPeople;
const timings: string[] = [];

beforeAll(async () => {
  const issuer = await localIssuer();
  people = await signPeople(issuer);
  runtime = await startLocalRuntime({
    port: 0,
    dynamoPort: 0,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tablePrefix: `demo-${randomUUID().slice(0, 8)}`,
    webRoot: webDist,
    issuer,
    people: Object.values(people),
  });
  [browser] = await Promise.all([launchBrowser(), recordDemo(runtime.url, people)]);
  // The views are projections: wait until the last of the demo's requests is in the queue.
  const approver = callerWithToken(runtime, people.FINANCE_APPROVER?.token ?? '');
  await settled(
    () => approver.get('/processes/demo/disbursements?status=requested&excludeOwn=true'),
    (answer) => expect(answer.body.items).toHaveLength(4),
  );
}, 180_000);

afterAll(async () => {
  if (timings.length)
    console.log(`On the demo, time for each page to show its data:\n  ${timings.join('\n  ')}`);
  await browser?.close();
  await runtime?.stop();
});

/** Signs in as a person of the demo by their name on the gateway's sign-in page. */
async function signIn(env: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${runtime.url}/`);
  await page.getByRole('button', { name: new RegExp(people[env]?.name ?? env) }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

/** Follows a navigation link, timing how long until `shown` is visible. */
async function visit(page: Page, link: string, shown: () => ReturnType<Page['getByText']>) {
  const started = performance.now();
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: link }).click();
  await shown().first().waitFor();
  timings.push(`${link}: ${Math.round(performance.now() - started)} ms`);
}

describe('the demo in the browser', () => {
  it('lists the demo’s people to sign in as, by name and title', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${runtime.url}/`);
    for (const person of Object.values(people))
      await page.getByRole('button', { name: new RegExp(person.name) }).waitFor();
    await page.close();
  });

  it('shows leadership the commission’s overview, budget, benchmarks, risks and staffing', async () => {
    const page = await signIn('LEADERSHIP');
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    // Each page's table of the demo's records, by its caption, with its rows drawn.
    const rowsOf = (caption: string) => () =>
      page.getByRole('table', { name: caption }).locator('tbody tr').nth(3);
    await visit(page, 'Budget', rowsOf('Budget by budget line'));
    await visit(page, 'Benchmarks', rowsOf('Benchmarks'));
    await visit(page, 'Risks', rowsOf('Risk register'));
    await visit(page, 'Staffing', rowsOf('Roster'));
    await page.close();
  });

  it('shows the demo approver the four requests waiting for someone other than their requester', async () => {
    const page = await signIn('FINANCE_APPROVER');
    await visit(page, 'Approvals', () => page.getByRole('table', { name: 'Awaiting approval' }));
    const rows = page.getByRole('table', { name: 'Awaiting approval' }).locator('tbody tr');
    expect(await rows.count()).toBe(4);
    await page.close();
  });

  it('shows a donor of the demo its own contributions', async () => {
    const page = await signIn('DONOR_SIDA');
    await page.getByRole('heading', { name: /Swedish International Development/, level: 1 }).waitFor();
    expect(await page.getByText('European Union').count()).toBe(0);
    await page.close();
  });
});
