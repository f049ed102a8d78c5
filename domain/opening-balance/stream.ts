import { streamIdOf } from '../../events/stream-id';
import { openingBalance } from './decide';

/** One stream per process: its opening balances are one set, proposed until one is approved. */
export const openingBalanceStream = (processId: string) =>
  [streamIdOf(processId, 'opening-balance', 'balances'), openingBalance] as const;
