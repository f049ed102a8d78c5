import { z } from 'zod';
import { contribution } from '../../domain/contribution/decide';
import { contributionParams, contributionStream } from '../../domain/contribution/stream';
import { reportDocumentSchema } from '../../events/catalog/contribution';
import { dateSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const submitDonorReportBody = z.strictObject({
  periodEnd: dateSchema,
  submittedOn: dateSchema,
  document: reportDocumentSchema,
});

/** A report sent to the donor: it answers the dates of the reporting calendar its period covers. */
export const submitDonorReport = aggregateCommand(contribution)(
  { body: submitDonorReportBody, params: contributionParams },
  201,
  ({ body, params: { processId, contributionId }, identity, now }) => ({
    streamId: contributionStream(processId, contributionId)[0],
    command: { type: 'SubmitDonorReport', ...body, by: identity.subject, at: now },
    // The dates it answers are the donor view's to show: they follow from the calendar.
    result: () => ({ contributionId }),
  }),
);
