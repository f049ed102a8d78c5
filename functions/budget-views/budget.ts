import { processParams } from '../../domain/process/stream';
import { budgetForecast } from '../../domain/views/budget-forecast';
import {
  byCategory,
  byPillar,
  bySource,
  byUnit,
  lineView,
  monthly,
  totalOf,
} from '../../domain/views/budget-groups';
import { queryRoute } from '../commons/http';
import { json } from '../commons/responses';
import { viewQuery } from '../commons/view-context';
import { budgetRows, heading } from './budget-rows';

const schemas = { params: processParams, query: viewQuery };

export const getBudget = queryRoute(schemas, async ({ params, view }) => {
  const rows = await budgetRows(params.processId, view);
  const currency = rows.mandate.budgetCurrency;
  return json(200, {
    ...heading(rows),
    lines: rows.lines.map(lineView),
    totals: totalOf(rows.lines, currency),
    drafts: (await rows.drafts()).map(({ status: _, ...draft }) => draft),
  });
});

export const getBudgetByUnit = queryRoute(schemas, async ({ params, view }) => {
  const rows = await budgetRows(params.processId, view);
  const currency = rows.mandate.budgetCurrency;
  return json(200, {
    ...heading(rows),
    units: byUnit(rows.lines, rows.units, currency),
    pillars: byPillar(rows.lines, rows.units, currency),
    totals: totalOf(rows.lines, currency),
  });
});

export const getBudgetByCategory = queryRoute(schemas, async ({ params, view }) => {
  const rows = await budgetRows(params.processId, view);
  const currency = rows.mandate.budgetCurrency;
  return json(200, {
    ...heading(rows),
    categories: byCategory(rows.lines, currency),
    totals: totalOf(rows.lines, currency),
  });
});

export const getBudgetBySource = queryRoute(schemas, async ({ params, view }) => {
  const rows = await budgetRows(params.processId, view);
  return json(200, { ...heading(rows), ...bySource(rows.sources, rows.mandate.budgetCurrency) });
});

export const getMonthlySpend = queryRoute(schemas, async ({ params, view }) => {
  const rows = await budgetRows(params.processId, view);
  return json(200, { ...heading(rows), ...monthly(rows.lines, rows.sources) });
});

export const getForecast = queryRoute(schemas, async ({ params, view }) => {
  const rows = await budgetRows(params.processId, view);
  const { today, mandate, lines, sources, rates } = rows;
  return json(200, {
    ...heading(rows),
    ...budgetForecast({ today, mandate, lines, sources, staff: await rows.staff(), rates }),
  });
});
