import type { RefusalCode } from './refusals';

/**
 * Domain refusals: a stable code and the numbers that caused it. Tests match the code; each family
 * lists its codes with their kind in its refusals.ts, and the HTTP layer maps kinds to statuses.
 */
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
