import * as z from 'zod';
import { donorParams } from '../../domain/contribution/stream';
import { dateSchema, idSchema, knownAtSchema } from '../../events/schemas';
import { anchorReport, anchorSigner } from '../anchor/anchoring';
import { documentClient, eventStore } from '../commons/clients';
import { eventsTableName } from '../commons/config';
import { RequestError } from '../commons/errors';
import { queryRoute } from '../commons/http';
import { rowsOf } from '../commons/read-model-rows';
import { json } from '../commons/responses';
import { auditReportCsv } from './csv';
import { generateAuditReport } from './verify';

export const auditReportQuery = z
  .strictObject({
    from: dateSchema,
    to: dateSchema,
    /** What the log had recorded by this instant; now when absent. The report names it, so it can be re-derived. */
    knownAt: knownAtSchema
      .optional()
      .describe('Entries recorded by this instant (ISO 8601, UTC) only; defaults to now'),
    /** One contribution of the donor's; all of them when absent. */
    contributionId: idSchema.optional(),
    /** `csv` or `json`; without it, `Accept: text/csv` asks for CSV. */
    format: z.enum(['json', 'csv']).optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'must not be before from', path: ['to'] });

/**
 * A donor's audit report for a period by value date, computed from the event log itself as recorded
 * by `knownAt` (now by default), as JSON with its digest or as CSV; either downloads under a file name.
 */
export const getAuditReport = queryRoute(
  {
    params: donorParams,
    query: auditReportQuery,
    alsoAs: 'text/csv',
    answerHeaders: ['ReportDigest', 'ContentDisposition'],
    description:
      'By value date (the day money moved), as recorded by `knownAt` (default now): opening balance, each tranche, payment and reversal from the donor’s money with who, when, rates, document and event hashes, closing balance and reconciliation; the JSON carries `anchor`, the signed tips of the streams it rests on (docs/anchoring.md); `format=csv` or `Accept: text/csv` for CSV.',
  },
  async ({ params, query, headers, now }) => {
    const { processId, donorId } = params;
    const { knownAt = now, ...period } = query;
    const request = { processId, donorId, ...period, knownAt };
    // From the donor's own streams: its cost follows the donor's entries, not the process's.
    const report = await generateAuditReport(eventStore(), request, rowsOf);
    if (!report)
      throw new RequestError(404, query.contributionId ? 'contribution-not-found' : 'donor-not-found');
    const csv = query.format === 'csv' || (!query.format && /\btext\/csv\b/.test(headers.accept ?? ''));
    const name = ['audit-report', processId, donorId, query.contributionId, query.from, query.to]
      .filter(Boolean)
      .join('_');
    const download = (extension: string) => ({
      'content-disposition': `attachment; filename="${name}.${extension}"`,
      'x-report-digest': report.digest.value,
    });
    if (!csv) {
      // The tips the report rests on, signed as it is issued: the log can later be shown to still reach them.
      const run = { client: documentClient, eventsTable: eventsTableName(), signer: anchorSigner() };
      const anchor = await anchorReport({ ...run, now: new Date(now) }, processId, report.streams);
      return json(200, { ...report, anchor }, download('json'));
    }
    return {
      statusCode: 200,
      headers: { 'content-type': 'text/csv; charset=utf-8', ...download('csv') },
      body: auditReportCsv(report),
    };
  },
);
