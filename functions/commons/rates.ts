import { exchangeRateStream } from '../../domain/exchange-rate/stream';
import type { ExchangeRate } from '../../domain/money';
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
