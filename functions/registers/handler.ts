import { dispatch } from '../commons/dispatch';
import { listContributions } from './contributions';
import { listDisbursements } from './disbursements';
import { listExchangeRates } from './exchange-rates';
import { listBenchmarks, listRisks } from './plan';
import { listAppointments, listSecondments } from './staff';

/** The lists the desks work from, a page at a time, read from the read models. */
export const handler = dispatch('Registers', {
  listDisbursements,
  listContributions,
  listExchangeRates,
  listAppointments,
  listSecondments,
  listRisks,
  listBenchmarks,
});
