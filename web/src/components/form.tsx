import { type ReactNode, useId } from 'react';
import './form.css';
import { issuesAt, type Refusal } from '../api/commands';
import { minorDigits, money, words } from '../format';

/** What a control needs to carry its label, hint and the API's word about it. */
export interface FieldProps {
  readonly id: string;
  readonly name: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby': string | undefined;
}

/**
 * A labelled control with what the API said about it (its 400 `issues` whose field is `name` or under
 * it) right below, tied to it for screen readers.
 */
export function Field(props: {
  label: string;
  name: string;
  refusal: Refusal | undefined;
  hint?: ReactNode;
  children: (field: FieldProps) => ReactNode;
}) {
  const id = useId();
  const issues = issuesAt(props.refusal, props.name);
  const described = [props.hint && `${id}-hint`, issues.length > 0 && `${id}-issues`].filter(Boolean);
  return (
    <div className={`field${issues.length > 0 ? ' invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({
        id,
        name: props.name,
        'aria-invalid': issues.length > 0,
        'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
      })}
      {props.hint && (
        <span id={`${id}-hint`} className="hint">
          {props.hint}
        </span>
      )}
      {issues.length > 0 && (
        <span id={`${id}-issues`} className="field-issue" data-field={props.name}>
          {issues.map((i) => i.reason).join('; ')}
        </span>
      )}
    </div>
  );
}

/**
 * The API's refusal of a whole command: a rule or state of the domain (409, 422), access (403), or the
 * fields no control of this form shows.
 */
export function Refused(props: { refusal: Refusal | undefined; fields: readonly string[] }) {
  const { refusal } = props;
  if (!refusal) return null;
  const elsewhere = refusal.issues.filter(
    (i) => !props.fields.some((f) => i.field === f || i.field.startsWith(`${f}.`)),
  );
  if (refusal.status === 400 && elsewhere.length === 0)
    return (
      <p className="notice" role="alert">
        The API did not accept this: see the fields marked.
      </p>
    );
  return (
    <div className="notice refusal" role="alert">
      <p>
        <strong>Refused ({refusal.status || 'no answer'}):</strong> {words(refusal.error)}.
      </p>
      {elsewhere.length > 0 && (
        <ul>
          {elsewhere.map((i) => (
            <li key={`${i.field}:${i.reason}`}>
              {i.field}: {i.reason}
            </li>
          ))}
        </ul>
      )}
      {refusal.details && <Details details={refusal.details} />}
    </div>
  );
}

/** A refusal's details, money shown as money: `available USD 3,000.00, asked USD 9,000.00`. */
function Details(props: { details: Readonly<Record<string, unknown>> }) {
  return (
    <dl className="details">
      {Object.entries(props.details).map(([key, value]) => (
        <div key={key}>
          <dt>{words(key.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase())}</dt>
          <dd>
            {isMoney(value)
              ? money(value)
              : typeof value === 'object'
                ? JSON.stringify(value)
                : String(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const isMoney = (value: unknown): value is { amount: number; currency: string } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { amount?: unknown }).amount === 'number' &&
  typeof (value as { currency?: unknown }).currency === 'string';

/**
 * An amount typed in major units (`1234.5`) as integer minor units of its currency; NaN when it is
 * not a number with at most the currency's decimals, which the API then names at the field.
 */
export function minorUnits(text: string, currency: string): number {
  const digits = safeDigits(currency);
  const match = /^\s*(-?)(\d+)(?:[.,](\d*))?\s*$/.exec(text);
  if (!match || (match[3] ?? '').length > digits) return Number.NaN;
  const [, sign, whole, fraction = ''] = match;
  return Number(`${sign}${whole}${fraction.padEnd(digits, '0')}`);
}

const safeDigits = (currency: string): number => {
  try {
    return minorDigits(currency);
  } catch {
    return 2;
  }
};

/** Today in the process's time zone, as a business date. */
export const today = (timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
