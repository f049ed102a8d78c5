import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import * as z from 'zod';
import { donorParams } from '../../domain/contribution/stream';
import { type IatiRequest, iatiActivityFile } from '../../domain/iati/activity-file';
import { processParams } from '../../domain/process/stream';
import { dateSchema } from '../../events/schemas';
import { eventStore } from '../commons/clients';
import { RequestError } from '../commons/errors';
import { queryRoute } from '../commons/http';
import { securityHeaders } from '../commons/responses';
import { xmlDocument } from './iati-xml';

/** The period, as the audit report takes it; without it, everything recorded so far. */
export const iatiQuery = z
  .strictObject({ from: dateSchema.optional(), to: dateSchema.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be before from', path: ['to'] });

/** What the routes answer: the file, not JSON. */
const mediaType = 'application/xml';

const description =
  'IATI Standard 2.03 activity file (XML) folded from the event log: participants, status and dates, budget by period, transactions (incoming funds, outgoing commitments, disbursements, reversals as negative disbursements) and the benchmarks as results; `from`/`to` as the audit report’s period.';

async function activityFile(request: Omit<IatiRequest, 'generatedAt' | 'knownAt'>, generatedAt: string) {
  const events = await eventStore().readProcess(request.processId, generatedAt);
  const outcome = iatiActivityFile(events, { ...request, generatedAt, knownAt: generatedAt });
  if (!outcome.found) throw new RequestError(404, outcome.missing);
  const name = ['iati-activity', request.processId, request.donorId, request.from, request.to]
    .filter(Boolean)
    .join('_');
  return {
    statusCode: 200,
    headers: {
      'content-type': `${mediaType}; charset=utf-8`,
      ...securityHeaders,
      'content-disposition': `attachment; filename="${name}.xml"`,
    },
    body: xmlDocument(outcome.file),
  } satisfies APIGatewayProxyResultV2;
}

/** The process's activity file, every donor's money in it: for the finance readers, not for a donor. */
export const getIatiActivityFile = queryRoute(
  { params: processParams, query: iatiQuery, description, mediaType },
  ({ params, query, now }) => activityFile({ processId: params.processId, ...query }, now),
);

/** One donor's activity file: its own contributions' money only, its totals those of its audit report. */
export const getDonorIatiActivityFile = queryRoute(
  { params: donorParams, query: iatiQuery, description, mediaType },
  ({ params, query, now }) => activityFile({ ...params, ...query }, now),
);
