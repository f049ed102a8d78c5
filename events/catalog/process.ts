import * as z from 'zod';
import {
  dateSchema,
  monthSchema,
  type Pillar,
  pillarSchema,
  storedCountrySchema,
  storedCurrencySchema,
  textSchema,
  timestampSchema,
  timeZoneSchema,
  unitSchema,
} from '../schemas';
import type { EventDefinition } from './definition';

/** A unit of the Secretariat: its id, its name, the pillar it belongs to and, for a regional office, its parent. */
export const unitDefinitionSchema = z.strictObject({
  unit: unitSchema,
  name: textSchema(200),
  pillar: pillarSchema,
  parent: unitSchema.optional(),
});

/** A process's units, at most as many as a budget adoption has lines: enough for any secretariat seen. */
export const unitsSchema = z.array(unitDefinitionSchema).min(1).max(50);

export type UnitDefinition = z.infer<typeof unitDefinitionSchema>;

const pillarNames: Record<Pillar, string> = {
  'secretarial-services': 'Secretarial services',
  'education-outreach': 'Education and outreach',
  communications: 'Communications',
  administration: 'Administration',
};

/** The units of a process that names none: the four pillars, each a unit of itself, as before units were organised. */
export const defaultUnits: readonly UnitDefinition[] = pillarSchema.options.map((pillar) => ({
  unit: pillar,
  name: pillarNames[pillar],
  pillar,
}));

export const processEvents = {
  ProcessOpened: {
    version: 3,
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
      units: unitsSchema,
      openedBy: z.string(),
      openedAt: timestampSchema,
    }),
    upcasters: {
      // Version 1 had no time zone: its business days were UTC days.
      1: (data) => ({ ...data, timeZone: 'UTC' }),
      // Version 2 had no units: the process had the four pillars, each a unit of itself.
      2: (data) => ({ ...data, units: defaultUnits }),
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
  /** The units as reorganised, the whole list each time: the events are the organisation's history. */
  UnitsOrganised: {
    version: 1,
    schema: z.strictObject({
      units: unitsSchema,
      organisedBy: z.string(),
      organisedAt: timestampSchema,
    }),
  },
} satisfies Record<string, EventDefinition>;
