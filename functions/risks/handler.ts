import { riskParams, riskStream } from '../../domain/risk/stream';
import { dispatch } from '../commons/dispatch';
import { stateRoute } from '../commons/http';
import { assessRisk } from './assess-risk';
import { closeRisk } from './close-risk';
import { completeMitigation } from './complete-mitigation';
import { escalateRisk } from './escalate-risk';
import { identifyRisk } from './identify-risk';
import { planMitigation } from './plan-mitigation';
import { reviewRisk } from './review-risk';

/** The risk register: risks, their assessments, mitigations, reviews, escalation and closing. */
export const endpoints = {
  'POST /processes/{processId}/risks': identifyRisk,
  'GET /processes/{processId}/risks/{riskId}': stateRoute(
    { params: riskParams, summary: 'A risk as it stands: assessments, mitigations, next review' },
    (params) => riskStream(params.processId, params.riskId),
  ),
  'POST /processes/{processId}/risks/{riskId}/assessments': assessRisk,
  'POST /processes/{processId}/risks/{riskId}/mitigations': planMitigation,
  'POST /processes/{processId}/risks/{riskId}/mitigations/{mitigationId}/complete': completeMitigation,
  'POST /processes/{processId}/risks/{riskId}/reviews': reviewRisk,
  'POST /processes/{processId}/risks/{riskId}/escalate': escalateRisk,
  'POST /processes/{processId}/risks/{riskId}/close': closeRisk,
} as const;

export const handler = dispatch(endpoints);
