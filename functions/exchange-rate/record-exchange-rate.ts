import { z } from 'zod';
import { exchangeRate } from '../../domain/exchange-rate/exchange-rate';
import { exchangeRateParams, exchangeRateStream } from '../../domain/exchange-rate/stream';
import { processParams } from '../../domain/process/stream';
import { exchangeRateSchema } from '../../events/catalog/exchange-rate';
import { aggregateCommand } from '../commons/aggregate-command';
import { stateRoute } from '../commons/http';

/** A rate of zero would convert any amount to nothing, and so take it past every spending control. */
const positiveRate = exchangeRateSchema.shape.rate.refine(
  (rate) => /[1-9]/.test(rate),
  'must be more than zero',
);

const recordExchangeRateBody = z
  .strictObject({ ...exchangeRateSchema.shape, rate: positiveRate })
  .refine((r) => r.base !== r.quote, { message: 'base and quote must differ', path: ['quote'] });

export const recordExchangeRate = aggregateCommand(exchangeRate)(
  { body: recordExchangeRateBody, params: processParams },
  201,
  ({ body, params, identity, now }) => ({
    streamId: exchangeRateStream(params.processId, body.base, body.quote, body.date)[0],
    command: { type: 'RecordExchangeRate', rate: body, by: identity.subject, at: now },
    result: () => body,
  }),
);

export const getExchangeRate = stateRoute(
  { params: exchangeRateParams },
  ({ processId, base, quote, date }) => exchangeRateStream(processId, base, quote, date),
);
