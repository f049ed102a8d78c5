import { describe, expect, it } from 'vitest';
import { defaultUnits, type UnitDefinition } from '../../events/catalog/process';
import type { Unit } from '../../events/schemas';
import { usd } from '../../test/support/builders';
import {
  appointmentEnded,
  deputyAppointed,
  headAppointed,
  seconded,
  secondmentEndedEarly,
  staffAppointed,
} from '../../test/support/staffing-builders';
import { appointmentRow, secondmentRow } from '../../test/support/staffing-rows';
import type { RecordedAppointment } from '../appointment/appointment';
import type { AppointmentRow, SecondmentRow } from './staffing';
import { independenceOf, type RosterEntry, staffingView } from './staffing-view';

interface AppointmentTerms {
  readonly role?: RecordedAppointment['kind'];
  readonly unit?: Unit;
  readonly contractType?: RecordedAppointment['contractType'];
  readonly startDate?: string;
  /** Null for an open-ended contract. */
  readonly endDate?: string | null;
  /** The last day worked, for an appointment ended. */
  readonly endedOn?: string;
}

const appointment = (id: string, o: AppointmentTerms): AppointmentRow => {
  const { role = 'staff', unit = 'communications', endDate = '2026-12-31', endedOn, ...terms } = o;
  const data = {
    appointmentId: id,
    person: { personId: id, name: `Person ${id}` },
    contractType: 'civil-service' as const,
    startDate: '2026-01-01',
    endDate: endDate ?? undefined,
    monthlyCost: usd(3_000_00),
    fundingSourceId: 'gov',
    ...terms,
  };
  const appointed =
    role === 'secretariat-head'
      ? headAppointed(data)
      : role === 'deputy'
        ? deputyAppointed({ ...data, unit })
        : staffAppointed({ ...data, unit, postTitle: 'Officer' });
  return endedOn === undefined
    ? appointmentRow(appointed)
    : appointmentRow(appointed, appointmentEnded({ appointmentId: id, endDate: endedOn }));
};

interface SecondmentTerms {
  readonly unit?: Unit;
  readonly homeInstitution?: string;
  readonly startDate?: string;
  readonly endDate?: string;
  /** The last day, for a secondment ended early. */
  readonly endedOn?: string;
}

const secondment = (id: string, o: SecondmentTerms): SecondmentRow => {
  const { endedOn, ...terms } = o;
  const lent = seconded({
    secondmentId: id,
    person: { personId: id, name: `Person ${id}` },
    homeInstitution: 'Ministry of Justice',
    unit: 'secretarial-services',
    postTitle: 'Legal Researcher',
    startDate: '2026-03-01',
    endDate: '2026-12-31',
    salary: { borneBy: 'home-institution' },
    ...terms,
  });
  return endedOn === undefined
    ? secondmentRow(lent)
    : secondmentRow(lent, secondmentEndedEarly({ secondmentId: id, endDate: endedOn }));
};

/** Today is 2026-06-30. */
const rows = [
  appointment('head', { role: 'secretariat-head' }),
  appointment('dep-com', {
    role: 'deputy',
    startDate: '2026-02-01',
    endDate: null,
  }),
  appointment('dep-eo', {
    role: 'deputy',
    unit: 'education-outreach',
    startDate: '2026-08-01',
  }),
  appointment('dep-adm', {
    role: 'deputy',
    unit: 'administration',
    endedOn: '2026-05-31',
  }),
  appointment('a', {
    contractType: 'consultant',
    unit: 'education-outreach',
    startDate: '2026-05-01',
    endDate: '2026-07-15',
  }),
  appointment('b', { contractType: 'donor-funded' }),
  secondment('s1', { endDate: '2026-07-30' }),
  secondment('s2', { homeInstitution: 'Ministry of Finance', endDate: '2026-07-31' }),
  secondment('s3', { unit: 'administration', endedOn: '2026-06-30' }),
];
const view = staffingView(rows, '2026-06-30', null, defaultUnits);

