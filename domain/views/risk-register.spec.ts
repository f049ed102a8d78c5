import { describe, expect, it } from 'vitest';
import { rate } from '../risk/rating';
import type { BenchmarkRow } from './benchmarks';
import type { PostRow } from './posts';
import { riskRegisterOf } from './risk-register';
import type { RiskRow } from './risks';

const TODAY = '2026-03-02';
const at = (likelihood: number, impact: number) => ({ likelihood, impact, ...rate(likelihood, impact) });
const risk = (o: Partial<RiskRow> & Pick<RiskRow, 'riskId'>): RiskRow => ({
  status: 'open',
  category: 'financial',
  title: o.riskId,
  cause: 'A cause',
  consequence: 'A consequence',
  owner: 'Deputy, Administration',
  mitigations: [],
  history: [],
  version: 1,
  ...o,
});
const planned = (mitigationId: string, dueDate: string, status: 'planned' | 'completed' = 'planned') => ({
  mitigationId,
  action: `Action ${mitigationId}`,
  owner: 'Finance',
  dueDate,
  status,
});

const funding = risk({
  riskId: 'funding',
  inherent: at(4, 5),
  residual: at(2, 3),
  treatment: 'mitigate',
  mitigations: [
    planned('m-1', '2026-02-15'),
    planned('m-2', '2026-04-01'),
    planned('m-3', '2026-01-31', 'completed'),
  ],
  nextReviewOn: '2026-03-01',
  history: [
    { kind: 'inherent', ...at(4, 5), assessedOn: '2026-01-05' },
    { kind: 'residual', ...at(2, 3), assessedOn: '2026-02-01' },
  ],
});
const security = risk({
  riskId: 'security',
  category: 'security',
  inherent: at(3, 4),
  nextReviewOn: '2026-03-31',
});
const unassessed = risk({ riskId: 'new' });
const closed = risk({
  riskId: 'closed',
  status: 'closed',
  inherent: at(5, 5),
  mitigations: [planned('m-9', '2026-01-10')],
  nextReviewOn: '2026-01-31',
});

const meetings: BenchmarkRow = {
  benchmarkId: 'meetings',
  kind: 'process',
  metric: 'Consultative meetings held',
  owner: { unit: 'education-outreach' },
  target: 30,
  baseline: 0,
  setOn: '2026-01-01',
  dueDate: '2026-05-01',
  value: 2,
  valueOn: '2026-02-20',
  reschedules: 0,
  version: 2,
};

const register = (o: { benchmarks?: BenchmarkRow[]; headPost?: PostRow } = {}) =>
  riskRegisterOf({
    risks: [closed, unassessed, funding, security],
    benchmarks: o.benchmarks ?? [],
    headPost: o.headPost,
    today: TODAY,
  });

describe('the risk register', () => {
  it('lists open risks first, highest current score first, then the closed ones', () => {
    // security 3 × 4 = 12 (inherent only), funding 2 × 3 = 6 (residual), new unassessed
    expect(register().risks.map((r) => [r.riskId, r.basis, r.score, r.rating])).toEqual([
      ['security', 'inherent', 12, 'high'],
      ['funding', 'residual', 6, 'medium'],
      ['new', null, null, null],
      ['closed', 'inherent', 25, 'critical'],
    ]);
  });

  it('flags mitigations past their due date and not completed, and a review past its date', () => {
    const entry = register().risks.find((r) => r.riskId === 'funding');
    expect(entry?.mitigations.map((m) => [m.mitigationId, m.overdue])).toEqual([
      ['m-1', true], // due 2026-02-15, still planned
      ['m-2', false], // due 2026-04-01
      ['m-3', false], // completed
    ]);
    expect(entry).toMatchObject({
      overdueMitigations: 1,
      nextReview: { on: '2026-03-01', overdue: true },
      history: funding.history,
    });
    expect(register().risks.find((r) => r.riskId === 'security')?.nextReview).toEqual({
      on: '2026-03-31',
      overdue: false,
    });
  });

  it('flags nothing overdue on a closed risk', () => {
    expect(register().risks.find((r) => r.riskId === 'closed')).toMatchObject({
      overdueMitigations: 0,
      nextReview: { on: '2026-01-31', overdue: false },
    });
  });

  it('maps the open risks on the heat map by their current assessment', () => {
    const { heatMap } = register();
    const counted = heatMap.cells.filter((cell) => cell.count > 0);
    expect(counted).toEqual([
      { likelihood: 3, impact: 4, score: 12, rating: 'high', count: 1 },
      { likelihood: 2, impact: 3, score: 6, rating: 'medium', count: 1 },
    ]);
    expect(heatMap.unassessed).toBe(1);
  });

  it('raises the derived risks of benchmarks off track and of a Head post nobody holds', () => {
    const onTrack = { ...meetings, benchmarkId: 'hearings', value: 15, valueOn: TODAY };
    const { derivedRisks } = register({ benchmarks: [meetings, onTrack] });
    // meetings: ⌊30 × 60 ÷ 120⌋ = 15 expected, 2 made: 0.13; hearings: 15 of 15
    expect(derivedRisks.map((d) => [d.code, d.subject, d.raisedBy.ratio ?? null])).toEqual([
      ['benchmark-off-track', 'benchmark:meetings', 0.13],
      ['secretariat-head-vacant', 'post:secretariat-head', null],
    ]);
  });

  it('drops the Head vacancy once a Head is in post', () => {
    const headPost: PostRow = {
      postId: 'secretariat-head',
      status: 'filled',
      holder: { appointmentId: 'a-1', person: { personId: 'p-1', name: 'Amina' }, startDate: '2026-01-10' },
      version: 1,
    };
    expect(register({ headPost }).derivedRisks).toEqual([]);
  });
});
