import * as z from 'zod';
import { isoCountries } from './countries';

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

/**
 * A currency as an event stores it: three capitals. Lenient on purpose: the catalog reads every stored
 * event with its schema, and an event recorded before codes were checked, or in a currency since
 * withdrawn, must still read. Commands take `currencySchema`, which checks the code is ISO 4217.
 */
export const storedCurrencySchema = z
  .string()
  // Aborts here: a malformed code is told its shape, not also that it is missing from the list.
  .regex(/^[A-Z]{3}$/, { message: 'an ISO 4217 code such as USD', abort: true });

/** ISO 4217 as the runtime's ICU knows it (the currencies in use), whose minor units money.ts reads. */
const isoCurrencies: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export const currencySchema = storedCurrencySchema.refine(
  (code) => isoCurrencies.has(code),
  'is not an ISO 4217 currency',
);

/** Integer minor units: 1_200_00 is 1,200.00 in a two-decimal currency. As stored; commands take `moneySchema`. */
export const storedMoneySchema = z.strictObject({
  amount: z.number().int('must be an integer in minor units').min(0).max(Number.MAX_SAFE_INTEGER),
  currency: storedCurrencySchema,
});

export const moneySchema = storedMoneySchema.extend({ currency: currencySchema });

export const timestampSchema = z.iso.datetime({ offset: false });

/** An instant a client names (what a report knew by): a timestamp of bounded length, to the millisecond. */
export const knownAtSchema = z.iso.datetime({ offset: false, precision: 3 }).max(24);

/** The four pillars of the Secretariat (docs/rules.md): every unit of a process belongs to one. */
export const pillarSchema = z.enum([
  'secretarial-services',
  'education-outreach',
  'communications',
  'administration',
]);

/**
 * A unit of the Secretariat as the process organised it (domain/process/units.ts), each led by a
 * deputy: by default the four pillars as units of themselves. Lower-case words joined by hyphens, as
 * the pillars are, since it also names the deputy's post (`deputy-<unit>`).
 */
export const unitSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and hyphens, at most 64');

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

export type Pillar = z.infer<typeof pillarSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Person = z.infer<typeof personSchema>;
export type CostCategory = z.infer<typeof costCategorySchema>;

/** A calendar day, `YYYY-MM-DD`: contract starts, due dates, mandate ends. */
export const dateSchema = z.iso.date();

/** An IANA time zone such as Africa/Nairobi: the process's business day is the day there. */
/** A calendar month, `YYYY-MM`: the accounting period the books close. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');

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

/** A country as an event stores it, lenient like `storedCurrencySchema`; commands take `countrySchema`. */
export const storedCountrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'an ISO 3166-1 alpha-2 code such as KE', abort: true });

export const countrySchema = storedCountrySchema.refine(
  (code) => isoCountries.has(code),
  'is not an ISO 3166-1 alpha-2 country',
);

/** A SHA-256 in hex: documents are referenced by hash, never stored in an event. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex');
