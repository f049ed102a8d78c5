import * as z from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { process } from './decide';

/** A process is its own tenant: its stream's id repeats the process id. */
export const processStream = (processId: string) =>
  [streamIdOf(processId, 'process', processId), process] as const;

/** The path parameters of a route on one process, and of every route that creates in one. */
export const processParams = z.strictObject({ processId: idSchema });
