import * as z from 'zod';
import { donorParams } from '../../domain/contribution/stream';
import { dateSchema, idSchema, knownAtSchema } from '../../events/schemas';
import { eventStore } from '../commons/clients';
import { RequestError } from '../commons/errors';
import { queryRoute } from '../commons/http';
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
      'By value date (the day money moved), as recorded by `knownAt` (default now): opening balance, each tranche, payment and reversal from the donor’s money with who, when, rates, document and event hashes, closing balance and reconciliation; `format=csv` or `Accept: text/csv` for CSV.',
  },
  async ({ params, query, headers, now }) => {
    const { processId, donorId } = params;
    const { knownAt = now, ...period } = query;
    const report = await generateAuditReport(eventStore(), { processId, donorId, ...period, knownAt });
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
    if (!csv) return json(200, report, download('json'));
    return {
      statusCode: 200,
      headers: { 'content-type': 'text/csv; charset=utf-8', ...download('csv') },
      body: auditReportCsv(report),
    };
  },
);
