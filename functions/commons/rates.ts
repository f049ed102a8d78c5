import type { ExchangeRate } from '../../domain/money';
import type { Decide } from '../../events/command-execution';
import { streams } from './streams';

type Load = Parameters<Decide>[0];

/** The rate recorded for a pair on a day, if any; rates are read, never appended to, by other commands. */
export async function recordedRate(
  load: Load,
  processId: string,
  base: string,
  quote: string,
  date: string,
): Promise<ExchangeRate | undefined> {
  const { state } = await load(...streams.exchangeRate(processId, base, quote, date));
  return state.status === 'recorded' ? state.rate : undefined;
}
