import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes';
import { startGateway } from '../../local/gateway';
import { localIssuer } from '../../local/tokens';

/** The gateway serving a built web app beside the API, as CloudFront does on AWS. */
const dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'export {};');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  const server = await startGateway({ port: 0, routes, issuer: await localIssuer(), webRoot: dist });
  const address = server.address();
  url = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  close = () => new Promise((done) => server.close(() => done()));
});

afterAll(async () => {
  await close?.();
  rmSync(dist, { recursive: true, force: true });
});

const get = (path: string, accept = 'text/html') => fetch(`${url}${path}`, { headers: { accept } });

describe('the local gateway serving the web app', () => {
  it('serves its files with their types; bundled files cached for good, the rest revalidated', async () => {
    const script = await get('/assets/index-abc123.js', '*/*');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await get('/favicon.svg', '*/*');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers /config.json for local sign-in', async () => {
    const config = await get('/config.json', 'application/json');
    expect(config.headers.get('cache-control')).toBe('no-cache');
    expect(await config.json()).toEqual({ apiUrl: '', auth: { kind: 'local', peopleUrl: '/local/people' } });
  });

  it("answers index.html for a page's address a browser asks for, and nothing for other requests", async () => {
    for (const path of ['/', '/budget', '/risks/r-1']) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toContain('<div id="root">');
    }
    expect((await get('/budget', 'application/json')).status).toBe(404);
  });

  it('leaves the API paths to the API, whatever the request accepts', async () => {
    const unknown = await get('/processes/p1/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/json');
    expect((await get('/processes/p1/budget')).status).toBe(401);
  });

  it('serves nothing outside its folder', async () => {
    const outside = await fetch(`${url}/..%2f..%2fetc%2fpasswd`, { headers: { accept: '*/*' } });
    expect(outside.status).toBe(404);
  });
});
