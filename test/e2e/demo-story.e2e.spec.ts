import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoStepFailed } from '../../local/demo/client';
import { type DemoPeople, signPeople } from '../../local/demo/people';
import { recordDemo } from '../../local/demo/story';
import type { LocalRuntime } from '../../local/runtime';
import { callerWithToken, settled, startRuntime } from '../support/http';

/**
 * The demo `npm start` records, against a runtime of this file's own: every step accepted, the story
 * readable through the API, and a second recording replaying every command without adding one.
 */
let runtime: LocalRuntime;
let people: DemoPeople;
const today = new Date();
const P = '/processes/demo';

beforeAll(async () => {
  runtime = await startRuntime();
  people = await signPeople(runtime.issuer);
}, 60_000);
afterAll(() => runtime?.stop());

const as = (env: string) => callerWithToken(runtime, people[env]?.token ?? '');

describe('the demo story', () => {
  it('records every step, then replays them all on a second recording', async () => {
    let t = Date.now();
    const first = await recordDemo(runtime.url, people, today);
    console.log('first', Date.now() - t);
    t = Date.now();
    expect(first.replayed).toBe(0);
    expect(first.commands).toBeGreaterThan(80);
    const again = await recordDemo(runtime.url, people, today);
    expect(again).toEqual({ commands: first.commands, replayed: first.commands });
  }, 60_000);

  it('reads as a commission a few months into its mandate', async () => {
    const process = await as('FINANCE_OFFICER').get(P);
    expect(process.body).toMatchObject({ name: 'Constitution Review Commission of Veldmark' });
    const budget = await settled(
      () => as('FINANCE_APPROVER').get(`${P}/budget`),
      ({ body }) => expect(body.lines).toHaveLength(12),
    );
    console.log(JSON.stringify(budget.body).slice(0, 3000));
  });

  it('names the step, the request and the answer when a step is refused', async () => {
    const stranger = {
      ...people,
      ADMIN: { ...(people.ADMIN as NonNullable<DemoPeople['ADMIN']>), token: 'not-a-token' },
    };
    const failed = await recordDemo(runtime.url, stranger, today).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(DemoStepFailed);
    expect(failed).toMatchObject({ step: 'read-process', status: 401 });
  });
});
