import { exchangeRate } from '../../domain/exchange-rate/exchange-rate';
import { exchangeRateParams, exchangeRateStream } from '../../domain/exchange-rate/stream';
import { processParams } from '../../domain/process/stream';
import { exchangeRateSchema } from '../../events/catalog/exchange-rate';
import { aggregateCommand } from '../commons/aggregate-command';
import { stateRoute } from '../commons/http';

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
    streamId: exchangeRateStream(params.processId, body.base, body.quote, body.date)[0],
    command: { type: 'RecordExchangeRate', rate: body, by: identity.subject, at: now },
    result: () => body,
  }),
);

export const getExchangeRate = stateRoute(
  { params: exchangeRateParams },
  ({ processId, base, quote, date }) => exchangeRateStream(processId, base, quote, date),
);
