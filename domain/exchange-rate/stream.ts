import { z } from 'zod';
import { currencySchema, dateSchema, idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { exchangeRate } from './decide';
import { rateKey } from './exchange-rate';

/** A rate's stream is named by what it converts and on which day, so a rate is recorded once. */
export const exchangeRateStream = (processId: string, base: string, quote: string, date: string) =>
  [streamIdOf(processId, 'exchange-rate', rateKey(base, quote, date)), exchangeRate] as const;

/** The path parameters of a route on one recorded rate. */
export const exchangeRateParams = z.strictObject({
  processId: idSchema,
  base: currencySchema,
  quote: currencySchema,
  date: dateSchema,
});
