import { z } from 'zod';
import { dateSchema, idSchema, moneySchema, textSchema, timestampSchema, unitSchema } from '../schemas';
import type { EventDefinition } from './definition';

/** The person holding a post or lent to the process: an id from the HR file and the name. */
const personSchema = z.strictObject({ personId: idSchema, name: textSchema(200) });

/** The sub-functions of the four units (DOMAIN.md); `domain/appointment/organisation.ts` says which is whose. */
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

/** The posts only one person holds at a time: the Secretariat Head and one deputy per unit. */
export const postIdSchema = z.union([
  z.literal('secretariat-head'),
  z.templateLiteral(['deputy-', unitSchema]),
]);

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
export const secondmentEndReasonSchema = z.enum(['recalled', 'returned']);

/** Who pays a secondee; the process's share, when it has one, comes with what it costs a month. */
const salarySchema = z.discriminatedUnion('borneBy', [
  z.strictObject({ borneBy: z.literal('home-institution') }),
  z.strictObject({
    borneBy: z.literal('process-budget'),
    monthlyCost: moneySchema,
    fundingSourceId: idSchema.optional(),
  }),
  z.strictObject({
    borneBy: z.literal('shared'),
    /** The percentage the process bears; the home institution bears the rest. */
    processSharePercent: z.number().int().min(1).max(99),
    monthlyCost: moneySchema,
    fundingSourceId: idSchema.optional(),
  }),
]);

/** Terms every appointment states, whatever the post: who, on what contract, when, at what cost, paid from what. */
export const appointmentTermsSchema = z.strictObject({
  person: personSchema,
  contractType: contractTypeSchema,
  startDate: dateSchema,
  endDate: dateSchema.optional(),
  monthlyCost: moneySchema,
  fundingSourceId: idSchema,
  donorReportingLine: donorReportingLineSchema.optional(),
});

/** What the Head's appointment states beyond the terms (DOMAIN.md: appointing authority, accountability). */
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
  appointedBy: z.string(),
  appointedAt: timestampSchema,
};

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
  salary: salarySchema,
  /** Secondees keep lines to their ministry, which is why leadership watches their share of staff. */
  reportingLinesToHome: textSchema(500),
});

export const staffingEvents = {
  SecretariatHeadAppointed: {
    version: 1,
    schema: z.strictObject({ ...appointed, ...headTermsSchema.shape }),
  },
  DeputyAppointed: {
    version: 1,
    schema: z.strictObject({ ...appointed, unit: unitSchema }),
  },
  StaffAppointed: {
    version: 1,
    schema: z.strictObject({ ...appointed, ...placementSchema.shape }),
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
  PostFilled: {
    version: 1,
    schema: z.strictObject({
      postId: postIdSchema,
      appointmentId: idSchema,
      person: personSchema,
      startDate: dateSchema,
      filledBy: z.string(),
      filledAt: timestampSchema,
    }),
  },
  PostVacated: {
    version: 1,
    schema: z.strictObject({
      postId: postIdSchema,
      appointmentId: idSchema,
      endDate: dateSchema,
      vacatedBy: z.string(),
      vacatedAt: timestampSchema,
    }),
  },
  StaffSeconded: {
    version: 1,
    schema: z.strictObject({
      secondmentId: idSchema,
      ...secondmentTermsSchema.shape,
      secondedBy: z.string(),
      secondedAt: timestampSchema,
    }),
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

export type Person = z.infer<typeof personSchema>;
export type SubFunction = z.infer<typeof subFunctionSchema>;
export type PostId = z.infer<typeof postIdSchema>;
export type AppointmentEndReason = z.infer<typeof appointmentEndReasonSchema>;
export type SecondmentEndReason = z.infer<typeof secondmentEndReasonSchema>;
export type Placement = z.infer<typeof placementSchema>;
export type AppointmentTerms = z.infer<typeof appointmentTermsSchema>;
export type HeadTerms = z.infer<typeof headTermsSchema>;
export type SecondmentTerms = z.infer<typeof secondmentTermsSchema>;
