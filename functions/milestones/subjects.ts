/** What the milestone routes act on: path parameters, streams, and the command endpoints of each aggregate. */
import { z } from 'zod';
import { benchmark } from '../../domain/benchmark/decide';
import { reviewPoint } from '../../domain/review-point/decide';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { aggregateCommand } from '../commons/aggregate-command';

export const benchmarkParams = z.strictObject({ processId: idSchema, benchmarkId: idSchema });
export const reviewPointParams = z.strictObject({ processId: idSchema, reviewPointId: idSchema });

export const benchmarkStream = (processId: string, benchmarkId: string) =>
  streamIdOf(processId, 'benchmark', benchmarkId);
export const reviewPointStream = (processId: string, reviewPointId: string) =>
  streamIdOf(processId, 'review-point', reviewPointId);

export const benchmarkCommand = aggregateCommand(benchmark);
export const reviewPointCommand = aggregateCommand(reviewPoint);
