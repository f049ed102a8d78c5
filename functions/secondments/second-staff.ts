import { randomUUID } from 'node:crypto';
import { processParams, processStream } from '../../domain/process/stream';
import { secondmentStream } from '../../domain/secondment/stream';
import { secondStaff as decideSecondment } from '../../domain/secondment/workflows';
import { secondmentTermsSchema } from '../../events/catalog/secondment';
import { commandRoute } from '../commons/http';

export const secondStaffBody = secondmentTermsSchema;

export const secondStaff = commandRoute(
  {
    body: secondStaffBody,
    params: processParams,
  },
  201,
  ({ body, params, identity, now }) => {
    // Chosen once per request, so every retry of a conflicting append targets the same new stream.
    const secondmentId = randomUUID();
    return async (load) => {
      const lent = await load(...secondmentStream(params.processId, secondmentId));
      const opened = await load(...processStream(params.processId));
      const events = decideSecondment(
        { type: 'SecondStaff', secondmentId, ...body, by: identity.subject, at: now },
        opened.state,
        lent.state,
      );
      return {
        changes: [{ stream: lent, events }],
        result: { secondmentId, status: 'active', version: lent.version + events.length },
      };
    };
  },
);
