import * as z from 'zod';
import { processParams } from '../../domain/process/stream';
import { type BenchmarkRow, benchmarksPartition, standingOf } from '../../domain/views/benchmarks';
import { type RiskRow, risksPartition } from '../../domain/views/risks';
import { riskCategorySchema } from '../../events/catalog/risk';
import { textSchema } from '../../events/schemas';
import { queryRoute } from '../commons/http';
import { equal, itemOf, listPage, pageQuery } from '../commons/list-page';
import { json } from '../commons/responses';
import { todayQuery } from './dates';

/** The register's risks as they stand, without their score history (the risk's GET has it). */
export const listRisks = queryRoute(
  {
    params: processParams,
    query: z.strictObject({
      status: z.enum(['open', 'closed']).optional(),
      category: riskCategorySchema.optional(),
      owner: textSchema(200).optional(),
      ...pageQuery,
    }),
  },
  async ({ params: { processId }, query }) => {
    const page = await listPage(
      {
        pk: risksPartition(processId),
        sk: { prefix: 'risk#' },
        where: [
          equal('status', query.status),
          equal('category', query.category),
          equal('owner', query.owner),
        ],
      },
      query,
    );
    return json(200, {
      ...page,
      items: page.items.map((item) => {
        const { history: _, ...risk } = itemOf<RiskRow>(item);
        return risk;
      }),
    });
  },
);

const benchmarkStatuses = ['achieved', 'on-track', 'at-risk', 'off-track', 'missed'] as const;

/** The owner named either way a benchmark has one: a unit of the Secretariat or a committee. */
const ownedBy = ({ owner }: BenchmarkRow, name: string): boolean =>
  ('unit' in owner ? owner.unit : owner.committee) === name;

/**
 * Benchmarks with their status on the day asked. The status is computed, never stored, and an owner
 * is a unit or a committee, so both filters are judged on each row read rather than by DynamoDB.
 */
export const listBenchmarks = queryRoute(
  {
    params: processParams,
    query: z.strictObject({
      status: z.enum(benchmarkStatuses).optional(),
      owner: textSchema(200).optional().describe('A unit or a committee, by its name'),
      ...todayQuery,
      ...pageQuery,
    }),
  },
  async ({ params: { processId }, query, view: { today } }) => {
    const { status, owner } = query;
    const page = await listPage(
      {
        pk: benchmarksPartition(processId),
        sk: { prefix: 'benchmark#' },
        keep: (item) => {
          const row = item as unknown as BenchmarkRow;
          return (
            (owner === undefined || ownedBy(row, owner)) &&
            (status === undefined || standingOf(row, today).assessment.status === status)
          );
        },
      },
      query,
    );
    return json(200, {
      ...page,
      items: page.items.map((item) => standingOf(itemOf<BenchmarkRow>(item), today)),
    });
  },
);
