import type { StreamFold } from '../events/stream-fold';

/**
 * The decider pattern: state is a left fold of events; a command is decided against the current
 * state and answers with new events or a refusal. No I/O, no clock: time comes in with the command.
 */
export interface Decider<Command, Event, State> extends StreamFold<Event, State> {
  decide(command: Command, state: State): Event[];
}

export const fold = <E, S>(
  decider: Pick<Decider<unknown, E, S>, 'evolve'>,
  state: S,
  events: readonly E[],
): S => events.reduce(decider.evolve, state);

/** Who did it and when; every command carries both. */
export interface Actor {
  readonly by: string;
  readonly at: string;
}

/** A command as its named function takes it: workflows call it without the `type` `decide` switches on. */
export type Input<C> = Omit<C, 'type'>;
