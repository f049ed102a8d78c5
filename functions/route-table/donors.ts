import { financeReaders } from './readers';

/** What donors see of their money, the reports owed to them, and the audit reports checked against the log. */
export const Donors = {
  entry: 'functions/donors/handler.ts',
  access: 'query',
  readsEvents: true,
  routes: {
    getDonors: {
      key: 'GET /processes/{processId}/donors',
      roles: financeReaders,
      summary: 'Every donor with its headline figures and next report due',
    },
    getDonor: {
      key: 'GET /processes/{processId}/donors/{donorId}',
      roles: [...financeReaders, 'donor'],
      summary:
        'A donor’s reporting lines: contributions, staff it funds, what its money paid for, reports due',
    },
  },
} as const;

export const Audit = {
  entry: 'functions/audit/handler.ts',
  access: 'audit',
  routes: {
    getAuditReport: {
      key: 'GET /processes/{processId}/donors/{donorId}/audit-report',
      roles: [...financeReaders, 'donor'],
      summary: 'A donor’s audit report for a period, as JSON or CSV',
    },
    verifyReport: {
      key: 'POST /processes/{processId}/audit-reports/verify',
      roles: financeReaders,
      summary: 'Verify a donor’s audit report, or its digest, against the event log',
    },
    getIatiActivityFile: {
      key: 'GET /processes/{processId}/iati',
      roles: financeReaders,
      summary: 'The process’s IATI 2.03 activity file (XML), every donor’s money in it',
    },
    getDonorIatiActivityFile: {
      key: 'GET /processes/{processId}/donors/{donorId}/iati',
      roles: [...financeReaders, 'donor'],
      summary: 'A donor’s IATI 2.03 activity file (XML): its own contributions’ money only',
    },
  },
} as const;
