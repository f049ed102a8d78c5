import { describe, expect, it } from 'vitest';
import { readData } from '../../events/catalog';
import { day, eur, pledged, trancheReceived, usd } from '../../test/support/builders';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { openProcess } from '../../test/support/staffing-builders';
import { evolve as evolveProcess } from '../process/process';
import { evolve, initialState } from './contribution';
import {
  type ApproveTrancheCorrection,
  contribution,
  type ProposeTrancheCorrection,
  type RejectTrancheCorrection,
} from './decide';
import { approveTrancheCorrectionOn, proposeTrancheCorrectionOn } from './workflows';

/**
 * 50,000.00 received on 2 January was entered as it was typed; the bank statement says 5,000.00 on
 * 3 January. A finance officer proposes the right tranche, an approver approves it: the tranche is
 * reversed and the right one received, each a record of its own.
 */
const given = specFor(contribution);
const propose = (o: Partial<ProposeTrancheCorrection> = {}): ProposeTrancheCorrection => ({
  type: 'ProposeTrancheCorrection',
  trancheId: 't-1',
  correctionId: 'c-1',
  amount: usd(5_000_00),
  receivedOn: '2026-01-03',
  reason: 'Typed with an extra zero; bank statement 3 January',
  rate: undefined,
  by: 'fo-1',
  at: day(5),
  ...o,
});
const proposed = (o: Partial<ReturnType<typeof proposedData>> = {}) => ({
  type: 'TrancheCorrectionProposed' as const,
  data: { ...proposedData(), ...o },
});
const proposedData = () => ({
  contributionId: 'src-1',
  trancheId: 't-1',
  correctionId: 'c-1',
  amount: usd(5_000_00),
  receivedOn: '2026-01-03',
  rate: null as null | { base: string; quote: string; rate: string; date: string; source: string },
  budgetAmount: usd(5_000_00),
  reason: 'Typed with an extra zero; bank statement 3 January',
  proposedBy: 'fo-1',
  proposedAt: day(5),
});
const approve = (o: Partial<ApproveTrancheCorrection> = {}): ApproveTrancheCorrection => ({
  type: 'ApproveTrancheCorrection',
  trancheId: 't-1',
  correctionId: 'c-1',
  reversedOn: '2026-01-02',
  by: 'fa-1',
  at: day(6),
  ...o,
});
const reject = (o: Partial<RejectTrancheCorrection> = {}): RejectTrancheCorrection => ({
  type: 'RejectTrancheCorrection',
  trancheId: 't-1',
  correctionId: 'c-1',
  reason: 'The statement shows 50,000.00',
  by: 'fa-1',
  at: day(6),
  ...o,
});
const charged = (amount = usd(40_000_00)) => ({
  type: 'ContributionCharged' as const,
  data: { contributionId: 'src-1', disbursementId: 'd-1', lineId: 'EO-1', amount, chargedAt: day(4) },
});

describe('proposing a tranche correction', () => {
  it('records the right amount and day with the reason, and moves no money', () => {
    given([pledged(), trancheReceived()]).when(propose()).then([proposed()]);
    const state = [pledged(), trancheReceived(), proposed()].reduce(evolve, initialState);
    expect(state).toMatchObject({ received: usd(50_000_00), deposited: usd(50_000_00) });
  });

  it('converts the right amount at the rate recorded for its day', () => {
    const eurUsd = {
      base: 'EUR',
      quote: 'USD',
      rate: '1.10',
      date: '2026-01-03',
      source: 'UN operational rate',
    };
    const received = trancheReceived({ amount: eur(50_000_00), budgetAmount: usd(55_000_00), rate: eurUsd });
    given([pledged({ amount: eur(100_000_00) }), received])
      .when(propose({ amount: eur(5_000_00), rate: eurUsd }))
      .then([proposed({ amount: eur(5_000_00), rate: eurUsd, budgetAmount: usd(5_500_00) })]);
  });

  it('is refused for a tranche never received, or one already corrected', () => {
    given([pledged(), trancheReceived()])
      .when(propose({ trancheId: 't-9' }))
      .thenRefuses('tranche-not-found');
    given([pledged(), trancheReceived(), proposed()])
      .when(propose({ correctionId: 'c-2' }))
      .thenRefuses('tranche-correction-pending');
  });

  it('is refused when it changes nothing, or when the right tranche would exceed the pledge', () => {
    given([pledged(), trancheReceived()])
      .when(propose({ amount: usd(50_000_00), receivedOn: '2026-01-02' }))
      .thenRefuses('correction-changes-nothing');
    given([pledged({ amount: usd(100_000_00) }), trancheReceived(), trancheReceived({ trancheId: 't-2' })])
      .when(propose({ amount: usd(50_000_01) }))
      .thenRefuses('tranche-exceeds-pledge');
  });

  it('is refused when what is already charged on the source would no longer be covered', () => {
    given([pledged(), trancheReceived(), charged()])
      .when(propose())
      .thenRefuses('insufficient-funds-on-source');
  });

  it('dates the right tranche on a business date', () => {
    const source = [pledged(), trancheReceived()].reduce(evolve, initialState);
    expectRefusal(
      () => proposeTrancheCorrectionOn(propose({ receivedOn: '2026-01-06' }), source, openProcess),
      'date-after-today',
    );
  });
});

