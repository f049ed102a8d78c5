import * as z from 'zod';
import { dateSchema, idSchema, storedCurrencySchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { exchangeRate } from './decide';
import { rateKey } from './exchange-rate';

/** A rate's stream is named by what it converts and on which day, so a rate is recorded once. */
export const exchangeRateStream = (processId: string, base: string, quote: string, date: string) =>
  [streamIdOf(processId, 'exchange-rate', rateKey(base, quote, date)), exchangeRate] as const;

/**
 * The path parameters of a route on one recorded rate; its codes as stored, so that a rate recorded
 * before currencies were checked against ISO 4217 is still found.
 */
export const exchangeRateParams = z.strictObject({
  processId: idSchema,
  base: storedCurrencySchema,
  quote: storedCurrencySchema,
  date: dateSchema,
});
