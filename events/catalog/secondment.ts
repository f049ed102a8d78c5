import * as z from 'zod';
import {
  dateSchema,
  idSchema,
  personSchema,
  storedMoneySchema,
  textSchema,
  timestampSchema,
  unitSchema,
} from '../schemas';
import type { EventDefinition } from './definition';

export const secondmentEndReasonSchema = z.enum(['recalled', 'returned']);

/**
 * Who pays a secondee; the process's share, when it has one, comes with what it costs a month and the
 * budget line it is charged to. Built on a money schema (the stored one for the event, the ISO-checked
 * one for the command) and a line schema: the command may name none, the event says null.
 */
export const salarySchemaOf = <L extends z.ZodType>(money: typeof storedMoneySchema, line: L) =>
  z.discriminatedUnion('borneBy', [
    z.strictObject({ borneBy: z.literal('home-institution') }),
    z.strictObject({
      borneBy: z.literal('process-budget'),
      monthlyCost: money,
      fundingSourceId: idSchema.optional(),
      lineId: line,
    }),
    z.strictObject({
      borneBy: z.literal('shared'),
      /** The percentage the process bears; the home institution bears the rest. */
      processSharePercent: z.number().int().min(1).max(99),
      monthlyCost: money,
      fundingSourceId: idSchema.optional(),
      lineId: line,
    }),
  ]);

/** A secondment as the HR officer records it. */
export const secondmentTermsSchema = z.strictObject({
  person: personSchema,
  /** The lending body, e.g. the Ministry of Justice. */
  homeInstitution: textSchema(200),
  postTitle: textSchema(200),
  unit: unitSchema,
  startDate: dateSchema,
  /** A secondment is a loan: it always has a planned end. */
  endDate: dateSchema,
  salary: salarySchemaOf(storedMoneySchema, idSchema.optional()),
  /** Secondees keep lines to their ministry, which is why leadership watches their share of staff. */
  reportingLinesToHome: textSchema(500),
});

export const secondmentEvents = {
  StaffSeconded: {
    version: 2,
    schema: z.strictObject({
      secondmentId: idSchema,
      ...secondmentTermsSchema.shape,
      /** The line is null when none was named, and on every secondment recorded before lines were (version 1). */
      salary: salarySchemaOf(storedMoneySchema, idSchema.nullable()),
      secondedBy: z.string(),
      secondedAt: timestampSchema,
    }),
    upcasters: {
      // Version 1 named no budget line for the process's share.
      1: (data) => {
        const salary = data.salary as { readonly borneBy: string };
        return salary.borneBy === 'home-institution'
          ? data
          : { ...data, salary: { ...salary, lineId: null } };
      },
    },
  },
  SecondmentExtended: {
    version: 1,
    schema: z.strictObject({
      secondmentId: idSchema,
      previousEndDate: dateSchema,
      newEndDate: dateSchema,
      extendedBy: z.string(),
      extendedAt: timestampSchema,
    }),
  },
  SecondmentEndedEarly: {
    version: 1,
    schema: z.strictObject({
      secondmentId: idSchema,
      reason: secondmentEndReasonSchema,
      endDate: dateSchema,
      endedBy: z.string(),
      endedAt: timestampSchema,
    }),
  },
} satisfies Record<string, EventDefinition>;

export type SecondmentEndReason = z.infer<typeof secondmentEndReasonSchema>;
export type SecondmentTerms = z.infer<typeof secondmentTermsSchema>;
