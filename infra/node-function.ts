import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** Entries in `functions/routes.ts` are relative to the project root, whatever the working directory. */
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export interface HandlerFunctionProps {
  /** Module exporting `handler`, relative to the project root. */
  readonly entry: string;
  readonly environment: Record<string, string>;
  readonly timeout: Duration;
  /** Of the log group: prod keeps logs for investigating incidents after a stack is gone. */
  readonly removalPolicy: RemovalPolicy;
  readonly description?: string;
  /** Files the handler reads beside itself, relative to the project root: copied next to the bundle. */
  readonly files?: readonly string[];
}

/**
 * How every handler is bundled (esbuild), also what bench/bundles.bench.ts builds and measures. Zod is
 * imported as a namespace everywhere (`import * as z`, biome.json enforces it), so esbuild keeps only
 * the parts a handler uses and zod's English messages, not its forty other locales.
 */
export const handlerBundling: BundlingOptions = {
  format: OutputFormat.ESM,
  minify: true,
  sourceMap: true,
  // The Node.js runtime ships AWS SDK v3; bundling it would only slow cold starts.
  externalModules: ['@aws-sdk/*'],
  mainFields: ['module', 'main'],
  // Some dependencies are CommonJS and call `require`, which does not exist in an ES module.
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
};

/**
 * Every Lambda function of the stack is built here, so runtime, bundling and permissions cannot drift
 * between them. Each has its own role, which may write to its own log group and nothing else until a
 * construct grants it data: no managed policy, not even AWSLambdaBasicExecutionRole (any log group).
 */
export function handlerFunction(scope: Construct, id: string, props: HandlerFunctionProps): NodejsFunction {
  const logGroup = new LogGroup(scope, `${id}Logs`, {
    retention: RetentionDays.ONE_MONTH,
    removalPolicy: props.removalPolicy,
  });
  const role = new Role(scope, `${id}Role`, {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: `${id}: its log group, and the data its construct grants`,
  });
  logGroup.grantWrite(role);
  Validations.of(role).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'Only X-Ray tracing (xray:PutTraceSegments, xray:PutTelemetryRecords), whose actions support no resource but "*"; data grants name their table, index or key (test/infra/least-privilege.spec.ts).',
  });
  return new NodejsFunction(scope, id, {
    role,
    entry: join(projectRoot, props.entry),
    projectRoot,
    depsLockFilePath: join(projectRoot, 'package-lock.json'),
    description: props.description,
    runtime: Runtime.NODEJS_24_X,
    architecture: Architecture.ARM_64,
    memorySize: 512,
    timeout: props.timeout,
    tracing: Tracing.ACTIVE,
    logGroup,
    environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
    bundling: {
      ...handlerBundling,
      ...(props.files?.length
        ? {
            commandHooks: {
              beforeBundling: () => [],
              beforeInstall: () => [],
              afterBundling: (inputDir: string, outputDir: string) =>
                (props.files ?? []).map(
                  (file) => `cp ${join(inputDir, file)} ${join(outputDir, basename(file))}`,
                ),
            },
          }
        : {}),
    },
  });
}
