import { z } from 'zod';
import { contribution } from '../../domain/contribution/decide';
import { reportDocumentSchema } from '../../events/catalog/funding';
import { dateSchema, idSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';
import { streams } from '../commons/streams';

export const submitDonorReportBody = z.strictObject({
  periodEnd: dateSchema,
  submittedOn: dateSchema,
  document: reportDocumentSchema,
});

const contributionParams = z.strictObject({ processId: idSchema, contributionId: idSchema });

/** A report sent to the donor: it answers the next date of the contribution's reporting calendar. */
export const submitDonorReport = aggregateCommand(contribution)(
  { body: submitDonorReportBody, params: contributionParams },
  201,
  ({ body, params: { processId, contributionId }, identity, now }) => ({
    streamId: streams.contribution(processId, contributionId)[0],
    command: { type: 'SubmitDonorReport', ...body, by: identity.subject, at: now },
    result: (events) => {
      const [submitted] = events;
      return {
        contributionId,
        dueDate: submitted?.type === 'DonorReportSubmitted' ? submitted.data.dueDate : null,
      };
    },
  }),
);
