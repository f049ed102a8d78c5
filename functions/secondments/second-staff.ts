import { randomUUID } from 'node:crypto';
import { secondment } from '../../domain/secondment/decide';
import { secondStaff as decideSecondment } from '../../domain/secondment/workflows';
import { secondmentTermsSchema } from '../../events/catalog/staffing';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';
import { processParams } from '../commons/params';
import { streams } from '../commons/streams';
import { secondmentStream } from './streams';

export const secondStaffBody = secondmentTermsSchema;

export const secondStaff = commandRoute(
  {
    body: secondStaffBody,
    params: processParams,
    summary: 'Record staff seconded by a ministry or another institution, and who bears the salary',
  },
  201,
  ({ body, params, identity, now }) => {
    // Chosen once per request, so every retry of a conflicting append targets the same new stream.
    const secondmentId = randomUUID();
    return multiStream({
      subject: [secondmentStream(params.processId, secondmentId), secondment] as const,
      streams: { process: streams.process(params.processId) },
      decide: ({ subject, process }) => {
        const command = {
          type: 'SecondStaff' as const,
          secondmentId,
          ...body,
          by: identity.subject,
          at: now,
        };
        return { subject: decideSecondment(command, process, subject) };
      },
      result: ({ subject }) => ({ secondmentId, status: 'active', version: subject }),
    });
  },
);
