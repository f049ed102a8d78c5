import type { UseQueryResult } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type {
  BudgetByCategory,
  BudgetBySource,
  BudgetByUnit,
  BudgetColumns,
  BudgetForecast,
  Budget as BudgetView,
  Money,
  MonthlySpend,
} from '../api/answers';
import { useView } from '../api/queries';
import { Chart } from '../components/chart';
import { Loaded } from '../components/state';
import { type Column, DataTable } from '../components/table';
import { day, major, money, words } from '../format';

/** The budget's columns, in the order the money moves: allocated, then committed … available. */
const figures = [
  ['allocated', 'Allocated'],
  ['committed', 'Committed'],
  ['pending', 'Pending'],
  ['disbursed', 'Disbursed'],
  ['available', 'Available'],
] as const satisfies readonly (readonly [keyof BudgetColumns, string])[];

type Figures = Partial<BudgetColumns> &
  Pick<BudgetColumns, 'committed' | 'pending' | 'disbursed' | 'available'>;

/** One row of the table whichever grouping: its name, and the budget's figures. */
interface Row extends Figures {
  readonly key: string;
  readonly name: string;
  readonly detail?: string;
  /** Its own page, for a budget line. */
  readonly page?: string;
}

const groupings = {
  line: 'Budget line',
  unit: 'Unit',
  category: 'Cost category',
  source: 'Funding source',
} as const;
type Grouping = keyof typeof groupings;

export default function Budget() {
  const asOfId = useId();
  const [asOf, setAsOf] = useState('');
  const [grouping, setGrouping] = useState<Grouping>('line');
  const query = { asOf: asOf || undefined };
  const byLine = useView<BudgetView>('/processes/{processId}/budget', { query });
  const byUnit = useView<BudgetByUnit>(
    '/processes/{processId}/budget/by-unit',
    { query },
    { enabled: grouping === 'unit' },
  );
  const byCategory = useView<BudgetByCategory>(
    '/processes/{processId}/budget/by-category',
    { query },
    { enabled: grouping === 'category' },
  );
  const bySource = useView<BudgetBySource>(
    '/processes/{processId}/budget/by-source',
    { query },
    { enabled: grouping === 'source' },
  );
  const monthly = useView<MonthlySpend>('/processes/{processId}/budget/monthly', { query });
  const forecast = useView<BudgetForecast>('/processes/{processId}/budget/forecast', { query });

  const grouped: UseQueryResult<unknown> = {
    line: byLine,
    unit: byUnit,
    category: byCategory,
    source: bySource,
  }[grouping];
  return (
    <>
      <h1>Budget</h1>
      <div className="controls">
        <span>
          <label htmlFor={asOfId}>As of</label>
          <input id={asOfId} type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </span>
        <fieldset className="grouping">
          <legend>Group by</legend>
          {Object.entries(groupings).map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="grouping"
                value={value}
                checked={grouping === value}
                onChange={() => setGrouping(value as Grouping)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
      </div>
      <Loaded query={grouped} what={`the budget by ${groupings[grouping].toLowerCase()}`}>
        {(answer) => <Grouped title={groupings[grouping]} rows={rowsOf(grouping, answer)} />}
      </Loaded>
      <Loaded query={forecast} what="the forecast">
        {(f) => (
          <Loaded query={monthly} what="the monthly spend">
            {(m) => <Spending monthly={m} forecast={f} />}
          </Loaded>
        )}
      </Loaded>
    </>
  );
}

function rowsOf(grouping: Grouping, answer: unknown): Row[] {
  switch (grouping) {
    case 'line':
      return (answer as BudgetView).lines.map((l) => ({
        ...l,
        key: l.lineId,
        name: l.lineId,
        page: `/budget/lines/${encodeURIComponent(l.lineId)}`,
        detail: `${l.activity} · ${words(l.unit)} · ${words(l.costCategory)}`,
      }));
    case 'unit':
      return (answer as BudgetByUnit).units.map((u) => ({
        ...u,
        key: u.unit ?? 'none',
        name: u.name ?? 'No unit',
      }));
    case 'category':
      return (answer as BudgetByCategory).categories.map((c) => ({
        ...c,
        key: c.costCategory ?? 'none',
        name: c.costCategory ? words(c.costCategory) : 'No category',
      }));
    case 'source':
      return (answer as BudgetBySource).sources.map((s) => ({
        ...s,
        key: s.fundingSourceId,
        name: s.donorName ?? s.fundingSourceId,
        detail: [s.pledged && `pledged ${money(s.pledged)}`, s.received && `received ${money(s.received)}`]
          .filter(Boolean)
          .join(', '),
      }));
  }
}

function Grouped(props: { title: string; rows: readonly Row[] }) {
  const shown = figures.filter(([key]) => props.rows.some((row) => row[key]));
  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: props.title,
      value: (row) => `${row.name} ${row.detail ?? ''}`,
      cell: (row) => (
        <>
          {row.page ? <Link to={row.page}>{row.name}</Link> : row.name}
          {row.detail && <div className="muted">{row.detail}</div>}
        </>
      ),
    },
    ...shown.map(([key, header]) => ({
      key,
      header,
      numeric: true,
      value: (row: Row) => row[key]?.amount ?? 0,
      cell: (row: Row) => {
        const figure = row[key];
        return figure ? money(figure) : '—';
      },
    })),
  ];
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 36, containLabel: true },
      xAxis: {
        type: 'category',
        data: props.rows.map((row) => row.name),
        axisLabel: { interval: 0, rotate: 20 },
      },
      yAxis: { type: 'value' },
      series: shown.map(([key, name]) => ({
        type: 'bar',
        name,
        data: props.rows.map((row) => {
          const figure: Money | undefined = row[key];
          return figure ? major(figure) : 0;
        }),
      })),
    }),
    [props.rows, shown],
  );
  return (
    <section aria-labelledby="by-heading">
      <h2 id="by-heading">By {props.title.toLowerCase()}</h2>
      <DataTable
        caption={`Budget by ${props.title.toLowerCase()}`}
        columns={columns}
        rows={props.rows}
        rowKey={(r) => r.key}
      />
      <Chart
        label={`Bar chart of the budget by ${props.title.toLowerCase()}; the same figures are in the table.`}
        option={option}
      />
    </section>
  );
}

