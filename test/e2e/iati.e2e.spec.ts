import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../functions/access/roles';
import { P, recordDonorsStory, today } from '../support/donors-process';
import { type LocalProcesses, startLocalProcesses } from '../support/local-process';

/** The IATI activity file over HTTP: a donor downloads its own, never another's. */
let local: LocalProcesses;

beforeAll(async () => {
  local = await startLocalProcesses(['donors']);
  await recordDonorsStory(local);
}, 120_000);
afterAll(() => local?.runtime.stop());

/** A GET read as text, by someone with these roles (and, for a donor, this donor id). */
async function download(path: string, roles: Role[], donorId?: string) {
  const token = await local.runtime.issuer.sign({
    sub: `${roles[0]}-1`,
    roles,
    processes: ['donors'],
    ...(donorId ? { donorId } : {}),
  });
  const response = await fetch(`${local.runtime.url}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  isArray: (name) => ['transaction', 'participating-org'].includes(name),
});

interface Transaction {
  readonly ref: string;
  readonly 'transaction-type': { readonly code: string };
  readonly value: { readonly '#text': string; readonly currency: string };
}

const activityOf = (text: string) =>
  (parser.parse(text) as { 'iati-activities': { 'iati-activity': Record<string, unknown> } })[
    'iati-activities'
  ]['iati-activity'];

describe('the IATI activity file over HTTP', () => {
  it('downloads for a donor as XML, its own money adding up to its audit report’s', async () => {
    // Tranches received on 1 February, paid today: by value date, the period runs from January.
    const period = `from=2026-01-01&to=${today}`;
    const file = await download(`${P}/donors/eu/iati?${period}`, ['donor'], 'eu');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="iati-activity_donors_eu_2026-01-01_${today}.xml"`,
    );
    expect(file.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<iati-activities version="2.03"/);
    const transactions = activityOf(file.text).transaction as Transaction[];
    const sum = (code: string) =>
      transactions
        .filter((t) => t['transaction-type'].code === code)
        .reduce((total, t) => total + Math.round(Number(t.value['#text']) * 100), 0);
    const report = await local.auditor.get(`${P}/donors/eu/audit-report?${period}`);
    const totals = report.body.totals as Record<string, { amount: number }>;
    // In: 43,300.00 + 20,000.00; out: 10,000.00 + 2,165.00 + 1,500.00 − 2,165.00 (d2 reversed).
    expect(sum('1')).toBe(totals.receipts?.amount);
    expect(sum('3')).toBe((totals.disbursements?.amount ?? 0) - (totals.reversals?.amount ?? 0));
    expect([sum('1'), sum('3')]).toEqual([63_300_00, 11_500_00]);
    expect(file.text).not.toContain('UNDP');
  });

  it('is refused to a donor asking for another donor’s file, or the whole process’s', async () => {
    expect((await download(`${P}/donors/undp/iati`, ['donor'], 'eu')).status).toBe(403);
    expect((await download(`${P}/iati`, ['donor'], 'eu')).status).toBe(403);
  });

  it('gives leadership the process’s file with every donor, and no file for a donor with no pledge', async () => {
    const file = await download(`${P}/iati`, ['leadership']);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="iati-activity_donors.xml"');
    const funders = (activityOf(file.text)['participating-org'] as { role: string; narrative: string }[])
      .filter((o) => o.role === '1')
      .map((o) => o.narrative);
    expect(funders).toEqual(['European Union', 'UNDP']);
    // Every donor's tranches: EUR 40,000.00 as USD 43,300.00, USD 20,000.00 and UNDP's USD 50,000.00.
    const incoming = (activityOf(file.text).transaction as Transaction[])
      .filter((t) => t['transaction-type'].code === '1')
      .map((t) => t.value['#text']);
    expect(incoming).toEqual(['43300.00', '20000.00', '50000.00']);
    expect((await download(`${P}/donors/nobody/iati`, ['leadership'])).status).toBe(404);
  });
});
