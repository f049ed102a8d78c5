import { budgetForecast } from '../../domain/views/budget-forecast';
import { byCategory, bySource, byUnit, lineView, monthly, totalOf } from '../../domain/views/budget-groups';
import { queryRoute } from '../commons/http';
import { processParams } from '../commons/params';
import { json } from '../commons/responses';
import { viewQuery } from '../commons/view-context';
import { budgetRows, heading } from './budget-rows';

const schemas = { params: processParams, query: viewQuery };

export const getBudget = queryRoute(
  { ...schemas, summary: 'The budget by line: allocated, committed, pending, disbursed, available' },
  async ({ params, view }) => {
    const rows = await budgetRows(params.processId, view);
    const currency = rows.mandate.budgetCurrency;
    return json(200, {
      ...heading(rows),
      lines: rows.lines.map(lineView),
      totals: totalOf(rows.lines, currency),
    });
  },
);

export const getBudgetByUnit = queryRoute(
  { ...schemas, summary: 'The budget by unit' },
  async ({ params, view }) => {
    const rows = await budgetRows(params.processId, view);
    const currency = rows.mandate.budgetCurrency;
    return json(200, {
      ...heading(rows),
      units: byUnit(rows.lines, currency),
      totals: totalOf(rows.lines, currency),
    });
  },
);

export const getBudgetByCategory = queryRoute(
  { ...schemas, summary: 'The budget by cost category' },
  async ({ params, view }) => {
    const rows = await budgetRows(params.processId, view);
    const currency = rows.mandate.budgetCurrency;
    return json(200, {
      ...heading(rows),
      categories: byCategory(rows.lines, currency),
      totals: totalOf(rows.lines, currency),
    });
  },
);

export const getBudgetBySource = queryRoute(
  { ...schemas, summary: 'The budget by funding source, in its own currency and the budget currency' },
  async ({ params, view }) => {
    const rows = await budgetRows(params.processId, view);
    return json(200, { ...heading(rows), ...bySource(rows.sources, rows.mandate.budgetCurrency) });
  },
);

export const getMonthlySpend = queryRoute(
  { ...schemas, summary: 'Spend by month of payment, net of reversals, overall, per line and per source' },
  async ({ params, view }) => {
    const rows = await budgetRows(params.processId, view);
    return json(200, { ...heading(rows), ...monthly(rows.lines, rows.sources) });
  },
);

export const getForecast = queryRoute(
  { ...schemas, summary: 'Burn rate and the day money runs out, against the mandate’s end' },
  async ({ params, view }) => {
    const rows = await budgetRows(params.processId, view);
    const { today, mandate, lines, sources } = rows;
    return json(200, {
      ...heading(rows),
      ...budgetForecast({ today, mandate, lines, sources, staff: await rows.staff() }),
    });
  },
);
