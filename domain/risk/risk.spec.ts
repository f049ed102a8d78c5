import { describe, expect, it } from 'vitest';
import type { EventOf } from '../../events/catalog';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { openProcess } from '../../test/support/staffing-builders';
import { initialState as noProcess } from '../process/process';
import type { AssessRisk, IdentifyRisk, RiskCommand } from './decide';
import { risk } from './decide';
import { assessRisk, identifyRisk, reviewRisk } from './workflows';

const given = specFor(risk);
const at = '2026-02-01T10:00:00.000Z';
const by = 'head';

const identify: IdentifyRisk = {
  type: 'IdentifyRisk',
  riskId: 'k-1',
  category: 'timeline',
  title: 'Referendum date brought forward',
  cause: 'Parliament may amend the review act',
  consequence: 'Consultations cut short',
  owner: 'Secretariat Head',
  by,
  at,
};
const { type: _, by: __, at: ___, ...fields } = identify;
const identified: EventOf<'RiskIdentified'> = {
  type: 'RiskIdentified',
  data: { ...fields, identifiedBy: by, identifiedAt: at },
};
const assess = (o: Partial<AssessRisk> = {}): AssessRisk => ({
  type: 'AssessRisk',
  kind: 'inherent',
  likelihood: 3,
  impact: 4,
  assessedOn: '2026-02-01',
  by,
  at,
  ...o,
});
const assessed = (o: Partial<EventOf<'RiskAssessed'>['data']> = {}): EventOf<'RiskAssessed'> => ({
  type: 'RiskAssessed',
  data: {
    riskId: 'k-1',
    kind: 'inherent',
    likelihood: 3,
    impact: 4,
    score: 12,
    rating: 'high',
    assessedOn: '2026-02-01',
    assessedBy: by,
    assessedAt: at,
    ...o,
  },
});
const planned: EventOf<'MitigationPlanned'> = {
  type: 'MitigationPlanned',
  data: {
    riskId: 'k-1',
    mitigationId: 'm-1',
    action: 'Brief the parliamentary committee',
    owner: 'Deputy, Communications',
    dueDate: '2026-03-01',
    plannedBy: by,
    plannedAt: at,
  },
};
const completed: EventOf<'MitigationCompleted'> = {
  type: 'MitigationCompleted',
  data: { riskId: 'k-1', mitigationId: 'm-1', completedBy: by, completedAt: at },
};
const escalated: EventOf<'RiskEscalated'> = {
  type: 'RiskEscalated',
  data: {
    riskId: 'k-1',
    escalatedTo: 'CMB Chairperson',
    reason: 'Needs a political answer',
    escalatedBy: by,
    escalatedAt: at,
  },
};
const closed: EventOf<'RiskClosed'> = {
  type: 'RiskClosed',
  data: { riskId: 'k-1', reason: 'Date confirmed', closedBy: by, closedAt: at },
};
const command = <C extends RiskCommand['type']>(
  type: C,
  data: Omit<Extract<RiskCommand, { type: C }>, 'type' | 'by' | 'at'>,
) => ({ type, ...data, by, at }) as Extract<RiskCommand, { type: C }>;

describe('identifying a risk', () => {
  it('records its category, cause, consequence and owner', () => {
    given([]).when(identify).then([identified]);
  });

  it('is refused when the risk was already identified', () => {
    given([identified]).when(identify).thenRefuses('risk-already-identified');
  });

  it('is refused in a process never opened', () => {
    expectRefusal(() => identifyRisk(identify, noProcess, risk.initialState), 'process-not-found');
  });

  it('is recorded in an open process', () => {
    expect(identifyRisk(identify, openProcess, risk.initialState)).toEqual([identified]);
  });
});

describe('assessing a risk', () => {
  it('records likelihood and impact with the score and rating the rule gives', () => {
    given([identified])
      .when(assess({ likelihood: 4, impact: 5 }))
      .then([assessed({ likelihood: 4, impact: 5, score: 20, rating: 'critical' })]);
  });

  it('is dated on a day the process has lived, by default the day of recording', () => {
    const identifiedRisk = risk.evolve(risk.initialState, identified);
    const assessOn = (assessedOn: string | undefined) => () =>
      assessRisk({ ...assess(), assessedOn }, identifiedRisk, openProcess);
    expect(assessOn('2026-01-20')()).toEqual([assessed({ assessedOn: '2026-01-20' })]);
    expect(assessOn(undefined)()).toEqual([assessed({ assessedOn: '2026-02-01' })]);
    expectRefusal(assessOn('2026-02-02'), 'date-after-today');
    expectRefusal(assessOn('2025-12-31'), 'date-before-mandate');
  });

  it('records a residual assessment with the treatment chosen', () => {
    given([identified])
      .when(assess({ kind: 'residual', likelihood: 2, impact: 2, treatment: 'mitigate' }))
      .then([
        assessed({
          kind: 'residual',
          likelihood: 2,
          impact: 2,
          score: 4,
          rating: 'low',
          treatment: 'mitigate',
        }),
      ]);
  });

  it('keeps the latest assessment of each kind, and the latest treatment chosen', () => {
    const state = [
      identified,
      assessed({ likelihood: 5, impact: 5, score: 25, rating: 'critical', treatment: 'mitigate' }),
      assessed({ likelihood: 4, impact: 5, score: 20, rating: 'critical' }),
      assessed({ kind: 'residual', likelihood: 1, impact: 2, score: 2, rating: 'low', treatment: 'accept' }),
    ].reduce(risk.evolve, risk.initialState);
    expect(state).toMatchObject({
      inherent: { likelihood: 4, impact: 5, score: 20, rating: 'critical' },
      residual: { likelihood: 1, impact: 2, score: 2, rating: 'low' },
      treatment: 'accept',
    });
  });

  it('is refused for a risk never identified', () => {
    given([]).when(assess()).thenRefuses('risk-not-found');
  });

  it('is refused once the risk is closed', () => {
    given([identified, closed]).when(assess()).thenRefuses('risk-closed');
  });
});

