import type * as z from 'zod';

/**
 * One event type: its schema at the current version and, for every older version still stored,
 * an upcaster that brings that version's data one step up. Events are never rewritten: old versions
 * stay in the table as written and are upcast each time they are read.
 */
export interface EventDefinition {
  readonly version: number;
  readonly schema: z.ZodType;
  /** `upcasters[n]` turns version n data into version n + 1 data. */
  readonly upcasters?: Readonly<Record<number, (data: Record<string, unknown>) => Record<string, unknown>>>;
}
