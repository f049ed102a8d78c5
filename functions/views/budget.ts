import { paginateQuery } from '@aws-sdk/lib-dynamodb';
import { type BudgetLineRow, budgetKey, totals } from '../../domain/views/budget';
import { documentClient, readModelsTableName } from '../commons/clients';
import { queryRoute } from '../commons/http';
import { processParams } from '../commons/params';
import { json } from '../commons/responses';

/** The budget of a process: every line with allocated, disbursed and available, and totals per currency. */
export const getBudget = queryRoute({ params: processParams }, async ({ params }) => {
  const lines: BudgetLineRow[] = [];
  const pages = paginateQuery(
    { client: documentClient },
    {
      TableName: readModelsTableName(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :line)',
      ExpressionAttributeValues: { ':pk': budgetKey(params.processId), ':line': 'line#' },
    },
  );
  for await (const page of pages)
    for (const { pk: _, sk: __, revision: ___, ...row } of page.Items ?? []) lines.push(row as BudgetLineRow);
  return json(200, { processId: params.processId, lines, totals: totals(lines) });
});
