import { z } from 'zod';
import { secondment } from '../../domain/secondment/decide';
import { secondmentParams, secondmentStream } from '../../domain/secondment/stream';
import { secondmentEndReasonSchema } from '../../events/catalog/secondment';
import { dateSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const endSecondmentBody = z.strictObject({ reason: secondmentEndReasonSchema, endDate: dateSchema });

export const endSecondment = aggregateCommand(secondment)(
  {
    body: endSecondmentBody,
    params: secondmentParams,
  },
  200,
  ({ body, params: { processId, secondmentId }, identity, now }) => ({
    streamId: secondmentStream(processId, secondmentId)[0],
    command: { type: 'EndSecondmentEarly', secondmentId, ...body, by: identity.subject, at: now },
    result: () => ({ secondmentId, status: 'ended' }),
  }),
);
