import * as z from 'zod';
import { contribution } from '../../domain/contribution/decide';
import { contributionStream, trancheCorrectionParams } from '../../domain/contribution/stream';
import { textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const rejectTrancheCorrectionBody = z.strictObject({ reason: textSchema(500) });

/** An approver rejects a proposed tranche correction, with the reason: the tranche stays as entered. */
export const rejectTrancheCorrection = aggregateCommand(contribution)(
  { body: rejectTrancheCorrectionBody, params: trancheCorrectionParams },
  200,
  ({ body, params: { processId, contributionId, trancheId, correctionId }, identity, now }) => ({
    streamId: contributionStream(processId, contributionId)[0],
    command: {
      type: 'RejectTrancheCorrection',
      trancheId,
      correctionId,
      reason: body.reason,
      by: identity.subject,
      at: now,
    },
    result: () => ({ contributionId, trancheId, correctionId, status: 'rejected' }),
  }),
);
