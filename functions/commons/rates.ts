import type { Contribution } from '../../domain/contribution/contribution';
import { exchangeRateStream } from '../../domain/exchange-rate/stream';
import type { ExchangeRate, Money } from '../../domain/money';
import type { Decide } from '../../events/command-execution';

type Load = Parameters<Decide>[0];

/** The rate recorded for a pair on a day, if any; rates are read, never appended to, by other commands. */
export async function recordedRate(
  load: Load,
  processId: string,
  base: string,
  quote: string,
  date: string,
): Promise<ExchangeRate | undefined> {
  const { state } = await load(...exchangeRateStream(processId, base, quote, date));
  return state.status === 'recorded' ? state.rate : undefined;
}

/**
 * The rate a tranche is converted into the budget currency at: the one recorded for its day (or the
 * day asked), when it is in another currency than the budget's; none otherwise.
 */
export const trancheRate = (
  load: Load,
  processId: string,
  contribution: Contribution,
  amount: Money,
  day: string,
): Promise<ExchangeRate | undefined> =>
  contribution.status === 'pledged' && amount.currency !== contribution.budgetCurrency
    ? recordedRate(load, processId, amount.currency, contribution.budgetCurrency, day)
    : Promise.resolve(undefined);
