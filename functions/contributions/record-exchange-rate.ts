import { z } from 'zod';
import { exchangeRate } from '../../domain/exchange-rate/exchange-rate';
import { exchangeRateSchema } from '../../events/catalog/exchange-rate';
import { currencySchema, dateSchema, idSchema } from '../../events/schemas';
import { commandRoute, stateRoute } from '../commons/http';
import { processParams } from '../commons/params';
import { streams } from '../commons/streams';

export const recordExchangeRate = commandRoute(
  {
    body: exchangeRateSchema.refine((r) => r.base !== r.quote, {
      message: 'base and quote must differ',
      path: ['quote'],
    }),
    params: processParams,
  },
  201,
  ({ body, params, identity, now }) =>
    async (load) => {
      const recorded = await load(
        ...streams.exchangeRate(params.processId, body.base, body.quote, body.date),
      );
      const events = exchangeRate.decide(
        { type: 'RecordExchangeRate', rate: body, by: identity.subject, at: now },
        recorded.state,
      );
      return {
        changes: [{ stream: recorded, events }],
        result: { ...body, version: recorded.version + events.length },
      };
    },
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
