import { convert, type ExchangeRate, type Money, minorUnitDigits, money } from '../money';

const RATE = /^(\d{1,12})(?:\.(\d{1,10}))?$/;

/**
 * The inverse of `convert`: an amount in the rate's quote currency back into its base currency
 * (USD 1,082.50 at EUR/USD 1.0825 is EUR 1,000.00), in integer arithmetic, rounded half away from
 * zero to the base currency's minor unit.
 */
export function convertBack(amount: Money, rate: ExchangeRate): Money {
  if (amount.currency !== rate.quote)
    throw new RangeError(`rate ${rate.base}/${rate.quote} cannot convert ${amount.currency} back`);
  const parts = RATE.exec(rate.rate);
  if (!parts) throw new RangeError(`rate ${rate.rate} is not a positive decimal`);
  const fraction = parts[2] ?? '';
  const scaledRate = BigInt(`${parts[1]}${fraction}`);
  if (scaledRate === 0n) throw new RangeError('a zero rate cannot be inverted');
  const shift = minorUnitDigits(rate.base) - minorUnitDigits(rate.quote) + fraction.length;
  let numerator = BigInt(amount.amount);
  let denominator = scaledRate;
  if (shift >= 0) numerator *= 10n ** BigInt(shift);
  else denominator *= 10n ** BigInt(-shift);
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return money(Number(negative ? -rounded : rounded), rate.base);
}

/**
 * A rate as recorded in the log, with the event that recorded it (evidence for the auditor): its
 * recording, or the correction that superseded it, which a payment recorded after it is shown at.
 */
export interface RecordedRate {
  readonly rate: ExchangeRate;
  readonly event: {
    readonly streamId: string;
    readonly version: number;
    readonly type: string;
    readonly hash: string;
  };
}

/** How a payment's budget amount was shown in the contribution's currency, and at which rate. */
export type ContributionConversion =
  | { readonly rule: 'same-currency'; readonly amount: Money; readonly rate: null }
  | { readonly rule: 'request'; readonly amount: Money; readonly rate: ExchangeRate }
  | {
      readonly rule: 'recorded';
      readonly amount: Money;
      readonly rate: ExchangeRate;
      readonly recorded: RecordedRate;
    }
  | { readonly rule: 'no-rate'; readonly amount: null; readonly rate: null };

/**
 * A payment charged to a contribution, in the contribution's currency:
 * 1. the same amount when the contribution is in the budget currency;
 * 2. the request's own amount when it was requested in the contribution's currency: the request's
 *    rate is the one that made the budget amount, so the two are exactly the same money;
 * 3. otherwise the budget amount at the rate recorded for the pair (either direction) dated latest
 *    on or before the payment's value date, or, failing one, the earliest dated after it, among the
 *    rates recorded before the payment was: a rate recorded later never changes a past report. A
 *    correction is its day's rate recorded when it was made: it counts for payments recorded after it.
 * With no rate for the pair at all (only possible when an override paid from a source that never
 * received money), the amount cannot be shown and is null.
 */
export function inContributionCurrency(
  payment: { budgetAmount: Money; requested: Money; requestRate: ExchangeRate | null; valueDate: string },
  contributionCurrency: string,
  recorded: readonly RecordedRate[],
): ContributionConversion {
  const { budgetAmount, requested, requestRate, valueDate } = payment;
  if (contributionCurrency === budgetAmount.currency)
    return { rule: 'same-currency', amount: budgetAmount, rate: null };
  if (requested.currency === contributionCurrency && requestRate)
    return { rule: 'request', amount: requested, rate: requestRate };
  const pair = new Set([contributionCurrency, budgetAmount.currency]);
  const candidates = recorded.filter(
    ({ rate }) => rate.base !== rate.quote && pair.has(rate.base) && pair.has(rate.quote),
  );
  const before = candidates.filter(({ rate }) => rate.date <= valueDate);
  const after = candidates.filter(({ rate }) => rate.date > valueDate);
  const chosen = before.length
    ? before.reduce((best, r) => (r.rate.date >= best.rate.date ? r : best))
    : after.reduce<RecordedRate | undefined>(
        (best, r) => (!best || r.rate.date <= best.rate.date ? r : best),
        undefined,
      );
  if (!chosen) return { rule: 'no-rate', amount: null, rate: null };
  const amount =
    chosen.rate.base === contributionCurrency
      ? convertBack(budgetAmount, chosen.rate)
      : convert(budgetAmount, chosen.rate);
  return { rule: 'recorded', amount, rate: chosen.rate, recorded: chosen };
}
