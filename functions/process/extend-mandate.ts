import { z } from 'zod';
import { process } from '../../domain/process/decide';
import { dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { processParams } from '../commons/params';
import { processStream } from './open-process';

export const extendMandateBody = z.strictObject({ newEnd: dateSchema, reason: textSchema(500) });

export const extendMandate = commandRoute(
  { body: extendMandateBody, params: processParams },
  200,
  ({ body, params, identity, now }) =>
    async (load) => {
      const stream = await load(processStream(params.processId), process);
      const events = process.decide(
        { type: 'ExtendMandate', ...body, by: identity.subject, at: now },
        stream.state,
      );
      return {
        changes: [{ stream, events }],
        result: { processId: params.processId, version: stream.version + events.length },
      };
    },
);
