import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../../functions/openapi/document';

/**
 * The web app's API types, generated from the same document the API serves: a changed route or
 * answer breaks `tsc -p web` instead of a page at run time. Both files are git-ignored.
 */
const folder = resolve(import.meta.dirname, '../src/api');
const document = await openApiDocument();
writeFileSync(`${folder}/openapi.json`, `${JSON.stringify(document, null, 2)}\n`);
const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]);
writeFileSync(`${folder}/schema.d.ts`, astToString(ast));
