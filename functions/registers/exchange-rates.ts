import * as z from 'zod';
import { processParams } from '../../domain/process/stream';
import {
  type ExchangeRateRow,
  exchangeRateSortKey,
  exchangeRatesPartition,
} from '../../domain/views/exchange-rates';
import { storedCurrencySchema } from '../../events/schemas';
import { queryRoute } from '../commons/http';
import { type Condition, equal, itemOf, type ListQuery, listPage, pageQuery } from '../commons/list-page';
import { json } from '../commons/responses';
import { dateRange, inOrder, rangeRefusal } from './dates';

const exchangeRatesQuery = z
  .strictObject({
    base: storedCurrencySchema.optional(),
    quote: storedCurrencySchema.optional(),
    ...dateRange,
    ...pageQuery,
  })
  .refine(inOrder, rangeRefusal);

type Asked = z.infer<typeof exchangeRatesQuery>;

/**
 * One pair's rates are one key range, its days bounding it; without a pair named, every rate is read
 * in pair order and DynamoDB filters the currencies and days.
 */
function rangeOf({ base, quote, from, to }: Asked): Pick<ListQuery, 'sk' | 'where'> {
  if (base !== undefined && quote !== undefined)
    return {
      sk: {
        between: [
          exchangeRateSortKey(base, quote, from ?? '0000-01-01'),
          exchangeRateSortKey(base, quote, to ?? '9999-12-31'),
        ],
      },
    };
  const days: Condition[] = [
    { path: 'date', is: '>=', value: from },
    { path: 'date', is: '<=', value: to },
  ];
  return { sk: { prefix: 'rate#' }, where: [equal('base', base), equal('quote', quote), ...days] };
}

/** The rates recorded for the process, each as it stands after any correction. */
export const listExchangeRates = queryRoute(
  { params: processParams, query: exchangeRatesQuery },
  async ({ params: { processId }, query }) => {
    const page = await listPage(
      { pk: exchangeRatesPartition(processId), ...rangeOf(query) },
      { limit: query.limit, cursor: query.cursor },
    );
    return json(200, { ...page, items: page.items.map((item) => itemOf<ExchangeRateRow>(item)) });
  },
);
