import { writeFileSync } from 'node:fs';
import { generatedPages, RESPONSES, responsesFile } from './docs-pages';
import { responseSchemas } from './response-schemas';

/**
 * `npm run docs`: writes the pages of docs/ that are read from the code, and first the response schemas
 * of the OpenAPI document, read from the handlers' types (the document reads them, so it is loaded after).
 */
const root = new URL('../', import.meta.url);
writeFileSync(new URL(RESPONSES, root), responsesFile(responseSchemas()));
console.log(`wrote ${RESPONSES}`);
const { openApiDocument } = await import('../functions/openapi/document');
for (const [path, text] of Object.entries(generatedPages(await openApiDocument()))) {
  writeFileSync(new URL(path, root), text);
  console.log(`wrote ${path}`);
}
