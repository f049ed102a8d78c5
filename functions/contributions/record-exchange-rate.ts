import { z } from 'zod';
import { exchangeRate } from '../../domain/exchange-rate/exchange-rate';
import { exchangeRateSchema } from '../../events/catalog/funding';
import { currencySchema, dateSchema, idSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';
import { stateRoute } from '../commons/http';
import { processParams } from '../commons/params';
import { streams } from '../commons/streams';

export const recordExchangeRate = aggregateCommand(exchangeRate)(
  {
    body: exchangeRateSchema.refine((r) => r.base !== r.quote, {
      message: 'base and quote must differ',
      path: ['quote'],
    }),
    params: processParams,
  },
  201,
  ({ body, params, identity, now }) => ({
    streamId: streams.exchangeRate(params.processId, body.base, body.quote, body.date)[0],
    command: { type: 'RecordExchangeRate', rate: body, by: identity.subject, at: now },
    result: () => body,
  }),
);

export const rateParams = z.strictObject({
  processId: idSchema,
  base: currencySchema,
  quote: currencySchema,
  date: dateSchema,
});

export const getExchangeRate = stateRoute({ params: rateParams }, ({ processId, base, quote, date }) => {
  const [streamId, decider] = streams.exchangeRate(processId, base, quote, date);
  return { streamId, decider };
});
