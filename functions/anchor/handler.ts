import { AnchorStore } from '../../events/anchor-store';
import { documentClient, logger } from '../commons/clients';
import { anchorsTableName, eventsTableName } from '../commons/config';
import { type AnchorSummary, anchorEveryProcess, anchorSigner } from './anchoring';

/**
 * Run by the stack's schedule (EventBridge), never by a user: signs the tips of every process's streams
 * with the anchor key and stores the anchors. The only function that may write the anchors table.
 */
export const handler = async (): Promise<AnchorSummary> => {
  const summary = await anchorEveryProcess({
    client: documentClient,
    eventsTable: eventsTableName(),
    anchors: new AnchorStore(documentClient, anchorsTableName()),
    signer: anchorSigner(),
    now: new Date(),
  });
  logger.info('log anchored', { anchored: summary.anchored.length, unchanged: summary.unchanged });
  return summary;
};
