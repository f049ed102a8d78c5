import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { auditReport } from '../../domain/audit/audit-report';
import { daysBetween } from '../../domain/calendar';
import { iatiActivityFile } from '../../domain/iati/activity-file';
import {
  ActivityDateType,
  ActivityStatus,
  BudgetStatus,
  BudgetType,
  OrganisationRole,
  TransactionType,
} from '../../domain/iati/codelists';
import { iatiStory } from '../../test/support/iati-story';
import { xmlDocument } from './iati-xml';

/** An element as the parser gives it back in order: its name, attributes and children. */
interface Node {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: Node[];
  readonly text: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
});

const nodes = (items: Record<string, unknown>[]): Node[] =>
  items
    .filter((item) => !('#text' in item) && !('?xml' in item))
    .map((item) => {
      const name = Object.keys(item).find((key) => key !== ':@') as string;
      const inner = item[name] as Record<string, unknown>[];
      return {
        name,
        attributes: (item[':@'] as Record<string, string>) ?? {},
        children: nodes(inner),
        text: inner.map((i) => i['#text'] ?? '').join(''),
      };
    });

const log = iatiStory();
const generatedAt = '2026-04-15T07:00:00.000Z';
const read = (donorId?: string) => {
  const outcome = iatiActivityFile(log, { processId: 'p1', donorId, generatedAt });
  if (!outcome.found) throw new Error(outcome.missing);
  const [root] = nodes(parser.parse(xmlDocument(outcome.file)));
  return root as Node;
};
const whole = read();
const eu = read('eu');
const activityOf = (root: Node) => root.children[0] as Node;
const all = (node: Node, name: string): Node[] =>
  node.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)]);
const named = (node: Node, name: string) => node.children.filter((c) => c.name === name);
/** Minor units from a decimal value, so sums are exact. */
const minor = (value: string) => Math.round(Number(value) * 100);

/** iati-activity's children in IATI 2.03's schema order (iati-activities-schema.xsd). */
const activityOrder = [
  'iati-identifier',
  'reporting-org',
  'title',
  'description',
  'participating-org',
  'other-identifier',
  'activity-status',
  'activity-date',
  'contact-info',
  'activity-scope',
  'recipient-country',
  'recipient-region',
  'location',
  'sector',
  'tag',
  'country-budget-items',
  'humanitarian-scope',
  'policy-marker',
  'collaboration-type',
  'default-flow-type',
  'default-finance-type',
  'default-aid-type',
  'default-tied-status',
  'budget',
  'planned-disbursement',
  'capital-spend',
  'transaction',
  'document-link',
  'related-activity',
  'legacy-data',
  'conditions',
  'result',
  'crs-add',
  'fss',
];

