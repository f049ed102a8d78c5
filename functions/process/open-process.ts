import * as z from 'zod';
import { process } from '../../domain/process/decide';
import { processParams, processStream } from '../../domain/process/stream';
import { unitsSchema } from '../../events/catalog/process';
import { countrySchema, currencySchema, dateSchema, textSchema, timeZoneSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const openProcessBody = z.strictObject({
  name: textSchema(200),
  country: countrySchema,
  mandateStart: dateSchema,
  mandateEnd: dateSchema,
  budgetCurrency: currencySchema,
  reviewCadenceMonths: z.union([z.literal(3), z.literal(6)]),
  /** Where the secretariat works; UTC when not given. */
  timeZone: timeZoneSchema.default('UTC'),
  /** The Secretariat's units; the four pillars, each a unit of itself, when not given. */
  units: unitsSchema.optional(),
});

export const openProcess = aggregateCommand(process)(
  {
    body: openProcessBody,
    params: processParams,
  },
  201,
  ({ body, params: { processId }, identity, now }) => ({
    streamId: processStream(processId)[0],
    command: { type: 'OpenProcess', processId, ...body, by: identity.subject, at: now },
    result: () => ({ processId }),
  }),
);
