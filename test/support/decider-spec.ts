import { expect } from 'vitest';
import type { Decider } from '../../domain/decider';
import { DomainRefusal } from '../../domain/errors';
import type { RefusalCode } from '../../domain/refusals';

/** Given past events, when a command is decided, then these events, or this refusal. */
export const specFor =
  <C, E, S>(decider: Decider<C, E, S>) =>
  (given: readonly E[]) => ({
    when: (command: C) => {
      const decide = () => decider.decide(command, given.reduce(decider.evolve, decider.initialState));
      return {
        // biome-ignore lint/suspicious/noThenProperty: given/when/then is the reading; this object is never awaited
        then: (expected: readonly E[]) => expect(decide()).toEqual(expected),
        thenRefuses: (code: RefusalCode) => expectRefusal(decide, code),
      };
    },
  });

export function expectRefusal(run: () => unknown, code: RefusalCode): DomainRefusal {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainRefusal);
    expect((error as DomainRefusal).code).toBe(code);
    return error as DomainRefusal;
  }
  throw new Error(`expected refusal ${code}, but the command was accepted`);
}
