import { z } from 'zod';
import { donorParams } from '../../domain/contribution/stream';
import { dateSchema, idSchema } from '../../events/schemas';
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
    /** One contribution of the donor's; all of them when absent. */
    contributionId: idSchema.optional(),
    /** `csv` or `json`; without it, `Accept: text/csv` asks for CSV. */
    format: z.enum(['json', 'csv']).optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'must not be before from', path: ['to'] });

/**
 * A donor's audit report for a period, computed from the event log itself (as of the period's last
 * day), as JSON with its digest or as CSV; either downloads under a file name.
 */
export const getAuditReport = queryRoute(
  {
    params: donorParams,
    query: auditReportQuery,
    description:
      'Opening balance, each tranche, payment and reversal from the donor’s money with who, when, rates, document and event hashes, closing balance and reconciliation; `format=csv` or `Accept: text/csv` for CSV.',
  },
  async ({ params, query, headers }) => {
    const { processId, donorId } = params;
    const report = await generateAuditReport(eventStore(), { processId, donorId, ...query });
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
