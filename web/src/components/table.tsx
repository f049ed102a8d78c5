import { type ReactNode, useId, useMemo, useState } from 'react';

export interface Column<Row> {
  readonly key: string;
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  /** What the column sorts and filters by; a column without it does neither. */
  readonly value?: (row: Row) => string | number;
  readonly numeric?: boolean;
}

/** A table whose columns sort on a click of their header and whose rows filter on a text. */
export function DataTable<Row>(props: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  footer?: ReactNode;
}) {
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ key: string; direction: 1 | -1 }>();
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const filtered = needle
      ? props.rows.filter((row) =>
          props.columns.some((c) => c.value && String(c.value(row)).toLowerCase().includes(needle)),
        )
      : props.rows;
    const column = props.columns.find((c) => c.key === sort?.key);
    if (!column?.value || !sort) return filtered;
    const value = column.value;
    return [...filtered].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      return (x < y ? -1 : x > y ? 1 : 0) * sort.direction;
    });
  }, [props.rows, props.columns, filter, sort]);

  const order = (key: string) =>
    setSort((now) => ({ key, direction: now?.key === key && now.direction === 1 ? -1 : 1 }));

  return (
    <div className="table-block">
      <div className="filter">
        <label htmlFor={filterId}>Filter {props.caption.toLowerCase()}</label>
        <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <div className="scroll">
        <table>
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              {props.columns.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={
                    sort?.key === c.key ? (sort.direction === 1 ? 'ascending' : 'descending') : undefined
                  }
                >
                  {c.value ? (
                    <button type="button" className="sort" onClick={() => order(c.key)}>
                      {c.header}
                      <span aria-hidden="true">
                        {sort?.key === c.key ? (sort.direction === 1 ? ' ▲' : ' ▼') : ' ↕'}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={props.rowKey(row)}>
                {props.columns.map((c) => (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={props.columns.length} className="muted">
                  Nothing to show.
                </td>
              </tr>
            )}
          </tbody>
          {props.footer}
        </table>
      </div>
    </div>
  );
}
