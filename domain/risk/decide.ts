import type { RiskEvent } from '../../events/catalog';
import type { AssessmentKind, Treatment } from '../../events/catalog/risk';
import type { Actor, Decider, Input } from '../decider';
import { assertNever, refuse } from '../errors';
import { rate } from './rating';
import { evolve, initialState, openOf, type Risk, type RiskTerms } from './risk';

export type RiskCommand =
  | IdentifyRisk
  | AssessRisk
  | PlanMitigation
  | CompleteMitigation
  | ReviewRisk
  | EscalateRisk
  | HandOverRisk
  | CloseRisk;

export function decide(command: RiskCommand, risk: Risk): RiskEvent[] {
  switch (command.type) {
    case 'IdentifyRisk':
      return identify(command, risk);
    case 'AssessRisk':
      return assess(command, risk);
    case 'PlanMitigation':
      return planMitigation(command, risk);
    case 'CompleteMitigation':
      return completeMitigation(command, risk);
    case 'ReviewRisk':
      return review(command, risk);
    case 'EscalateRisk':
      return escalate(command, risk);
    case 'HandOverRisk':
      return handOver(command, risk);
    case 'CloseRisk':
      return close(command, risk);
    default:
      return assertNever(command);
  }
}

export interface IdentifyRisk extends Actor, RiskTerms {
  readonly type: 'IdentifyRisk';
}

export function identify(command: IdentifyRisk, risk: Risk): RiskEvent[] {
  if (risk.status !== 'none') return refuse('risk-already-identified', { riskId: command.riskId });
  // The whole command but its type and actor is the event's data; `decide` passes it with its type.
  const { type: _, by, at, ...data } = command;
  return [{ type: 'RiskIdentified', data: { ...data, identifiedBy: by, identifiedAt: at } }];
}

/** Likelihood and impact as judged; the score and rating follow from the rule (./rating.ts). */
export interface AssessRisk extends Actor {
  readonly type: 'AssessRisk';
  readonly kind: AssessmentKind;
  readonly likelihood: number;
  readonly impact: number;
  readonly treatment?: Treatment;
  /** The value date: the day the risk was assessed. */
  readonly assessedOn: string;
}

export function assess(command: Input<AssessRisk>, risk: Risk): RiskEvent[] {
  const { riskId } = openOf(risk);
  const { kind, likelihood, impact, treatment, assessedOn, by, at } = command;
  return [
    {
      type: 'RiskAssessed',
      data: {
        riskId,
        kind,
        likelihood,
        impact,
        ...rate(likelihood, impact),
        ...(treatment === undefined ? {} : { treatment }),
        assessedOn,
        assessedBy: by,
        assessedAt: at,
      },
    },
  ];
}

export interface PlanMitigation extends Actor {
  readonly type: 'PlanMitigation';
  readonly mitigationId: string;
  readonly action: string;
  readonly owner: string;
  readonly dueDate: string;
}

export function planMitigation(command: Input<PlanMitigation>, risk: Risk): RiskEvent[] {
  const { riskId } = openOf(risk);
  const { mitigationId, action, owner, dueDate, by, at } = command;
  return [
    {
      type: 'MitigationPlanned',
      data: { riskId, mitigationId, action, owner, dueDate, plannedBy: by, plannedAt: at },
    },
  ];
}

export interface CompleteMitigation extends Actor {
  readonly type: 'CompleteMitigation';
  readonly mitigationId: string;
  readonly note?: string;
}

export function completeMitigation(command: Input<CompleteMitigation>, risk: Risk): RiskEvent[] {
  const { riskId, mitigations } = openOf(risk);
  const { mitigationId, note, by, at } = command;
  const mitigation = mitigations.find((m) => m.mitigationId === mitigationId);
  if (!mitigation) return refuse('mitigation-not-found', { riskId, mitigationId });
  if (mitigation.status === 'completed')
    return refuse('mitigation-already-completed', { riskId, mitigationId });
  return [
    {
      type: 'MitigationCompleted',
      data: {
        riskId,
        mitigationId,
        ...(note === undefined ? {} : { note }),
        completedBy: by,
        completedAt: at,
      },
    },
  ];
}

export interface ReviewRisk extends Actor {
  readonly type: 'ReviewRisk';
  readonly reviewedOn: string;
  readonly nextReviewOn: string;
  readonly note?: string;
}

export function review(command: Input<ReviewRisk>, risk: Risk): RiskEvent[] {
  const { riskId } = openOf(risk);
  const { reviewedOn, nextReviewOn, note, by, at } = command;
  if (nextReviewOn <= reviewedOn) return refuse('next-review-not-after-review', { reviewedOn, nextReviewOn });
  return [
    {
      type: 'RiskReviewed',
      data: {
        riskId,
        reviewedOn,
        nextReviewOn,
        ...(note === undefined ? {} : { note }),
        reviewedBy: by,
        reviewedAt: at,
      },
    },
  ];
}

export interface EscalateRisk extends Actor {
  readonly type: 'EscalateRisk';
  readonly to: string;
  readonly reason: string;
}

export function escalate(command: Input<EscalateRisk>, risk: Risk): RiskEvent[] {
  const { riskId, escalatedTo } = openOf(risk);
  if (escalatedTo !== undefined) return refuse('risk-already-escalated', { riskId, escalatedTo });
  const { to, reason, by, at } = command;
  return [
    { type: 'RiskEscalated', data: { riskId, escalatedTo: to, reason, escalatedBy: by, escalatedAt: at } },
  ];
}

/** The register names one owner per risk; a new one takes it over with what is already planned. */
export interface HandOverRisk extends Actor {
  readonly type: 'HandOverRisk';
  readonly owner: string;
  readonly reason: string;
}

export function handOver(command: Input<HandOverRisk>, risk: Risk): RiskEvent[] {
  const { riskId, owner: previousOwner } = openOf(risk);
  const { owner, reason, by, at } = command;
  const data = { riskId, previousOwner, owner, reason, handedOverBy: by, handedOverAt: at };
  return [{ type: 'RiskHandedOver', data }];
}

export interface CloseRisk extends Actor {
  readonly type: 'CloseRisk';
  readonly reason: string;
}

export function close(command: Input<CloseRisk>, risk: Risk): RiskEvent[] {
  const { riskId } = openOf(risk);
  return [
    {
      type: 'RiskClosed',
      data: { riskId, reason: command.reason, closedBy: command.by, closedAt: command.at },
    },
  ];
}

export const risk: Decider<RiskCommand, RiskEvent, Risk> = {
  stateVersion: 1,
  initialState,
  evolve,
  decide,
};
