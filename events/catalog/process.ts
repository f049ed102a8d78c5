import { z } from 'zod';
import {
  dateSchema,
  monthSchema,
  storedCountrySchema,
  storedCurrencySchema,
  textSchema,
  timestampSchema,
  timeZoneSchema,
} from '../schemas';
import type { EventDefinition } from './definition';

export const processEvents = {
  ProcessOpened: {
    version: 2,
    schema: z.strictObject({
      processId: z.string(),
      name: textSchema(200),
      country: storedCountrySchema,
      mandateStart: dateSchema,
      mandateEnd: dateSchema,
      budgetCurrency: storedCurrencySchema,
      /** Review points come every 3 or 6 months (the planning seed). */
      reviewCadenceMonths: z.union([z.literal(3), z.literal(6)]),
      /** Where the secretariat works: a business date is checked against today there. */
      timeZone: timeZoneSchema,
      openedBy: z.string(),
      openedAt: timestampSchema,
    }),
    upcasters: {
      // Version 1 had no time zone: its business days were UTC days.
      1: (data) => ({ ...data, timeZone: 'UTC' }),
    },
  },
  MandateExtended: {
    version: 1,
    schema: z.strictObject({
      previousEnd: dateSchema,
      newEnd: dateSchema,
      reason: textSchema(500),
      extendedBy: z.string(),
      extendedAt: timestampSchema,
    }),
  },
  /** The share of seconded and donor-funded staff above which leadership sees an independence concern. */
  IndependenceThresholdSet: {
    version: 1,
    schema: z.strictObject({
      percent: z.number().int().min(0).max(100),
      setBy: z.string(),
      setAt: timestampSchema,
    }),
  },
  /** The maker's half of closing a month: a finance approver other than the proposer closes it. */
  PeriodCloseProposed: {
    version: 1,
    schema: z.strictObject({ month: monthSchema, proposedBy: z.string(), proposedAt: timestampSchema }),
  },
  /** From here no entry may be dated in the month: its reports stay as they are. */
  PeriodClosed: {
    version: 1,
    schema: z.strictObject({
      month: monthSchema,
      proposedBy: z.string(),
      closedBy: z.string(),
      closedAt: timestampSchema,
    }),
  },
  /** An admin's exception, with its reason: every report of the month shows it. */
  PeriodReopened: {
    version: 1,
    schema: z.strictObject({
      month: monthSchema,
      reason: textSchema(500),
      reopenedBy: z.string(),
      reopenedAt: timestampSchema,
    }),
  },
} satisfies Record<string, EventDefinition>;
