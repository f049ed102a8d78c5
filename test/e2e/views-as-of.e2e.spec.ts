import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/http';
import { accepted } from '../support/local-process';
import { usd, type VenuePayment, venuePaidOn28February } from '../support/venue-payment';

/**
 * The two kinds of "as of": a venue paid on 28 February and a research officer in post from 1 February,
 * both entered on 2 March. The books for 28 February (`asOf`) hold both as known now, and neither as
 * known on 1 March (`knownAt`), when nobody had entered them yet.
 */
let local: VenuePayment['local'];
const P = '/processes/books';
const february = 'asOf=2031-02-28';
const knownOn1March = 'knownAt=2031-03-01T23:59:59.999Z';

beforeAll(async () => {
  ({ local } = await venuePaidOn28February('books', '2031-03-02'));
  const { body } = await local.officer.get(`${P}/donors/eu?knownAt=2031-03-02`);
  const source = (body.contributions as { contributionId: string }[])[0]?.contributionId;
  await accepted(
    local.hr.post(`${P}/appointments`, {
      person: { personId: 'per-research-1', name: 'Achieng Otieno' },
      contractType: 'civil-service',
      startDate: '2031-02-01',
      endDate: '2032-06-30',
      monthlyCost: usd(4_000_00),
      fundingSourceId: source,
      postTitle: 'Research Officer',
      unit: 'secretarial-services',
      subFunction: 'research',
      reportsTo: 'Deputy, Secretarial Services',
    }),
  );
}, 120_000);
afterAll(() => local?.runtime.stop());

const lineOf = (body: Record<string, unknown>) =>
  (body.lines as { lineId: string; disbursed: unknown; approvedNotPaid: unknown }[]).find(
    (line) => line.lineId === 'EO-1',
  );

describe('the budget at a business date, as known at an instant', () => {
  it('holds the payment in the books for 28 February, as known now, and names both', async () => {
    const { status, body } = await local.officer.get(`${P}/budget?${february}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ asOf: '2031-02-28', knownAt: expect.stringMatching(/^2031-03-02T/) });
    expect(lineOf(body)).toMatchObject({ disbursed: usd(1_500_00), approvedNotPaid: usd(0) });
  });

  it('does not hold it as known on 1 March, before it was entered', async () => {
    const { status, body } = await local.officer.get(`${P}/budget?${february}&${knownOn1March}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ asOf: '2031-02-28', knownAt: '2031-03-01T23:59:59.999Z' });
    expect(lineOf(body)).toMatchObject({ disbursed: usd(0), approvedNotPaid: usd(1_500_00) });
  });

  it('re-derives a saved view from the asOf and knownAt it names', async () => {
    const saved = (await local.officer.get(`${P}/budget/by-source?${february}`)).body;
    const again = await local.officer.get(
      `${P}/budget/by-source?asOf=${saved.asOf}&knownAt=${saved.knownAt}`,
    );
    expect(again.body).toEqual(saved);
  });

  it('answers 404 before the process was opened', async () => {
    expect((await local.officer.get(`${P}/budget?asOf=2031-02-09`)).status).toBe(404);
  });

  it('agrees with the current view once the projector has caught up', async () => {
    const live = await eventually(
      () => local.officer.get(`${P}/budget`),
      (answer) => (lineOf(answer.body)?.disbursed as { amount: number } | undefined)?.amount === 1_500_00,
      10_000,
    );
    expect(live.body).toMatchObject({ asOf: null, knownAt: null });
    const { asOf: _, knownAt: __, ...current } = live.body;
    const {
      asOf: ___,
      knownAt: ____,
      ...books
    } = (await local.officer.get(`${P}/budget?asOf=2031-03-02`)).body;
    expect(books).toEqual(current);
  });
});

describe('a donor’s view at a business date, as known at an instant', () => {
  const spent = async (query: string) => {
    const { status, body } = await local.officer.get(`${P}/donors/eu?${query}`);
    return {
      status,
      asOf: body.asOf,
      knownAt: body.knownAt,
      spent: (body.totals as { spent: unknown }).spent,
    };
  };

  it('counts the payment in the books for 28 February as known now, not as known on 1 March', async () => {
    expect(await spent(february)).toMatchObject({ status: 200, asOf: '2031-02-28', spent: usd(1_500_00) });
    expect(await spent(`${february}&${knownOn1March}`)).toEqual({
      status: 200,
      asOf: '2031-02-28',
      knownAt: '2031-03-01T23:59:59.999Z',
      spent: usd(0),
    });
  });
});

describe('staffing at a business date, as known at an instant', () => {
  const roster = async (query: string) => {
    const { status, body } = await local.hr.get(`${P}/staffing?${query}`);
    return {
      status,
      asOf: body.asOf,
      knownAt: body.knownAt,
      roster: (body.roster as { person: { name: string } }[]).map(({ person }) => person.name),
    };
  };

  it('has the officer in post on 28 February as known now, not as known on 1 March', async () => {
    expect(await roster(february)).toMatchObject({
      status: 200,
      asOf: '2031-02-28',
      roster: ['Achieng Otieno'],
    });
    expect(await roster(`${february}&${knownOn1March}`)).toEqual({
      status: 200,
      asOf: '2031-02-28',
      knownAt: '2031-03-01T23:59:59.999Z',
      roster: [],
    });
  });
});

describe('the dashboard and the risk register', () => {
  it('are computed at a business date as known at an instant, and name both', async () => {
    for (const view of ['dashboard', 'risk-register']) {
      const { status, body } = await local.leadership.get(`${P}/${view}?${february}&knownAt=2031-03-01`);
      expect({ view, status, asOf: body.asOf, knownAt: body.knownAt }).toEqual({
        view,
        status: 200,
        asOf: '2031-02-28',
        knownAt: '2031-03-01T23:59:59.999Z',
      });
    }
  });
});
