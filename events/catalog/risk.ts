import * as z from 'zod';
import { dateSchema, idSchema, textSchema, timestampSchema } from '../schemas';
import type { EventDefinition } from './definition';

export const riskCategorySchema = z.enum([
  'political',
  'financial',
  'operational',
  'security',
  'timeline',
  'reputational',
]);

/** One side of the 5×5 matrix: likelihood or impact, 1 (rare, minor) to 5 (almost certain, severe). */
export const riskScaleSchema = z.number().int('must be a whole number').min(1).max(5);

/** Inherent: before any mitigation; residual: what is left once mitigations are in place. */
export const assessmentKindSchema = z.enum(['inherent', 'residual']);
export const treatmentSchema = z.enum(['avoid', 'mitigate', 'transfer', 'accept']);
export const riskRatingSchema = z.enum(['low', 'medium', 'high', 'critical']);

export type RiskCategory = z.infer<typeof riskCategorySchema>;
export type AssessmentKind = z.infer<typeof assessmentKindSchema>;
export type Treatment = z.infer<typeof treatmentSchema>;
export type RiskRating = z.infer<typeof riskRatingSchema>;

export const riskEvents = {
  RiskIdentified: {
    version: 1,
    schema: z.strictObject({
      riskId: idSchema,
      category: riskCategorySchema,
      title: textSchema(200),
      cause: textSchema(1000),
      consequence: textSchema(1000),
      /** A role or a person: who watches this risk. */
      owner: textSchema(200),
      identifiedBy: z.string(),
      identifiedAt: timestampSchema,
    }),
  },
  RiskAssessed: {
    version: 2,
    schema: z.strictObject({
      riskId: idSchema,
      kind: assessmentKindSchema,
      likelihood: riskScaleSchema,
      impact: riskScaleSchema,
      /** Computed by the domain (domain/risk/rating.ts) and kept as the rule gave it on the day. */
      score: z.number().int().min(1).max(25),
      rating: riskRatingSchema,
      treatment: treatmentSchema.optional(),
      /** The value date: the day the risk was assessed. */
      assessedOn: dateSchema,
      assessedBy: z.string(),
      assessedAt: timestampSchema,
    }),
    upcasters: {
      // Version 1 took no date from the client: assessed on the day it was recorded (UTC).
      1: (data) => ({ ...data, assessedOn: String(data.assessedAt).slice(0, 10) }),
    },
  },
  MitigationPlanned: {
    version: 1,
    schema: z.strictObject({
      riskId: idSchema,
      mitigationId: idSchema,
      action: textSchema(500),
      owner: textSchema(200),
      dueDate: dateSchema,
      plannedBy: z.string(),
      plannedAt: timestampSchema,
    }),
  },
  MitigationCompleted: {
    version: 1,
    schema: z.strictObject({
      riskId: idSchema,
      mitigationId: idSchema,
      note: textSchema(500).optional(),
      completedBy: z.string(),
      completedAt: timestampSchema,
    }),
  },
  RiskReviewed: {
    version: 1,
    schema: z.strictObject({
      riskId: idSchema,
      reviewedOn: dateSchema,
      nextReviewOn: dateSchema,
      note: textSchema(1000).optional(),
      reviewedBy: z.string(),
      reviewedAt: timestampSchema,
    }),
  },
  RiskEscalated: {
    version: 1,
    schema: z.strictObject({
      riskId: idSchema,
      escalatedTo: textSchema(200),
      reason: textSchema(500),
      escalatedBy: z.string(),
      escalatedAt: timestampSchema,
    }),
  },
  /** The risk changes hands: its owner left, or the work moved to another unit. */
  RiskHandedOver: {
    version: 1,
    schema: z.strictObject({
      riskId: idSchema,
      previousOwner: textSchema(200),
      owner: textSchema(200),
      reason: textSchema(500),
      handedOverBy: z.string(),
      handedOverAt: timestampSchema,
    }),
  },
  RiskClosed: {
    version: 1,
    schema: z.strictObject({
      riskId: idSchema,
      reason: textSchema(500),
      closedBy: z.string(),
      closedAt: timestampSchema,
    }),
  },
} satisfies Record<string, EventDefinition>;