describe('the IATI activity file, against IATI 2.03', () => {
  it('is one iati-activities of version 2.03 holding one activity, with its required elements in schema order', () => {
    for (const root of [whole, eu]) {
      expect(root.name).toBe('iati-activities');
      expect(root.attributes.version).toBe('2.03');
      expect(root.children.map((c) => c.name)).toEqual(['iati-activity']);
      const names = activityOf(root).children.map((c) => c.name);
      const ranks = names.map((name) => activityOrder.indexOf(name));
      expect(ranks).not.toContain(-1);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      for (const required of [
        'iati-identifier',
        'reporting-org',
        'title',
        'description',
        'participating-org',
        'activity-status',
        'activity-date',
      ])
        expect(names, required).toContain(required);
    }
  });

  it('writes the children of each transaction, budget and indicator period in schema order', () => {
    const order = {
      transaction: [
        'transaction-type',
        'transaction-date',
        'value',
        'description',
        'provider-org',
        'receiver-org',
      ],
      budget: ['period-start', 'period-end', 'value'],
      period: ['period-start', 'period-end', 'target', 'actual'],
      result: ['title', 'indicator'],
      indicator: ['title', 'baseline', 'period'],
    };
    for (const [name, expected] of Object.entries(order))
      for (const node of all(whole, name)) {
        const ranks = node.children.map((c) => expected.indexOf(c.name));
        expect(ranks, name).not.toContain(-1);
        expect(ranks, name).toEqual([...ranks].sort((a, b) => a - b));
      }
  });

  it('prefixes the activity identifier with the reporting organisation’s', () => {
    const activity = activityOf(whole);
    const ref = named(activity, 'reporting-org')[0]?.attributes.ref;
    expect(ref).toBe('KE-CMB-p1');
    expect(named(activity, 'iati-identifier')[0]?.text).toBe('KE-CMB-p1-SECRETARIAT');
  });

  it('writes every date as an ISO date and every timestamp as an ISO date-time', () => {
    const walk = (node: Node): Node[] => [node, ...node.children.flatMap(walk)];
    for (const node of walk(whole))
      for (const [key, value] of Object.entries(node.attributes)) {
        if (key === 'iso-date' || key === 'value-date') expect(value, key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (key.endsWith('datetime'))
          expect(value, key).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      }
    expect(activityOf(whole).attributes['last-updated-datetime']).toBe('2026-04-10T09:00:00.000Z');
  });

  it('sets a default currency and gives every value its currency and value date', () => {
    expect(activityOf(whole).attributes['default-currency']).toBe('USD');
    const values = all(whole, 'value');
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect(value.attributes.currency).toMatch(/^[A-Z]{3}$/);
      expect(value.attributes['value-date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(value.text).toMatch(/^-?\d+(\.\d+)?$/);
    }
  });

  it('takes every code from its IATI codelist', () => {
    const codes = (name: string, attribute: string) => all(whole, name).map((n) => n.attributes[attribute]);
    const within = (found: (string | undefined)[], codelist: object) =>
      expect(new Set(found).size > 0 && found.every((code) => Object.values(codelist).includes(code))).toBe(
        true,
      );
    within(codes('transaction-type', 'code'), TransactionType);
    within(codes('budget', 'type'), BudgetType);
    within(codes('budget', 'status'), BudgetStatus);
    within(codes('participating-org', 'role'), OrganisationRole);
    within(codes('activity-status', 'code'), ActivityStatus);
    within(codes('activity-date', 'type'), ActivityDateType);
  });

  it('gives no budget a period longer than a year', () => {
    for (const budget of all(whole, 'budget')) {
      const [start, end] = budget.children.map((c) => c.attributes['iso-date'] as string);
      expect(daysBetween(start as string, end as string)).toBeLessThan(366);
    }
  });

  it('shows in a donor’s file no other donor’s money, nor its name', () => {
    const text = JSON.stringify(eu);
    expect(text).not.toContain('UNDP');
    const refs = (root: Node) => all(root, 'transaction').map((t) => t.attributes.ref);
    // UNDP's tranche t9 and its commitment k2 are in the process's file, not in the EU's.
    expect(refs(whole)).toEqual(expect.arrayContaining(['t9', 'k2']));
    expect(refs(eu)).not.toContain('t9');
    expect(refs(eu)).not.toContain('k2');
  });

  it('adds up in a donor’s file to its audit report’s totals for the same period', () => {
    const report = auditReport(log, { processId: 'p1', donorId: 'eu', from: '0001-01-01', to: '9999-12-31' });
    const sum = (code: string) =>
      all(eu, 'transaction')
        .filter((t) => named(t, 'transaction-type')[0]?.attributes.code === code)
        .reduce((total, t) => total + minor(named(t, 'value')[0]?.text ?? '0'), 0);
    // In: 43,300.00 + 20,000.00 + 11,000.00; out: 10,000.00 + 2,200.00 + 1,500.00 + 5,500.00 − 2,200.00.
    expect(sum(TransactionType.incomingFunds)).toBe(report?.totals.receipts.amount);
    expect(sum(TransactionType.incomingFunds)).toBe(74_300_00);
    expect(sum(TransactionType.disbursement)).toBe(
      (report?.totals.disbursements.amount ?? 0) - (report?.totals.reversals.amount ?? 0),
    );
    expect(sum(TransactionType.disbursement)).toBe(17_000_00);
  });
});
