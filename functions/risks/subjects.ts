/** What the risk routes act on: path parameters, the risk's stream, and its command endpoints. */
import { z } from 'zod';
import { risk } from '../../domain/risk/decide';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { aggregateCommand } from '../commons/aggregate-command';

export const riskParams = z.strictObject({ processId: idSchema, riskId: idSchema });
export const mitigationParams = z.strictObject({
  processId: idSchema,
  riskId: idSchema,
  mitigationId: idSchema,
});

export const riskStream = (processId: string, riskId: string) => streamIdOf(processId, 'risk', riskId);

export const riskCommand = aggregateCommand(risk);