describe('approving a tranche correction', () => {
  const history = [pledged(), trancheReceived(), proposed()];

  it('reverses the tranche as entered and receives the right one, which names it', () => {
    given(history)
      .when(approve())
      .then([
        {
          type: 'TrancheReversed',
          data: {
            contributionId: 'src-1',
            trancheId: 't-1',
            correctionId: 'c-1',
            amount: usd(50_000_00),
            rate: null,
            budgetAmount: usd(50_000_00),
            reversedOn: '2026-01-02',
            reason: 'Typed with an extra zero; bank statement 3 January',
            proposedBy: 'fo-1',
            reversedBy: 'fa-1',
            reversedAt: day(6),
          },
        },
        trancheReceived({
          trancheId: 'c-1',
          amount: usd(5_000_00),
          receivedOn: '2026-01-03',
          correctionOf: 't-1',
          receivedAt: day(6),
        }),
      ]);
  });

  it('leaves the source holding the right amount, and the tranche not correctable again', () => {
    const events = contribution.decide(approve(), history.reduce(evolve, initialState));
    const state = [...history, ...events].reduce(evolve, initialState);
    expect(state).toMatchObject({ received: usd(5_000_00), deposited: usd(5_000_00), corrections: {} });
    given([...history, ...events])
      .when(propose({ correctionId: 'c-2', amount: usd(6_000_00) }))
      .thenRefuses('tranche-already-reversed');
  });

  it('is refused to the one who proposed it: maker ≠ checker', () => {
    given(history)
      .when(approve({ by: 'fo-1' }))
      .thenRefuses('maker-cannot-approve');
  });

  it('is refused once money charged since the proposal would no longer be covered', () => {
    given([...history, charged()])
      .when(approve())
      .thenRefuses('insufficient-funds-on-source');
  });

  it('is refused for a correction never proposed, or already rejected', () => {
    given([pledged(), trancheReceived()]).when(approve()).thenRefuses('tranche-correction-not-found');
    const rejected = contribution.decide(reject(), history.reduce(evolve, initialState));
    given([...history, ...rejected])
      .when(approve())
      .thenRefuses('tranche-correction-not-found');
  });

  it('dates the reversing entry on the tranche’s day, or on the day of approval once that month is closed', () => {
    const source = history.reduce(evolve, initialState);
    const command = { trancheId: 't-1', correctionId: 'c-1', by: 'fa-1', at: '2026-02-10T09:00:00.000Z' };
    const reversedOn = (process: typeof openProcess) =>
      approveTrancheCorrectionOn(command, source, process)[0]?.data;
    expect(reversedOn(openProcess)).toMatchObject({ reversedOn: '2026-01-02' });
    const januaryClosed = evolveProcess(openProcess, {
      type: 'PeriodClosed',
      data: { month: '2026-01', proposedBy: 'fo-1', closedBy: 'fa-1', closedAt: '2026-02-05T09:00:00.000Z' },
    });
    // The right day, 3 January, is in the closed month too: it is refused like any entry there.
    expectRefusal(() => reversedOn(januaryClosed), 'period-closed');
    const intoFebruary = [pledged(), trancheReceived(), proposed({ receivedOn: '2026-02-03' })].reduce(
      evolve,
      initialState,
    );
    expect(approveTrancheCorrectionOn(command, intoFebruary, januaryClosed)[0]?.data).toMatchObject({
      reversedOn: '2026-02-10',
    });
  });
});

describe('rejecting a tranche correction', () => {
  it('records the reason and leaves the tranche as entered', () => {
    const history = [pledged(), trancheReceived(), proposed()];
    given(history)
      .when(reject())
      .then([
        {
          type: 'TrancheCorrectionRejected',
          data: {
            contributionId: 'src-1',
            trancheId: 't-1',
            correctionId: 'c-1',
            reason: 'The statement shows 50,000.00',
            rejectedBy: 'fa-1',
            rejectedAt: day(6),
          },
        },
      ]);
  });
});

describe('a tranche stored before corrections', () => {
  it('reads as received as itself, and can be corrected', () => {
    const { correctionOf: _, ...v1 } = trancheReceived().data;
    const stored = { type: 'TrancheReceived' as const, data: readData('TrancheReceived', 1, v1) };
    expect(stored.data.correctionOf).toBeNull();
    given([pledged(), stored]).when(propose()).then([proposed()]);
  });
});
