import * as z from 'zod';
import { process } from '../../domain/process/decide';
import { processParams, processStream } from '../../domain/process/stream';
import { unitsSchema } from '../../events/catalog/process';
import { aggregateCommand } from '../commons/aggregate-command';

export const organiseUnitsBody = z.strictObject({ units: unitsSchema });

/** The whole list of units as it now stands; each organisation is an event, so the history stays. */
export const organiseUnits = aggregateCommand(process)(
  {
    body: organiseUnitsBody,
    params: processParams,
  },
  200,
  ({ body, params: { processId }, identity, now }) => ({
    streamId: processStream(processId)[0],
    command: { type: 'OrganiseUnits', units: body.units, by: identity.subject, at: now },
    result: () => ({ processId, units: body.units }),
  }),
);
