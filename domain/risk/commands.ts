import type { AssessmentKind, RiskCategory, Treatment } from '../../events/catalog/risk';
import type { Actor } from '../decider';

export interface IdentifyRisk extends Actor {
  readonly type: 'IdentifyRisk';
  readonly riskId: string;
  readonly category: RiskCategory;
  readonly title: string;
  readonly cause: string;
  readonly consequence: string;
  readonly owner: string;
}

/** Likelihood and impact as judged; the score and rating follow from the rule (./rating.ts). */
export interface AssessRisk extends Actor {
  readonly type: 'AssessRisk';
  readonly kind: AssessmentKind;
  readonly likelihood: number;
  readonly impact: number;
  readonly treatment?: Treatment;
}

export interface PlanMitigation extends Actor {
  readonly type: 'PlanMitigation';
  readonly mitigationId: string;
  readonly action: string;
  readonly owner: string;
  readonly dueDate: string;
}

export interface CompleteMitigation extends Actor {
  readonly type: 'CompleteMitigation';
  readonly mitigationId: string;
  readonly note?: string;
}

export interface ReviewRisk extends Actor {
  readonly type: 'ReviewRisk';
  readonly reviewedOn: string;
  readonly nextReviewOn: string;
  readonly note?: string;
}

export interface EscalateRisk extends Actor {
  readonly type: 'EscalateRisk';
  readonly to: string;
  readonly reason: string;
}

export interface CloseRisk extends Actor {
  readonly type: 'CloseRisk';
  readonly reason: string;
}

export type RiskCommand =
  | IdentifyRisk
  | AssessRisk
  | PlanMitigation
  | CompleteMitigation
  | ReviewRisk
  | EscalateRisk
  | CloseRisk;
