import { budgetLine } from '../../domain/budget-line/decide';
import { commitment } from '../../domain/commitment/commitment';
import { contribution } from '../../domain/contribution/decide';
import { disbursement } from '../../domain/disbursement/decide';
import { exchangeRate, rateKey } from '../../domain/exchange-rate/exchange-rate';
import { process } from '../../domain/process/decide';
import { streamIdOf } from '../../events/stream-id';

/**
 * Each money aggregate's stream id and the decider that folds it, named once for every handler:
 * `load(...streams.budgetLine(processId, lineId))`.
 */
export const streams = {
  process: (processId: string) => [streamIdOf(processId, 'process', processId), process] as const,
  budgetLine: (processId: string, lineId: string) =>
    [streamIdOf(processId, 'budget-line', lineId), budgetLine] as const,
  contribution: (processId: string, contributionId: string) =>
    [streamIdOf(processId, 'contribution', contributionId), contribution] as const,
  commitment: (processId: string, commitmentId: string) =>
    [streamIdOf(processId, 'commitment', commitmentId), commitment] as const,
  disbursement: (processId: string, disbursementId: string) =>
    [streamIdOf(processId, 'disbursement', disbursementId), disbursement] as const,
  exchangeRate: (processId: string, base: string, quote: string, date: string) =>
    [streamIdOf(processId, 'exchange-rate', rateKey(base, quote, date)), exchangeRate] as const,
};
