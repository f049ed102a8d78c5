import { describe, expect, it } from 'vitest';
import {
  approve,
  approved,
  day,
  document,
  eur,
  lineAdopted,
  lineCharged,
  paid,
  pledged,
  reject,
  rejected,
  request,
  requested,
  reversed,
  trancheReceived,
  usd,
} from '../../test/support/builders';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { openProcess } from '../../test/support/staffing-builders';
import { evolve as evolveLine, initialState as noLine } from '../budget-line/budget-line';
import { evolve as evolveSource, initialState as noSource } from '../contribution/contribution';
import { fold } from '../decider';
import { initialState as noInvoice } from '../invoice/invoice';
import { disbursement } from './decide';
import {
  approveAndCharge,
  payInvoice,
  payOn,
  type RequestInput,
  refundInvoice,
  requestDisbursement,
  reverseAndCredit,
} from './workflows';

const given = specFor(disbursement);

describe('requesting a disbursement', () => {
  it('records the maker, amount, payee and purpose', () => {
    given([]).when(request()).then([requested()]);
  });

  it('is refused when the same disbursement was already requested', () => {
    given([requested()]).when(request()).thenRefuses('disbursement-already-requested');
  });
});

describe('approving a disbursement', () => {
  it('is refused when the approver requested it', () => {
    given([requested({ requestedBy: 'fo-1' })])
      .when(approve({ by: 'fo-1' }))
      .thenRefuses('maker-cannot-approve');
  });

  it('approves the amount requested when a different person approves', () => {
    given([requested({ requestedBy: 'fo-1', amount: usd(1_200_00) })])
      .when(approve({ by: 'head' }))
      .then([approved({ approvedBy: 'head', amount: usd(1_200_00) })]);
  });

  it('is refused once the disbursement was approved', () => {
    given([requested(), approved()])
      .when(approve({ by: 'other' }))
      .thenRefuses('disbursement-not-pending');
  });

  it('is refused once the disbursement was rejected', () => {
    given([requested(), rejected()]).when(approve()).thenRefuses('disbursement-not-pending');
  });

  it('is refused for a disbursement never requested', () => {
    given([]).when(approve()).thenRefuses('disbursement-not-found');
  });
});

describe('rejecting a disbursement', () => {
  it('records who rejected it and why', () => {
    given([requested()])
      .when(reject({ reason: 'Duplicate invoice' }))
      .then([rejected({ reason: 'Duplicate invoice' })]);
  });

  it('is refused once the disbursement was approved', () => {
    given([requested(), approved()]).when(reject()).thenRefuses('disbursement-not-pending');
  });
});

describe('withdrawing a request', () => {
  const withdraw = { type: 'WithdrawDisbursement', disbursementId: 'd-1', reason: 'Entered twice' } as const;
  const withdrawn = {
    type: 'DisbursementWithdrawn',
    data: {
      disbursementId: 'd-1',
      lineId: 'EO-1',
      fundingSourceId: 'src-1',
      budgetAmount: usd(1_200_00),
      reason: 'Entered twice',
      withdrawnBy: 'fo-2',
      withdrawnAt: day(2),
    },
  } as const;

  it('records who withdrew it and why, restating what it would have charged', () => {
    given([requested()])
      .when({ ...withdraw, by: 'fo-2', at: day(2) })
      .then([withdrawn]);
  });

  it('leaves nothing an approver can act on', () => {
    given([requested(), withdrawn]).when(approve()).thenRefuses('disbursement-not-pending');
    given([requested(), withdrawn]).when(reject()).thenRefuses('disbursement-not-pending');
  });

  it('is refused once an approver has decided the request', () => {
    given([requested(), approved()])
      .when({ ...withdraw, by: 'fo-2', at: day(4) })
      .thenRefuses('disbursement-not-pending');
    given([requested(), rejected()])
      .when({ ...withdraw, by: 'fo-2', at: day(4) })
      .thenRefuses('disbursement-not-pending');
  });

  it('is refused for a disbursement never requested', () => {
    given([])
      .when({ ...withdraw, by: 'fo-2', at: day(2) })
      .thenRefuses('disbursement-not-found');
  });
});

