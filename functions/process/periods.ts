import * as z from 'zod';
import { process } from '../../domain/process/decide';
import { processStream } from '../../domain/process/stream';
import { idSchema, monthSchema, textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

/** The path of a month of a process's books. */
export const periodParams = z.strictObject({ processId: idSchema, month: monthSchema });

export const proposePeriodClose = aggregateCommand(process)(
  { params: periodParams },
  200,
  ({ params: { processId, month }, identity, now }) => ({
    streamId: processStream(processId)[0],
    command: { type: 'ProposePeriodClose', month, by: identity.subject, at: now },
    result: () => ({ processId, month, status: 'proposed' }),
  }),
);

export const closePeriod = aggregateCommand(process)(
  { params: periodParams },
  200,
  ({ params: { processId, month }, identity, now }) => ({
    streamId: processStream(processId)[0],
    command: { type: 'ClosePeriod', month, by: identity.subject, at: now },
    result: () => ({ processId, month, status: 'closed' }),
  }),
);

export const reopenPeriodBody = z.strictObject({ reason: textSchema(500) });

export const reopenPeriod = aggregateCommand(process)(
  { body: reopenPeriodBody, params: periodParams },
  200,
  ({ body, params: { processId, month }, identity, now }) => ({
    streamId: processStream(processId)[0],
    command: { type: 'ReopenPeriod', month, ...body, by: identity.subject, at: now },
    result: () => ({ processId, month, status: 'open' }),
  }),
);
