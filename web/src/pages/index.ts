import { type ComponentType, lazy } from 'react';
import type { RouteKey } from '../api/access';

/**
 * Every page of the app, once: its address, its name in the navigation, and the API routes it reads.
 * A page is shown (in the navigation and at its address) to whoever may call all of its routes, as the
 * API's route table says. Adding a page is adding a row here; each page is its own module, loaded when
 * first opened, so the first page stays small.
 */
export interface Page {
  readonly path: string;
  /** Its link in the navigation; a page without one is reached from another (a record's own page). */
  readonly title?: string;
  readonly needs: readonly RouteKey[];
  readonly component: ComponentType;
}

export const pages: readonly Page[] = [
  {
    path: '/',
    title: 'Overview',
    needs: [
      'GET /processes/{processId}/dashboard',
      'GET /processes/{processId}/budget/forecast',
      'GET /processes/{processId}/risk-register',
    ],
    component: lazy(() => import('./overview')),
  },
  {
    path: '/budget',
    title: 'Budget',
    needs: [
      'GET /processes/{processId}/budget',
      'GET /processes/{processId}/budget/monthly',
      'GET /processes/{processId}/budget/forecast',
    ],
    component: lazy(() => import('./budget')),
  },
  {
    path: '/benchmarks',
    title: 'Benchmarks',
    needs: ['GET /processes/{processId}/dashboard'],
    component: lazy(() => import('./benchmarks')),
  },
  {
    path: '/benchmarks/:benchmarkId',
    needs: ['GET /processes/{processId}/benchmarks/{benchmarkId}'],
    component: lazy(() => import('./benchmark')),
  },
  {
    path: '/risks',
    title: 'Risks',
    needs: ['GET /processes/{processId}/risk-register'],
    component: lazy(() => import('./risks')),
  },
  {
    path: '/risks/:riskId',
    needs: ['GET /processes/{processId}/risks/{riskId}'],
    component: lazy(() => import('./risk')),
  },
  {
    path: '/staffing',
    title: 'Staffing',
    needs: ['GET /processes/{processId}/staffing'],
    component: lazy(() => import('./staffing')),
  },
  {
    path: '/approvals',
    title: 'Approvals',
    needs: [
      'GET /processes/{processId}/disbursements',
      'POST /processes/{processId}/disbursements/{disbursementId}/approve',
    ],
    component: lazy(() => import('./approvals')),
  },
  {
    path: '/disbursements',
    title: 'Disbursements',
    needs: ['GET /processes/{processId}/disbursements'],
    component: lazy(() => import('./disbursements')),
  },
  {
    path: '/disbursements/new',
    needs: [
      'POST /processes/{processId}/disbursements',
      'GET /processes/{processId}/budget',
      'GET /processes/{processId}/contributions',
    ],
    component: lazy(() => import('./request-disbursement')),
  },
  {
    path: '/disbursements/:disbursementId',
    needs: ['GET /processes/{processId}/disbursements/{disbursementId}'],
    component: lazy(() => import('./disbursement')),
  },
  {
    path: '/money-in',
    title: 'Tranches & rates',
    needs: [
      'GET /processes/{processId}/contributions',
      'POST /processes/{processId}/contributions/{contributionId}/tranches',
      'POST /processes/{processId}/exchange-rates',
    ],
    component: lazy(() => import('./money-in')),
  },
  {
    path: '/budget/lines/:lineId',
    needs: [
      'GET /processes/{processId}/budget-lines/{lineId}',
      'GET /processes/{processId}/budget',
      'GET /processes/{processId}/disbursements',
    ],
    component: lazy(() => import('./budget-line')),
  },
  {
    path: '/donors',
    title: 'Donors',
    needs: ['GET /processes/{processId}/donors/{donorId}'],
    component: lazy(() => import('./donors')),
  },
  {
    path: '/donors/:donorId',
    needs: [
      'GET /processes/{processId}/donors/{donorId}',
      'GET /processes/{processId}/donors/{donorId}/audit-report',
    ],
    component: lazy(() => import('./donor')),
  },
  {
    path: '/audit',
    title: 'Audit',
    needs: [
      'GET /processes/{processId}/donors',
      'GET /processes/{processId}/donors/{donorId}/audit-report',
      'POST /processes/{processId}/audit-reports/verify',
    ],
    component: lazy(() => import('./audit')),
  },
];
