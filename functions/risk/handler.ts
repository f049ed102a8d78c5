import { riskParams, riskStream } from '../../domain/risk/stream';
import { dispatch } from '../commons/dispatch';
import { historyRoute, stateRoute } from '../commons/http';
import { assessRisk } from './assess-risk';
import { closeRisk } from './close-risk';
import { completeMitigation } from './complete-mitigation';
import { escalateRisk } from './escalate-risk';
import { handOverRisk } from './hand-over-risk';
import { identifyRisk } from './identify-risk';
import { planMitigation } from './plan-mitigation';
import { reviewRisk } from './review-risk';

const getRisk = stateRoute({ params: riskParams }, (params) => riskStream(params.processId, params.riskId));

const getRiskHistory = historyRoute({ params: riskParams }, (params) =>
  riskStream(params.processId, params.riskId),
);

/** The risk register: risks, their assessments, mitigations, reviews, escalation and closing. */
export const handler = dispatch('Risk', {
  identifyRisk,
  getRisk,
  getRiskHistory,
  assessRisk,
  planMitigation,
  completeMitigation,
  reviewRisk,
  escalateRisk,
  handOverRisk,
  closeRisk,
});
