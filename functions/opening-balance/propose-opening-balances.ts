import * as z from 'zod';
import { initialState as noLine } from '../../domain/budget-line/budget-line';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { initialState as noSource } from '../../domain/contribution/contribution';
import { contributionStream } from '../../domain/contribution/stream';
import { openingBalanceStream } from '../../domain/opening-balance/stream';
import { proposeOpeningBalances as decideProposal } from '../../domain/opening-balance/workflows';
import { processParams, processStream } from '../../domain/process/stream';
import { dateSchema, idSchema, moneySchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';
import { recordedRate } from '../commons/rates';

const notNegative = moneySchema.refine((m) => m.amount >= 0, {
  message: 'must not be negative',
  path: ['amount'],
});

export const proposeOpeningBalancesBody = z
  .strictObject({
    asOf: dateSchema,
    /** Per budget line and funding source, in the budget currency. */
    lines: z
      .array(
        z.strictObject({
          lineId: idSchema,
          fundingSourceId: idSchema,
          spent: notNegative,
          committed: notNegative,
        }),
      )
      .max(96),
    /** Per contribution, in its own currency. */
    receipts: z.array(z.strictObject({ contributionId: idSchema, received: notNegative })).max(48),
  })
  .refine((body) => body.lines.length + body.receipts.length > 0, {
    message: 'must name at least one line or receipt',
    path: ['lines'],
  });

const line = (lineId: string) => `line:${lineId}` as const;
const source = (contributionId: string) => `source:${contributionId}` as const;
type Named = Record<ReturnType<typeof line>, ReturnType<typeof budgetLineStream>> &
  Record<ReturnType<typeof source>, ReturnType<typeof contributionStream>>;

/**
 * The opening balances are the subject; the lines, contributions and process are read to check them,
 * never appended to: only an approval brings the balances onto them.
 */
export const proposeOpeningBalances = commandRoute(
  { body: proposeOpeningBalancesBody, params: processParams },
  201,
  ({ body, params: { processId }, identity, now }) =>
    multiStream({
      subject: openingBalanceStream(processId),
      streams: (): Named & { process: ReturnType<typeof processStream> } => ({
        process: processStream(processId),
        ...(Object.fromEntries([
          ...body.lines.map(({ lineId }) => [line(lineId), budgetLineStream(processId, lineId)]),
          ...[
            ...body.lines.map(({ fundingSourceId }) => fundingSourceId),
            ...body.receipts.map((r) => r.contributionId),
          ].map((id) => [source(id), contributionStream(processId, id)]),
        ]) as Named),
      }),
      decide: async (states, read) => {
        const process = states.process;
        const budgetCurrency = process.status === 'open' ? process.budgetCurrency : undefined;
        const receipts = await Promise.all(
          body.receipts.map(async ({ contributionId, received }) => ({
            contributionId,
            received,
            rate:
              budgetCurrency === undefined || received.currency === budgetCurrency
                ? undefined
                : await recordedRate(read, processId, received.currency, budgetCurrency, body.asOf),
          })),
        );
        const command = { asOf: body.asOf, lines: body.lines, receipts, by: identity.subject, at: now };
        // Every named stream is loaded; the typing allows one to be absent.
        const lines = (lineId: string) => states[line(lineId)] ?? noLine;
        const sources = (id: string) => states[source(id)] ?? noSource;
        return { subject: decideProposal(command, states.subject, process, lines, sources) };
      },
      result: ({ subject }) => ({ processId, status: 'proposed', version: subject }),
    }),
);
