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

/** The sub-functions of the four pillars (docs/rules.md); `domain/appointment/organisation.ts` says which is whose. */
export const subFunctionSchema = z.enum([
  'research',
  'secretarial-support',
  'information-management',
  'legal',
  'stakeholder-management',
  'public-participation',
  'training',
  'media-liaison',
  'publications',
  'social-media',
  'human-resources',
  'finance',
  'logistics',
]);

/** Secondments are recorded on their own (`StaffSeconded`), so they are not a contract type here. */
const contractTypeSchema = z.enum(['civil-service', 'consultant', 'donor-funded']);

const appointingAuthorityKindSchema = z.enum([
  'cmb-law-or-decree',
  'separate-law-or-decree',
  'cmb-chairperson',
  'cmb-business-committee',
  'other',
]);

/** Who appointed the Head; "another body" must say which, any other kind may cite its instrument. */
const appointingAuthoritySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('other'), description: textSchema(300) }),
  z.strictObject({
    kind: appointingAuthorityKindSchema.exclude(['other']),
    description: textSchema(300).optional(),
  }),
]);

const accountableToSchema = z.enum(['chairperson', 'business-committee', 'group-of-members']);

/** Donor-funded staff: the donor and whom they report to there, as the terms of reference say. */
const donorReportingLineSchema = z.strictObject({ donorId: idSchema, reportsTo: textSchema(300) });

export const appointmentEndReasonSchema = z.enum(['resigned', 'terminated', 'expired']);

/** Terms every appointment states, whatever the post: who, on what contract, when, at what cost, paid from what. */
export const appointmentTermsSchema = z.strictObject({
  person: personSchema,
  contractType: contractTypeSchema,
  startDate: dateSchema,
  endDate: dateSchema.optional(),
  monthlyCost: storedMoneySchema,
  fundingSourceId: idSchema,
  /**
   * The budget line the cost is charged to. Optional for the clients that appoint without one yet;
   * an appointment without a line counts in the overall and per-source forecasts, not in any line's.
   */
  lineId: idSchema.optional(),
  donorReportingLine: donorReportingLineSchema.optional(),
});

/** What the Head's appointment states beyond the terms (docs/rules.md: appointing authority, accountability). */
export const headTermsSchema = z.strictObject({
  appointingAuthority: appointingAuthoritySchema,
  accountableTo: accountableToSchema,
  accountingOfficer: z.boolean(),
});

/** Where a member of staff sits: the post's title, its unit and sub-function, and whom it reports to. */
export const placementSchema = z.strictObject({
  postTitle: textSchema(200),
  unit: unitSchema,
  subFunction: subFunctionSchema,
  reportsTo: textSchema(200),
});

const appointed = {
  appointmentId: idSchema,
  ...appointmentTermsSchema.shape,
  /** Null when appointed without a line, and on every appointment recorded before lines were named (version 1). */
  lineId: idSchema.nullable(),
  appointedBy: z.string(),
  appointedAt: timestampSchema,
};

/** Version 1 named no budget line. */
const withoutLine = { 1: (data: Record<string, unknown>) => ({ ...data, lineId: null }) };

export const appointmentEvents = {
  SecretariatHeadAppointed: {
    version: 2,
    schema: z.strictObject({ ...appointed, ...headTermsSchema.shape }),
    upcasters: withoutLine,
  },
  DeputyAppointed: {
    version: 2,
    schema: z.strictObject({ ...appointed, unit: unitSchema }),
    upcasters: withoutLine,
  },
  StaffAppointed: {
    version: 2,
    schema: z.strictObject({ ...appointed, ...placementSchema.shape }),
    upcasters: withoutLine,
  },
  AppointmentReassigned: {
    version: 1,
    schema: z.strictObject({
      appointmentId: idSchema,
      from: placementSchema,
      to: placementSchema,
      reassignedBy: z.string(),
      reassignedAt: timestampSchema,
    }),
  },
  AppointmentExtended: {
    version: 1,
    schema: z.strictObject({
      appointmentId: idSchema,
      previousEndDate: dateSchema,
      newEndDate: dateSchema,
      extendedBy: z.string(),
      extendedAt: timestampSchema,
    }),
  },
  /** A monthly cost in force from `effectiveFrom`; the one it replaces on that day is `previousMonthlyCost`. */
  AppointmentTermsChanged: {
    version: 1,
    schema: z.strictObject({
      appointmentId: idSchema,
      previousMonthlyCost: storedMoneySchema,
      monthlyCost: storedMoneySchema,
      effectiveFrom: dateSchema,
      reason: textSchema(500),
      changedBy: z.string(),
      changedAt: timestampSchema,
    }),
  },
  AppointmentEnded: {
    version: 1,
    schema: z.strictObject({
      appointmentId: idSchema,
      reason: appointmentEndReasonSchema,
      endDate: dateSchema,
      endedBy: z.string(),
      endedAt: timestampSchema,
    }),
  },
} satisfies Record<string, EventDefinition>;

export type SubFunction = z.infer<typeof subFunctionSchema>;
export type AppointmentEndReason = z.infer<typeof appointmentEndReasonSchema>;
export type Placement = z.infer<typeof placementSchema>;
export type AppointmentTerms = z.infer<typeof appointmentTermsSchema>;
export type HeadTerms = z.infer<typeof headTermsSchema>;
