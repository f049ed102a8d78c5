import type { RiskEvent } from '../../events/catalog';
import type { Decider } from '../decider';
import { assertNever, refuse } from '../errors';
import type { RiskCommand } from './commands';
import { rate } from './rating';
import { evolve, initialState, type Risk } from './risk';

type Open = Exclude<Risk, { status: 'none' }>;

export function decide(command: RiskCommand, risk: Risk): RiskEvent[] {
  if (command.type === 'IdentifyRisk') {
    if (risk.status !== 'none') return refuse('risk-already-identified', { riskId: command.riskId });
    const { type: _, by, at, ...data } = command;
    return [{ type: 'RiskIdentified', data: { ...data, identifiedBy: by, identifiedAt: at } }];
  }
  const { riskId, ...open } = openOf(risk);
  switch (command.type) {
    case 'AssessRisk': {
      const { kind, likelihood, impact, treatment, by, at } = command;
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
            assessedBy: by,
            assessedAt: at,
          },
        },
      ];
    }
    case 'PlanMitigation': {
      const { type: _, by, at, ...plan } = command;
      return [{ type: 'MitigationPlanned', data: { riskId, ...plan, plannedBy: by, plannedAt: at } }];
    }
    case 'CompleteMitigation': {
      const { mitigationId, note, by, at } = command;
      const mitigation = open.mitigations.find((m) => m.mitigationId === mitigationId);
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
    case 'ReviewRisk': {
      const { reviewedOn, nextReviewOn, note, by, at } = command;
      if (nextReviewOn <= reviewedOn)
        return refuse('next-review-not-after-review', { reviewedOn, nextReviewOn });
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
    case 'EscalateRisk': {
      if (open.escalatedTo !== undefined)
        return refuse('risk-already-escalated', { riskId, escalatedTo: open.escalatedTo });
      return [
        {
          type: 'RiskEscalated',
          data: {
            riskId,
            escalatedTo: command.to,
            reason: command.reason,
            escalatedBy: command.by,
            escalatedAt: command.at,
          },
        },
      ];
    }
    case 'CloseRisk':
      return [
        {
          type: 'RiskClosed',
          data: { riskId, reason: command.reason, closedBy: command.by, closedAt: command.at },
        },
      ];
    default:
      return assertNever(command);
  }
}

/** A risk takes commands from the moment it is identified until it is closed. */
function openOf(risk: Risk): Open {
  if (risk.status === 'none') return refuse('risk-not-found');
  if (risk.status === 'closed') return refuse('risk-closed', { riskId: risk.riskId });
  return risk;
}

export const risk: Decider<RiskCommand, RiskEvent, Risk> = {
  stateVersion: 1,
  initialState,
  evolve,
  decide,
};
