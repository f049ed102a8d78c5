import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { httpFunctions } from './routes';

describe.each(httpFunctions)('the $name function', (fn) => {
  it('serves exactly the routes listed for it', async () => {
    const module = await import(pathToFileURL(resolve(fn.entry)).href);
    expect(typeof module.handler).toBe('function');
    expect(Object.keys(module.endpoints).sort()).toEqual([...fn.routes].sort());
  });
});

it('lists every route once', () => {
  const keys = httpFunctions.flatMap((fn) => fn.routes);
  expect(new Set(keys).size).toBe(keys.length);
});
