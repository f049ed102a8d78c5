import type { BudgetLineEvent, ContributionEvent, OpeningBalanceEvent } from '../../events/catalog';
import type { OpeningReceipt } from '../../events/catalog/opening-balance';
import type { BudgetLine } from '../budget-line/budget-line';
import { chargeable } from '../budget-line/decide';
import { type Contribution, pledged } from '../contribution/contribution';
import type { Input } from '../decider';
import { refuse } from '../errors';
import { add, convert, type ExchangeRate, type Money, zero } from '../money';
import { datedOn } from '../process/business-date';
import { openProcess, type Process } from '../process/process';
import {
  type ApproveOpeningBalances,
  approve,
  awaitingDecision,
  type ProposeOpeningBalances,
  propose,
} from './decide';
import type { OpeningBalances } from './opening-balance';

/**
 * Streams an approval appends to besides its own, in one transaction of at most 100 items: one event
 * each, beside the opening balances' event, the process checked and the command record. Set when each
 * stream also wrote a tip item (2 × 48 + 4 = 100); kept, so what a proposal may name does not change.
 */
export const MAX_OPENING_STREAMS = 48;

/** A receipt as asked: in the contribution's currency, with the rate recorded for the as-of date, if any. */
export interface AskedReceipt {
  readonly contributionId: string;
  readonly received: Money;
  readonly rate: ExchangeRate | undefined;
}

/**
 * docs/rules.md#opening-balances: the as-of date is a business date (not after today, not before the
 * mandate, not in a closed month); each line adopted and in the budget currency, each source and
 * contribution pledged, each receipt in its contribution's currency and converted at the rate
 * recorded for the as-of date; a line and source, or a contribution, named once.
 */
export function proposeOpeningBalances(
  command: Omit<Input<ProposeOpeningBalances>, 'receipts'> & { readonly receipts: readonly AskedReceipt[] },
  balances: OpeningBalances,
  process: Process,
  lines: (lineId: string) => BudgetLine,
  sources: (contributionId: string) => Contribution,
): OpeningBalanceEvent[] {
  const { budgetCurrency } = openProcess(process);
  once(command.lines.map(({ lineId, fundingSourceId }) => `${lineId}/${fundingSourceId}`));
  once(command.receipts.map(({ contributionId }) => contributionId));
  for (const { lineId, fundingSourceId, spent, committed } of command.lines) {
    chargeable(lines(lineId), budgetCurrency);
    for (const amount of [spent, committed]) chargeable(lines(lineId), amount.currency);
    pledged(sources(fundingSourceId));
  }
  const receipts = command.receipts.map((receipt) => inBudgetCurrency(receipt, sources, budgetCurrency));
  const streams = streamsOf({ lines: command.lines, receipts }).length;
  if (streams > MAX_OPENING_STREAMS)
    refuse('opening-balances-too-many-streams', { streams, max: MAX_OPENING_STREAMS });
  const proposed = propose({ ...command, receipts }, balances);
  return datedOn(process, command.at, 'asOf', command.asOf, proposed);
}

function once(keys: readonly string[]): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) refuse('opening-balance-entry-twice', { entry: key });
    seen.add(key);
  }
}

function inBudgetCurrency(
  { contributionId, received, rate }: AskedReceipt,
  sources: (contributionId: string) => Contribution,
  budgetCurrency: string,
): OpeningReceipt {
  const source = pledged(sources(contributionId));
  if (received.currency !== source.pledged.currency)
    refuse('opening-balance-currency-mismatch', {
      contributionId,
      contribution: source.pledged.currency,
      asked: received.currency,
    });
  if (received.currency === budgetCurrency)
    return { contributionId, received, rate: null, budgetAmount: received };
  if (!rate) return refuse('exchange-rate-not-recorded', { base: received.currency, quote: budgetCurrency });
  return { contributionId, received, rate, budgetAmount: convert(received, rate) };
}

/** The lines and contributions an approval appends to, each once. */
export function streamsOf(proposal: {
  readonly lines: readonly { lineId: string; fundingSourceId: string }[];
  readonly receipts: readonly { contributionId: string }[];
}): { readonly kind: 'line' | 'contribution'; readonly id: string }[] {
  const lineIds = new Set(proposal.lines.map(({ lineId }) => lineId));
  const contributionIds = new Set([
    ...proposal.lines.map(({ fundingSourceId }) => fundingSourceId),
    ...proposal.receipts.map(({ contributionId }) => contributionId),
  ]);
  return [
    ...[...lineIds].map((id) => ({ kind: 'line' as const, id })),
    ...[...contributionIds].map((id) => ({ kind: 'contribution' as const, id })),
  ];
}

/**
 * Approving brings the balances onto each line's and contribution's own stream in the same
 * transaction: a line is charged what it spent and committed what it had committed, over its
 * sources; a contribution deposited what it received and charged what its lines spent from it, so
 * every spending control counts the money as if it had been recorded here.
 */
export function approveOpeningBalances(
  command: Input<ApproveOpeningBalances>,
  balances: OpeningBalances,
  process: Process,
  sources: (contributionId: string) => Contribution,
): {
  openingBalance: OpeningBalanceEvent[];
  lines: Record<string, BudgetLineEvent[]>;
  contributions: Record<string, ContributionEvent[]>;
} {
  const openingBalance = approve(command, balances);
  const proposal = awaitingDecision(balances, command.by);
  const { budgetCurrency } = openProcess(process);
  const approved = {
    asOf: proposal.asOf,
    proposedBy: proposal.proposedBy,
    approvedBy: command.by,
    approvedAt: command.at,
  };
  const none = zero(budgetCurrency);
  const lines: Record<string, BudgetLineEvent[]> = {};
  const contributions: Record<string, ContributionEvent[]> = {};
  for (const stream of streamsOf(proposal)) {
    const onLine = proposal.lines.filter((line) => line.lineId === stream.id);
    const fromSource = proposal.lines.filter((line) => line.fundingSourceId === stream.id);
    const sum = (entries: typeof proposal.lines, amount: 'spent' | 'committed') =>
      entries.reduce((total, entry) => add(total, entry[amount]), none);
    if (stream.kind === 'line')
      lines[stream.id] = [
        {
          type: 'BudgetLineOpeningBalance',
          data: {
            lineId: stream.id,
            spent: sum(onLine, 'spent'),
            committed: sum(onLine, 'committed'),
            ...approved,
          },
        },
      ];
    else {
      const receipt = proposal.receipts.find((r) => r.contributionId === stream.id);
      contributions[stream.id] = [
        {
          type: 'ContributionOpeningBalance',
          data: {
            contributionId: stream.id,
            // A source named only by lines received nothing before the system, in its own currency.
            received: receipt?.received ?? zero(pledged(sources(stream.id)).pledged.currency),
            deposited: receipt?.budgetAmount ?? none,
            spent: sum(fromSource, 'spent'),
            committed: sum(fromSource, 'committed'),
            ...approved,
          },
        },
      ];
    }
  }
  return { openingBalance, lines, contributions };
}
