import * as z from 'zod';
import { processStream } from '../../domain/process/stream';
import { secondmentParams, secondmentStream } from '../../domain/secondment/stream';
import { endSecondmentEarly } from '../../domain/secondment/workflows';
import { secondmentEndReasonSchema } from '../../events/catalog/secondment';
import { dateSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const endSecondmentBody = z.strictObject({ reason: secondmentEndReasonSchema, endDate: dateSchema });

export const endSecondment = commandRoute(
  { body: endSecondmentBody, params: secondmentParams },
  200,
  ({ body, params: { processId, secondmentId }, identity, now }) =>
    multiStream({
      subject: secondmentStream(processId, secondmentId),
      // Read, not appended to: its time zone and mandate bound the end's date.
      streams: { process: processStream(processId) },
      decide: ({ subject, process }) => {
        const command = { type: 'EndSecondmentEarly' as const, secondmentId, ...body };
        return {
          subject: endSecondmentEarly({ ...command, by: identity.subject, at: now }, subject, process),
        };
      },
      result: ({ subject }) => ({ secondmentId, status: 'ended', version: subject }),
    }),
);
