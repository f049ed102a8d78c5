import { z } from 'zod';

/**
 * Building blocks shared by commands and events. Ids are strict so no value can carry a `#` and forge
 * a key into another process's partition.
 */
export const idSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    'letters, digits, ".", "_" or "-", at most 64, no leading symbol',
  );

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD');

/** Integer minor units: 1_200_00 is 1,200.00 in a two-decimal currency. */
export const moneySchema = z.strictObject({
  amount: z.number().int('must be an integer in minor units').min(0).max(Number.MAX_SAFE_INTEGER),
  currency: currencySchema,
});

export const timestampSchema = z.iso.datetime({ offset: false });

/** The four pillars of the Secretariat (docs/rules.md), each led by a deputy. */
export const unitSchema = z.enum([
  'secretarial-services',
  'education-outreach',
  'communications',
  'administration',
]);

/** The UN Development Group's budget categories, plus indirect support costs as their own line. */
export const costCategorySchema = z.enum([
  'staff-and-other-personnel',
  'supplies-commodities-materials',
  'equipment-vehicles-furniture',
  'contractual-services',
  'travel',
  'transfers-and-grants',
  'general-operating-and-direct-costs',
  'indirect-support-costs',
]);

export const textSchema = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** The person holding a post or lent to the process: an id from the HR file and the name. */
export const personSchema = z.strictObject({ personId: idSchema, name: textSchema(200) });

export type Unit = z.infer<typeof unitSchema>;
export type Person = z.infer<typeof personSchema>;
export type CostCategory = z.infer<typeof costCategorySchema>;

/** A calendar day, `YYYY-MM-DD`: contract starts, due dates, mandate ends. */
export const dateSchema = z.iso.date();

/** ISO 3166-1 alpha-2. */
/** An IANA time zone such as Africa/Nairobi: the process's business day is the day there. */
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'an IANA time zone such as Africa/Nairobi' },
  );

export const countrySchema = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as KE');

/** A SHA-256 in hex: documents are referenced by hash, never stored in an event. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex');