/** The months from the first spend to the mandate's end: what was spent, and what the forecast expects. */
function Spending(props: { monthly: MonthlySpend; forecast: BudgetForecast }) {
  const { monthly, forecast } = props;
  const endMonth = forecast.mandateEnd.slice(0, 7);
  const other = forecast.overall.otherSpendingRate;
  const expected = new Map<string, Money>(
    forecast.overall.personnelByMonth.map(({ month, cost }) => [
      month,
      { amount: cost.amount + other.amount, currency: cost.currency },
    ]),
  );
  const spent = new Map<string, Money>(monthly.overall.map((m) => [m.month, m.spent]));
  const months = [...new Set([...spent.keys(), ...expected.keys(), endMonth])].sort();
  const figure = (m: Money | undefined) => (m ? major(m) : null);
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 24, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'line',
        name: 'Spent',
        data: months.map((m) => figure(spent.get(m))),
        markLine: {
          symbol: 'none',
          label: { formatter: 'Mandate ends' },
          data: [{ xAxis: endMonth }],
        },
      },
      {
        type: 'line',
        name: 'Forecast',
        lineStyle: { type: 'dashed' },
        data: months.map((m) => figure(expected.get(m))),
      },
      {
        type: 'line',
        name: 'Burn rate',
        symbol: 'none',
        lineStyle: { type: 'dotted' },
        data: months.map(() => major(forecast.overall.burnRate)),
      },
    ],
  };
  const rows = months.map((month) => ({ month, spent: spent.get(month), expected: expected.get(month) }));
  return (
    <section aria-labelledby="monthly-heading">
      <h2 id="monthly-heading">Monthly spend and forecast</h2>
      <p>
        Burn rate <strong>{money(forecast.overall.burnRate)}</strong> a month ({day(forecast.window.from)} to{' '}
        {day(forecast.window.to)}).{' '}
        {forecast.overall.runsOutOn ? (
          <span className="flag">Money runs out on {day(forecast.overall.runsOutOn)}.</span>
        ) : (
          <>Money lasts to the mandate's end ({day(forecast.mandateEnd)}).</>
        )}
      </p>
      <Chart
        label={`Line chart of the monthly spend, the forecast to the mandate's end on ${day(forecast.mandateEnd)} and the burn rate; the figures are in the table below.`}
        option={option}
      />
      <DataTable
        caption="Spend by month"
        rowKey={(r) => r.month}
        rows={rows}
        columns={[
          { key: 'month', header: 'Month', value: (r) => r.month, cell: (r) => r.month },
          {
            key: 'spent',
            header: 'Spent',
            numeric: true,
            value: (r) => r.spent?.amount ?? 0,
            cell: (r) => (r.spent ? money(r.spent) : '—'),
          },
          {
            key: 'expected',
            header: 'Forecast',
            numeric: true,
            value: (r) => r.expected?.amount ?? 0,
            cell: (r) => (r.expected ? money(r.expected) : '—'),
          },
        ]}
      />
    </section>
  );
}
