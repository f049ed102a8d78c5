import { type FormEvent, useId, useState } from 'react';
import { useCommand } from '../api/commands';
import type { DonorRow, Verification } from '../api/finance';
import { useView } from '../api/queries';
import { Refused } from '../components/form';
import { ReportDownload } from '../components/report-download';
import { Loaded } from '../components/state';
import { VerificationResult } from '../components/verification';

/**
 * The auditor's desk: any donor's audit report for a period, and the check of a report handed over —
 * its JSON posted to the API, which re-derives it from the event log and walks every hash chain.
 */
export default function Audit() {
  const id = useId();
  const donors = useView<{ donors: readonly DonorRow[] }>('/processes/{processId}/donors');
  const [donorId, setDonorId] = useState('');
  return (
    <>
      <h1>Audit</h1>
      <section aria-labelledby={`${id}-reports`}>
        <h2 id={`${id}-reports`}>A donor’s report</h2>
        <Loaded query={donors} what="the donors">
          {(d) => (
            <div className="field">
              <label htmlFor={`${id}-donor`}>Donor</label>
              <select id={`${id}-donor`} value={donorId} onChange={(e) => setDonorId(e.target.value)}>
                <option value="">Choose a donor</option>
                {d.donors.map((donor) => (
                  <option key={donor.donorId} value={donor.donorId}>
                    {donor.donorName}
                  </option>
                ))}
              </select>
            </div>
          )}
        </Loaded>
        {donorId && <ReportDownload donorId={donorId} key={donorId} />}
      </section>
      <Verify />
    </>
  );
}

function Verify() {
  const id = useId();
  const verify = useCommand<Verification>('/processes/{processId}/audit-reports/verify');
  const [unreadable, setUnreadable] = useState<string>();
  const [checked, setChecked] = useState<{ verdict: Verification; report: unknown }>();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(undefined);
    setUnreadable(undefined);
    const file = new FormData(event.currentTarget).get('report');
    if (!(file instanceof File) || file.size === 0) return setUnreadable('Choose the report’s JSON file.');
    let report: unknown;
    try {
      report = JSON.parse(await file.text());
    } catch {
      // The CSV carries no digest: only the JSON report is verifiable.
      return setUnreadable('This is not a JSON report: the API verifies the JSON download, not the CSV.');
    }
    const verdict = await verify.send({ report });
    if (verdict) setChecked({ verdict, report });
  };
  return (
    <form className="command" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <h2 id={`${id}-heading`}>Verify a report</h2>
      <p className="muted">
        Upload a report’s JSON as downloaded: the API derives it again from the event log and checks each
        stream’s hash chain.
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>Report (JSON)</label>
        <input id={`${id}-file`} name="report" type="file" accept=".json,application/json" />
      </div>
      {unreadable && (
        <p className="notice" role="alert">
          {unreadable}
        </p>
      )}
      <Refused refusal={verify.refusal} fields={[]} />
      <button type="submit" disabled={verify.pending}>
        {verify.pending ? 'Verifying…' : 'Verify'}
      </button>
      {checked && <VerificationResult verdict={checked.verdict} report={checked.report} />}
    </form>
  );
}
