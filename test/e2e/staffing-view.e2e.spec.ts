import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, eventually } from '../support/http';
import { type LocalProcesses, startLocalProcesses } from '../support/local-process';
import { P, recordedOn, recordViewsStory, type ViewsIds } from '../support/views-process';

/** The staffing view over HTTP: the roster, vacant posts, secondees, endings and independence. */
let local: LocalProcesses;
let ids: ViewsIds;
let hr: Caller;
let leadership: Caller;

beforeAll(async () => {
  local = await startLocalProcesses(['views'], recordedOn);
  ({ hr, leadership } = local);
  ids = await recordViewsStory(local);
}, 120_000);
afterAll(() => local?.runtime.stop());

describe('the staffing view', () => {
  const staffing = async (day: string) => (await hr.get(`${P}/staffing?asOf=${day}`)).body;

  it('as of 30 June 2031: the roster by unit and contract type, vacant posts, secondees and endings', async () => {
    const body = await staffing('2031-06-30');
    // In post: the Head, the communications deputy, c (civil service), a (consultant), s1, s2, s3.
    const zero = { 'civil-service': 0, consultant: 0, 'donor-funded': 0, secondment: 0 };
    expect(body.counts).toEqual([
      { unit: null, ...zero, 'civil-service': 1, total: 1 },
      { unit: 'secretarial-services', ...zero, secondment: 3, total: 3 },
      { unit: 'education-outreach', ...zero, consultant: 1, total: 1 },
      { unit: 'communications', ...zero, 'civil-service': 1, total: 1 },
      { unit: 'administration', ...zero, 'civil-service': 1, total: 1 },
    ]);
    expect(body.totals).toEqual({
      'civil-service': 3,
      consultant: 1,
      'donor-funded': 0,
      secondment: 3,
      total: 7,
    });
    expect(body.vacantPosts).toEqual([
      'deputy-secretarial-services',
      'deputy-education-outreach',
      'deputy-administration',
    ]);
    expect(
      (body.secondeesByHomeInstitution as { homeInstitution: string; count: number }[]).map((g) => [
        g.homeInstitution,
        g.count,
      ]),
    ).toEqual([
      ['Ministry of Finance', 1],
      ['Ministry of Justice', 2],
    ]);
    expect(
      (body.endingSoon as { person: { personId: string }; daysLeft: number }[]).map((e) => [
        e.person.personId,
        e.daysLeft,
      ]),
    ).toEqual([
      ['c', 10],
      ['s3', 20],
    ]);
  });

  it('flags the share of secondees against the default threshold until leadership sets one', async () => {
    // 3 secondees of 7 in post: 42.86 % > 30 %.
    expect((await staffing('2031-06-30')).independence).toEqual({
      seconded: 3,
      donorFunded: 0,
      staff: 7,
      sharePercent: 42.86,
      thresholdPercent: 30,
      thresholdIsDefault: true,
      concern: true,
    });
    expect(await leadership.post(`${P}/independence-threshold`, { percent: 50 })).toMatchObject({
      status: 200,
      body: { processId: 'views', independenceThresholdPercent: 50 },
    });
    expect((await staffing('2031-06-30')).independence).toMatchObject({
      thresholdPercent: 50,
      thresholdIsDefault: false,
      concern: false,
    });
    // 15 August: c and s3 have left, b has started: 2 secondees + 1 donor-funded of 6 is 50 %, at the
    // threshold and not above it.
    expect((await staffing('2031-08-15')).independence).toEqual({
      seconded: 2,
      donorFunded: 1,
      staff: 6,
      sharePercent: 50,
      thresholdPercent: 50,
      thresholdIsDefault: false,
      concern: false,
    });
  });

  it('is the same from the read models judged on a day (?today=) as from the log as of it', async () => {
    const fromLog = await staffing('2031-08-15');
    const live = await eventually(
      () => hr.get(`${P}/staffing?today=2031-08-15`),
      (v) => isDeepStrictEqual({ ...v.body, asOf: fromLog.asOf, knownAt: fromLog.knownAt }, fromLog),
      10_000,
    );
    expect({ ...live.body, asOf: fromLog.asOf, knownAt: fromLog.knownAt }).toEqual(fromLog);
  });

  it('refuses a threshold that is not a whole percentage', async () => {
    const answer = await leadership.post(`${P}/independence-threshold`, { percent: 101 });
    expect(answer).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'percent' })] },
    });
  });

  it('on a day before anyone has started: nobody in post, every post waiting for its appointee', async () => {
    const view = await eventually(
      () => hr.get(`${P}/staffing?today=2030-12-15`),
      (v) => (v.body.posts as { incoming: unknown }[] | undefined)?.[0]?.incoming != null,
      10_000,
    );
    expect(view.body).toMatchObject({
      asOf: null,
      roster: [],
      vacantPosts: expect.arrayContaining(['secretariat-head']),
    });
    expect((view.body.posts as { incoming: { id: string } | null }[])[0]?.incoming?.id).toBe(ids.head);
  });
});
