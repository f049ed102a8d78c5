import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../events/catalog';
import {
  approved,
  eur,
  paid,
  pledged,
  requested,
  reversed,
  trancheReceived,
  usd,
} from '../../test/support/builders';
import { storedStream } from '../../test/support/views';
import { foldProjections, rowsOf } from './fold';
import { type FundingSourceRow, fundingSourcesProjection } from './funding-sources';

const source = (...events: DomainEvent[]) => storedStream('p1#contribution#src-1', events);
const disbursement = (id: string, ...events: DomainEvent[]) => storedStream(`p1#disbursement#${id}`, events);
const rate = (value: string, date: string) => ({
  base: 'EUR',
  quote: 'USD',
  rate: value,
  date,
  source: 'UN operational rate of exchange',
});
const charge = (
  type: 'ContributionCharged' | 'ContributionCredited',
  id: string,
  amount: number,
): DomainEvent =>
  type === 'ContributionCharged'
    ? {
        type,
        data: {
          contributionId: 'src-1',
          disbursementId: id,
          lineId: 'EO-1',
          amount: usd(amount),
          chargedAt: '2026-03-01T00:00:00.000Z',
        },
      }
    : {
        type,
        data: {
          contributionId: 'src-1',
          disbursementId: id,
          amount: usd(amount),
          reason: 'Paid twice',
          creditedAt: '2026-03-09T00:00:00.000Z',
        },
      };
const committed = (
  type: 'ContributionCommitted' | 'ContributionCommitmentReleased',
  amount: number,
): DomainEvent =>
  type === 'ContributionCommitted'
    ? {
        type,
        data: {
          contributionId: 'src-1',
          commitmentId: 'c-1',
          amount: usd(amount),
          committedAt: '2026-03-01T00:00:00.000Z',
        },
      }
    : {
        type,
        data: {
          contributionId: 'src-1',
          commitmentId: 'c-1',
          amount: usd(amount),
          releasedAt: '2026-03-02T00:00:00.000Z',
        },
      };

const rowAfter = (...streams: ReturnType<typeof storedStream>[]) =>
  rowsOf<FundingSourceRow>(
    foldProjections([fundingSourcesProjection], streams.flat()),
    'p1#funding-sources',
  )[0];

describe('the budget view of a funding source', () => {
  /**
   * Pledged EUR 100,000.00; received EUR 50,000.00 at 1.10 (USD 55,000.00) and EUR 25,000.00 at 1.08
   * (USD 27,000.00); USD 5,000.00 committed, 1,000.00 released; d-1 (1,200.00) paid then reversed,
   * d-2 (2,000.00) paid, d-3 (700.00) approved, d-4 (300.00) requested.
   */
  const row = rowAfter(
    source(
      pledged({ amount: eur(100_000_00) }),
      trancheReceived({
        trancheId: 't-1',
        amount: eur(50_000_00),
        rate: rate('1.10', '2026-02-01'),
        budgetAmount: usd(55_000_00),
      }),
      trancheReceived({
        trancheId: 't-2',
        amount: eur(25_000_00),
        rate: rate('1.08', '2026-03-01'),
        budgetAmount: usd(27_000_00),
      }),
      committed('ContributionCommitted', 5_000_00),
      committed('ContributionCommitmentReleased', 1_000_00),
      charge('ContributionCharged', 'd-1', 1_200_00),
      charge('ContributionCharged', 'd-2', 2_000_00),
      charge('ContributionCharged', 'd-3', 700_00),
      charge('ContributionCredited', 'd-1', 1_200_00),
    ),
    disbursement(
      'd-1',
      requested({ disbursementId: 'd-1' }),
      approved({ disbursementId: 'd-1' }),
      paid({ disbursementId: 'd-1', paidOn: '2026-03-05' }),
      reversed({ disbursementId: 'd-1', reversedAt: '2026-03-09T08:00:00.000Z' }),
    ),
    disbursement(
      'd-2',
      requested({ disbursementId: 'd-2', amount: usd(2_000_00) }),
      approved({ disbursementId: 'd-2', amount: usd(2_000_00) }),
      paid({ disbursementId: 'd-2', budgetAmount: usd(2_000_00), paidOn: '2026-04-02' }),
    ),
    disbursement(
      'd-3',
      requested({ disbursementId: 'd-3', amount: usd(700_00) }),
      approved({ disbursementId: 'd-3', amount: usd(700_00) }),
    ),
    disbursement('d-4', requested({ disbursementId: 'd-4', amount: usd(300_00) })),
  );

  it('keeps the pledge and what was received in the source’s own currency', () => {
    expect(row).toMatchObject({
      fundingSourceId: 'src-1',
      donorId: 'eu',
      donorName: 'European Union',
      modality: 'basket-fund',
      pledged: eur(100_000_00),
      received: eur(75_000_00), // 50,000.00 + 25,000.00
    });
  });

  it('converts what was received at each tranche’s recorded rate, and lists the tranches with their rates', () => {
    expect(row?.deposited).toEqual(usd(82_000_00)); // 55,000.00 + 27,000.00
    expect(row?.tranches.map((t) => [t.trancheId, t.amount, t.rate?.rate, t.budgetAmount])).toEqual([
      ['t-1', eur(50_000_00), '1.10', usd(55_000_00)],
      ['t-2', eur(25_000_00), '1.08', usd(27_000_00)],
    ]);
  });

  it('shows committed, pending, disbursed and available in the budget currency', () => {
    expect(row).toMatchObject({
      committed: usd(4_000_00), // 5,000.00 − 1,000.00
      requested: usd(300_00), // d-4
      approvedNotPaid: usd(700_00), // d-3
      pending: usd(1_000_00), // 300.00 + 700.00
      disbursed: usd(2_000_00), // d-2; d-1 paid and reversed
      available: usd(75_300_00), // 82,000.00 − 4,000.00 − 700.00 − 2,000.00
      version: 9,
    });
  });

  it('follows only the disbursements that name it', () => {
    const elsewhere = disbursement('d-5', requested({ disbursementId: 'd-5', fundingSourceId: 'src-2' }))[0];
    expect(elsewhere && fundingSourcesProjection.rowOf(elsewhere)).toEqual({
      pk: 'p1#funding-sources',
      sk: 'source#src-2',
    });
  });
});
