import * as z from 'zod';
import { process } from '../../domain/process/decide';
import { processParams, processStream } from '../../domain/process/stream';
import { dateSchema, textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const extendMandateBody = z.strictObject({ newEnd: dateSchema, reason: textSchema(500) });

export const extendMandate = aggregateCommand(process)(
  { body: extendMandateBody, params: processParams },
  200,
  ({ body, params: { processId }, identity, now }) => ({
    streamId: processStream(processId)[0],
    command: { type: 'ExtendMandate', ...body, by: identity.subject, at: now },
    result: () => ({ processId }),
  }),
);
