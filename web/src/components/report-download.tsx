import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../api/client';
import { download } from '../api/download';
import { useSignedIn } from '../auth/session';
import { useProcess } from '../process';
import { today } from './form';

/**
 * A donor's audit report for the period picked, downloaded as CSV or JSON (the JSON is the one an
 * auditor verifies). The API's refusal — another donor's report, a period the wrong way round — is shown.
 */
export function ReportDownload(props: { donorId: string }) {
  const { config, session, processId } = useSignedIn();
  const process = useProcess().data;
  const id = useId();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const get = async (event: FormEvent<HTMLFormElement>, format: 'csv' | 'json') => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const query = new URLSearchParams({
      from: String(form.get('from') ?? ''),
      to: String(form.get('to') ?? ''),
      format,
    });
    const donor = encodeURIComponent(props.donorId);
    const url = `${config.apiUrl}/processes/${encodeURIComponent(processId)}/donors/${donor}/audit-report?${query}`;
    setFailure(undefined);
    setBusy(true);
    try {
      await download(url, session.token, `audit-report_${props.donorId}.${format}`);
    } catch (error) {
      const status = error instanceof ApiError ? ` (${error.status})` : '';
      setFailure(`The report could not be downloaded${status}: ${(error as Error).message}.`);
    } finally {
      setBusy(false);
    }
  };
  const end = today(process?.timeZone ?? 'UTC');
  // A donor may not read the process, so its mandate: the year to date then.
  const start = process?.mandateStart ?? `${end.slice(0, 4)}-01-01`;
  return (
    <form
      className="command report"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => {
        const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        get(e, submitter?.value === 'json' ? 'json' : 'csv');
      }}
    >
      <h2 id={`${id}-heading`}>Audit report</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input id={`${id}-from`} name="from" type="date" defaultValue={start} key={start} required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input id={`${id}-to`} name="to" type="date" defaultValue={end} required />
        </div>
      </div>
      {failure && (
        <p className="notice" role="alert">
          {failure}
        </p>
      )}
      <div className="buttons">
        <button type="submit" value="csv" disabled={busy}>
          Download CSV
        </button>
        <button type="submit" value="json" disabled={busy}>
          Download JSON
        </button>
      </div>
    </form>
  );
}
