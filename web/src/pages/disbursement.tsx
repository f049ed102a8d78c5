import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { mayCall, type RouteKey } from '../api/access';
import { type PostPath, useCommand } from '../api/commands';
import type { Disbursement as Recorded } from '../api/finance';
import { useView } from '../api/queries';
import { useSignedIn } from '../auth/session';
import { Status } from '../components/figures';
import { Field, minorUnits, Refused, today } from '../components/form';
import { History } from '../components/history';
import { Loaded } from '../components/state';
import { day, instant, money } from '../format';
import { useProcess } from '../process';

/**
 * One disbursement as a checker reads it — payee, purpose, amounts and rate, invoice, who asked,
 * approved and paid, overrides and refunds — with its history, and the steps the signed-in person may
 * take in its state. The buttons follow the API's route table and its maker ≠ checker rule; the API's
 * refusal is still the guard, and is shown as it answered.
 */
export default function DisbursementPage() {
  const { disbursementId = '' } = useParams();
  const disbursement = useView<Recorded>('/processes/{processId}/disbursements/{disbursementId}', {
    path: { disbursementId },
  });
  return (
    <>
      <p>
        <Link to="/disbursements">All disbursements</Link>
      </p>
      <Loaded query={disbursement} what="the disbursement">
        {(d) => (
          <>
            <h1>
              {d.payee} <Status value={d.status} />
            </h1>
            <Facts d={d} />
            <Actions d={d} />
          </>
        )}
      </Loaded>
      <History records="disbursements" id={disbursementId} />
    </>
  );
}

function Facts({ d }: { d: Recorded }) {
  const timeZone = useProcess().data?.timeZone ?? 'UTC';
  const at = (when: string | undefined) => (when ? instant(when, timeZone) : '—');
  const rows: [string, ReactNode][] = [
    ['Purpose', d.purpose],
    ['Amount', money(d.amount)],
    [
      'In the budget currency',
      <>
        {money(d.budgetAmount)}
        {d.rate && (
          <span className="muted">
            {' '}
            at {d.rate.base}/{d.rate.quote} {d.rate.rate} of {day(d.rate.date)} ({d.rate.source})
          </span>
        )}
      </>,
    ],
    [
      'Budget line',
      <Link key="line" to={`/budget/lines/${d.lineId}`}>
        {d.lineId}
      </Link>,
    ],
    ['Funding source', d.fundingSourceId ?? '—'],
    ['Commitment', d.commitmentId ?? '—'],
    [
      'Invoice',
      d.supportingDocument ? (
        <>
          {d.supportingDocument.reference} <code className="hash">{d.supportingDocument.sha256}</code>
        </>
      ) : (
        '—'
      ),
    ],
    ['Requested', `${d.requestedBy}, value date ${day(d.requestedOn)}, recorded ${at(d.requestedAt)}`],
    [
      'Approved',
      d.approvedBy ? `${d.approvedBy}, value date ${day(d.approvedOn)}, recorded ${at(d.approvedAt)}` : '—',
    ],
    ['Override', d.approvalOverride ? `${d.approvalOverride.reason} (${d.approvalOverride.by})` : '—'],
    ['Paid', d.paidBy ? `${d.paidBy}, value date ${day(d.paidOn)}, recorded ${at(d.paidAt)}` : '—'],
    ['Payment reference', d.paymentReference ?? '—'],
    ['Payment override', d.paymentOverride ? `${d.paymentOverride.reason} (${d.paymentOverride.by})` : '—'],
  ];
  if (d.rejectedBy) rows.push(['Rejected', `${d.rejectedBy}: ${d.rejectionReason} (${at(d.rejectedAt)})`]);
  if (d.withdrawnBy)
    rows.push(['Withdrawn', `${d.withdrawnBy}: ${d.withdrawalReason} (${at(d.withdrawnAt)})`]);
  for (const [i, r] of d.reversals.entries())
    rows.push([
      `Refund ${i + 1}`,
      `${money(r.amount)} on ${day(r.reversedOn)} by ${r.reversedBy}: ${r.reason} (${at(r.reversedAt)})`,
    ]);
  if (d.reversals.length > 0) rows.push(['Refunded in all', money(d.refunded)]);
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const route = (step: string): RouteKey =>
  `POST /processes/{processId}/disbursements/{disbursementId}/${step}` as RouteKey;

/** The steps open to the signed-in person in this state; a maker is never offered to check their own. */
function Actions({ d }: { d: Recorded }) {
  const { session } = useSignedIn();
  const may = (step: string) => mayCall(session.identity.roles, [route(step)]);
  const own = d.requestedBy === session.identity.subject;
  const steps: ReactNode[] = [];
  if (d.status === 'requested' && may('approve') && !own) steps.push(<Approve key="approve" d={d} />);
  if (d.status === 'requested' && may('reject') && !own) steps.push(<Reject key="reject" d={d} />);
  if (d.status === 'requested' && may('withdraw')) steps.push(<Withdraw key="withdraw" d={d} />);
  if (d.status === 'approved' && may('pay')) steps.push(<Pay key="pay" d={d} />);
  if (d.status === 'paid' && may('reverse') && !own) steps.push(<Reverse key="reverse" d={d} />);
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="steps-heading" className="steps">
      <h2 id="steps-heading">What you may do</h2>
      {own && d.status === 'requested' && (
        <p className="muted">You requested this: another approver decides it.</p>
      )}
      {steps}
    </section>
  );
}

