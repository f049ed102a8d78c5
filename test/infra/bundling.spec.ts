import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpFunctions } from '../../functions/routes';
import { secretariatStack } from '../../infra/stack';
import { appContext, type Resource, webAssets } from './synth';

// Bundled for real with esbuild, into a folder inside the project so a bundle can resolve the
// AWS SDK from node_modules, as it does from the Lambda runtime.
mkdirSync('cdk.out', { recursive: true });
const outdir = mkdtempSync(resolve('cdk.out', 'bundling-test-'));
let bundles: { name: string; file: string }[] = [];

beforeAll(() => {
  const { 'aws:cdk:bundling-stacks': _, ...context } = appContext('dev');
  const app = new App({ outdir, context });
  const template = Template.fromStack(secretariatStack(app, { webAssets }));
  app.synth();
  const functions = template.findResources('AWS::Lambda::Function') as Record<string, Resource>;
  bundles = Object.entries(functions)
    .filter(([, fn]) => fn.Properties.Runtime === 'nodejs24.x')
    .map(([name, fn]) => ({
      name,
      file: join(outdir, `asset.${String(fn.Properties.Code.S3Key).replace('.zip', '')}`, 'index.mjs'),
    }));
}, 300_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('each handler, bundled with esbuild', () => {
  it('is bundled for every function of the stack', () => {
    // Every route function, the projector, the rebuild and the pre-token-generation trigger.
    expect(bundles).toHaveLength(httpFunctions.length + 3);
  });

  it('is one minified ES module with its source map, loading as a Lambda handler', async () => {
    for (const { file } of bundles) {
      expect(existsSync(file), file).toBe(true);
      expect(existsSync(`${file}.map`), `${file}.map`).toBe(true);
      const code = readFileSync(file, 'utf8');
      const lines = code.split('\n');
      expect(code.length / lines.length, 'minified: long lines').toBeGreaterThan(1_000);
      const module = await import(pathToFileURL(file).href);
      expect(typeof module.handler).toBe('function');
    }
    // Loading every bundle is CPU-bound: on a busy 2-core machine it outlasts the default 30 s.
  }, 120_000);

  it('is at most 300 KB, zod with its English messages only', () => {
    for (const { name, file } of bundles) {
      const code = readFileSync(file, 'utf8');
      expect(statSync(file).size, name).toBeLessThanOrEqual(300_000);
      // Another locale's message, which a bundle holding all of zod's locales carries.
      expect(code, name).not.toContain('Ungültige Eingabe');
    }
  });

  it('serves the OpenAPI document from the file beside its bundle, not from its code', async () => {
    const openApi = bundles.find(({ name }) => name.includes('OpenApi'));
    const file = join(dirname(openApi?.file ?? ''), 'openapi.json');
    const document = readFileSync(resolve('functions/openapi/openapi.json'), 'utf8');
    expect(readFileSync(file, 'utf8')).toBe(document);
    expect(readFileSync(openApi?.file ?? '', 'utf8')).not.toContain('"3.1.0"');
    const { handler } = await import(pathToFileURL(openApi?.file ?? '').href);
    const event = {
      routeKey: 'GET /openapi.json',
      rawPath: '/openapi.json',
      headers: {},
      requestContext: {},
    };
    expect(await handler(event, {})).toMatchObject({ statusCode: 200, body: document });
  });

  it('leaves the AWS SDK to the runtime', () => {
    for (const { name, file } of bundles) {
      const code = readFileSync(file, 'utf8');
      // The token trigger touches no AWS service: it has no SDK to leave out.
      if (!name.includes('TokenClaims')) expect(code, name).toMatch(/from"@aws-sdk\//);
      expect(code, name).not.toContain('class DynamoDBClient');
    }
  });
});
