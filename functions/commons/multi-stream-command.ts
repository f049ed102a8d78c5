import type { Decider } from '../../domain/decider';
import type { DomainEvent } from '../../events/catalog';
import type { Decide } from '../../events/command-execution';
import type { LoadedStream } from '../../events/stream-items';
import type { CommandPlan } from './http';

/** A stream and the decider that folds it, as `budgetLineStream(processId, lineId)` gives them. */
export type StreamRef<E extends DomainEvent = DomainEvent, S = unknown> = readonly [
  streamId: string,
  decider: Decider<never, E, S>,
];

type Load = Parameters<Decide>[0];
/** The streams besides the subject, by name; a name may be absent (a post an appointment does not hold). */
type Named = { readonly [name: string]: StreamRef | undefined } & { readonly subject?: never };
type StateOf<R> = R extends readonly [string, Decider<never, DomainEvent, infer S>] ? S : undefined;
type EventsOf<R> = R extends readonly [string, Decider<never, infer E, unknown>] ? E[] : never;

export interface MultiStreamPlan<Sub extends StreamRef, O extends Named> {
  /**
   * The stream an `If-Match` guards (by its stream id) and whose new version the answer carries; loaded
   * first, since the other streams may follow from its state.
   */
  readonly subject: Sub;
  /** The other streams appended to or read, by name; they may follow from the subject's state. */
  readonly streams: O | ((subject: StateOf<Sub>) => O);
  /** Each stream's events by name, from each stream's state; `read` looks up streams never appended to. */
  readonly decide: (
    states: { readonly subject: StateOf<Sub> } & { readonly [K in keyof O]: StateOf<O[K]> },
    read: Load,
  ) => Decided<Sub, O> | Promise<Decided<Sub, O>>;
  /** The answer, from each stream's new version and, when it says what was decided, the events. */
  readonly result: (
    versions: { readonly subject: number } & { readonly [K in keyof O]: number },
    decided: Decided<Sub, O>,
  ) => Record<string, unknown>;
}

type Decided<Sub, O> = { readonly subject?: EventsOf<Sub> } & { readonly [K in keyof O]?: EventsOf<O[K]> };

/**
 * The plan of a command that loads several streams and appends to them in one transaction, for
 * `commandRoute`. Naming the streams up front says which is the command's subject, so `If-Match`
 * guards it whatever order the others load in; single-stream endpoints use `aggregateCommand`.
 */
export function multiStream<Sub extends StreamRef, O extends Named>(
  plan: MultiStreamPlan<Sub, O>,
): CommandPlan {
  const { subject, streams, decide, result } = plan;
  return {
    subject: subject[0],
    decide: async (load) => {
      const guarded = await load(subject[0], subject[1]);
      const named = typeof streams === 'function' ? streams(guarded.state as StateOf<Sub>) : streams;
      // The others are independent of one another: loaded at once.
      const others = await Promise.all(
        Object.entries<StreamRef | undefined>(named).map(
          async ([name, ref]) => [name, ref && (await load(...ref))] as const,
        ),
      );
      const loaded: Record<string, LoadedStream | undefined> = {
        subject: guarded,
        ...Object.fromEntries(others),
      };
      const each = <T>(f: (stream: LoadedStream | undefined, name: string) => T) =>
        Object.fromEntries(Object.entries(loaded).map(([name, stream]) => [name, f(stream, name)]));
      const decision = await decide(each((stream) => stream?.state) as Parameters<typeof decide>[0], load);
      const decided: Record<string, DomainEvent[] | undefined> = decision;
      const events = (name: string) => decided[name] ?? [];
      return {
        changes: Object.entries(loaded).flatMap(([name, stream]) =>
          stream ? [{ stream, events: events(name) }] : [],
        ),
        result: result(
          each((stream, name) => (stream?.version ?? 0) + events(name).length) as Parameters<
            typeof result
          >[0],
          decision,
        ),
      };
    },
  };
}
