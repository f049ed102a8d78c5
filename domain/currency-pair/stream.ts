import { streamIdOf } from '../../events/stream-id';
import { currencyPair } from './decide';

/** A pair's stream, base first: EUR/USD and USD/EUR are two pairs, each with its own last rate. */
export const currencyPairStream = (processId: string, base: string, quote: string) =>
  [streamIdOf(processId, 'currency-pair', `${base}-${quote}`), currencyPair] as const;
