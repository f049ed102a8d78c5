import { documentClient, logger } from '../commons/clients';
import { eventsTableName, rebuildTargetTableName } from '../commons/config';
import { projections } from '../commons/projections';
import { emptyTable, type RebuildSummary, rebuildReadModels } from './rebuild';

/**
 * Invoked by hand (docs/operations.md: "Rebuilding the read models"), never by an event source: empties the
 * standby read-model table and replays the whole Events table into it. The stack never lets this
 * function reach the live table, so emptying it is safe.
 */
export const handler = async (): Promise<RebuildSummary & { readonly emptied: number }> => {
  const targetTable = rebuildTargetTableName();
  const emptied = await emptyTable(documentClient, targetTable);
  const summary = await rebuildReadModels({
    client: documentClient,
    eventsTable: eventsTableName(),
    targetTable,
    projections,
  });
  logger.info('read models rebuilt', { ...summary, emptied });
  return { ...summary, emptied };
};
