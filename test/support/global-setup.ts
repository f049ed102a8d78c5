import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startDynamoDb } from '../../local/dynamodb';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    /** Its Java process, whose command line the tests may check. */
    dynamoPid: number;
  }
}

/** A port nobody listens on, so parallel runs on one machine do not collide. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

export default async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const dynamo = await startDynamoDb({ port: await freePort() });
  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('dynamoPid', dynamo.pid);
  return async () => {
    // Stops the child by its process id and waits for it, so no DynamoDB Local outlives the run.
    await dynamo.stop();
  };
}
