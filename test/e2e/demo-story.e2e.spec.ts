import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoStepFailed } from '../../local/demo/client';
import { type DemoPeople, signPeople } from '../../local/demo/people';
import { type DemoRecording, recordDemo } from '../../local/demo/story';
import type { LocalRuntime } from '../../local/runtime';
import { callerWithToken, settled, startRuntime } from '../support/http';

/**
 * The demo `npm start` records, against a runtime of this file's own: every step accepted, the story
 * readable through the API as its people, and a second recording replaying every command, adding none.
 */
let runtime: LocalRuntime;
let people: DemoPeople;
let recorded: DemoRecording;
const P = '/processes/demo';

beforeAll(async () => {
  runtime = await startRuntime();
  people = await signPeople(runtime.issuer);
  recorded = await recordDemo(runtime.url, people);
}, 120_000);
afterAll(() => runtime?.stop());

const as = (env: string) => callerWithToken(runtime, people[env]?.token ?? '');

describe('the demo story', () => {
  it('is recorded once: a second recording replays every command and records nothing', async () => {
    expect(recorded).toMatchObject({ replayed: 0 });
    expect(recorded.commands).toBeGreaterThan(80);
    const again = await recordDemo(runtime.url, people);
    expect(again).toEqual({ commands: recorded.commands, replayed: recorded.commands, ids: recorded.ids });
  }, 60_000);

  it('is a commission a few months into its mandate, with a budget spent over two months', async () => {
    const { body: process } = await as('FINANCE_OFFICER').get(P);
    expect(process).toMatchObject({
      name: 'Constitution Review Commission of Veldmark',
      budgetCurrency: 'USD',
    });
    const months = (Date.now() - Date.parse(String(process.mandateStart))) / (30.4 * 86_400_000);
    expect(months).toBeGreaterThan(3);
    expect(months).toBeLessThan(5);
    const { body: budget } = await settled(
      () => as('FINANCE_APPROVER').get(`${P}/budget`),
      ({ body }) =>
        expect(body.lines).toEqual(
          expect.arrayContaining([
            // Two months of rent paid, and stationery waiting for approval.
            expect.objectContaining({
              lineId: 'AD-OFFICE',
              disbursed: usd(12_400_00),
              pending: usd(1_850_00),
            }),
            // Paid twice, then reversed.
            expect.objectContaining({ lineId: 'CM-MEDIA', disbursed: usd(0) }),
          ]),
        ),
    );
    expect(budget.lines).toHaveLength(12);
  });

  it('leaves requests of both finance officers for the approver, and one rejected', async () => {
    const status = async (label: string) =>
      (await as('FINANCE_APPROVER').get(`${P}/disbursements/${recorded.ids[label]}`)).body;
    for (const [label, by] of [
      ['hearings-coast', 'FINANCE_OFFICER'],
      ['stationery', 'FINANCE_OFFICER_2'],
    ] as const)
      expect(await status(label)).toMatchObject({ status: 'requested', requestedBy: people[by]?.subject });
    expect(await status('printing-unquoted')).toMatchObject({ status: 'rejected' });
    expect(await status('radio-1')).toMatchObject({ status: 'reversed' });
  });

  it('shows each donor its own contributions, and the register an overdue review', async () => {
    const { body: eu } = await settled(
      () => as('DONOR_EU').get(`${P}/donors/eu`),
      ({ status, body }) =>
        expect({ status, contributions: body.contributions }).toMatchObject({
          status: 200,
          contributions: [expect.anything()],
        }),
    );
    expect(eu).toMatchObject({ donorId: 'eu' });
    expect((await as('DONOR_SIDA').get(`${P}/donors/eu`)).status).toBe(403);
    const { body: register } = await settled(
      () => as('LEADERSHIP').get(`${P}/risk-register`),
      ({ body }) => expect(body.risks).toHaveLength(5),
    );
    expect(register.risks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: 'Second EU tranche delayed',
          overdueMitigations: 1,
          nextReview: expect.objectContaining({ overdue: true }),
        }),
      ]),
    );
  });

  it('sets benchmarks achieved, on track and missed', async () => {
    await settled(
      () => as('LEADERSHIP').get(`${P}/dashboard`),
      ({ body }) =>
        expect(body.mandate).toMatchObject({
          benchmarks: 5,
          byStatus: { achieved: 1, missed: 1, 'on-track': 3 },
        }),
    );
  });

  it('names the step, the request and the answer when a step is refused', async () => {
    const admin = people.ADMIN as NonNullable<DemoPeople['ADMIN']>;
    const failed = await recordDemo(runtime.url, {
      ...people,
      ADMIN: { ...admin, token: 'not-a-token' },
    }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(DemoStepFailed);
    expect(failed).toMatchObject({ step: 'read-process', status: 401 });
  });
});

const usd = (amount: number) => ({ amount, currency: 'USD' });
