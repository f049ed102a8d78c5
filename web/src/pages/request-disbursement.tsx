import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Budget } from '../api/answers';
import { useCommand } from '../api/commands';
import type { ContributionRow, ListPage } from '../api/finance';
import { useView } from '../api/queries';
import { Field, minorUnits, Refused, today } from '../components/form';
import { useProcess } from '../process';

const fields = [
  'lineId',
  'fundingSourceId',
  'payee',
  'purpose',
  'amount',
  'rateDate',
  'requestedOn',
  'supportingDocument',
  'commitmentId',
];

/** The invoice's SHA-256 in lower-case hex: computed here, the file itself never leaves the browser. */
async function sha256Of(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A finance officer's request for money from a budget line and a funding source, backed by its invoice
 * (its reference and hash, as the API takes it). What the API refuses is said at each field.
 */
export default function RequestDisbursement() {
  const process = useProcess();
  const budget = useView<Budget>('/processes/{processId}/budget');
  const sources = useView<ListPage<ContributionRow>>('/processes/{processId}/contributions', {
    query: { limit: '100' },
  });
  const request = useCommand<{
    disbursementId: string;
    warnings?: { code: string; disbursementIds: string[] }[];
  }>('/processes/{processId}/disbursements');
  const navigate = useNavigate();
  const [sha256, setSha256] = useState('');
  const [warned, setWarned] = useState<{ disbursementId: string; others: string[] }>();
  const currency = process.data?.budgetCurrency ?? 'USD';
  const timeZone = process.data?.timeZone ?? 'UTC';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const optional = (name: string) => (text(name) ? { [name]: text(name) } : {});
    const amountCurrency = text('currency').toUpperCase();
    const answer = await request.send({
      lineId: text('lineId'),
      fundingSourceId: text('fundingSourceId'),
      payee: text('payee'),
      purpose: text('purpose'),
      amount: { amount: minorUnits(text('amount'), amountCurrency), currency: amountCurrency },
      ...optional('rateDate'),
      ...optional('requestedOn'),
      ...optional('commitmentId'),
      supportingDocument: { reference: text('reference'), sha256: sha256.trim().toLowerCase() },
    });
    if (!answer) return;
    const others = answer.warnings?.flatMap((w) => w.disbursementIds) ?? [];
    if (others.length > 0) setWarned({ disbursementId: answer.disbursementId, others });
    else navigate(`/disbursements/${answer.disbursementId}`);
  };

  const { refusal } = request;
  return (
    <>
      <h1>Request a disbursement</h1>
      {warned && (
        <div className="notice" role="status">
          <p>
            Requested. The same invoice also backs{' '}
            {warned.others.map((id) => (
              <Link key={id} to={`/disbursements/${id}`}>
                {id}{' '}
              </Link>
            ))}
            : the checker will see it.
          </p>
          <Link to={`/disbursements/${warned.disbursementId}`}>Open the request</Link>
        </div>
      )}
      <form className="command" onSubmit={submit} noValidate>
        <Field label="Budget line" name="lineId" refusal={refusal}>
          {(a) => (
            <select {...a} required>
              <option value="">Choose a line</option>
              {budget.data?.lines.map((l) => (
                <option key={l.lineId} value={l.lineId}>
                  {l.lineId} — {l.activity}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Funding source" name="fundingSourceId" refusal={refusal}>
          {(a) => (
            <select {...a} required>
              <option value="">Choose a source</option>
              {sources.data?.items.map((c) => (
                <option key={c.contributionId} value={c.contributionId}>
                  {c.donorName} ({c.modality}, {c.pledged.currency})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Payee" name="payee" refusal={refusal}>
          {(a) => <input {...a} required maxLength={200} />}
        </Field>
        <Field label="Purpose" name="purpose" refusal={refusal}>
          {(a) => <textarea {...a} required maxLength={500} rows={2} />}
        </Field>
        <div className="field-row">
          <Field
            label="Amount"
            name="amount.amount"
            refusal={refusal}
            hint="In the currency's units, e.g. 1250.00"
          >
            {(a) => <input {...a} name="amount" inputMode="decimal" required />}
          </Field>
          <Field label="Currency" name="amount.currency" refusal={refusal}>
            {(a) => (
              <input {...a} name="currency" defaultValue={currency} key={currency} maxLength={3} size={4} />
            )}
          </Field>
        </div>
        <Field
          label="Rate date"
          name="rateDate"
          refusal={refusal}
          hint={`Only for an amount not in ${currency}: the day of the recorded rate to use`}
        >
          {(a) => <input {...a} type="date" />}
        </Field>
        <Field label="Value date" name="requestedOn" refusal={refusal} hint="The day it was requested">
          {(a) => <input {...a} type="date" defaultValue={today(timeZone)} key={timeZone} />}
        </Field>
        <fieldset>
          <legend>Invoice (supporting document)</legend>
          <Field label="Invoice reference" name="supportingDocument.reference" refusal={refusal}>
            {(a) => <input {...a} name="reference" required maxLength={200} />}
          </Field>
          <Field
            label="Invoice file"
            name="invoiceFile"
            refusal={undefined}
            hint="Its SHA-256 is computed here; the file is not uploaded"
          >
            {(a) => (
              <input
                {...a}
                type="file"
                onChange={async (e) => {
                  const file = e.target.files?.[0];
                  if (file) setSha256(await sha256Of(file));
                }}
              />
            )}
          </Field>
          <Field label="Invoice SHA-256" name="supportingDocument.sha256" refusal={refusal}>
            {(a) => (
              <input
                {...a}
                name="sha256"
                value={sha256}
                onChange={(e) => setSha256(e.target.value)}
                spellCheck={false}
                className="mono"
              />
            )}
          </Field>
        </fieldset>
        <Field label="Commitment it pays (optional)" name="commitmentId" refusal={refusal}>
          {(a) => <input {...a} />}
        </Field>
        <Refused refusal={refusal} fields={fields} />
        <button type="submit" disabled={request.pending}>
          {request.pending ? 'Requesting…' : 'Request'}
        </button>
      </form>
    </>
  );
}
