import type { RiskEvent } from '../../events/catalog';
import type { RiskCategory, Treatment } from '../../events/catalog/risk';
import { refuse } from '../errors';
import type { Rated } from './rating';

export interface Assessment extends Rated {
  readonly likelihood: number;
  readonly impact: number;
}

export interface Mitigation {
  readonly mitigationId: string;
  readonly action: string;
  readonly owner: string;
  readonly dueDate: string;
  readonly status: 'planned' | 'completed';
}

/** An entry of the risk register: what could go wrong, how bad it is, and what is done about it. */
export type Risk =
  | { readonly status: 'none' }
  | (RiskTerms & {
      readonly status: 'open' | 'closed';
      /** The latest assessment of each kind. */
      readonly inherent?: Assessment;
      readonly residual?: Assessment;
      /** The latest treatment chosen with an assessment. */
      readonly treatment?: Treatment;
      readonly mitigations: readonly Mitigation[];
      readonly nextReviewOn?: string;
      readonly escalatedTo?: string;
    });

/** What a risk is identified with: what could go wrong, why, what it would do, and who owns it. */
export interface RiskTerms {
  readonly riskId: string;
  readonly category: RiskCategory;
  readonly title: string;
  readonly cause: string;
  readonly consequence: string;
  readonly owner: string;
}

export const initialState: Risk = { status: 'none' };

export function evolve(risk: Risk, event: RiskEvent): Risk {
  if (event.type === 'RiskIdentified') {
    const { riskId, category, title, cause, consequence, owner } = event.data;
    return { status: 'open', riskId, category, title, cause, consequence, owner, mitigations: [] };
  }
  if (risk.status === 'none') return risk;
  switch (event.type) {
    case 'RiskAssessed': {
      const { kind, likelihood, impact, score, rating, treatment } = event.data;
      return {
        ...risk,
        [kind]: { likelihood, impact, score, rating },
        ...(treatment === undefined ? {} : { treatment }),
      };
    }
    case 'MitigationPlanned': {
      const { mitigationId, action, owner, dueDate } = event.data;
      return {
        ...risk,
        mitigations: [...risk.mitigations, { mitigationId, action, owner, dueDate, status: 'planned' }],
      };
    }
    case 'MitigationCompleted':
      return {
        ...risk,
        mitigations: risk.mitigations.map((m) =>
          m.mitigationId === event.data.mitigationId ? { ...m, status: 'completed' } : m,
        ),
      };
    case 'RiskReviewed':
      return { ...risk, nextReviewOn: event.data.nextReviewOn };
    case 'RiskEscalated':
      return { ...risk, escalatedTo: event.data.escalatedTo };
    case 'RiskHandedOver':
      return { ...risk, owner: event.data.owner };
    case 'RiskClosed':
      return { ...risk, status: 'closed' };
  }
}

/** A risk takes commands from the moment it is identified until it is closed. */
export function openOf(risk: Risk): Exclude<Risk, { status: 'none' }> {
  if (risk.status === 'none') return refuse('risk-not-found');
  if (risk.status === 'closed') return refuse('risk-closed', { riskId: risk.riskId });
  return risk;
}
