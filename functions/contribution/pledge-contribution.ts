import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { contributionStream } from '../../domain/contribution/stream';
import { pledgeIn } from '../../domain/contribution/workflows';
import { openProcess } from '../../domain/process/process';
import { processParams, processStream } from '../../domain/process/stream';
import {
  modalitySchema,
  reportingFrequencySchema,
  restrictionsSchema,
} from '../../events/catalog/contribution';
import { dateSchema, idSchema, moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const pledgeContributionBody = z.strictObject({
  donorId: idSchema,
  donorName: textSchema(200),
  amount: moneySchema.refine((m) => m.amount > 0, { message: 'must be more than zero', path: ['amount'] }),
  modality: modalitySchema,
  restrictions: restrictionsSchema.default({ units: [], lineIds: [] }),
  reportingFrequency: reportingFrequencySchema,
  firstReportDue: dateSchema,
});

/** A donor's pledge (IATI: incoming pledge), or the government's budget allocation, as a funding source. */
export const pledgeContribution = commandRoute(
  { body: pledgeContributionBody, params: processParams },
  201,
  ({ body, params, identity, now }) => {
    const contributionId = randomUUID();
    return multiStream({
      subject: contributionStream(params.processId, contributionId),
      streams: { process: processStream(params.processId) },
      decide: ({ subject, process }) => {
        const { budgetCurrency } = openProcess(process);
        const command = { type: 'PledgeContribution' as const, contributionId, ...body, budgetCurrency };
        return { subject: pledgeIn({ ...command, by: identity.subject, at: now }, subject, process) };
      },
      result: ({ subject }) => ({ contributionId, version: subject }),
    });
  },
);
