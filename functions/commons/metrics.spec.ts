import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomainRefusal } from '../../domain/errors';
import { StaleVersion, TryAgain } from '../../events/errors';
import { errorMapping, RequestError } from './errors';
import { METRIC } from './metric-names';
import { metrics, outcomeMetrics, outcomeOf } from './metrics';
import { json } from './responses';

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;

describe('the outcome a command counts under', () => {
  it.each([
    [201, undefined, METRIC.commandsAccepted],
    [422, new DomainRefusal('maker-cannot-approve', {}), METRIC.commandsRefused],
    [404, new DomainRefusal('process-not-found', {}), METRIC.commandsRefused],
    [409, new TryAgain(['p#x#1'], 1), METRIC.commandsConflicted],
    [409, new StaleVersion(2, 3), METRIC.commandsConflicted],
    [403, new RequestError(403, 'forbidden'), METRIC.accessRefused],
    [401, new RequestError(401, 'unauthenticated'), METRIC.accessRefused],
    [400, new RequestError(400, 'invalid-request'), METRIC.requestsInvalid],
    [413, new RequestError(413, 'body-too-large'), METRIC.requestsInvalid],
    [500, new Error('boom'), undefined],
  ])('%i (%o) counts as %s', (status, error, metric) => {
    expect(outcomeOf('command', status, error)).toBe(metric);
  });

  it('counts a query only when it is refused access or malformed', () => {
    expect(outcomeOf('query', 200)).toBeUndefined();
    expect(outcomeOf('query', 404)).toBeUndefined();
    expect(outcomeOf('query', 403)).toBe(METRIC.accessRefused);
  });
});

describe('the outcome metrics middleware', () => {
  afterEach(() => vi.restoreAllMocks());

  const endpoint = (handle: () => Promise<APIGatewayProxyResultV2>) =>
    middy<Event, APIGatewayProxyResultV2>()
      .use(outcomeMetrics('command'))
      .use(errorMapping())
      .handler(handle);
  const event = { headers: {}, requestContext: { requestId: 'r' } } as unknown as Event;

  it('counts an accepted command and publishes it at once', async () => {
    const added = vi.spyOn(metrics, 'addMetric');
    const published = vi.spyOn(metrics, 'publishStoredMetrics');
    await endpoint(async () => json(201, {}))(event, {} as Context);
    expect(added).toHaveBeenCalledWith(METRIC.commandsAccepted, 'Count', 1);
    expect(published).toHaveBeenCalledOnce();
  });

  it('counts a lost race from the error behind the answer the error mapping made', async () => {
    const added = vi.spyOn(metrics, 'addMetric');
    const answer = await endpoint(async () => {
      throw new TryAgain(['p#budget-line#A'], 1);
    })(event, {} as Context);
    expect(answer).toMatchObject({ statusCode: 409 });
    expect(added).toHaveBeenCalledWith(METRIC.commandsConflicted, 'Count', 1);
  });

  it('never turns a failure to publish into the client’s error', async () => {
    vi.spyOn(metrics, 'publishStoredMetrics').mockImplementation(() => {
      throw new Error('EMF buffer full');
    });
    const answer = await endpoint(async () => json(201, { ok: true }))(event, {} as Context);
    expect(answer).toMatchObject({ statusCode: 201 });
  });
});
