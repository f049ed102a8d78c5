import { z } from 'zod';
import { process } from '../../domain/process/decide';
import { dateSchema, textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';
import { processParams } from '../commons/params';
import { streams } from '../commons/streams';

export const extendMandateBody = z.strictObject({ newEnd: dateSchema, reason: textSchema(500) });

export const extendMandate = aggregateCommand(process)(
  { body: extendMandateBody, params: processParams },
  200,
  ({ body, params: { processId }, identity, now }) => ({
    streamId: streams.process(processId)[0],
    command: { type: 'ExtendMandate', ...body, by: identity.subject, at: now },
    result: () => ({ processId }),
  }),
);
