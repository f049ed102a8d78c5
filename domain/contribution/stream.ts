import * as z from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { contribution } from './decide';

export const contributionStream = (processId: string, contributionId: string) =>
  [streamIdOf(processId, 'contribution', contributionId), contribution] as const;

export const contributionParams = z.strictObject({ processId: idSchema, contributionId: idSchema });

export const trancheParams = contributionParams.extend({ trancheId: idSchema });

export const trancheCorrectionParams = trancheParams.extend({ correctionId: idSchema });

/** A donor is not an aggregate of its own: it is known by its contributions, which name it. */
export const donorParams = z.strictObject({ processId: idSchema, donorId: idSchema });
