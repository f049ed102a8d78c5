import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../functions/openapi/document';
import { generatedPages, RESPONSES, responsesFile } from '../local/docs-pages';
import { responseSchemas } from '../local/response-schemas';

const root = new URL('../', import.meta.url).pathname;

const markdownFiles = (folder: string): string[] =>
  readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });

const pages = ['README.md', ...markdownFiles('docs')];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorsOf = (path: string): string[] =>
  [...readFileSync(path, 'utf8').matchAll(/^#+ (.+)$/gm)].map(([, heading = '']) =>
    heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replaceAll(' ', '-'),
  );

describe('the docs', () => {
  it('hold what the generator writes from the code', async () => {
    for (const [path, text] of Object.entries(generatedPages(await openApiDocument())))
      expect(readFileSync(join(root, path), 'utf8'), `${path} is stale: run npm run docs`).toBe(text);
  });

  it('hold the response schemas read from the types of what each endpoint answers', () => {
    expect(readFileSync(join(root, RESPONSES), 'utf8'), `${RESPONSES} is stale: run npm run docs`).toBe(
      responsesFile(responseSchemas()),
    );
  }, 180_000);

  it('link only to files and headings of the repository', () => {
    for (const page of pages) {
      const text = readFileSync(join(root, page), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (!target || /^(https?:|mailto:|#)/.test(target)) continue;
        const [file = '', anchor] = target.split('#');
        const path = join(root, dirname(page), file);
        expect(existsSync(path), `${page} links to ${target}, which does not exist`).toBe(true);
        if (anchor) expect(anchorsOf(path), `${page} links to ${target}: no such heading`).toContain(anchor);
      }
      // A clone has nothing outside the repository, so the docs must not lean on it.
      expect(text, `${page} points outside the repository`).not.toMatch(/\.\.\/shared/);
    }
  });
});
