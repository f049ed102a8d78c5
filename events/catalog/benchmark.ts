import * as z from 'zod';
import { dateSchema, idSchema, sha256Schema, textSchema, timestampSchema, unitSchema } from '../schemas';
import type { EventDefinition } from './definition';

/** Output benchmarks are deliverables ("first draft produced"); process benchmarks count what was done. */
export const benchmarkKindSchema = z.enum(['output', 'process']);

/** Who answers for a benchmark: one unit of the Secretariat or one committee of the CMB, never both. */
export const benchmarkOwnerSchema = z.union(
  [z.strictObject({ unit: unitSchema }), z.strictObject({ committee: textSchema(200) })],
  { error: 'exactly one owner: {"unit": one of the process’s units} or {"committee": its name}' },
);

/** A count of what was done (hearings held, areas covered); an output benchmark counts 1 once it exists. */
export const countSchema = z.number().int('must be a whole number').min(0).max(Number.MAX_SAFE_INTEGER);

/** Evidence is referenced (minutes, a report), by hash when it is a document: never stored in an event. */
export const evidenceSchema = z.strictObject({
  reference: textSchema(500),
  sha256: sha256Schema.optional(),
});

export type BenchmarkKind = z.infer<typeof benchmarkKindSchema>;
export type BenchmarkOwner = z.infer<typeof benchmarkOwnerSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;

export const benchmarkEvents = {
  BenchmarkSet: {
    version: 1,
    schema: z.strictObject({
      benchmarkId: idSchema,
      kind: benchmarkKindSchema,
      metric: textSchema(500),
      target: countSchema,
      baseline: countSchema,
      dueDate: dateSchema,
      owner: benchmarkOwnerSchema,
      setBy: z.string(),
      setAt: timestampSchema,
    }),
  },
  BenchmarkProgressRecorded: {
    version: 1,
    schema: z.strictObject({
      benchmarkId: idSchema,
      date: dateSchema,
      /** Cumulative: the total reached on `date`, not what was added since the last report. */
      value: countSchema,
      evidence: evidenceSchema,
      /** Where it happened (a county, a region); the value stays the benchmark's total. */
      area: textSchema(200).optional(),
      /** Why a value lower than the last one was recorded. */
      correction: textSchema(500).optional(),
      recordedBy: z.string(),
      recordedAt: timestampSchema,
    }),
  },
  BenchmarkAchieved: {
    version: 1,
    schema: z.strictObject({
      benchmarkId: idSchema,
      achievedOn: dateSchema,
      value: countSchema,
      recordedBy: z.string(),
      recordedAt: timestampSchema,
    }),
  },
  BenchmarkRescheduled: {
    version: 1,
    schema: z.strictObject({
      benchmarkId: idSchema,
      previousDueDate: dateSchema,
      newDueDate: dateSchema,
      reason: textSchema(500),
      approvedBy: z.string(),
      rescheduledAt: timestampSchema,
    }),
  },
} satisfies Record<string, EventDefinition>;
