import { exchangeRate } from '../../domain/exchange-rate/exchange-rate';
import { exchangeRateParams, exchangeRateStream } from '../../domain/exchange-rate/stream';
import { processParams } from '../../domain/process/stream';
import { exchangeRateSchema } from '../../events/catalog/exchange-rate';
import { commandRoute, stateRoute } from '../commons/http';

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
      const recorded = await load(...exchangeRateStream(params.processId, body.base, body.quote, body.date));
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

export const getExchangeRate = stateRoute(
  { params: exchangeRateParams },
  ({ processId, base, quote, date }) => exchangeRateStream(processId, base, quote, date),
);
