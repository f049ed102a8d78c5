import * as z from 'zod';
import { processParams } from '../../domain/process/stream';
import { trustedKeys } from '../../events/anchor-signers';
import { AnchorStore } from '../../events/anchor-store';
import { dateSchema, idSchema, knownAtSchema, sha256Schema } from '../../events/schemas';
import { anchorSigner } from '../anchor/anchoring';
import { documentClient, eventStore } from '../commons/clients';
import { anchorsTableName, eventsTableName } from '../commons/config';
import { RequestError } from '../commons/errors';
import { queryRoute } from '../commons/http';
import { json } from '../commons/responses';
import { verifyAuditReport } from './verify';

/** A report as handed over: what names it is checked here, the rest is compared with the log. */
export const claimedReport = z.looseObject({
  report: z.literal('donor-audit-report'),
  processId: idSchema,
  donorId: idSchema,
  contributionId: idSchema.nullable(),
  period: z.looseObject({ from: dateSchema, to: dateSchema, knownAt: knownAtSchema.nullable().optional() }),
  digest: z.looseObject({ value: sha256Schema }),
});

export const verifyAuditReportBody = z
  .strictObject({
    report: claimedReport.optional(),
    donorId: idSchema.optional(),
    contributionId: idSchema.optional(),
    from: dateSchema.optional(),
    to: dateSchema.optional(),
    /** The `knownAt` the report was issued with: without it, the log as it stands now. */
    knownAt: knownAtSchema.optional(),
    digest: sha256Schema.optional(),
  })
  .superRefine((body, context) => {
    const named = ['donorId', 'contributionId', 'from', 'to', 'knownAt', 'digest'] as const;
    if (body.report) {
      for (const field of named.filter((f) => body[f] !== undefined))
        context.addIssue({
          code: 'custom',
          path: [field],
          message: 'give the report or its parameters, not both',
        });
      return;
    }
    for (const field of ['donorId', 'from', 'to'] as const)
      if (body[field] === undefined)
        context.addIssue({ code: 'custom', path: [field], message: 'required without a report' });
  });

/**
 * Re-derives a donor's audit report from the event log and checks a handed-over report, or a digest,
 * against it, and the hash chain of every stream it rests on. Answers 200 with `valid` and, when not,
 * the first stream, version and problem, the first field that differs, or both.
 */
export const verifyReport = queryRoute(
  {
    params: processParams,
    body: verifyAuditReportBody,
  },
  async ({ params, body }) => {
    const { report } = body;
    if (report && report.processId !== params.processId)
      throw new RequestError(400, 'invalid-request', [
        { field: 'report.processId', reason: 'is another process’s report' },
      ]);
    const request = report
      ? {
          processId: params.processId,
          donorId: report.donorId,
          ...(report.contributionId ? { contributionId: report.contributionId } : {}),
          from: report.period.from,
          to: report.period.to,
          ...(report.period.knownAt ? { knownAt: report.period.knownAt } : {}),
        }
      : {
          processId: params.processId,
          donorId: body.donorId ?? '',
          ...(body.contributionId ? { contributionId: body.contributionId } : {}),
          from: body.from ?? '',
          to: body.to ?? '',
          ...(body.knownAt ? { knownAt: body.knownAt } : {}),
        };
    const verdict = await verifyAuditReport(
      eventStore(),
      {
        request,
        ...(report ? { report } : {}),
        ...(body.digest ? { digest: body.digest } : {}),
      },
      {
        client: documentClient,
        eventsTable: eventsTableName(),
        anchors: new AnchorStore(documentClient, anchorsTableName()),
        keys: await trustedKeys([anchorSigner()]),
      },
    );
    return json(200, verdict);
  },
);