describe('the staffing view', () => {
  it('lists everyone in post today by unit, the Head first, then contract type', () => {
    expect(view.roster.map((entry) => [entry.id, entry.unit, entry.contractType])).toEqual([
      ['head', null, 'civil-service'],
      ['s1', 'secretarial-services', 'secondment'],
      ['s2', 'secretarial-services', 'secondment'],
      ['a', 'education-outreach', 'consultant'],
      ['dep-com', 'communications', 'civil-service'],
      ['b', 'communications', 'donor-funded'],
      ['s3', 'administration', 'secondment'],
    ]);
  });

  it('counts them per unit and contract type, adding up to the totals', () => {
    const zero = { 'civil-service': 0, consultant: 0, 'donor-funded': 0, secondment: 0 };
    expect(view.counts).toEqual([
      { unit: null, ...zero, 'civil-service': 1, total: 1 },
      { unit: 'secretarial-services', ...zero, secondment: 2, total: 2 },
      { unit: 'education-outreach', ...zero, consultant: 1, total: 1 },
      { unit: 'communications', ...zero, 'civil-service': 1, 'donor-funded': 1, total: 2 },
      { unit: 'administration', ...zero, secondment: 1, total: 1 },
    ]);
    expect(view.totals).toEqual({
      'civil-service': 2,
      consultant: 1,
      'donor-funded': 1,
      secondment: 3,
      total: 7,
    });
  });

  it('rolls the counts up by pillar, the Head in none', () => {
    expect(view.pillars.map(({ pillar, total }) => [pillar, total])).toEqual([
      ['secretarial-services', 2],
      ['education-outreach', 1],
      ['communications', 2],
      ['administration', 1],
    ]);
  });

  it('follows the process’s own units: a deputy post and a count for each, rolled up by pillar', () => {
    const units: UnitDefinition[] = [
      { unit: 'legal-drafting', name: 'Legal drafting', pillar: 'secretarial-services' },
      { unit: 'research-documentation', name: 'Research and documentation', pillar: 'secretarial-services' },
    ];
    const own = staffingView(
      [
        appointment('dep-ld', { role: 'deputy', unit: 'legal-drafting' }),
        appointment('dep-rd', { role: 'deputy', unit: 'research-documentation' }),
        appointment('r', { unit: 'research-documentation' }),
      ],
      '2026-06-30',
      null,
      units,
    );
    expect(own.posts.map((post) => [post.postId, post.holder?.id ?? null])).toEqual([
      ['secretariat-head', null],
      ['deputy-legal-drafting', 'dep-ld'],
      ['deputy-research-documentation', 'dep-rd'],
    ]);
    expect(own.counts.map(({ unit, total }) => [unit, total])).toEqual([
      [null, 0],
      ['legal-drafting', 1],
      ['research-documentation', 2],
    ]);
    expect(own.pillars.map(({ pillar, total }) => [pillar, total])).toEqual([
      ['secretarial-services', 3],
      ['education-outreach', 0],
      ['communications', 0],
      ['administration', 0],
    ]);
  });

  it('finds the Head’s and deputies’ posts nobody holds today, naming who is appointed to start later', () => {
    expect(view.vacantPosts).toEqual([
      'deputy-secretarial-services',
      'deputy-education-outreach',
      'deputy-administration',
    ]);
    expect(
      view.posts.map((post) => [post.postId, post.holder?.id ?? null, post.incoming?.id ?? null]),
    ).toEqual([
      ['secretariat-head', 'head', null],
      ['deputy-secretarial-services', null, null],
      ['deputy-education-outreach', null, 'dep-eo'],
      ['deputy-communications', 'dep-com', null],
      ['deputy-administration', null, null],
    ]);
  });

  it('groups the secondees in post by home institution', () => {
    expect(
      view.secondeesByHomeInstitution.map(({ homeInstitution, count }) => [homeInstitution, count]),
    ).toEqual([
      ['Ministry of Finance', 1],
      ['Ministry of Justice', 2],
    ]);
  });

  it('lists what ends today or within 30 days, soonest first, and not on the 31st day', () => {
    expect(view.endingSoon.map((entry) => [entry.id, entry.lastDay, entry.daysLeft])).toEqual([
      ['s3', '2026-06-30', 0],
      ['a', '2026-07-15', 15],
      ['s1', '2026-07-30', 30],
    ]);
  });

  it('measures the share of seconded and donor-funded staff against the default threshold when none is set', () => {
    // 3 secondees + 1 donor-funded of 7 in post: 4 ÷ 7 = 57.142…%, above 30 %.
    expect(view.independence).toEqual({
      seconded: 3,
      donorFunded: 1,
      staff: 7,
      sharePercent: 57.14,
      thresholdPercent: 30,
      thresholdIsDefault: true,
      concern: true,
    });
  });
});

describe('the independence indicator', () => {
  const entries = (...types: RosterEntry['contractType'][]) =>
    staffingView(
      types.map((contractType, i) =>
        contractType === 'secondment'
          ? secondment(`s${i}`, { startDate: '2026-01-01' })
          : appointment(`a${i}`, { contractType }),
      ),
      '2026-06-30',
      null,
      defaultUnits,
    ).roster;

  it('is a concern above the threshold the process set, not at it', () => {
    const half = entries('secondment', 'donor-funded', 'civil-service', 'consultant');
    expect(independenceOf(half, 50)).toMatchObject({
      sharePercent: 50,
      thresholdIsDefault: false,
      concern: false,
    });
    expect(independenceOf(half, 49).concern).toBe(true);
  });

  it('is no concern with nobody in post', () => {
    expect(independenceOf([], null)).toMatchObject({ staff: 0, sharePercent: 0, concern: false });
  });
});
