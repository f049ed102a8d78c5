import type * as z from 'zod';
import type { Decider } from '../../domain/decider';
import type { DomainEvent } from '../../events/catalog';
import { type CommandInput, commandRoute } from './http';

interface Plan<C, E> {
  readonly streamId: string;
  readonly command: C;
  /** The answer, from the events decided; the stream's new version is added to it. */
  readonly result: (events: readonly E[]) => Record<string, unknown>;
}

/**
 * Command endpoints on an existing aggregate, the common case: load its stream, decide, append; the
 * answer carries the stream's new version. Curried on the decider so that a command's `type` is
 * checked against the decider's own commands.
 */
export const aggregateCommand =
  <C, E extends DomainEvent, S>(decider: Decider<C, E, S>) =>
  <B extends z.ZodType, P extends z.ZodType>(
    schemas: Parameters<typeof commandRoute<B, P>>[0],
    status: 200 | 201,
    plan: (input: CommandInput<z.infer<B>, z.infer<P>>) => Plan<C, E>,
  ) =>
    commandRoute(schemas, status, (input) => {
      const { streamId, command, result } = plan(input);
      return {
        subject: streamId,
        decide: async (load) => {
          const stream = await load(streamId, decider);
          const events = decider.decide(command, stream.state);
          return {
            changes: [{ stream, events }],
            result: { ...result(events), version: stream.version + events.length },
          };
        },
      };
    });