const line = (...events: Parameters<typeof evolveLine>[1][]) => events.reduce(evolveLine, noLine);
const source = (...events: Parameters<typeof evolveSource>[1][]) => events.reduce(evolveSource, noSource);
const state = (...events: Parameters<typeof disbursement.evolve>[1][]) =>
  events.reduce(disbursement.evolve, disbursement.initialState);
const funded = () => source(pledged(), trancheReceived({ amount: usd(50_000_00) }));
const { type: _, rate: __, budgetAmount: ___, ...requestInput } = request();
const input = (o: Partial<RequestInput> = {}): RequestInput => ({
  type: 'RequestDisbursement',
  ...requestInput,
  rate: undefined,
  ...o,
});
const eurUsd = {
  base: 'EUR',
  quote: 'USD',
  rate: '1.0825',
  date: '2026-01-02',
  source: 'UN operational rate',
};

describe('a request against its budget line and funding source', () => {
  it('is refused when the line does not exist', () => {
    expectRefusal(
      () => requestDisbursement(input(), state(), line(), funded(), openProcess),
      'budget-line-not-found',
    );
  });

  it('is refused when the funding source does not exist', () => {
    expectRefusal(
      () => requestDisbursement(input(), state(), line(lineAdopted()), source(), openProcess),
      'funding-source-not-found',
    );
  });

  it('is refused in another currency when no rate is recorded for the day', () => {
    expectRefusal(
      () =>
        requestDisbursement(
          input({ amount: eur(5_00) }),
          state(),
          line(lineAdopted()),
          funded(),
          openProcess,
        ),
      'exchange-rate-not-recorded',
    );
  });

  it('records the rate used and the amount in the budget currency', () => {
    const [event] = requestDisbursement(
      input({ amount: eur(1_000_00), rate: eurUsd }),
      state(),
      line(lineAdopted()),
      funded(),
      openProcess,
    );
    expect(event?.data).toMatchObject({ amount: eur(1_000_00), rate: eurUsd, budgetAmount: usd(1_082_50) });
  });

  it('is accepted beyond what is available: funds are claimed at approval', () => {
    const events = requestDisbursement(
      input({ amount: usd(5_000_00) }),
      state(),
      line(lineAdopted({ amount: usd(10_000_00) }), lineCharged({ amount: usd(8_000_00) })),
      funded(),
      openProcess,
    );
    expect(events).toEqual([requested({ amount: usd(5_000_00) })]);
  });

  it('is refused above the line’s whole allocation, so what the views add up stays in range', () => {
    const refused = () =>
      requestDisbursement(
        input({ amount: usd(Number.MAX_SAFE_INTEGER) }),
        state(),
        line(lineAdopted({ amount: usd(10_000_00) })),
        funded(),
        openProcess,
      );
    const refusal = expectRefusal(refused, 'request-exceeds-allocation');
    expect(refusal.details).toEqual({ allocated: usd(10_000_00), asked: usd(Number.MAX_SAFE_INTEGER) });
  });

  it('is bounded by the allocation in the budget currency, after conversion', () => {
    expectRefusal(
      () =>
        requestDisbursement(
          input({ amount: eur(9_300_00), rate: eurUsd }),
          state(),
          line(lineAdopted({ amount: usd(10_000_00) })),
          funded(),
          openProcess,
        ),
      'request-exceeds-allocation',
    );
  });
});

