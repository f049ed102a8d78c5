import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2 } from 'aws-lambda';
import { StaleVersion, TryAgain } from '../../events/errors';
import { logger } from './clients';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from './metric-names';

/** One per container. Locally `POWERTOOLS_METRICS_DISABLED` keeps the console free of metric lines. */
export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });

type Kind = 'command' | 'query';
type Metric = (typeof METRIC)[keyof typeof METRIC];

/** Which metric an answer counts under, from its status and, for a 409, the error behind it. */
export function outcomeOf(kind: Kind, status: number, error?: unknown): Metric | undefined {
  if (status === 401 || status === 403) return METRIC.accessRefused;
  if (status === 400 || status === 413 || status === 415) return METRIC.requestsInvalid;
  if (kind === 'query') return undefined;
  if (status >= 200 && status < 300) return METRIC.commandsAccepted;
  if (error instanceof TryAgain || error instanceof StaleVersion) return METRIC.commandsConflicted;
  if (status === 404 || status === 409 || status === 422) return METRIC.commandsRefused;
  return undefined;
}

/**
 * Counts each answer under its outcome and publishes at once. Used outermost, so it sees the answer
 * the error mapping made; a failure to publish is logged, never turned into the client's error.
 */
export const outcomeMetrics = (
  kind: Kind,
): MiddlewareObj<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2> => {
  const count = (status: number | undefined, error?: unknown) => {
    const metric = outcomeOf(kind, status ?? 500, error);
    if (!metric) return;
    try {
      metrics.addMetric(metric, MetricUnit.Count, 1);
      metrics.publishStoredMetrics();
    } catch (failure) {
      logger.warn('metric not published', { metric, failure });
    }
  };
  const statusOf = (response: APIGatewayProxyResultV2 | null | undefined) =>
    typeof response === 'object' && response !== null ? response.statusCode : undefined;
  return {
    after: async (request) => count(statusOf(request.response)),
    onError: async (request) => count(statusOf(request.response), request.error),
  };
};
