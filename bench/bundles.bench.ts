/**
 * `npm run bench`: how big is each handler's bundle, and what does loading it cost at a cold start?
 * Each handler is bundled as the stack bundles it (`handlerBundling`, infra/node-function.ts), then
 * imported in a fresh Node process, beside a bare DynamoDB client imported and created the same way:
 * the least any handler that reads a table pays. Medians of a few runs; read the ratios.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { httpFunctions, preTokenGenerationEntry, projectorEntry, rebuildEntry } from '../functions/routes';
import { handlerBundling } from '../infra/node-function';

const RUNS = 3;
const entries = [
  ...httpFunctions.map(({ name, entry }) => ({ name, entry })),
  { name: 'Projector', entry: projectorEntry },
  { name: 'Rebuild', entry: rebuildEntry },
  { name: 'TokenClaims', entry: preTokenGenerationEntry },
];

// Inside the project, so a bundle resolves the AWS SDK from node_modules as it does from the runtime.
mkdirSync('cdk.out', { recursive: true });
const outdir = mkdtempSync(resolve('cdk.out', 'bench-bundles-'));

async function bundle(name: string, entry: string): Promise<string> {
  const outfile = join(outdir, name, 'index.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    minify: handlerBundling.minify ?? false,
    sourcemap: handlerBundling.sourceMap ?? false,
    external: [...(handlerBundling.externalModules ?? [])],
    mainFields: [...(handlerBundling.mainFields ?? [])],
    ...(handlerBundling.banner ? { banner: { js: handlerBundling.banner } } : {}),
    logLevel: 'error',
  });
  return outfile;
}

/** Milliseconds to import the module in a fresh process, as Lambda's init does; the median of RUNS. */
function coldImport(file: string, sourceMaps: boolean): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`;
  const env = {
    ...process.env,
    AWS_REGION: 'eu-west-1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    NODE_OPTIONS: sourceMaps ? '--enable-source-maps' : '',
  };
  const times = Array.from({ length: RUNS }, () =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' })),
  );
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;
}

const bare = join(outdir, 'bare-client.mjs');
writeFileSync(
  bare,
  "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nexport const client = new DynamoDBClient({});\n",
);
const bareMs = coldImport(bare, false);

const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const rows: string[][] = [];
try {
  for (const { name, entry } of entries) {
    const file = await bundle(name, entry);
    const plain = coldImport(file, false);
    const mapped = coldImport(file, true);
    rows.push([
      name,
      kb(statSync(file).size),
      kb(statSync(`${file}.map`).size),
      ms(plain),
      (plain / bareMs).toFixed(2),
      (mapped / plain).toFixed(2),
    ]);
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}

const sizes = rows.map((row) => Number.parseInt(row[1] ?? '0', 10)).sort((a, b) => a - b);
console.log(`\nHandler bundles, cold import (median of ${RUNS}); a bare DynamoDB client: ${ms(bareMs)}\n`);
const header = [
  'function',
  'bundle',
  'source map',
  'cold import',
  '÷ bare client',
  'with source maps ÷ without',
];
console.table(rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]]))));
console.log(
  `median bundle ${sizes[Math.floor(sizes.length / 2)]} KB, largest ${sizes.at(-1)} KB (limit 300 KB: test/infra/bundling.spec.ts)`,
);
