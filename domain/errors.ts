/**
 * Domain refusals: a stable code and the numbers that caused it. Tests match the code; the HTTP layer
 * maps each code to a status in one place (functions/commons/errors.ts).
 */
export type RefusalCode =
  | 'budget-line-already-adopted'
  | 'budget-line-not-found'
  | 'currency-mismatch'
  | 'insufficient-funds-on-line'
  | 'disbursement-already-requested'
  | 'disbursement-not-found'
  | 'disbursement-not-pending'
  | 'maker-cannot-approve';

export class DomainRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'DomainRefusal';
  }
}

export const refuse = (code: RefusalCode, details: Record<string, unknown> = {}): never => {
  throw new DomainRefusal(code, details);
};

export const assertNever = (value: never): never => {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
};
