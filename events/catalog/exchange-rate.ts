import * as z from 'zod';
import { dateSchema, storedCurrencySchema, textSchema, timestampSchema } from '../schemas';
import type { EventDefinition } from './definition';

/** A recorded rate: units of `quote` for one `base`, with its date and source (e.g. UN operational rate). */
export const exchangeRateSchema = z.strictObject({
  base: storedCurrencySchema,
  quote: storedCurrencySchema,
  rate: z.string().regex(/^\d{1,12}(\.\d{1,10})?$/, 'a positive decimal such as 129.45'),
  date: dateSchema,
  source: textSchema(200),
});

export const exchangeRateEvents = {
  ExchangeRateRecorded: {
    version: 2,
    schema: z.strictObject({
      rate: exchangeRateSchema,
      /** The recorder confirmed a rate far from the pair's last one (docs/rules.md#money). */
      confirmed: z.boolean(),
      recordedBy: z.string(),
      recordedAt: timestampSchema,
    }),
    upcasters: {
      // Version 1 came before rates were checked against the pair's last one: nothing was confirmed.
      1: (data) => ({ ...data, confirmed: false }),
    },
  },
  /**
   * An approver supersedes a day's rate recorded wrong, with the reason: conversions already made keep
   * the rate on their own events; later ones use this one.
   */
  ExchangeRateCorrected: {
    version: 1,
    schema: z.strictObject({
      rate: exchangeRateSchema,
      /** The rate it supersedes. */
      previous: exchangeRateSchema,
      reason: textSchema(500),
      correctedBy: z.string(),
      correctedAt: timestampSchema,
    }),
  },
} satisfies Record<string, EventDefinition>;
