import { describe, expect, it } from 'vitest';
import {
  approve,
  approved,
  eur,
  lineAdopted,
  lineCharged,
  reject,
  rejected,
  request,
  requested,
  usd,
} from '../../test/support/builders';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { evolve as evolveLine, initialState as noLine } from '../budget-line/budget-line';
import { disbursement } from './decide';
import { approveDisbursement, requestDisbursement } from './workflows';

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

const line = (...events: Parameters<typeof evolveLine>[1][]) => events.reduce(evolveLine, noLine);
const state = (...events: Parameters<typeof disbursement.evolve>[1][]) =>
  events.reduce(disbursement.evolve, disbursement.initialState);

describe('a request against its budget line', () => {
  it('is refused when the line does not exist', () => {
    expectRefusal(() => requestDisbursement(request(), state(), line()), 'budget-line-not-found');
  });

  it('is refused in another currency than the line', () => {
    expectRefusal(
      () => requestDisbursement(request({ amount: eur(5_00) }), state(), line(lineAdopted())),
      'currency-mismatch',
    );
  });

  it('is accepted beyond what is available: funds are claimed at approval', () => {
    const events = requestDisbursement(
      request({ amount: usd(20_000_00) }),
      state(),
      line(lineAdopted({ amount: usd(10_000_00) })),
    );
    expect(events).toEqual([requested({ amount: usd(20_000_00) })]);
  });
});

describe('an approval against its budget line', () => {
  it('charges the line with the approved amount, in the same decision', () => {
    const outcome = approveDisbursement(
      approve(),
      state(requested({ amount: usd(1_200_00) })),
      line(lineAdopted()),
    );
    expect(outcome).toEqual({
      disbursement: [approved({ amount: usd(1_200_00) })],
      line: [lineCharged({ amount: usd(1_200_00), chargedAt: approve().at })],
    });
  });

  it('is refused when it would take the line below zero available', () => {
    const spent = line(lineAdopted({ amount: usd(10_000_00) }), lineCharged({ amount: usd(9_000_00) }));
    const refusal = expectRefusal(
      () => approveDisbursement(approve(), state(requested({ amount: usd(1_000_01) })), spent),
      'insufficient-funds-on-line',
    );
    expect(refusal.details).toMatchObject({ available: usd(1_000_00), asked: usd(1_000_01) });
  });

  it('is refused for the maker before the line is looked at', () => {
    expectRefusal(
      () => approveDisbursement(approve({ by: 'fo-1' }), state(requested()), line()),
      'maker-cannot-approve',
    );
  });
});