describe('an approval against its line and source', () => {
  it('charges both with the amount in the budget currency, in the same decision', () => {
    const outcome = approveAndCharge(
      approve(),
      state(requested({ amount: usd(1_200_00) })),
      line(lineAdopted()),
      funded(),
      openProcess,
    );
    expect(outcome.disbursement).toEqual([approved({ amount: usd(1_200_00) })]);
    expect(outcome.line).toEqual([lineCharged({ amount: usd(1_200_00), chargedAt: approve().at })]);
    expect(outcome.source).toMatchObject([
      { type: 'ContributionCharged', data: { amount: usd(1_200_00), lineId: 'EO-1' } },
    ]);
  });

  it('is refused when it would take the line below zero available', () => {
    const spent = line(lineAdopted({ amount: usd(10_000_00) }), lineCharged({ amount: usd(9_000_00) }));
    const refusal = expectRefusal(
      () =>
        approveAndCharge(
          approve(),
          state(requested({ amount: usd(1_000_01) })),
          spent,
          funded(),
          openProcess,
        ),
      'insufficient-funds-on-line',
    );
    expect(refusal.details).toMatchObject({ available: usd(1_000_00), asked: usd(1_000_01) });
  });

  it('is refused when it would take the funding source below zero available', () => {
    const thin = source(pledged(), trancheReceived({ amount: usd(1_000_00) }));
    expectRefusal(
      () => approveAndCharge(approve(), state(requested()), line(lineAdopted()), thin, openProcess),
      'insufficient-funds-on-source',
    );
  });

  it('is refused outside the donor’s restriction', () => {
    const restricted = source(
      pledged({ restrictions: { units: ['communications'], lineIds: [] } }),
      trancheReceived(),
    );
    expectRefusal(
      () =>
        approveAndCharge(
          approve(),
          state(requested()),
          line(lineAdopted({ unit: 'education-outreach' })),
          restricted,
          openProcess,
        ),
      'outside-donor-restriction',
    );
  });

  it('goes past available and outside restrictions only with an override, recorded with its reason', () => {
    const restricted = source(pledged({ restrictions: { units: ['communications'], lineIds: [] } }));
    const spent = line(lineAdopted({ amount: usd(1_000_00) }));
    const outcome = approveAndCharge(
      approve({ override: { reason: 'Emergency hall booking' } }),
      state(requested()),
      spent,
      restricted,
      openProcess,
    );
    const override = { reason: 'Emergency hall booking', by: 'head' };
    expect(outcome.disbursement[0]?.data).toMatchObject({ override });
    expect(outcome.line[0]?.data).toMatchObject({ override });
    expect(outcome.source[0]?.data).toMatchObject({ override });
  });

  it('is refused for the maker before the line is looked at, override or not', () => {
    expectRefusal(
      () =>
        approveAndCharge(
          approve({ by: 'fo-1', override: { reason: 'x' } }),
          state(requested()),
          line(),
          source(),
          openProcess,
        ),
      'maker-cannot-approve',
    );
  });
});

describe('paying and reversing', () => {
  it('pays only an approved disbursement', () => {
    given([requested(), approved()])
      .when({
        type: 'PayDisbursement',
        disbursementId: 'd-1',
        paymentReference: 'EFT-0042',
        paidOn: '2026-01-04',
        by: 'fo-2',
        at: day(4),
      })
      .then([paid()]);
    given([requested()])
      .when({
        type: 'PayDisbursement',
        disbursementId: 'd-1',
        paymentReference: 'EFT-0042',
        paidOn: '2026-01-04',
        by: 'fo-2',
        at: day(4),
      })
      .thenRefuses('disbursement-not-approved');
  });

  it('is paid on a day the process has lived: late is fine, the future or before the mandate is not', () => {
    const pay = (paidOn: string) => () =>
      payOn(
        {
          type: 'PayDisbursement',
          disbursementId: 'd-1',
          paymentReference: 'EFT-0042',
          paidOn,
          by: 'fo-2',
          at: day(4),
        },
        state(requested(), approved()),
        openProcess,
      );
    expect(pay('2026-01-02')()).toEqual([paid({ paidOn: '2026-01-02' })]);
    expectRefusal(pay('2026-01-05'), 'date-after-today');
    // Before the mandate is before any approval: the record's own refusal comes first.
    expectRefusal(pay('2025-12-31'), 'payment-before-approval');
    // The record's own refusal first: a payment of a request never approved is refused for that, whatever its date.
    expectRefusal(
      () =>
        payOn(
          {
            type: 'PayDisbursement',
            disbursementId: 'd-1',
            paymentReference: 'EFT-0042',
            paidOn: '2099-01-01',
            by: 'fo-2',
            at: day(4),
          },
          state(requested()),
          openProcess,
        ),
      'disbursement-not-approved',
    );
  });

  it('is refused on a day before its approval', () => {
    const pay = (paidOn: string) => ({
      type: 'PayDisbursement' as const,
      disbursementId: 'd-1',
      paymentReference: 'EFT-0042',
      paidOn,
      by: 'fo-2',
      at: day(4),
    });
    const history = [requested(), approved({ approvedOn: '2026-01-03' })];
    given(history).when(pay('2026-01-02')).thenRefuses('payment-before-approval');
    given(history)
      .when(pay('2026-01-03'))
      .then([paid({ paidOn: '2026-01-03' })]);
  });

  const reverse = (by = 'head', reversedOn = '2026-01-05') => ({
    type: 'ReverseDisbursement' as const,
    disbursementId: 'd-1',
    reason: 'Paid twice',
    reversedOn,
    by,
    at: day(5),
  });

  it('records the day the money came back, which may not come before the payment', () => {
    const history = [requested(), approved(), paid({ paidOn: '2026-01-04' })];
    given(history)
      .when(reverse('head', '2026-01-04'))
      .then([reversed({ reversedOn: '2026-01-04', reversedAt: day(5) })]);
    given(history).when(reverse('head', '2026-01-03')).thenRefuses('reversal-before-payment');
  });

  it('is refused on a day the process has not reached yet', () => {
    const history = [requested(), approved(), paid()];
    const reverseOn = (reversedOn: string) => () =>
      reverseAndCredit(
        reverse('head', reversedOn),
        state(...history),
        line(lineAdopted()),
        funded(),
        openProcess,
      );
    expectRefusal(reverseOn('2026-01-06'), 'date-after-today');
    expect(reverseOn('2026-01-05')().disbursement[0]?.data).toMatchObject({ reversedOn: '2026-01-05' });
  });

  it('reverses only a paid disbursement', () => {
    given([requested(), approved()]).when(reverse()).thenRefuses('disbursement-not-paid');
  });

  it('is refused to the maker of the request', () => {
    given([requested({ requestedBy: 'fo-1' }), approved(), paid()])
      .when(reverse('fo-1'))
      .thenRefuses('maker-cannot-reverse');
  });

  it('gives the line and the source back exactly what the payment charged', () => {
    const history = [
      requested({ amount: eur(1_000_00), budgetAmount: usd(1_082_50) }),
      approved({ amount: eur(1_000_00), budgetAmount: usd(1_082_50) }),
      paid(),
    ];
    const outcome = reverseAndCredit(
      reverse(),
      state(...history),
      line(lineAdopted()),
      funded(),
      openProcess,
    );
    expect(outcome.disbursement[0]?.data).toMatchObject({ budgetAmount: usd(1_082_50) });
    expect(outcome.line[0]).toMatchObject({ type: 'BudgetLineCredited', data: { amount: usd(1_082_50) } });
    expect(outcome.source[0]).toMatchObject({
      type: 'ContributionCredited',
      data: { amount: usd(1_082_50) },
    });
  });
});

