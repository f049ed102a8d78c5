import * as z from 'zod';
import { currencyPairStream } from '../../domain/currency-pair/stream';
import { exchangeRateParams, exchangeRateStream } from '../../domain/exchange-rate/stream';
import { correctRate } from '../../domain/exchange-rate/workflows';
import { processStream } from '../../domain/process/stream';
import { textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';
import { positiveRate } from './record-exchange-rate';

const correctExchangeRateBody = z.strictObject({
  rate: positiveRate,
  source: textSchema(200),
  reason: textSchema(500),
});

/**
 * An approver supersedes the rate recorded for a pair and day, with the reason: conversions already
 * made keep the rate stored on their events, later ones are made at this one.
 */
export const correctExchangeRate = commandRoute(
  { body: correctExchangeRateBody, params: exchangeRateParams },
  200,
  ({ body, params: { processId, base, quote, date }, identity, now }) => {
    const rate = { base, quote, date, rate: body.rate, source: body.source };
    const command = {
      type: 'CorrectExchangeRate' as const,
      rate,
      reason: body.reason,
      by: identity.subject,
      at: now,
    };
    return multiStream({
      subject: exchangeRateStream(processId, base, quote, date),
      streams: {
        pair: currencyPairStream(processId, base, quote),
        // Read, not appended to: its closed months bound the rate's day.
        process: processStream(processId),
      },
      decide: ({ subject, pair, process }) => {
        const events = correctRate(command, subject, pair, process);
        return { subject: events.rate, pair: events.pair };
      },
      result: ({ subject }) => ({ ...rate, version: subject }),
    });
  },
);
