/**
 * Every HTTP route, once: the CDK stack makes one function per route from this list and the local
 * gateway serves the same list, so the two cannot drift apart.
 */
export interface Route {
  readonly name: string;
  readonly method: 'GET' | 'POST';
  /** API Gateway route path, `{name}` for a path parameter. */
  readonly path: string;
  /** Module exporting `handler`, relative to the project root. */
  readonly entry: string;
  /** Commands write events; queries read read models and get no write grant. */
  readonly access: 'command' | 'query';
}

export const routes: readonly Route[] = [
  {
    name: 'AdoptBudgetLine',
    method: 'POST',
    path: '/processes/{processId}/budget-lines',
    entry: 'functions/commands/adopt-budget-line.ts',
    access: 'command',
  },
  {
    name: 'RequestDisbursement',
    method: 'POST',
    path: '/processes/{processId}/disbursements',
    entry: 'functions/commands/request-disbursement.ts',
    access: 'command',
  },
  {
    name: 'ApproveDisbursement',
    method: 'POST',
    path: '/processes/{processId}/disbursements/{disbursementId}/approve',
    entry: 'functions/commands/approve-disbursement.ts',
    access: 'command',
  },
  {
    name: 'RejectDisbursement',
    method: 'POST',
    path: '/processes/{processId}/disbursements/{disbursementId}/reject',
    entry: 'functions/commands/reject-disbursement.ts',
    access: 'command',
  },
  {
    name: 'GetBudget',
    method: 'GET',
    path: '/processes/{processId}/budget',
    entry: 'functions/queries/get-budget.ts',
    access: 'query',
  },
];

/** The projector: consumes the Events table's stream and keeps the read models. */
export const projectorEntry = 'functions/projector.ts';