describe('a partial reversal (a refund of part of a payment)', () => {
  const rate = { base: 'EUR', quote: 'USD', rate: '1.0825', date: '2026-01-02', source: 'ECB' };
  const history = [
    requested({ amount: eur(1_000_00), rate, budgetAmount: usd(1_082_50) }),
    approved({ amount: eur(1_000_00), budgetAmount: usd(1_082_50) }),
    paid(),
  ];
  const refund = (amount?: ReturnType<typeof eur>, by = 'head') => ({
    type: 'ReverseDisbursement' as const,
    disbursementId: 'd-1',
    reason: 'Hall refunded a deposit',
    reversedOn: '2026-01-05',
    ...(amount ? { amount } : {}),
    by,
    at: day(5),
  });
  const partly = (amount: ReturnType<typeof eur>, budgetAmount: ReturnType<typeof usd>) =>
    reversed({
      amount,
      budgetAmount,
      reason: 'Hall refunded a deposit',
      reversedOn: '2026-01-05',
      reversedAt: day(5),
    });

  it('credits the refunded part at the payment rate and leaves the rest paid', () => {
    given(history)
      .when(refund(eur(333_33)))
      .then([partly(eur(333_33), usd(360_83))]);
    expect(state(...history, partly(eur(333_33), usd(360_83))).status).toBe('paid');
  });

  it('follows one refund with another until all came back, adding up to what the payment charged', () => {
    const first = partly(eur(333_33), usd(360_83));
    const second = partly(eur(333_33), usd(360_83));
    given([...history, first])
      .when(refund(eur(333_33)))
      .then([second]);
    // The last part is what was still charged, whatever the rounding of the parts: 1,082.50 in all.
    given([...history, first, second])
      .when(refund())
      .then([partly(eur(333_34), usd(360_84))]);
    expect(state(...history, first, second, partly(eur(333_34), usd(360_84))).status).toBe('reversed');
    given([...history, first, second, partly(eur(333_34), usd(360_84))])
      .when(refund(eur(1)))
      .thenRefuses('disbursement-not-paid');
  });

  it('is refused past what is still paid, at zero, or in another currency', () => {
    given([...history, partly(eur(900_00), usd(974_25))])
      .when(refund(eur(100_01)))
      .thenRefuses('reversal-exceeds-paid');
    given(history)
      .when(refund(eur(0)))
      .thenRefuses('reversal-not-positive');
    given(history)
      .when(refund(usd(100_00)))
      .thenRefuses('reversal-in-another-currency');
  });

  it('credits the line and the source the refunded part only', () => {
    const outcome = reverseAndCredit(
      refund(eur(500_00)),
      state(...history),
      line(lineAdopted()),
      funded(),
      openProcess,
    );
    expect(outcome.line[0]).toMatchObject({ type: 'BudgetLineCredited', data: { amount: usd(541_25) } });
    expect(outcome.source[0]).toMatchObject({ type: 'ContributionCredited', data: { amount: usd(541_25) } });
  });

  it('reads a reversal stored before partial ones as the whole payment', () => {
    const whole = reversed({ amount: null, budgetAmount: usd(1_082_50) });
    expect(state(...history, whole)).toMatchObject({ status: 'reversed', refunded: eur(1_000_00) });
  });
});

