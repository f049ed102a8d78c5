import type { Money } from './api/answers';

/** The digits after the decimal point of a currency (2 for USD, 0 for JPY, 3 for KWD). */
export const minorDigits = (currency: string): number =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** Money is integer minor units: shown in its currency, with that currency's own decimals. */
export function money({ amount, currency }: Money): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount / 10 ** digits);
}

/** Major units as a number, for charts. */
export const major = ({ amount, currency }: Money): number => amount / 10 ** minorDigits(currency);

/** A business date (YYYY-MM-DD) is a day, not an instant: shown as that same day wherever the reader is. */
export function day(date: string | null | undefined): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** An instant, shown in the process's time zone. */
export function instant(at: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(at),
  );
}

export const percent = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? '—'
    : `${value.toLocaleString(undefined, { maximumFractionDigits: 1 })} %`;

/** `education-outreach` → `Education outreach`: the API's ids read as words. */
export const words = (id: string | null | undefined): string =>
  id ? id.charAt(0).toUpperCase() + id.slice(1).replaceAll('-', ' ') : '—';
