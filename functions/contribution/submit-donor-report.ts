import * as z from 'zod';
import { contributionParams, contributionStream } from '../../domain/contribution/stream';
import { submitReportOn } from '../../domain/contribution/workflows';
import { processStream } from '../../domain/process/stream';
import { reportDocumentSchema } from '../../events/catalog/contribution';
import { dateSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const submitDonorReportBody = z.strictObject({
  periodEnd: dateSchema,
  submittedOn: dateSchema,
  document: reportDocumentSchema,
});

/**
 * A report sent to the donor: it answers the dates of the reporting calendar its period covers. The
 * process is read, not appended to: its time zone and mandate bound the day it was submitted.
 */
export const submitDonorReport = commandRoute(
  { body: submitDonorReportBody, params: contributionParams },
  201,
  ({ body, params: { processId, contributionId }, identity, now }) =>
    multiStream({
      subject: contributionStream(processId, contributionId),
      streams: { process: processStream(processId) },
      decide: ({ subject, process }) => {
        const command = { type: 'SubmitDonorReport' as const, ...body, by: identity.subject, at: now };
        return { subject: submitReportOn(command, subject, process) };
      },
      // The dates it answers are the donor view's to show: they follow from the calendar.
      result: ({ subject }) => ({ contributionId, version: subject }),
    }),
);