describe('the value dates of a request and its approval', () => {
  it('are the days the client gives, on days the process has lived', () => {
    const [event] = requestDisbursement(
      input({ requestedOn: '2026-01-01' }),
      state(),
      line(lineAdopted()),
      funded(),
      openProcess,
    );
    expect(event?.data).toMatchObject({ requestedOn: '2026-01-01', requestedAt: day(2) });
    const requestOn = (requestedOn: string) => () =>
      requestDisbursement(input({ requestedOn }), state(), line(lineAdopted()), funded(), openProcess);
    expectRefusal(requestOn('2026-01-03'), 'date-after-today');
    expectRefusal(requestOn('2025-12-31'), 'date-before-mandate');
  });

  it('default to the day of recording in the process’s time zone', () => {
    const late = '2026-01-02T22:30:00.000Z';
    const [event] = requestDisbursement(
      input({ requestedOn: undefined, at: late }),
      state(),
      line(lineAdopted()),
      funded(),
      openProcess,
    );
    expect(event?.data).toMatchObject({ requestedOn: '2026-01-02' });
    const outcome = approveAndCharge(
      approve({ approvedOn: undefined }),
      state(requested()),
      line(lineAdopted()),
      funded(),
      openProcess,
    );
    expect(outcome.disbursement[0]?.data).toMatchObject({ approvedOn: '2026-01-03' });
  });

  it('refuse an approval dated before the request, or on a day still to come', () => {
    given([requested({ requestedOn: '2026-01-02' })])
      .when(approve({ approvedOn: '2026-01-01' }))
      .thenRefuses('approval-before-request');
    const approveOn = (approvedOn: string) => () =>
      approveAndCharge(
        approve({ approvedOn }),
        state(requested()),
        line(lineAdopted()),
        funded(),
        openProcess,
      );
    expectRefusal(approveOn('2026-01-04'), 'date-after-today');
    expect(approveOn('2026-01-03')().disbursement[0]?.data).toMatchObject({ approvedOn: '2026-01-03' });
  });
});

