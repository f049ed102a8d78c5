import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { contributionStream } from '../../domain/contribution/stream';
import { processParams, processStream } from '../../domain/process/stream';
import { secondmentStream } from '../../domain/secondment/stream';
import { secondStaff as decideSecondment, lineOf, sourceOf } from '../../domain/secondment/workflows';
import { salarySchemaOf, secondmentTermsSchema } from '../../events/catalog/secondment';
import { idSchema, moneySchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const secondStaffBody = z.strictObject({
  ...secondmentTermsSchema.shape,
  salary: salarySchemaOf(moneySchema, idSchema.optional()),
});

export const secondStaff = commandRoute(
  {
    body: secondStaffBody,
    params: processParams,
  },
  201,
  ({ body, params, identity, now }) => {
    // Chosen once per request, so every retry of a conflicting append targets the same new stream.
    const secondmentId = randomUUID();
    const sourceId = sourceOf(body);
    const lineId = lineOf(body);
    return multiStream({
      subject: secondmentStream(params.processId, secondmentId),
      streams: {
        process: processStream(params.processId),
        // Read for its restrictions, never appended to; a salary paid from no named source has none.
        source: sourceId === undefined ? undefined : contributionStream(params.processId, sourceId),
        // Read for its unit and id, never appended to.
        line: lineId === undefined ? undefined : budgetLineStream(params.processId, lineId),
      },
      decide: ({ subject, process, source, line }) => {
        const command = {
          type: 'SecondStaff' as const,
          secondmentId,
          ...body,
          by: identity.subject,
          at: now,
        };
        return { subject: decideSecondment(command, process, subject, source, line) };
      },
      result: ({ subject }) => ({ secondmentId, status: 'active', version: subject }),
    });
  },
);
