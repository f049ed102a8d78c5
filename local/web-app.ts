import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import type { Route } from '../functions/routes';

/** What the web app reads at `/config.json` on this machine: the API on the same origin, local sign-in. */
export const localWebConfig = { apiUrl: '', auth: { kind: 'local', peopleUrl: '/local/people' } } as const;

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Vite names what it bundles by content hash: such a file never changes, everything else may. */
const immutable = 'public, max-age=31536000, immutable';
const revalidate = 'no-cache';

/**
 * Serves the built web app (`web/dist`) beside the API, as CloudFront does on AWS: its files, its
 * runtime config, and index.html for any other page address a browser asks for (the app routes in the
 * browser). Paths under the API's own first segments (`/processes/…`) are never the app's: they stay
 * the API's 404.
 */
export function webApp(root: string, routes: readonly Route[]) {
  const folder = resolve(root);
  const apiSegments = new Set(routes.map((route) => route.path.split('/')[1]));
  return async function serveWebApp(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
  ): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (apiSegments.has(path.split('/')[1])) return false;
    if (path === '/config.json') {
      reply(req, res, 200, 'application/json', revalidate, JSON.stringify(localWebConfig));
      return true;
    }
    const file = fileOf(folder, path);
    if (file && (await isFile(file))) {
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      const cache = path.startsWith('/assets/') ? immutable : revalidate;
      reply(req, res, 200, type, cache, await readFile(file));
      return true;
    }
    if (!(req.headers.accept ?? '').includes('text/html')) return false;
    const index = join(folder, 'index.html');
    if (!(await isFile(index))) return false;
    reply(req, res, 200, contentTypes['.html'] as string, revalidate, await readFile(index));
    return true;
  };
}

/** The file a URL path names inside the folder; none for a path that escapes it or is not percent-encoded well. */
function fileOf(folder: string, path: string): string | undefined {
  try {
    const file = resolve(join(folder, decodeURIComponent(path)));
    return file.startsWith(folder + sep) ? file : undefined;
  } catch {
    return undefined;
  }
}

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

function reply(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  cache: string,
  body: string | Buffer,
) {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': cache,
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
