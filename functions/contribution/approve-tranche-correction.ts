import { contributionStream, trancheCorrectionParams } from '../../domain/contribution/stream';
import { approveTrancheCorrectionOn } from '../../domain/contribution/workflows';
import { processStream } from '../../domain/process/stream';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

/**
 * An approver other than the proposer approves a tranche correction: the tranche as entered is
 * reversed and the right one received, in one transaction. The process is read for its closed months
 * and time zone, which date the reversing entry.
 */
export const approveTrancheCorrection = commandRoute(
  { params: trancheCorrectionParams },
  200,
  ({ params: { processId, contributionId, trancheId, correctionId }, identity, now }) =>
    multiStream({
      subject: contributionStream(processId, contributionId),
      streams: { process: processStream(processId) },
      decide: ({ subject, process }) => {
        const command = { trancheId, correctionId, by: identity.subject, at: now };
        return { subject: approveTrancheCorrectionOn(command, subject, process) };
      },
      // The right tranche takes the correction's id.
      result: ({ subject }) => ({
        contributionId,
        trancheId: correctionId,
        correctionOf: trancheId,
        status: 'approved',
        version: subject,
      }),
    }),
);
