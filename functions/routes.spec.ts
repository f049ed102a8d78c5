import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dispatcher } from './commons/dispatch';
import { httpFunctions } from './routes';

describe.each(httpFunctions)('the $name function', (fn) => {
  it('serves exactly the routes listed for it, each with an endpoint', async () => {
    const { handler } = (await import(pathToFileURL(resolve(fn.entry)).href)) as { handler: Dispatcher };
    expect(typeof handler).toBe('function');
    expect([...handler.endpoints.keys()].sort()).toEqual(fn.routes.map((route) => route.key).sort());
    for (const [key, endpoint] of handler.endpoints) expect(typeof endpoint, key).toBe('function');
  });
});

it('lists every route once', () => {
  const keys = httpFunctions.flatMap((fn) => fn.routes.map((route) => route.key));
  expect(new Set(keys).size).toBe(keys.length);
});
