import { describe, expect, it } from 'vitest';
import type { EventOf } from '../../events/catalog';
import { foldView, storedStream } from '../../test/support/views';
import { addDays } from '../calendar';
import { risksProjection } from './risks';

const identified: EventOf<'RiskIdentified'> = {
  type: 'RiskIdentified',
  data: {
    riskId: 'r-1',
    category: 'financial',
    title: 'Basket fund tranche delayed',
    cause: 'Donor reporting is late',
    consequence: 'Hearings cannot be paid',
    owner: 'Deputy, Administration',
    identifiedBy: 'head-1',
    identifiedAt: '2026-01-05T09:00:00.000Z',
  },
};
const assessed = (
  kind: 'inherent' | 'residual',
  likelihood: number,
  impact: number,
  score: number,
  rating: 'low' | 'medium' | 'high' | 'critical',
  day: string,
): EventOf<'RiskAssessed'> => ({
  type: 'RiskAssessed',
  data: {
    riskId: 'r-1',
    kind,
    likelihood,
    impact,
    score,
    rating,
    assessedOn: day,
    assessedBy: 'head-1',
    // Entered the next day: the history keeps the day of the assessment.
    assessedAt: `${addDays(day, 1)}T09:00:00.000Z`,
  },
});

describe('the risks view', () => {
  it('folds a risk as its decider does and keeps every assessment as its score history', () => {
    const events = storedStream('p1#risk#r-1', [
      identified,
      assessed('inherent', 4, 5, 20, 'critical', '2026-01-05'),
      {
        type: 'MitigationPlanned',
        data: {
          riskId: 'r-1',
          mitigationId: 'm-1',
          action: 'Send the quarterly report',
          owner: 'Finance',
          dueDate: '2026-02-15',
          plannedBy: 'head-1',
          plannedAt: '2026-01-05T10:00:00.000Z',
        },
      },
      assessed('residual', 2, 3, 6, 'medium', '2026-02-01'),
      {
        type: 'RiskReviewed',
        data: {
          riskId: 'r-1',
          reviewedOn: '2026-02-01',
          nextReviewOn: '2026-03-01',
          reviewedBy: 'head-1',
          reviewedAt: '2026-02-01T11:00:00.000Z',
        },
      },
    ]);
    expect(foldView(risksProjection, events).get('p1#risks|risk#r-1')).toEqual({
      status: 'open',
      riskId: 'r-1',
      category: 'financial',
      title: 'Basket fund tranche delayed',
      cause: 'Donor reporting is late',
      consequence: 'Hearings cannot be paid',
      owner: 'Deputy, Administration',
      inherent: { likelihood: 4, impact: 5, score: 20, rating: 'critical' },
      residual: { likelihood: 2, impact: 3, score: 6, rating: 'medium' },
      mitigations: [
        {
          mitigationId: 'm-1',
          action: 'Send the quarterly report',
          owner: 'Finance',
          dueDate: '2026-02-15',
          status: 'planned',
        },
      ],
      nextReviewOn: '2026-03-01',
      history: [
        {
          kind: 'inherent',
          likelihood: 4,
          impact: 5,
          score: 20,
          rating: 'critical',
          assessedOn: '2026-01-05',
        },
        { kind: 'residual', likelihood: 2, impact: 3, score: 6, rating: 'medium', assessedOn: '2026-02-01' },
      ],
      version: 5,
    });
  });
});
