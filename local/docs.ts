import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../functions/openapi/document';
import { generatedPages } from './docs-pages';

/** `npm run docs`: writes the pages of docs/ that are read from the code. */
const root = new URL('../', import.meta.url);
for (const [path, text] of Object.entries(generatedPages(await openApiDocument()))) {
  writeFileSync(new URL(path, root), text);
  console.log(`wrote ${path}`);
}
