import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime';
import { type Caller, callerAs, startRuntime } from '../support/http';

/** Opening a process and extending its mandate over HTTP: what a process must be opened with. */
let runtime: LocalRuntime;
let admin: Caller;
let officer: Caller;
const P = '/processes/charter';

beforeAll(async () => {
  runtime = await startRuntime();
  const processes = ['charter', 'other'];
  admin = await callerAs(runtime, 'admin-1', ['admin'], { processes });
  officer = await callerAs(runtime, 'finance-officer-1', ['finance-officer'], { processes });
});
afterAll(() => runtime?.stop());

describe('the process', () => {
  const body = {
    name: 'National Constitutional Dialogue',
    country: 'KE',
    mandateStart: '2026-01-01',
    mandateEnd: '2027-06-30',
    budgetCurrency: 'USD',
    reviewCadenceMonths: 6,
  };

  it('opens once, with its mandate and budget currency', async () => {
    expect(await admin.post(P, body)).toMatchObject({
      status: 201,
      body: { processId: 'charter', version: 1 },
    });
    expect(await admin.post(P, body)).toMatchObject({
      status: 409,
      body: { error: 'process-already-open' },
    });
    expect(await admin.post('/processes/other', { ...body, mandateEnd: '2025-01-01' })).toMatchObject({
      status: 422,
      body: { error: 'mandate-ends-before-it-starts' },
    });
    // Where the secretariat works: UTC unless given, and only a real IANA zone.
    expect((await admin.get(P)).body).toMatchObject({ timeZone: 'UTC' });
    const nowhere = await admin.post('/processes/other', { ...body, timeZone: 'Atlantis/Capital' });
    expect(nowhere).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'timeZone' })] },
    });
  });

  it('opens only in an ISO 4217 currency and an ISO 3166-1 country', async () => {
    expect(await admin.post('/processes/other', { ...body, budgetCurrency: 'XYZ' })).toMatchObject({
      status: 400,
      body: { issues: [{ field: 'budgetCurrency', reason: 'is not an ISO 4217 currency' }] },
    });
    expect(await admin.post('/processes/other', { ...body, country: 'ZZ' })).toMatchObject({
      status: 400,
      body: { issues: [{ field: 'country', reason: 'is not an ISO 3166-1 alpha-2 country' }] },
    });
  });

  it('extends its mandate only to a later date', async () => {
    const later = await admin.post(`${P}/mandate-extensions`, {
      newEnd: '2027-12-31',
      reason: 'Referendum moved',
    });
    expect(later).toMatchObject({ status: 200, body: { version: 2 } });
    // Later than the first end (30 June), not than the current one: refused against the extended end.
    const earlier = await admin.post(`${P}/mandate-extensions`, { newEnd: '2027-09-30', reason: 'x' });
    expect(earlier).toMatchObject({
      status: 422,
      body: { error: 'mandate-extension-not-later', details: { mandateEnd: '2027-12-31' } },
    });
    expect((await officer.get(P)).body).toMatchObject({
      status: 'open',
      mandateEnd: '2027-12-31',
      budgetCurrency: 'USD',
      version: 2,
    });
  });
});
