import { processReaders } from './readers';

/**
 * The process itself: opened once by an admin, its mandate extended by leadership or an admin, and the
 * independence threshold the staffing view reads its concern against, set by leadership; its units
 * organised by whoever opens it; and its books' months, closed maker-checker by the finance desk and
 * reopened only by an admin.
 */
export const Process = {
  entry: 'functions/process/handler.ts',
  access: 'command',
  routes: {
    openProcess: {
      key: 'POST /processes/{processId}',
      roles: ['admin'],
      summary: 'Open a process: its mandate and budget currency',
    },
    getProcess: {
      key: 'GET /processes/{processId}',
      roles: processReaders,
      summary: 'The process as it stands: its mandate and budget currency, with its version',
    },
    extendMandate: {
      key: 'POST /processes/{processId}/mandate-extensions',
      roles: ['leadership', 'admin'],
      summary: 'Extend the mandate, with the reason',
    },
    setIndependenceThreshold: {
      key: 'POST /processes/{processId}/independence-threshold',
      roles: ['leadership'],
      summary:
        'Set the share of seconded and donor-funded staff above which the staffing view flags a concern',
    },
    proposePeriodClose: {
      key: 'POST /processes/{processId}/periods/{month}/propose-close',
      roles: ['finance-officer', 'finance-approver'],
      summary: 'Propose closing a month that is over: an approver other than the proposer closes it',
    },
    closePeriod: {
      key: 'POST /processes/{processId}/periods/{month}/close',
      roles: ['finance-approver'],
      summary:
        'Close a proposed month: no entry may be dated in it from then on, so its reports stay as they are',
    },
    reopenPeriod: {
      key: 'POST /processes/{processId}/periods/{month}/reopen',
      roles: ['admin'],
      summary: 'Reopen a closed month, with the reason every report of that month shows',
    },
    organiseUnits: {
      key: 'POST /processes/{processId}/units',
      roles: ['admin'],
      summary:
        'Organise the Secretariat’s units: the whole list, each in a pillar, units added, renamed or re-parented',
    },
  },
} as const;