describe('the invoice behind a disbursement', () => {
  const pay = {
    type: 'PayDisbursement' as const,
    disbursementId: 'd-1',
    paymentReference: 'EFT-1',
    paidOn: '2026-01-04',
    by: 'fo-2',
    at: day(4),
  };
  const invoicePaidBy = (disbursementId: string) => ({
    presentedBy: ['d-1', 'd-2'],
    paidBy: [disbursementId],
  });

  it('is paid by the payment, unless another payment of it stands', () => {
    const history = state(requested(), approved());
    expect(payInvoice(pay, history, noInvoice)).toEqual([
      {
        type: 'InvoicePaid',
        data: {
          sha256: document.sha256,
          disbursementId: 'd-1',
          override: null,
          paidBy: 'fo-2',
          paidAt: day(4),
        },
      },
    ]);
    expectRefusal(() => payInvoice(pay, history, invoicePaidBy('d-2')), 'invoice-already-paid');
    const override = { reason: 'Second instalment on one invoice' };
    expect(payInvoice({ ...pay, override }, history, invoicePaidBy('d-2'))[0]?.data).toMatchObject({
      override: { ...override, by: 'fo-2' },
    });
  });

  it('is not followed on a request recorded before documents were required', () => {
    const legacy = state(requested({ supportingDocument: null }), approved());
    expect(payInvoice(pay, legacy, invoicePaidBy('d-2'))).toEqual([]);
  });

  it('is free again only once the payment came back in full', () => {
    const actor = { by: 'head', at: day(5) };
    const history = [requested(), approved(), paid()];
    const partly = state(...history, reversed({ amount: usd(200_00), budgetAmount: usd(200_00) }));
    expect(refundInvoice(actor, partly, invoicePaidBy('d-1'))).toEqual([]);
    expect(refundInvoice(actor, state(...history, reversed()), invoicePaidBy('d-1'))).toEqual([
      {
        type: 'InvoiceRefunded',
        data: { sha256: document.sha256, disbursementId: 'd-1', refundedBy: 'head', refundedAt: day(5) },
      },
    ]);
  });
});

describe('what a checker reads of a disbursement', () => {
  const state = (...events: Parameters<typeof disbursement.evolve>[1][]) =>
    fold(disbursement, disbursement.initialState, events);

  it('shows the request: payee, purpose, amounts, rate, document, maker and when', () => {
    expect(state(requested())).toMatchObject({
      status: 'requested',
      payee: 'Venue Ltd',
      purpose: 'Hall for the Mombasa hearing',
      amount: usd(1_200_00),
      budgetAmount: usd(1_200_00),
      rate: null,
      supportingDocument: document,
      requestedBy: 'fo-1',
      requestedAt: day(2),
      requestedOn: '2026-01-02',
      reversals: [],
    });
  });

  it('shows the approver, the payer, the payment reference and each override, with when', () => {
    const override = { reason: 'Line topped up next week', by: 'head' };
    const payOverride = { reason: 'The first payment bounced', by: 'fo-2' };
    expect(
      state(requested(), approved({ override }), paid({ override: payOverride, paymentReference: 'EFT-1' })),
    ).toMatchObject({
      status: 'paid',
      approvedBy: 'head',
      approvedAt: day(3),
      approvedOn: '2026-01-02',
      approvalOverride: override,
      paidBy: 'fo-2',
      paidAt: day(4),
      paidOn: '2026-01-04',
      paymentReference: 'EFT-1',
      paymentOverride: payOverride,
    });
  });

  it('shows who rejected it, when and why', () => {
    expect(state(requested(), rejected({ reason: 'No quotation', rejectedBy: 'head' }))).toMatchObject({
      status: 'rejected',
      rejectedBy: 'head',
      rejectedAt: day(3),
      rejectionReason: 'No quotation',
    });
  });

  it('shows who withdrew it, when and why', () => {
    const withdrawn = {
      type: 'DisbursementWithdrawn',
      data: {
        disbursementId: 'd-1',
        lineId: 'EO-1',
        fundingSourceId: 'src-1',
        budgetAmount: usd(1_200_00),
        reason: 'Entered twice',
        withdrawnBy: 'fo-1',
        withdrawnAt: day(3),
      },
    } as const;
    expect(state(requested(), withdrawn)).toMatchObject({
      status: 'withdrawn',
      withdrawnBy: 'fo-1',
      withdrawnAt: day(3),
      withdrawalReason: 'Entered twice',
    });
  });

  it('keeps every reversal with its amount, reason, day and who recorded it', () => {
    const first = reversed({ amount: usd(200_00), budgetAmount: usd(200_00), reason: 'Overcharged' });
    const rest = reversed({
      amount: null,
      budgetAmount: null,
      reason: 'Cancelled',
      reversedOn: '2026-02-05',
    });
    expect(state(requested(), approved(), paid(), first, rest)).toMatchObject({
      status: 'reversed',
      reversals: [
        { amount: usd(200_00), reason: 'Overcharged', reversedOn: '2026-02-03', reversedBy: 'head' },
        // Recorded before partial refunds: all that was still paid came back.
        { amount: usd(1_000_00), reason: 'Cancelled', reversedOn: '2026-02-05', reversedBy: 'head' },
      ],
    });
  });
});
