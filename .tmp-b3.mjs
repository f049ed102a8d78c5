import { dirname } from 'node:path';
import { build } from 'esbuild';

const englishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes('/zod/') ? { path: args.importer, namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: 'export { default as en } from "../locales/en.js";',
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};
for (const entry of process.argv.slice(2)) {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: true,
    external: ['@aws-sdk/*'],
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    plugins: [englishOnly],
  });
  const out = Object.values(r.metafile.outputs)[0];
  console.log(entry, out.bytes);
  const rows = Object.entries(out.inputs)
    .filter(([f]) => !f.includes('node_modules'))
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 15);
  if (process.env.V) for (const [f, i] of rows) console.log('  ', i.bytesInOutput, f);
}
