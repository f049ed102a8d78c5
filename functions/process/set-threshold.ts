import * as z from 'zod';
import { process } from '../../domain/process/decide';
import { processParams, processStream } from '../../domain/process/stream';
import { aggregateCommand } from '../commons/aggregate-command';

export const setIndependenceThresholdBody = z.strictObject({
  percent: z.number().int('a whole percentage').min(0).max(100),
});

/** Leadership says what share of seconded and donor-funded staff it accepts before it sees a concern. */
export const setIndependenceThreshold = aggregateCommand(process)(
  {
    body: setIndependenceThresholdBody,
    params: processParams,
  },
  200,
  ({ body, params: { processId }, identity, now }) => ({
    streamId: processStream(processId)[0],
    command: { type: 'SetIndependenceThreshold', percent: body.percent, by: identity.subject, at: now },
    result: () => ({ processId, independenceThresholdPercent: body.percent }),
  }),
);
