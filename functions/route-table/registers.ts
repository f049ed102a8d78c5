import { financeReaders, planReaders, staffingReaders } from './readers';

/**
 * The lists a desk works from, a page at a time: each reads one read model's partition in its order,
 * filtered, never the Events table.
 */
export const Registers = {
  entry: 'functions/registers/handler.ts',
  access: 'query',
  routes: {
    listDisbursements: {
      key: 'GET /processes/{processId}/disbursements',
      roles: financeReaders,
      summary: 'Disbursements, newest first; `?status=requested&excludeOwn=true` is the approvals queue',
    },
    listContributions: {
      key: 'GET /processes/{processId}/contributions',
      roles: financeReaders,
      summary: 'Contributions, with their pledges, money in and reports',
    },
    listExchangeRates: {
      key: 'GET /processes/{processId}/exchange-rates',
      roles: financeReaders,
      summary: 'Recorded exchange rates, by pair then day',
    },
    listAppointments: {
      key: 'GET /processes/{processId}/appointments',
      roles: staffingReaders,
      summary: 'Appointments, with their status on the day asked (planned, active, ended)',
    },
    listSecondments: {
      key: 'GET /processes/{processId}/secondments',
      roles: staffingReaders,
      summary: 'Secondments, with their status on the day asked (planned, active, ended)',
    },
    listRisks: {
      key: 'GET /processes/{processId}/risks',
      roles: planReaders,
      summary: 'The risks of the register as they stand',
    },
    listBenchmarks: {
      key: 'GET /processes/{processId}/benchmarks',
      roles: planReaders,
      summary: 'Benchmarks with their status on the day asked',
    },
  },
} as const;
