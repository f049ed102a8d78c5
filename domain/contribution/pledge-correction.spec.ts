import { describe, expect, it } from 'vitest';
import { day, eur, pledged, trancheReceived, usd } from '../../test/support/builders';
import { specFor } from '../../test/support/decider-spec';
import { evolve, initialState } from './contribution';
import { type CorrectPledge, contribution } from './decide';

/** The EU pledged 100,000.00, recorded as 10,000.00: an approver corrects it, with the reason. */
const given = specFor(contribution);
const correct = (o: Partial<CorrectPledge> = {}): CorrectPledge => ({
  type: 'CorrectPledge',
  amount: usd(100_000_00),
  reason: 'The agreement says 100,000.00',
  by: 'fa-1',
  at: day(5),
  ...o,
});
const recordedAt10k = pledged({ amount: usd(10_000_00) });

describe('correcting a pledge', () => {
  it('records the amount before and after, with the reason', () => {
    given([recordedAt10k])
      .when(correct())
      .then([
        {
          type: 'PledgeCorrected',
          data: {
            contributionId: 'src-1',
            previous: usd(10_000_00),
            amount: usd(100_000_00),
            reason: 'The agreement says 100,000.00',
            correctedBy: 'fa-1',
            correctedAt: day(5),
          },
        },
      ]);
  });

  it('lets tranches be received up to the corrected pledge', () => {
    const events = contribution.decide(correct(), evolve(initialState, recordedAt10k));
    const state = [recordedAt10k, ...events].reduce(evolve, initialState);
    expect(state).toMatchObject({ pledged: usd(100_000_00) });
    given([recordedAt10k, ...events])
      .when({
        type: 'ReceiveTranche',
        trancheId: 't-1',
        amount: usd(50_000_00),
        receivedOn: '2026-01-02',
        rate: undefined,
        by: 'fo-1',
        at: day(6),
      })
      .then([trancheReceived({ receivedAt: day(6) })]);
  });

  it('is refused below what has been received, but may come down to it', () => {
    const history = [pledged(), trancheReceived({ amount: usd(50_000_00) })];
    given(history)
      .when(correct({ amount: usd(49_999_99) }))
      .thenRefuses('pledge-below-received');
    given(history)
      .when(correct({ amount: usd(50_000_00) }))
      .then([expect.objectContaining({ type: 'PledgeCorrected' }) as never]);
  });

  it('is refused in another currency, when it changes nothing, or without a pledge', () => {
    given([recordedAt10k])
      .when(correct({ amount: eur(100_000_00) }))
      .thenRefuses('currency-mismatch');
    given([recordedAt10k])
      .when(correct({ amount: usd(10_000_00) }))
      .thenRefuses('correction-changes-nothing');
    given([]).when(correct()).thenRefuses('funding-source-not-found');
  });
});
