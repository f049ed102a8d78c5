import type { EventRef, Verification } from '../api/finance';
import { words } from '../format';

/** `entries[3].amount.budget` → `['entries', 3, 'amount', 'budget']`. */
const segmentsOf = (path: string): (string | number)[] =>
  [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? (m[1] as string) : Number(m[2]),
  );

/**
 * The events the first difference belongs to: the nearest object on its path, in the report as
 * uploaded, that names its events (`events`, or `event` for a pledge).
 */
export function eventsAt(report: unknown, path: string): { value: unknown; events: readonly EventRef[] } {
  let node: unknown = report;
  let events: readonly EventRef[] = [];
  for (const segment of segmentsOf(path)) {
    if (typeof node === 'object' && node !== null) {
      const named = node as { events?: unknown; event?: unknown };
      if (Array.isArray(named.events)) events = named.events as EventRef[];
      else if (typeof named.event === 'object' && named.event !== null) events = [named.event as EventRef];
    }
    node = (node as Record<string | number, unknown> | undefined)?.[segment];
  }
  return { value: node, events };
}

/** The API's verdict on an uploaded report, in words: verified, or what breaks and where. */
export function VerificationResult(props: { verdict: Verification; report: unknown }) {
  const { verdict } = props;
  if (verdict.valid)
    return (
      <div className="verdict good" role="status">
        <p>
          <strong>Verified.</strong> The report is the one the event log gives, and each of the{' '}
          {verdict.log.events} events of the process's {verdict.log.streams} streams reads and holds its place
          in its hash chain.
        </p>
      </div>
    );
  const difference = verdict.firstDifference ? eventsAt(props.report, verdict.firstDifference) : undefined;
  return (
    <div className="verdict bad" role="alert">
      <p>
        <strong>Not verified.</strong>
      </p>
      <ul>
        {verdict.error && <li>The log could not give this report: {words(verdict.error)}.</li>}
        {verdict.reportIntact === false && (
          <li>The report was changed after it was issued: its content no longer matches its own digest.</li>
        )}
        {verdict.digest.matches === false && (
          <li>Its digest is not the one the event log gives for the same donor, period and knownAt.</li>
        )}
        {verdict.firstDifference && difference && (
          <li>
            First difference from the log at <code>{verdict.firstDifference}</code> (the file says{' '}
            <code>{JSON.stringify(difference.value)}</code>)
            {difference.events.length > 0 && (
              <>
                , in the entry of{' '}
                {difference.events.map((e, i) => (
                  <span key={`${e.streamId}@${e.version}`} className="event-ref">
                    {i > 0 && '; '}
                    event <strong>{e.type}</strong>, stream <code>{e.streamId}</code>, version{' '}
                    <strong>{e.version}</strong>
                  </span>
                ))}
              </>
            )}
            .
          </li>
        )}
        {verdict.findings.map((f) => (
          <li key={`${f.check} ${f.streamId}@${f.version} ${f.problem}`}>
            The log breaks at stream <code>{f.streamId}</code>, version <strong>{f.version}</strong>:{' '}
            {words(f.problem)}
            {f.reason && <> ({f.reason})</>}.
          </li>
        ))}
      </ul>
    </div>
  );
}
