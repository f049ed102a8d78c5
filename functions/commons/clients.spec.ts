import { createRequire } from 'node:module';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';

/** The X-Ray SDK sends segments over UDP: its one way to reach the network. */
const dgram = createRequire(import.meta.url)('node:dgram') as typeof import('node:dgram');

/** The clients module as a container would load it, in the environment given. */
async function clientsIn(env: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return import('./clients');
}

const instrumented = (client: { middlewareStack: { identify(): string[] } }) =>
  client.middlewareStack.identify().some((name) => name.startsWith('XRaySDKInstrumentation'));

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('tracing', () => {
  it('is off outside Lambda: the DynamoDB client is left as it is, and a call sends nothing to X-Ray', async () => {
    const sockets = vi.spyOn(dgram, 'createSocket');
    const { tracer, documentClient } = await clientsIn({
      // DynamoDB Local checks no credentials; any will do.
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_DYNAMODB: inject('dynamoEndpoint'),
    });
    expect(tracer.isTracingEnabled()).toBe(false);
    expect(instrumented(documentClient)).toBe(false);
    await documentClient.send(new ListTablesCommand({ Limit: 1 }));
    expect(sockets).not.toHaveBeenCalled();
  });

  it('on Lambda, times every DynamoDB call as a subsegment of the invocation', async () => {
    const { tracer, documentClient } = await clientsIn({
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
      // Left on, the tracer would patch this test process's http and fetch.
      POWERTOOLS_TRACER_CAPTURE_HTTPS_REQUESTS: 'false',
    });
    expect(tracer.isTracingEnabled()).toBe(true);
    expect(instrumented(documentClient)).toBe(true);
  });

  it('is off on Lambda too when POWERTOOLS_TRACE_ENABLED is false', async () => {
    const { tracer, documentClient } = await clientsIn({
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
      POWERTOOLS_TRACE_ENABLED: 'false',
    });
    expect(tracer.isTracingEnabled()).toBe(false);
    expect(instrumented(documentClient)).toBe(false);
  });
});
