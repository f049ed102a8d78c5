import { describe, expect, it } from 'vitest';
import type { EventOf } from '../../events/catalog';
import type { OpeningLine } from '../../events/catalog/opening-balance';
import { eur, lineAdopted, pledged, usd } from '../../test/support/builders';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { openProcess } from '../../test/support/staffing-builders';
import { type BudgetLine, evolve as evolveLine, initialState as noLine } from '../budget-line/budget-line';
import { budgetLine } from '../budget-line/decide';
import {
  type Contribution,
  evolve as evolveSource,
  initialState as noSource,
} from '../contribution/contribution';
import { evolve as evolveProcess } from '../process/process';
import { openingBalance, type ProposeOpeningBalances } from './decide';
import { evolve, initialState } from './opening-balance';
import { approveOpeningBalances, MAX_OPENING_STREAMS, proposeOpeningBalances } from './workflows';

const given = specFor(openingBalance);
const proposedAt = '2026-06-10T09:00:00.000Z';
const approvedAt = '2026-06-11T09:00:00.000Z';
const entry = (o: Partial<OpeningLine> = {}): OpeningLine => ({
  lineId: 'EO-1',
  fundingSourceId: 'src-1',
  spent: usd(3_000_00),
  committed: usd(1_000_00),
  ...o,
});
const proposed: EventOf<'OpeningBalancesProposed'> = {
  type: 'OpeningBalancesProposed',
  data: {
    asOf: '2026-05-31',
    lines: [entry()],
    receipts: [
      { contributionId: 'src-1', received: usd(20_000_00), rate: null, budgetAmount: usd(20_000_00) },
    ],
    proposedBy: 'fo-1',
    proposedAt,
  },
};
const propose = (o: Partial<ProposeOpeningBalances> = {}): ProposeOpeningBalances => ({
  type: 'ProposeOpeningBalances',
  asOf: '2026-05-31',
  lines: proposed.data.lines,
  receipts: proposed.data.receipts,
  by: 'fo-1',
  at: proposedAt,
  ...o,
});
const approvedEvent: EventOf<'OpeningBalancesApproved'> = {
  type: 'OpeningBalancesApproved',
  data: { asOf: '2026-05-31', proposedBy: 'fo-1', approvedBy: 'fa-1', approvedAt },
};

const line: BudgetLine = evolveLine(noLine, lineAdopted());
const usdSource: Contribution = evolveSource(noSource, pledged());
const eurSource: Contribution = evolveSource(
  noSource,
  pledged({ contributionId: 'src-eu', amount: eur(50_000_00) }),
);
const lines = (lineId: string) => (lineId === 'EO-1' ? line : noLine);
const sources = (id: string) => (id === 'src-1' ? usdSource : id === 'src-eu' ? eurSource : noSource);
const eurUsd = { base: 'EUR', quote: 'USD', rate: '1.10', date: '2026-05-31', source: 'UN operational rate' };

/** What the finance desk asks, before the rate of the as-of date is attached to each receipt. */
const asked = (o: Partial<Parameters<typeof proposeOpeningBalances>[0]> = {}) => ({
  asOf: '2026-05-31',
  lines: [entry()],
  receipts: [{ contributionId: 'src-1', received: usd(20_000_00), rate: undefined }],
  by: 'fo-1',
  at: proposedAt,
  ...o,
});
const proposeIn = (o: Partial<Parameters<typeof proposeOpeningBalances>[0]> = {}, process = openProcess) =>
  proposeOpeningBalances(asked(o), { status: 'none' }, process, lines, sources);

