import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../functions/openapi/document';
import type { LocalRuntime } from '../../local/runtime';
import { startRuntime } from '../support/http';

let runtime: LocalRuntime;

beforeAll(async () => {
  runtime = await startRuntime();
});
afterAll(() => runtime?.stop());

describe('the OpenAPI document over HTTP', () => {
  it('is served without a token, and is the document generated from the routes', async () => {
    const response = await fetch(`${runtime.url}/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual(await openApiDocument());
  });

  it('leaves every other route behind the token', async () => {
    const response = await fetch(`${runtime.url}/processes/p1`);
    expect(response.status).toBe(401);
  });
});
