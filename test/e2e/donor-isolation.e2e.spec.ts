import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessMatrix } from '../../functions/access/matrix';
import { type Route, routes } from '../../functions/routes';
import type { LocalRuntime } from '../../local/runtime';
import { type Answer, type Caller, callerAs, startRuntime } from '../support/http';
import { type SeededIds, seedProcess } from '../support/seed';

/**
 * A donor sees only its own money, and a refusal tells it nothing: not whether another donor's
 * contribution exists, nor whether a process or record does. Process `ke` has contributions from
 * `eu` and `sida`; `tz` has one from `eu` too. The donor is `eu`, member of `ke` only.
 */
let runtime: LocalRuntime;
let ke: { ids: SeededIds; contributions: Record<string, string> };
let tz: { ids: SeededIds; contributions: Record<string, string> };
let eu: Caller;

beforeAll(async () => {
  runtime = await startRuntime();
  ke = await seedProcess(runtime, 'ke');
  tz = await seedProcess(runtime, 'tz', ['eu', 'norad']);
  eu = await callerAs(runtime, 'eu-reporting', ['donor'], { processes: ['ke'], donorId: 'eu' });
}, 60_000);
afterAll(() => runtime?.stop());

const fill = (route: Route, ids: Record<string, string>) =>
  route.path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? `no-such-${name}`);

const send = (caller: Caller, route: Route, path: string): Promise<Answer> =>
  route.method === 'GET' ? caller.get(path) : caller.post(path, {});

/** Status, body and every header but the per-request ones: what a refusal could leak through. */
const observable = (answer: Answer) => ({
  status: answer.status,
  body: answer.body,
  headers: [...answer.headers.entries()].filter(([name]) => !['date', 'x-correlation-id'].includes(name)),
});

const nothingLearnt = { status: 403, body: { error: 'forbidden' } };
const opensToDonor = (route: Route) => {
  const access = accessMatrix[route.key];
  return access !== 'public' && access?.includes('donor') === true;
};
const namesDonor = (route: Route) => route.path.includes('{donorId}');
const undonored = routes.filter((route) => accessMatrix[route.key] !== 'public' && !opensToDonor(route));

describe('a donor', () => {
  it('is refused its own contribution read as a record: only donor reports are open to it', async () => {
    const own = await eu.get(`/processes/ke/contributions/${ke.contributions.eu}`);
    expect(own).toMatchObject(nothingLearnt);
  });

  it('is refused every list and view of the process', async () => {
    expect(await eu.get('/processes/ke/budget')).toMatchObject(nothingLearnt);
  });

  describe.each(undonored)('$key', (route) => {
    it('answers the same refusal for real records, another donor’s and made-up ones', async () => {
      const real = observable(
        await send(eu, route, fill(route, { ...ke.ids, contributionId: ke.contributions.sida as string })),
      );
      const madeUp = observable(await send(eu, route, fill(route, { processId: 'ke' })));
      expect(real).toMatchObject(nothingLearnt);
      expect(madeUp).toEqual(real);
    });

    it('answers the same refusal in another process, whether it exists or not', async () => {
      const existing = observable(
        await send(eu, route, fill(route, { ...tz.ids, contributionId: tz.contributions.eu as string })),
      );
      const neverOpened = observable(await send(eu, route, fill(route, { processId: 'never-opened' })));
      expect(existing).toMatchObject(nothingLearnt);
      expect(neverOpened).toEqual(existing);
    });
  });

  it('is let into no route that names no donor but GET /me, which is about the caller alone', async () => {
    const aboutNoDonor = routes.filter((route) => opensToDonor(route) && !namesDonor(route));
    expect(aboutNoDonor.map((route) => route.key)).toEqual(['GET /me']);
    expect((await eu.get('/me')).body).toMatchObject({ roles: ['donor'], donorId: 'eu' });
  });

  describe.each(routes.filter((route) => opensToDonor(route) && namesDonor(route)))(
    'a donor report, $key',
    (route) => {
      it('is open for its own donor id and refused, identically, for another or a made-up one', async () => {
        const own = await send(eu, route, fill(route, { ...ke.ids, donorId: 'eu' }));
        expect([401, 403]).not.toContain(own.status);
        const other = observable(await send(eu, route, fill(route, { ...ke.ids, donorId: 'sida' })));
        const madeUp = observable(await send(eu, route, fill(route, { ...ke.ids, donorId: 'nobody' })));
        expect(other).toMatchObject(nothingLearnt);
        expect(madeUp).toEqual(other);
      });
    },
  );
});
