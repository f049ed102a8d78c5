import { z } from 'zod';
import { process } from '../../domain/process/decide';
import { aggregateCommand } from '../commons/aggregate-command';
import { processParams } from '../commons/params';
import { streams } from '../commons/streams';

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
    streamId: streams.process(processId)[0],
    command: { type: 'SetIndependenceThreshold', percent: body.percent, by: identity.subject, at: now },
    result: () => ({ processId, independenceThresholdPercent: body.percent }),
  }),
);
