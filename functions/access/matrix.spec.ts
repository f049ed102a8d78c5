import { describe, expect, it } from 'vitest';
import { contractsOf } from '../commons/contracts';
import { httpFunctions, routes } from '../routes';
import { accessMatrix } from './matrix';
import { namesProcess } from './policy';
import { roles } from './roles';

const rows = Object.entries(accessMatrix);

describe('the access matrix', () => {
  it('has one row for every route of functions/routes.ts, and no other row', () => {
    expect(rows).toHaveLength(routes.length);
    const missing = routes.filter((route) => !(route.key in accessMatrix)).map((route) => route.key);
    expect(missing, 'routes without a row in the access matrix').toEqual([]);
    const unknown = Object.keys(accessMatrix).filter((key) => !routes.some((route) => route.key === key));
    expect(unknown, 'rows naming no route').toEqual([]);
  });

  it('makes public exactly the routes served without the authorizer', () => {
    const publicRows = rows.filter(([, access]) => access === 'public').map(([key]) => key);
    expect(publicRows.sort()).toEqual(
      routes
        .filter((route) => route.access === 'public')
        .map((route) => route.key)
        .sort(),
    );
  });

  it('lets the auditor call every route that records nothing, and none that records something', () => {
    for (const route of routes) {
      const access = accessMatrix[route.key];
      if (access === 'public' || access === undefined) continue;
      const records = route.method === 'POST' && route.access === 'command';
      expect(access.includes('auditor'), route.key).toBe(!records);
    }
  });

  it('lets every role call the routes about the caller, which name no process, and only those', () => {
    for (const route of routes) {
      if (route.access === 'public') continue;
      expect(namesProcess(route.key), route.key).toBe(route.access !== 'caller');
      if (route.access === 'caller') expect(route.roles, route.key).toEqual(roles);
    }
  });

  it('lets a donor only read a route that names the donor, in its path or its query', async () => {
    const contracts = await contractsOf(httpFunctions);
    for (const [key, access] of rows) {
      if (access === 'public' || !access.includes('donor') || !namesProcess(key)) continue;
      const namesDonor = key.includes('{donorId}') || 'query' in (contracts.get(key as never) ?? {});
      expect(key.startsWith('GET ') && namesDonor, key).toBe(true);
    }
  });
});
