import { z } from 'zod';
import { process } from '../../domain/process/decide';
import { streamIdOf } from '../../events/envelope';
import { countrySchema, currencySchema, dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { processParams } from '../commons/params';

export const openProcessBody = z.strictObject({
  name: textSchema(200),
  country: countrySchema,
  mandateStart: dateSchema,
  mandateEnd: dateSchema,
  budgetCurrency: currencySchema,
  reviewCadenceMonths: z.union([z.literal(3), z.literal(6)]),
});

export const processStream = (processId: string) => streamIdOf(processId, 'process', processId);

export const openProcess = commandRoute(
  { body: openProcessBody, params: processParams },
  201,
  ({ body, params, identity, now }) =>
    async (load) => {
      const stream = await load(processStream(params.processId), process);
      const events = process.decide(
        { type: 'OpenProcess', processId: params.processId, ...body, by: identity.subject, at: now },
        stream.state,
      );
      return {
        changes: [{ stream, events }],
        result: { processId: params.processId, version: stream.version + events.length },
      };
    },
);
