import type { ReactNode } from 'react';

/** A headline figure with a bar drawn to its share (the number is the text; the bar only repeats it). */
export function Gauge(props: {
  label: string;
  /** A share in percent; none when there is nothing to divide by (no budget, no benchmark). */
  value: number | null;
  note?: ReactNode;
  tone?: 'good' | 'warn' | 'bad';
}) {
  const width = Math.max(0, Math.min(100, props.value ?? 0));
  return (
    <div className="gauge">
      <div className="gauge-label">{props.label}</div>
      <div className="gauge-value">
        {props.value === null
          ? '—'
          : `${props.value.toLocaleString(undefined, { maximumFractionDigits: 1 })} %`}
      </div>
      <div className="bar" aria-hidden="true">
        <div className={`bar-fill ${props.tone ?? ''}`} style={{ width: `${width}%` }} />
      </div>
      {props.note && <div className="gauge-note">{props.note}</div>}
    </div>
  );
}

/** A status in words with its colour: the colour is never the only sign. */
export function Status(props: { value: string | null | undefined; children?: ReactNode }) {
  const value = props.value ?? 'unrated';
  return <span className={`status status-${value}`}>{props.children ?? value.replaceAll('-', ' ')}</span>;
}