/** One step: its fields, its button, and the API's word on it; sent with the version shown (If-Match). */
function Step(props: {
  d: Recorded;
  step: string;
  title: string;
  button: string;
  fields: readonly string[];
  body: (form: FormData) => object;
  children: (refusal: ReturnType<typeof useCommand>['refusal']) => ReactNode;
}) {
  const command = useCommand(
    `/processes/{processId}/disbursements/{disbursementId}/${props.step}` as PostPath,
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    command.send(props.body(new FormData(event.currentTarget)), {
      path: { disbursementId: props.d.disbursementId },
      ifMatch: props.d.version,
    });
  };
  return (
    <form className="command step" onSubmit={submit} aria-label={props.title} noValidate>
      <h3>{props.title}</h3>
      {props.children(command.refusal)}
      <Refused refusal={command.refusal} fields={props.fields} />
      <button type="submit" disabled={command.pending}>
        {props.button}
      </button>
    </form>
  );
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

function Approve({ d }: { d: Recorded }) {
  const timeZone = useProcess().data?.timeZone ?? 'UTC';
  const [override, setOverride] = useState(false);
  return (
    <Step
      d={d}
      step="approve"
      title="Approve"
      button={override ? 'Approve with override' : 'Approve'}
      fields={['override', 'approvedOn']}
      body={(form) => ({
        approvedOn: text(form, 'approvedOn'),
        ...(override ? { override: { reason: text(form, 'overrideReason') } } : {}),
      })}
    >
      {(refusal) => (
        <>
          <Field label="Approval date" name="approvedOn" refusal={refusal}>
            {(a) => <input {...a} type="date" defaultValue={today(timeZone)} />}
          </Field>
          <div className="check">
            <input
              id={`override-${d.disbursementId}`}
              type="checkbox"
              checked={override}
              onChange={(e) => setOverride(e.target.checked)}
            />
            <label htmlFor={`override-${d.disbursementId}`}>
              Approve past what is available (override, with its reason)
            </label>
          </div>
          {override && (
            <Field label="Reason for the override" name="override.reason" refusal={refusal}>
              {(a) => <textarea {...a} name="overrideReason" rows={2} maxLength={500} />}
            </Field>
          )}
        </>
      )}
    </Step>
  );
}

function Reason(props: { refusal: ReturnType<typeof useCommand>['refusal']; label?: string }) {
  return (
    <Field label={props.label ?? 'Reason'} name="reason" refusal={props.refusal}>
      {(a) => <textarea {...a} rows={2} maxLength={500} />}
    </Field>
  );
}

function Reject({ d }: { d: Recorded }) {
  return (
    <Step
      d={d}
      step="reject"
      title="Reject"
      button="Reject"
      fields={['reason']}
      body={(form) => ({ reason: text(form, 'reason') })}
    >
      {(refusal) => <Reason refusal={refusal} />}
    </Step>
  );
}

function Withdraw({ d }: { d: Recorded }) {
  return (
    <Step
      d={d}
      step="withdraw"
      title="Withdraw the request"
      button="Withdraw"
      fields={['reason']}
      body={(form) => ({ reason: text(form, 'reason') })}
    >
      {(refusal) => <Reason refusal={refusal} />}
    </Step>
  );
}

function Pay({ d }: { d: Recorded }) {
  const timeZone = useProcess().data?.timeZone ?? 'UTC';
  return (
    <Step
      d={d}
      step="pay"
      title="Record the payment"
      button="Record payment"
      fields={['paymentReference', 'paidOn', 'override']}
      body={(form) => ({
        paymentReference: text(form, 'paymentReference'),
        paidOn: text(form, 'paidOn'),
        ...(text(form, 'overrideReason') ? { override: { reason: text(form, 'overrideReason') } } : {}),
      })}
    >
      {(refusal) => (
        <>
          <Field label="Payment reference" name="paymentReference" refusal={refusal}>
            {(a) => <input {...a} maxLength={100} />}
          </Field>
          <Field label="Paid on" name="paidOn" refusal={refusal}>
            {(a) => <input {...a} type="date" defaultValue={today(timeZone)} />}
          </Field>
          <Field
            label="Override reason (optional)"
            name="override.reason"
            refusal={refusal}
            hint="Only when another payment still pays the same invoice"
          >
            {(a) => <input {...a} name="overrideReason" maxLength={500} />}
          </Field>
        </>
      )}
    </Step>
  );
}

function Reverse({ d }: { d: Recorded }) {
  const timeZone = useProcess().data?.timeZone ?? 'UTC';
  const { currency } = d.amount;
  return (
    <Step
      d={d}
      step="reverse"
      title="Reverse the payment"
      button="Reverse"
      fields={['reason', 'reversedOn', 'amount']}
      body={(form) => ({
        reason: text(form, 'reason'),
        reversedOn: text(form, 'reversedOn'),
        ...(text(form, 'amount')
          ? { amount: { amount: minorUnits(text(form, 'amount'), currency), currency } }
          : {}),
      })}
    >
      {(refusal) => (
        <>
          <Reason refusal={refusal} />
          <Field label="Money came back on" name="reversedOn" refusal={refusal}>
            {(a) => <input {...a} type="date" defaultValue={today(timeZone)} />}
          </Field>
          <Field
            label={`Part refunded, in ${currency} (optional)`}
            name="amount"
            refusal={refusal}
            hint="Leave empty to reverse all that is still paid"
          >
            {(a) => <input {...a} inputMode="decimal" />}
          </Field>
        </>
      )}
    </Step>
  );
}
