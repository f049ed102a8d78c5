import { type FormEvent, useState } from 'react';
import { useCommand } from '../api/commands';
import type { ContributionRow, ListPage } from '../api/finance';
import { useView } from '../api/queries';
import { Field, minorUnits, Refused, today } from '../components/form';
import { money } from '../format';
import { useProcess } from '../process';

/** The finance officer's entries of money coming in: a tranche received on a pledge, and the day's exchange rates. */
export default function MoneyIn() {
  return (
    <>
      <h1>Tranches and rates</h1>
      <Tranche />
      <Rate />
    </>
  );
}

function Tranche() {
  const timeZone = useProcess().data?.timeZone ?? 'UTC';
  const contributions = useView<ListPage<ContributionRow>>('/processes/{processId}/contributions', {
    query: { limit: '100' },
  });
  const receive = useCommand<{ trancheId: string }>(
    '/processes/{processId}/contributions/{contributionId}/tranches',
  );
  const [done, setDone] = useState<string>();
  const [contributionId, setContributionId] = useState('');
  const chosen = contributions.data?.items.find((c) => c.contributionId === contributionId);
  const currency = chosen?.pledged.currency ?? '';
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setDone(undefined);
    const answer = await receive.send(
      {
        amount: { amount: minorUnits(text('amount'), currency), currency },
        receivedOn: text('receivedOn'),
        ...(text('rateDate') ? { rateDate: text('rateDate') } : {}),
      },
      { path: { contributionId } },
    );
    if (answer) setDone(`Tranche ${answer.trancheId} recorded.`);
  };
  const { refusal } = receive;
  return (
    <form className="command" onSubmit={submit} aria-labelledby="tranche-heading" noValidate>
      <h2 id="tranche-heading">Record a tranche received</h2>
      <Field label="Contribution" name="contributionId" refusal={refusal}>
        {(a) => (
          <select {...a} value={contributionId} onChange={(e) => setContributionId(e.target.value)}>
            <option value="">Choose a contribution</option>
            {contributions.data?.items.map((c) => (
              <option key={c.contributionId} value={c.contributionId}>
                {c.donorName}: {money(c.received)} of {money(c.pledged)} received
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={`Amount${currency ? ` in ${currency}` : ''}`} name="amount" refusal={refusal}>
        {(a) => <input {...a} inputMode="decimal" />}
      </Field>
      <Field label="Received on" name="receivedOn" refusal={refusal}>
        {(a) => <input {...a} type="date" defaultValue={today(timeZone)} />}
      </Field>
      <Field
        label="Rate date (optional)"
        name="rateDate"
        refusal={refusal}
        hint="The day of the recorded rate to the budget currency; the day received when empty"
      >
        {(a) => <input {...a} type="date" />}
      </Field>
      <Refused refusal={refusal} fields={['amount', 'receivedOn', 'rateDate', 'contributionId']} />
      {done && <p role="status">{done}</p>}
      <button type="submit" disabled={receive.pending || !contributionId}>
        Record tranche
      </button>
    </form>
  );
}

function Rate() {
  const timeZone = useProcess().data?.timeZone ?? 'UTC';
  const record = useCommand('/processes/{processId}/exchange-rates');
  const [done, setDone] = useState<string>();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setDone(undefined);
    const rate = {
      base: text('base').toUpperCase(),
      quote: text('quote').toUpperCase(),
      rate: text('rate'),
      date: text('date'),
      source: text('source'),
      confirmed: form.get('confirmed') === 'on',
    };
    if (await record.send(rate)) setDone(`${rate.base}/${rate.quote} ${rate.rate} of ${rate.date} recorded.`);
  };
  const { refusal } = record;
  return (
    <form className="command" onSubmit={submit} aria-labelledby="rate-heading" noValidate>
      <h2 id="rate-heading">Record an exchange rate</h2>
      <div className="field-row">
        <Field label="Base currency" name="base" refusal={refusal}>
          {(a) => <input {...a} maxLength={3} size={4} />}
        </Field>
        <Field label="Quote currency" name="quote" refusal={refusal}>
          {(a) => <input {...a} maxLength={3} size={4} />}
        </Field>
        <Field label="Rate" name="rate" refusal={refusal} hint="Quote units per base unit, e.g. 1.0825">
          {(a) => <input {...a} inputMode="decimal" />}
        </Field>
      </div>
      <Field label="Day" name="date" refusal={refusal}>
        {(a) => <input {...a} type="date" defaultValue={today(timeZone)} />}
      </Field>
      <Field label="Source" name="source" refusal={refusal}>
        {(a) => <input {...a} defaultValue="UN operational rate of exchange" />}
      </Field>
      <div className="check">
        <input id="rate-confirmed" name="confirmed" type="checkbox" />
        <label htmlFor="rate-confirmed">Confirmed: a rate far from the pair’s last one is right</label>
      </div>
      <Refused refusal={refusal} fields={['base', 'quote', 'rate', 'date', 'source', 'confirmed']} />
      {done && <p role="status">{done}</p>}
      <button type="submit" disabled={record.pending}>
        Record rate
      </button>
    </form>
  );
}
