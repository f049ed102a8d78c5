import * as z from 'zod';
import { currencyPairStream } from '../../domain/currency-pair/stream';
import { exchangeRateParams, exchangeRateStream } from '../../domain/exchange-rate/stream';
import { recordRate } from '../../domain/exchange-rate/workflows';
import { processParams, processStream } from '../../domain/process/stream';
import { exchangeRateSchema } from '../../events/catalog/exchange-rate';
import { currencySchema } from '../../events/schemas';
import { commandRoute, stateRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

/** A rate of zero would convert any amount to nothing, and so take it past every spending control. */
export const positiveRate = exchangeRateSchema.shape.rate.refine(
  (rate) => /[1-9]/.test(rate),
  'must be more than zero',
);

const recordExchangeRateBody = z
  .strictObject({
    ...exchangeRateSchema.shape,
    base: currencySchema,
    quote: currencySchema,
    rate: positiveRate,
    /** Says a rate far from the pair's last one is right (docs/rules.md#money). */
    confirmed: z.boolean().default(false),
  })
  .refine((r) => r.base !== r.quote, { message: 'base and quote must differ', path: ['quote'] });

export const recordExchangeRate = commandRoute(
  { body: recordExchangeRateBody, params: processParams },
  201,
  ({ body, params, identity, now }) => {
    const { confirmed, ...rate } = body;
    const command = { type: 'RecordExchangeRate' as const, rate, confirmed, by: identity.subject, at: now };
    return multiStream({
      subject: exchangeRateStream(params.processId, rate.base, rate.quote, rate.date),
      streams: {
        pair: currencyPairStream(params.processId, rate.base, rate.quote),
        // Read, not appended to: its time zone and mandate bound the rate's day.
        process: processStream(params.processId),
      },
      decide: ({ subject, pair, process }) => {
        const events = recordRate(command, subject, pair, process);
        return { subject: events.rate, pair: events.pair };
      },
      result: ({ subject }) => ({ ...body, version: subject }),
    });
  },
);

export const getExchangeRate = stateRoute(
  { params: exchangeRateParams },
  ({ processId, base, quote, date }) => exchangeRateStream(processId, base, quote, date),
);