describe('mitigations', () => {
  const plan = command('PlanMitigation', {
    mitigationId: 'm-1',
    action: 'Brief the parliamentary committee',
    owner: 'Deputy, Communications',
    dueDate: '2026-03-01',
  });
  const complete = command('CompleteMitigation', { mitigationId: 'm-1' });

  it('are planned with an action, an owner and a due date', () => {
    given([identified]).when(plan).then([planned]);
  });

  it('are completed once planned', () => {
    given([identified, planned]).when(complete).then([completed]);
  });

  it('keep a note on completion when given', () => {
    given([identified, planned])
      .when({ ...complete, note: 'Committee briefed on 20 February' })
      .then([{ ...completed, data: { ...completed.data, note: 'Committee briefed on 20 February' } }]);
  });

  it('cannot be completed when never planned', () => {
    given([identified]).when(complete).thenRefuses('mitigation-not-found');
  });

  it('cannot be completed twice', () => {
    given([identified, planned, completed]).when(complete).thenRefuses('mitigation-already-completed');
  });

  it('cannot be planned on a closed risk', () => {
    given([identified, closed]).when(plan).thenRefuses('risk-closed');
  });
});

describe('reviewing a risk', () => {
  const review = command('ReviewRisk', { reviewedOn: '2026-02-01', nextReviewOn: '2026-05-01' });

  it('records the review and when the next one is due', () => {
    given([identified])
      .when(review)
      .then([
        {
          type: 'RiskReviewed',
          data: {
            riskId: 'k-1',
            reviewedOn: '2026-02-01',
            nextReviewOn: '2026-05-01',
            reviewedBy: by,
            reviewedAt: at,
          },
        },
      ]);
  });

  it('is refused when the next review is not after this one', () => {
    given([identified])
      .when({ ...review, nextReviewOn: '2026-02-01' })
      .thenRefuses('next-review-not-after-review');
  });

  it('is reviewed on a day the process has lived; the next review, a plan, may be any later day', () => {
    const identifiedRisk = risk.evolve(risk.initialState, identified);
    const reviewOn = (reviewedOn: string) => () =>
      reviewRisk({ ...review, reviewedOn }, identifiedRisk, openProcess);
    expect(reviewOn('2026-02-01')()).toMatchObject([{ data: { reviewedOn: '2026-02-01' } }]);
    expectRefusal(reviewOn('2026-02-02'), 'date-after-today');
    expectRefusal(reviewOn('2025-12-31'), 'date-before-mandate');
  });
});

describe('escalating a risk', () => {
  const escalate = command('EscalateRisk', { to: 'CMB Chairperson', reason: 'Needs a political answer' });

  it('records to whom and why', () => {
    given([identified]).when(escalate).then([escalated]);
  });

  it('is refused when the risk was already escalated', () => {
    given([identified, escalated]).when(escalate).thenRefuses('risk-already-escalated');
  });
});

describe('handing a risk over', () => {
  const handOver = command('HandOverRisk', { owner: 'Deputy, Legal', reason: 'The head leaves in March' });
  const handedOver: EventOf<'RiskHandedOver'> = {
    type: 'RiskHandedOver',
    data: {
      riskId: 'k-1',
      previousOwner: 'Secretariat Head',
      owner: 'Deputy, Legal',
      reason: 'The head leaves in March',
      handedOverBy: by,
      handedOverAt: at,
    },
  };

  it('records who had it, who has it now and why', () => {
    given([identified]).when(handOver).then([handedOver]);
  });

  it('gives the risk its new owner, keeping what is planned', () => {
    const state = [identified, planned, handedOver].reduce(risk.evolve, risk.initialState);
    expect(state).toMatchObject({ owner: 'Deputy, Legal', mitigations: [{ mitigationId: 'm-1' }] });
  });

  it('is refused once the risk is closed', () => {
    given([identified, closed]).when(handOver).thenRefuses('risk-closed');
  });
});

describe('closing a risk', () => {
  const close = command('CloseRisk', { reason: 'Date confirmed' });

  it('records the reason', () => {
    given([identified, escalated]).when(close).then([closed]);
  });

  it('is refused when the risk is already closed', () => {
    given([identified, closed]).when(close).thenRefuses('risk-closed');
  });
});
