import type { RouteKey } from '../routes';
import type { Role } from './roles';

/**
 * Who may call each route: the roles allowed, every other role refused (403). Every route of
 * `functions/routes.ts` has exactly one row (`matrix.spec.ts` fails otherwise), and docs/access.md shows the
 * same table. Allowed always means "in a process the token names" too: no role reaches another process.
 *
 * - `auditor` reads everything of its process and changes nothing: in every row that records nothing
 *   (every GET, and a POST served by a query or audit function, such as verifying a report), in no
 *   row that records something (a POST of a command function).
 * - `donor` in a row means "its own donor id only": the route takes `{donorId}` in the path or
 *   `?donorId=` in the query, and it must equal the token's donor id. A donor is in no other row, so it
 *   gets 403 on everything else, lists included, before anything is read.
 * - `'public'` routes skip the JWT authorizer; only what describes the API, holding no data, may be one.
 */
export type Access = readonly Role[] | 'public';

/** The finance of a process: the two finance roles, leadership (every view) and the auditor. */
const financeReaders: readonly Role[] = ['finance-officer', 'finance-approver', 'leadership', 'auditor'];
/** Staffing: the HR officer, leadership and the auditor. */
const staffingReaders: readonly Role[] = ['hr-officer', 'leadership', 'auditor'];
/** The plan and the risk register: leadership and the auditor. */
const planReaders: readonly Role[] = ['leadership', 'auditor'];
/** The process itself (name, mandate, currency): every role of the process but the donor. */
const processReaders: readonly Role[] = [
  'finance-officer',
  'finance-approver',
  'hr-officer',
  'leadership',
  'auditor',
  'admin',
];

export const accessMatrix: Readonly<Record<RouteKey, Access>> = {
  'POST /processes/{processId}': ['admin'],
  'GET /processes/{processId}': processReaders,
  'POST /processes/{processId}/mandate-extensions': ['leadership', 'admin'],

  'POST /processes/{processId}/budget/adoptions': ['finance-officer'],
  'POST /processes/{processId}/budget/transfers': ['finance-approver'],
  'POST /processes/{processId}/budget-lines': ['finance-officer'],
  'GET /processes/{processId}/budget-lines/{lineId}': financeReaders,
  'POST /processes/{processId}/budget-lines/{lineId}/revisions': ['finance-approver'],
  'POST /processes/{processId}/commitments': ['finance-officer'],
  'GET /processes/{processId}/commitments/{commitmentId}': financeReaders,
  'POST /processes/{processId}/commitments/{commitmentId}/release': ['finance-officer'],

  'POST /processes/{processId}/contributions': ['finance-officer'],
  'GET /processes/{processId}/contributions/{contributionId}': financeReaders,
  'POST /processes/{processId}/contributions/{contributionId}/tranches': ['finance-officer'],
  'POST /processes/{processId}/exchange-rates': ['finance-officer'],
  'GET /processes/{processId}/exchange-rates/{base}/{quote}/{date}': financeReaders,

  'POST /processes/{processId}/disbursements': ['finance-officer'],
  'GET /processes/{processId}/disbursements/{disbursementId}': financeReaders,
  'POST /processes/{processId}/disbursements/{disbursementId}/approve': ['finance-approver'],
  'POST /processes/{processId}/disbursements/{disbursementId}/reject': ['finance-approver'],
  'POST /processes/{processId}/disbursements/{disbursementId}/pay': ['finance-officer'],
  'POST /processes/{processId}/disbursements/{disbursementId}/reverse': ['finance-approver'],

  'POST /processes/{processId}/appointments/secretariat-head': ['hr-officer'],
  'POST /processes/{processId}/appointments/deputies': ['hr-officer'],
  'POST /processes/{processId}/appointments': ['hr-officer'],
  'GET /processes/{processId}/appointments/{appointmentId}': staffingReaders,
  'POST /processes/{processId}/appointments/{appointmentId}/reassign': ['hr-officer'],
  'POST /processes/{processId}/appointments/{appointmentId}/extend': ['hr-officer'],
  'POST /processes/{processId}/appointments/{appointmentId}/end': ['hr-officer'],
  'GET /processes/{processId}/posts/{postId}': staffingReaders,
  'POST /processes/{processId}/secondments': ['hr-officer'],
  'GET /processes/{processId}/secondments/{secondmentId}': staffingReaders,
  'POST /processes/{processId}/secondments/{secondmentId}/extend': ['hr-officer'],
  'POST /processes/{processId}/secondments/{secondmentId}/end': ['hr-officer'],

  'POST /processes/{processId}/benchmarks': ['leadership'],
  'GET /processes/{processId}/benchmarks/{benchmarkId}': planReaders,
  'POST /processes/{processId}/benchmarks/{benchmarkId}/progress': ['leadership'],
  'POST /processes/{processId}/benchmarks/{benchmarkId}/reschedule': ['leadership'],
  'POST /processes/{processId}/benchmarks/{benchmarkId}/achieve': ['leadership'],
  'POST /processes/{processId}/review-points': ['leadership'],
  'GET /processes/{processId}/review-points/{reviewPointId}': planReaders,
  'POST /processes/{processId}/review-points/{reviewPointId}/hold': ['leadership'],
  'POST /processes/{processId}/risks': ['leadership'],
  'GET /processes/{processId}/risks/{riskId}': planReaders,
  'POST /processes/{processId}/risks/{riskId}/assessments': ['leadership'],
  'POST /processes/{processId}/risks/{riskId}/mitigations': ['leadership'],
  'POST /processes/{processId}/risks/{riskId}/mitigations/{mitigationId}/complete': ['leadership'],
  'POST /processes/{processId}/risks/{riskId}/reviews': ['leadership'],
  'POST /processes/{processId}/risks/{riskId}/escalate': ['leadership'],
  'POST /processes/{processId}/risks/{riskId}/close': ['leadership'],

  'GET /processes/{processId}/budget': financeReaders,
  'GET /processes/{processId}/budget/by-unit': financeReaders,
  'GET /processes/{processId}/budget/by-category': financeReaders,
  'GET /processes/{processId}/budget/by-source': financeReaders,
  'GET /processes/{processId}/budget/monthly': financeReaders,
  'GET /processes/{processId}/budget/forecast': financeReaders,
  'GET /processes/{processId}/staffing': staffingReaders,
  'POST /processes/{processId}/independence-threshold': ['leadership'],
  'GET /processes/{processId}/dashboard': planReaders,
  'GET /processes/{processId}/risk-register': planReaders,

  'GET /processes/{processId}/donors': financeReaders,
  'GET /processes/{processId}/donors/{donorId}': [...financeReaders, 'donor'],
  'POST /processes/{processId}/contributions/{contributionId}/reports': ['finance-officer'],
  'GET /processes/{processId}/donors/{donorId}/audit-report': [...financeReaders, 'donor'],
  'POST /processes/{processId}/audit-reports/verify': financeReaders,

  'GET /openapi.json': 'public',
};
