import { z } from 'zod';
import { secondment } from '../../domain/secondment/decide';
import { secondmentEndReasonSchema } from '../../events/catalog/staffing';
import { dateSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';
import { secondmentParams, secondmentStream } from './streams';

export const endSecondmentBody = z.strictObject({ reason: secondmentEndReasonSchema, endDate: dateSchema });

export const endSecondment = aggregateCommand(secondment)(
  {
    body: endSecondmentBody,
    params: secondmentParams,
    summary: 'End a secondment before its planned end: the officer recalled or returned',
  },
  200,
  ({ body, params: { processId, secondmentId }, identity, now }) => ({
    streamId: secondmentStream(processId, secondmentId),
    command: { type: 'EndSecondmentEarly', secondmentId, ...body, by: identity.subject, at: now },
    result: () => ({ secondmentId, status: 'ended' }),
  }),
);
