import * as z from 'zod';
import { timestampSchema } from '../schemas';
import type { EventDefinition } from './definition';
import { exchangeRateSchema } from './exchange-rate';

export const currencyPairEvents = {
  /** The last rate recorded for the pair, whatever its day: the one the next rate is compared with. */
  CurrencyPairRateSet: {
    version: 1,
    schema: z.strictObject({ rate: exchangeRateSchema, setBy: z.string(), setAt: timestampSchema }),
  },
} satisfies Record<string, EventDefinition>;
