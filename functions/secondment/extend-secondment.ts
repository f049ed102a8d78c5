import * as z from 'zod';
import { secondment } from '../../domain/secondment/decide';
import { secondmentParams, secondmentStream } from '../../domain/secondment/stream';
import { dateSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const extendSecondmentBody = z.strictObject({ newEndDate: dateSchema });

export const extendSecondment = aggregateCommand(secondment)(
  {
    body: extendSecondmentBody,
    params: secondmentParams,
  },
  200,
  ({ body, params: { processId, secondmentId }, identity, now }) => ({
    streamId: secondmentStream(processId, secondmentId)[0],
    command: { type: 'ExtendSecondment', secondmentId, ...body, by: identity.subject, at: now },
    result: () => ({ secondmentId, status: 'active' }),
  }),
);
