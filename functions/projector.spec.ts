import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// Loggers read their level when they are made: these tests read the lines the handlers write.
vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'INFO');
vi.stubEnv('EVENTS_TABLE', 'Events');
vi.stubEnv('READ_MODELS_TABLE', 'ReadModels');
const middy = (await import('@middy/core')).default;
const { logger } = await import('./commons/clients');
const { correlationId, lambdaContext } = await import('./commons/middlewares');
const { json } = await import('./commons/responses');
const { handler: projector } = await import('./projector');

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;
const CORRELATION = 'corr-from-the-request';

/** Every JSON line the loggers write, to stdout or stderr, while the tests run. */
let lines: Record<string, unknown>[] = [];
beforeAll(() => {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, 'write').mockImplementation((chunk, ...rest) => {
      const text = String(chunk).trim();
      if (text.startsWith('{')) lines.push(JSON.parse(text));
      else return write(chunk, ...(rest as []));
      return true;
    });
  }
});
afterEach(() => {
  lines = [];
});

/** An HTTP handler composed as the routes compose theirs, logging once while it serves the request. */
const request = (work: () => Promise<unknown> = async () => {}) =>
  middy<Event, APIGatewayProxyResultV2>()
    .use(lambdaContext())
    .use(correlationId())
    .handler(async () => {
      logger.info('serving');
      await work();
      return json(200, {});
    })(
    {
      routeKey: 'GET /processes/{processId}',
      headers: { 'x-correlation-id': CORRELATION },
      requestContext: { requestId: 'api-request' },
    } as unknown as Event,
    { awsRequestId: 'api-invocation', functionName: 'Process' } as Context,
  );

/** A batch the projector cannot read, so it logs; nothing in it reaches a table. */
const unreadableBatch = () =>
  projector({ Records: [{ eventID: 'record-1', dynamodb: {} }] }, {
    awsRequestId: 'projector-invocation',
    functionName: 'Projector',
  } as Context).catch(() => undefined);

const projectorLines = () => lines.filter((line) => line.message === 'stream record not readable');

describe('the projector’s log lines', () => {
  it('carry no correlation id of the HTTP request that ran before it', async () => {
    await request();
    expect(lines.find((line) => line.message === 'serving')).toMatchObject({
      correlationId: CORRELATION,
      function_request_id: 'api-invocation',
    });
    await unreadableBatch();
    expect(projectorLines()).toHaveLength(1);
    expect(projectorLines()[0]).toMatchObject({ function_request_id: 'projector-invocation' });
    expect(JSON.stringify(projectorLines())).not.toContain(CORRELATION);
  });

  it('carry none of a request still in flight in the same process, as under npm start', async () => {
    await request(unreadableBatch);
    expect(projectorLines()).toHaveLength(1);
    expect(JSON.stringify(projectorLines())).not.toContain(CORRELATION);
  });

  it('name the Lambda request and whether the start was cold', async () => {
    await unreadableBatch();
    expect(projectorLines()[0]).toMatchObject({
      function_request_id: 'projector-invocation',
      function_name: 'Projector',
      cold_start: expect.any(Boolean),
    });
  });
});

describe('the shared logger', () => {
  it('drops a request’s correlation id when the request ends', async () => {
    await request();
    logger.info('after the request');
    expect(lines.find((line) => line.message === 'after the request')).not.toHaveProperty('correlationId');
  });
});