describe('proposing opening balances', () => {
  it('records per line and source what was spent and committed, per contribution what was received', () => {
    expect(proposeIn()).toEqual([proposed]);
  });

  it('converts a receipt in another currency at the rate recorded for the as-of date', () => {
    // EUR 10,000.00 at EUR/USD 1.10 = USD 11,000.00
    const [event] = proposeIn({
      receipts: [{ contributionId: 'src-eu', received: eur(10_000_00), rate: eurUsd }],
    });
    expect(event?.data).toMatchObject({
      receipts: [
        { contributionId: 'src-eu', received: eur(10_000_00), rate: eurUsd, budgetAmount: usd(11_000_00) },
      ],
    });
    expectRefusal(
      () =>
        proposeIn({ receipts: [{ contributionId: 'src-eu', received: eur(10_000_00), rate: undefined }] }),
      'exchange-rate-not-recorded',
    );
    expectRefusal(
      () =>
        proposeIn({ receipts: [{ contributionId: 'src-eu', received: usd(10_000_00), rate: undefined }] }),
      'opening-balance-currency-mismatch',
    );
  });

  it('dates them on a business date: not after today, not before the mandate, not in a closed month', () => {
    expectRefusal(() => proposeIn({ asOf: '2026-06-11' }), 'date-after-today');
    expectRefusal(() => proposeIn({ asOf: '2025-12-31' }), 'date-before-mandate');
    const mayClosed = evolveProcess(openProcess, {
      type: 'PeriodClosed',
      data: { month: '2026-05', proposedBy: 'fo-1', closedBy: 'fa-1', closedAt: proposedAt },
    });
    expectRefusal(() => proposeIn({}, mayClosed), 'period-closed');
  });

  it('names only adopted lines in the budget currency and pledged sources, each once', () => {
    expectRefusal(() => proposeIn({ lines: [entry({ lineId: 'EO-9' })] }), 'budget-line-not-found');
    expectRefusal(() => proposeIn({ lines: [entry({ spent: eur(1_00) })] }), 'currency-mismatch');
    expectRefusal(
      () => proposeIn({ lines: [entry({ fundingSourceId: 'nobody' })] }),
      'funding-source-not-found',
    );
    expectRefusal(() => proposeIn({ lines: [entry(), entry()] }), 'opening-balance-entry-twice');
  });

  it('touches no more lines and contributions than one transaction holds', () => {
    const many = Array.from({ length: MAX_OPENING_STREAMS }, (_, i) => entry({ lineId: `L-${i}` }));
    const anyLine = () => line;
    expectRefusal(
      () => proposeOpeningBalances(asked({ lines: many }), { status: 'none' }, openProcess, anyLine, sources),
      'opening-balances-too-many-streams',
    );
  });

  it('is refused while a proposal waits, and once a set is approved', () => {
    given([proposed]).when(propose()).thenRefuses('opening-balances-already-proposed');
    given([proposed, approvedEvent]).when(propose()).thenRefuses('opening-balances-already-approved');
  });

  it('may be proposed again after a rejection', () => {
    const rejected: EventOf<'OpeningBalancesRejected'> = {
      type: 'OpeningBalancesRejected',
      data: { asOf: '2026-05-31', reason: 'May not reconciled', rejectedBy: 'fa-1', rejectedAt: approvedAt },
    };
    given([proposed, rejected]).when(propose()).then([proposed]);
  });
});

describe('approving opening balances', () => {
  const approve = { type: 'ApproveOpeningBalances' as const, by: 'fa-1', at: approvedAt };

  it('is an approver’s other than the proposer, once', () => {
    given([proposed])
      .when({ ...approve, by: 'fo-1' })
      .thenRefuses('proposer-cannot-approve-opening-balances');
    given([]).when(approve).thenRefuses('opening-balances-not-proposed');
    given([proposed, approvedEvent]).when(approve).thenRefuses('opening-balances-already-approved');
    given([proposed])
      .when({ type: 'RejectOpeningBalances', reason: 'No', by: 'fo-1', at: approvedAt })
      .thenRefuses('proposer-cannot-approve-opening-balances');
  });

  it('charges each line and contribution on its own stream, so the spending controls count it', () => {
    // Given the line EO-1 of 10,000.00: 3,000.00 spent and 1,000.00 committed before the system.
    const balances = [proposed].reduce(openingBalance.evolve, openingBalance.initialState);
    const outcome = approveOpeningBalances(approve, balances, openProcess, sources);
    const approved = { asOf: '2026-05-31', proposedBy: 'fo-1', approvedBy: 'fa-1', approvedAt };
    expect(outcome).toEqual({
      openingBalance: [approvedEvent],
      lines: {
        'EO-1': [
          {
            type: 'BudgetLineOpeningBalance',
            data: { lineId: 'EO-1', spent: usd(3_000_00), committed: usd(1_000_00), ...approved },
          },
        ],
      },
      contributions: {
        'src-1': [
          {
            type: 'ContributionOpeningBalance',
            data: {
              contributionId: 'src-1',
              received: usd(20_000_00),
              deposited: usd(20_000_00),
              spent: usd(3_000_00),
              committed: usd(1_000_00),
              ...approved,
            },
          },
        ],
      },
    });
    // Then 6,000.00 is left on the line: a charge of 6,000.01 is refused.
    const charge = (amount: number) => ({
      type: 'ChargeBudgetLine' as const,
      disbursementId: 'd-1',
      amount: usd(amount),
      by: 'fa-1',
      at: approvedAt,
    });
    specFor(budgetLine)([lineAdopted(), ...(outcome.lines['EO-1'] ?? [])])
      .when(charge(6_000_01))
      .thenRefuses('insufficient-funds-on-line');
  });
});

describe('what a checker reads of opening balances', () => {
  it('shows who approved them and when, beside who proposed them', () => {
    expect([proposed, approvedEvent].reduce(evolve, initialState)).toMatchObject({
      status: 'approved',
      proposedBy: 'fo-1',
      proposedAt,
      approvedBy: 'fa-1',
      approvedAt,
    });
  });

  it('shows who rejected them, when and why, until proposed again', () => {
    const rejected: EventOf<'OpeningBalancesRejected'> = {
      type: 'OpeningBalancesRejected',
      data: { asOf: '2026-05-31', reason: 'May not reconciled', rejectedBy: 'fa-1', rejectedAt: approvedAt },
    };
    expect([proposed, rejected].reduce(evolve, initialState)).toMatchObject({
      status: 'rejected',
      rejectedBy: 'fa-1',
      rejectedAt: approvedAt,
      rejectionReason: 'May not reconciled',
    });
    expect([proposed, rejected, proposed].reduce(evolve, initialState)).not.toHaveProperty('rejectedBy');
  });
});
