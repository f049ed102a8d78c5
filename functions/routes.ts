/**
 * Every HTTP route, once, grouped by the Lambda function that serves it. The CDK stack makes one
 * function per group and the local gateway serves the same list, so the two cannot drift apart.
 * A group is one family of the domain, which keeps the stack far below CloudFormation's 500 resources.
 */
export type RouteKey = `${'GET' | 'POST'} /${string}`;

export interface HttpFunction {
  readonly name: string;
  /** Module exporting `handler` and `endpoints` (by route key), relative to the project root. */
  readonly entry: string;
  /**
   * Commands read and append events; queries read read models and get no write grant. Public routes
   * skip the JWT authorizer, so they get no table at all: only what describes the API may be public.
   * Audit functions read the event log itself (reports as of a date, verification) and write nothing.
   */
  readonly access: 'command' | 'query' | 'audit' | 'public';
  /** A query that may also read the Events table (never write it), for views as of a date. */
  readonly readsEvents?: true;
  readonly routes: readonly RouteKey[];
}

export const httpFunctions: readonly HttpFunction[] = [
  {
    name: 'Process',
    entry: 'functions/process/handler.ts',
    access: 'command',
    routes: [
      'POST /processes/{processId}',
      'GET /processes/{processId}',
      'POST /processes/{processId}/mandate-extensions',
    ],
  },
  {
    name: 'Budget',
    entry: 'functions/budget/handler.ts',
    access: 'command',
    routes: [
      'POST /processes/{processId}/budget/adoptions',
      'POST /processes/{processId}/budget/transfers',
      'POST /processes/{processId}/budget-lines',
      'GET /processes/{processId}/budget-lines/{lineId}',
      'POST /processes/{processId}/budget-lines/{lineId}/revisions',
      'POST /processes/{processId}/commitments',
      'GET /processes/{processId}/commitments/{commitmentId}',
      'POST /processes/{processId}/commitments/{commitmentId}/release',
    ],
  },
  {
    name: 'Contributions',
    entry: 'functions/contributions/handler.ts',
    access: 'command',
    routes: [
      'POST /processes/{processId}/contributions',
      'GET /processes/{processId}/contributions/{contributionId}',
      'POST /processes/{processId}/contributions/{contributionId}/tranches',
      'POST /processes/{processId}/exchange-rates',
      'GET /processes/{processId}/exchange-rates/{base}/{quote}/{date}',
    ],
  },
  {
    name: 'Disbursements',
    entry: 'functions/disbursements/handler.ts',
    access: 'command',
    routes: [
      'POST /processes/{processId}/disbursements',
      'GET /processes/{processId}/disbursements/{disbursementId}',
      'POST /processes/{processId}/disbursements/{disbursementId}/approve',
      'POST /processes/{processId}/disbursements/{disbursementId}/reject',
      'POST /processes/{processId}/disbursements/{disbursementId}/pay',
      'POST /processes/{processId}/disbursements/{disbursementId}/reverse',
    ],
  },
  {
    name: 'Appointments',
    entry: 'functions/appointments/handler.ts',
    access: 'command',
    routes: [
      'POST /processes/{processId}/appointments/secretariat-head',
      'POST /processes/{processId}/appointments/deputies',
      'POST /processes/{processId}/appointments',
      'GET /processes/{processId}/appointments/{appointmentId}',
      'POST /processes/{processId}/appointments/{appointmentId}/reassign',
      'POST /processes/{processId}/appointments/{appointmentId}/extend',
      'POST /processes/{processId}/appointments/{appointmentId}/end',
      'GET /processes/{processId}/posts/{postId}',
    ],
  },
  {
    name: 'Secondments',
    entry: 'functions/secondments/handler.ts',
    access: 'command',
    routes: [
      'POST /processes/{processId}/secondments',
      'GET /processes/{processId}/secondments/{secondmentId}',
      'POST /processes/{processId}/secondments/{secondmentId}/extend',
      'POST /processes/{processId}/secondments/{secondmentId}/end',
    ],
  },
  {
    name: 'Milestones',
    entry: 'functions/milestones/handler.ts',
    access: 'command',
    routes: [
      'POST /processes/{processId}/benchmarks',
      'GET /processes/{processId}/benchmarks/{benchmarkId}',
      'POST /processes/{processId}/benchmarks/{benchmarkId}/progress',
      'POST /processes/{processId}/benchmarks/{benchmarkId}/reschedule',
      'POST /processes/{processId}/benchmarks/{benchmarkId}/achieve',
      'POST /processes/{processId}/review-points',
      'GET /processes/{processId}/review-points/{reviewPointId}',
      'POST /processes/{processId}/review-points/{reviewPointId}/hold',
    ],
  },
  {
    name: 'Risks',
    entry: 'functions/risks/handler.ts',
    access: 'command',
    routes: [
      'POST /processes/{processId}/risks',
      'GET /processes/{processId}/risks/{riskId}',
      'POST /processes/{processId}/risks/{riskId}/assessments',
      'POST /processes/{processId}/risks/{riskId}/mitigations',
      'POST /processes/{processId}/risks/{riskId}/mitigations/{mitigationId}/complete',
      'POST /processes/{processId}/risks/{riskId}/reviews',
      'POST /processes/{processId}/risks/{riskId}/escalate',
      'POST /processes/{processId}/risks/{riskId}/close',
    ],
  },
  {
    name: 'BudgetViews',
    entry: 'functions/budget-views/handler.ts',
    access: 'query',
    readsEvents: true,
    routes: [
      'GET /processes/{processId}/budget',
      'GET /processes/{processId}/budget/by-unit',
      'GET /processes/{processId}/budget/by-category',
      'GET /processes/{processId}/budget/by-source',
      'GET /processes/{processId}/budget/monthly',
      'GET /processes/{processId}/budget/forecast',
    ],
  },
  {
    name: 'StaffingViews',
    entry: 'functions/staffing-views/handler.ts',
    access: 'query',
    readsEvents: true,
    routes: ['GET /processes/{processId}/staffing'],
  },
  {
    name: 'Independence',
    entry: 'functions/independence/handler.ts',
    access: 'command',
    routes: ['POST /processes/{processId}/independence-threshold'],
  },
  {
    name: 'Plan',
    entry: 'functions/plan/handler.ts',
    access: 'query',
    routes: ['GET /processes/{processId}/dashboard', 'GET /processes/{processId}/risk-register'],
  },
  {
    name: 'Donors',
    entry: 'functions/donors/handler.ts',
    access: 'query',
    routes: ['GET /processes/{processId}/donors', 'GET /processes/{processId}/donors/{donorId}'],
  },
  {
    name: 'DonorReporting',
    entry: 'functions/donor-reporting/handler.ts',
    access: 'command',
    routes: ['POST /processes/{processId}/contributions/{contributionId}/reports'],
  },
  {
    name: 'Audit',
    entry: 'functions/audit/handler.ts',
    access: 'audit',
    routes: [
      'GET /processes/{processId}/donors/{donorId}/audit-report',
      'POST /processes/{processId}/audit-reports/verify',
    ],
  },
  {
    name: 'OpenApi',
    entry: 'functions/openapi/handler.ts',
    access: 'public',
    routes: ['GET /openapi.json'],
  },
];

export interface Route {
  readonly key: RouteKey;
  readonly method: 'GET' | 'POST';
  /** API Gateway route path, `{name}` for a path parameter. */
  readonly path: string;
  /** The function serving it. */
  readonly name: string;
  readonly entry: string;
  readonly access: HttpFunction['access'];
}

export const routes: readonly Route[] = httpFunctions.flatMap((fn) =>
  fn.routes.map((key) => {
    const [method, path] = key.split(' ') as [Route['method'], string];
    return { key, method, path, name: fn.name, entry: fn.entry, access: fn.access };
  }),
);

/** The projector: consumes the Events table's stream and keeps the read models. */
export const projectorEntry = 'functions/projector.ts';

/** The rebuild: replays the Events table into the standby read models, invoked by hand. */
export const rebuildEntry = 'functions/rebuild/handler.ts';

/** Cognito's pre-token-generation trigger: puts the processes and donor id into access tokens. */
export const preTokenGenerationEntry = 'functions/access/pre-token-generation.ts';
