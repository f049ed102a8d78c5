import * as z from 'zod';
import { contributionParams, contributionStream } from '../../domain/contribution/stream';
import { correctReportOn } from '../../domain/contribution/workflows';
import { processStream } from '../../domain/process/stream';
import { dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const correctDonorReportBody = z.strictObject({
  periodEnd: dateSchema,
  submittedOn: dateSchema,
  reason: textSchema(500),
});

/** A report is known by the period end it was recorded with. */
const donorReportParams = contributionParams.extend({ periodEnd: dateSchema });

/**
 * A report recorded with the wrong period or day, corrected with the reason: the reporting calendar
 * follows the corrected period. The process is read for the time zone that bounds the day sent.
 */
export const correctDonorReport = commandRoute(
  { body: correctDonorReportBody, params: donorReportParams },
  200,
  ({ body, params: { processId, contributionId, periodEnd }, identity, now }) =>
    multiStream({
      subject: contributionStream(processId, contributionId),
      streams: { process: processStream(processId) },
      decide: ({ subject, process }) => {
        const command = {
          type: 'CorrectDonorReport' as const,
          recordedPeriodEnd: periodEnd,
          ...body,
          by: identity.subject,
          at: now,
        };
        return { subject: correctReportOn(command, subject, process) };
      },
      result: ({ subject }) => ({
        contributionId,
        periodEnd: body.periodEnd,
        submittedOn: body.submittedOn,
        version: subject,
      }),
    }),
);
