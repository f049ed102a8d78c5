import * as z from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { initialState as noSource } from '../../domain/contribution/contribution';
import { contributionStream } from '../../domain/contribution/stream';
import { openingBalanceStream } from '../../domain/opening-balance/stream';
import { approveOpeningBalances as decideApproval, streamsOf } from '../../domain/opening-balance/workflows';
import { processParams, processStream } from '../../domain/process/stream';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

/** Who approves is the token's subject, never a field of the body. */
export const approveOpeningBalancesBody = z.strictObject({});

const line = (lineId: string) => `line:${lineId}` as const;
const source = (contributionId: string) => `source:${contributionId}` as const;
type Named = Record<ReturnType<typeof line>, ReturnType<typeof budgetLineStream>> &
  Record<ReturnType<typeof source>, ReturnType<typeof contributionStream>>;

/**
 * The opening balances are the subject: the lines and contributions their proposal names are appended
 * to in the same transaction, the process checked (its closed months bound the as-of date).
 */
export const approveOpeningBalances = commandRoute(
  { body: approveOpeningBalancesBody, params: processParams },
  200,
  ({ params: { processId }, identity, now }) =>
    multiStream({
      subject: openingBalanceStream(processId),
      streams: (balances): Named & { process: ReturnType<typeof processStream> } => ({
        process: processStream(processId),
        ...(Object.fromEntries(
          (balances.status === 'none' ? [] : streamsOf(balances)).map(({ kind, id }) =>
            kind === 'line'
              ? [line(id), budgetLineStream(processId, id)]
              : [source(id), contributionStream(processId, id)],
          ),
        ) as Named),
      }),
      decide: (states) => {
        const command = { by: identity.subject, at: now };
        const sources = (id: string) => states[source(id)] ?? noSource;
        const events = decideApproval(command, states.subject, states.process, sources);
        return {
          subject: events.openingBalance,
          ...Object.fromEntries(Object.entries(events.lines).map(([id, e]) => [line(id), e])),
          ...Object.fromEntries(Object.entries(events.contributions).map(([id, e]) => [source(id), e])),
        };
      },
      result: ({ subject }) => ({ processId, status: 'approved', version: subject }),
    }),
);
