import type {
  AppointDeputy,
  AppointSecretariatHead,
  AppointStaff,
  ChangeAppointmentTerms,
  EndAppointment,
  ExtendAppointment,
  ReassignAppointment,
} from '../../domain/appointment/decide';
import type { FillPost, VacatePost } from '../../domain/post/decide';
import { evolve as evolveProcess, initialState as noProcess } from '../../domain/process/process';
import type { EndSecondmentEarly, ExtendSecondment, SecondStaff } from '../../domain/secondment/decide';
import type { EventOf } from '../../events/catalog';
import { defaultUnits, type UnitDefinition } from '../../events/catalog/process';
import { day, usd } from './builders';

/** Staffing builders with sensible defaults, so each test states only the facts its rule depends on. */
const person = { personId: 'per-1', name: 'Amina Odhiambo' };
const terms = {
  appointmentId: 'a-1',
  person,
  contractType: 'civil-service',
  startDate: '2026-02-01',
  endDate: '2027-06-30',
  monthlyCost: usd(6_500_00),
  fundingSourceId: 'government',
} as const;
const by = { by: 'hr-1', at: day(10) };
const recorded = { lineId: null, appointedBy: 'hr-1', appointedAt: day(10) };

export const appointHead = (o: Partial<AppointSecretariatHead> = {}): AppointSecretariatHead => ({
  type: 'AppointSecretariatHead',
  ...terms,
  appointingAuthority: { kind: 'cmb-chairperson' },
  accountableTo: 'chairperson',
  accountingOfficer: true,
  ...by,
  ...o,
});

export const headAppointed = (
  o: Partial<EventOf<'SecretariatHeadAppointed'>['data']> = {},
): EventOf<'SecretariatHeadAppointed'> => ({
  type: 'SecretariatHeadAppointed',
  data: {
    ...terms,
    appointingAuthority: { kind: 'cmb-chairperson' },
    accountableTo: 'chairperson',
    accountingOfficer: true,
    ...recorded,
    ...o,
  },
});

export const appointDeputy = (o: Partial<AppointDeputy> = {}): AppointDeputy => ({
  type: 'AppointDeputy',
  ...terms,
  unit: 'communications',
  ...by,
  ...o,
});

export const deputyAppointed = (
  o: Partial<EventOf<'DeputyAppointed'>['data']> = {},
): EventOf<'DeputyAppointed'> => ({
  type: 'DeputyAppointed',
  data: { ...terms, unit: 'communications', ...recorded, ...o },
});

const placement = {
  postTitle: 'Research Officer',
  unit: 'secretarial-services',
  subFunction: 'research',
  reportsTo: 'Deputy, Secretarial Services',
} as const;

export const appointStaff = (o: Partial<AppointStaff> = {}): AppointStaff => ({
  type: 'AppointStaff',
  ...terms,
  ...placement,
  ...by,
  ...o,
});

export const staffAppointed = (
  o: Partial<EventOf<'StaffAppointed'>['data']> = {},
): EventOf<'StaffAppointed'> => ({
  type: 'StaffAppointed',
  data: { ...terms, ...placement, ...recorded, ...o },
});

export const reassign = (o: Partial<ReassignAppointment> = {}): ReassignAppointment => ({
  type: 'ReassignAppointment',
  appointmentId: 'a-1',
  postTitle: 'Legal Officer',
  unit: 'secretarial-services',
  subFunction: 'legal',
  reportsTo: 'Deputy, Secretarial Services',
  ...by,
  ...o,
});

export const extendAppointment = (o: Partial<ExtendAppointment> = {}): ExtendAppointment => ({
  type: 'ExtendAppointment',
  appointmentId: 'a-1',
  newEndDate: '2027-12-31',
  ...by,
  ...o,
});

export const endAppointment = (o: Partial<EndAppointment> = {}): EndAppointment => ({
  type: 'EndAppointment',
  appointmentId: 'a-1',
  reason: 'resigned',
  endDate: '2026-09-30',
  ...by,
  ...o,
});

export const appointmentEnded = (
  o: Partial<EventOf<'AppointmentEnded'>['data']> = {},
): EventOf<'AppointmentEnded'> => ({
  type: 'AppointmentEnded',
  data: {
    appointmentId: 'a-1',
    reason: 'resigned',
    endDate: '2026-09-30',
    endedBy: 'hr-1',
    endedAt: day(10),
    ...o,
  },
});

export const changeTerms = (o: Partial<ChangeAppointmentTerms> = {}): ChangeAppointmentTerms => ({
  type: 'ChangeAppointmentTerms',
  appointmentId: 'a-1',
  monthlyCost: usd(7_000_00),
  effectiveFrom: '2026-07-01',
  reason: 'Annual step increase',
  ...by,
  ...o,
});

export const termsChanged = (
  o: Partial<EventOf<'AppointmentTermsChanged'>['data']> = {},
): EventOf<'AppointmentTermsChanged'> => ({
  type: 'AppointmentTermsChanged',
  data: {
    appointmentId: 'a-1',
    previousMonthlyCost: usd(6_500_00),
    monthlyCost: usd(7_000_00),
    effectiveFrom: '2026-07-01',
    reason: 'Annual step increase',
    changedBy: 'hr-1',
    changedAt: day(10),
    ...o,
  },
});

export const fillPost = (o: Partial<FillPost> = {}): FillPost => ({
  type: 'FillPost',
  postId: 'secretariat-head',
  appointmentId: 'a-1',
  person,
  startDate: '2026-02-01',
  ...by,
  ...o,
});

export const postFilled = (o: Partial<EventOf<'PostFilled'>['data']> = {}): EventOf<'PostFilled'> => ({
  type: 'PostFilled',
  data: {
    postId: 'secretariat-head',
    appointmentId: 'a-1',
    person,
    startDate: '2026-02-01',
    filledBy: 'hr-1',
    filledAt: day(10),
    ...o,
  },
});

export const vacatePost = (o: Partial<VacatePost> = {}): VacatePost => ({
  type: 'VacatePost',
  postId: 'secretariat-head',
  appointmentId: 'a-1',
  endDate: '2026-09-30',
  ...by,
  ...o,
});

export const postVacated = (o: Partial<EventOf<'PostVacated'>['data']> = {}): EventOf<'PostVacated'> => ({
  type: 'PostVacated',
  data: {
    postId: 'secretariat-head',
    appointmentId: 'a-1',
    endDate: '2026-09-30',
    vacatedBy: 'hr-1',
    vacatedAt: day(10),
    ...o,
  },
});

const secondmentTerms = {
  secondmentId: 's-1',
  person: { personId: 'per-9', name: 'Joseph Mwangi' },
  homeInstitution: 'Ministry of Finance',
  postTitle: 'Finance Officer',
  unit: 'administration',
  startDate: '2026-03-01',
  endDate: '2026-12-31',
  salary: { borneBy: 'home-institution' },
  reportingLinesToHome: 'Reports quarterly to the Principal Secretary, Ministry of Finance',
} as const;

export const second = (o: Partial<SecondStaff> = {}): SecondStaff => ({
  type: 'SecondStaff',
  ...secondmentTerms,
  ...by,
  ...o,
});

type SecondedData = EventOf<'StaffSeconded'>['data'];

/** The event a `second` command records: a salary the process bears that names no line has a null one. */
export const seconded = (
  o: Partial<Omit<SecondedData, 'salary'>> & { readonly salary?: SecondStaff['salary'] } = {},
): EventOf<'StaffSeconded'> => {
  const { salary = secondmentTerms.salary, ...rest } = o;
  return {
    type: 'StaffSeconded',
    data: {
      ...secondmentTerms,
      salary: salary.borneBy === 'home-institution' ? salary : { ...salary, lineId: salary.lineId ?? null },
      secondedBy: 'hr-1',
      secondedAt: day(10),
      ...rest,
    },
  };
};

export const extendSecondment = (o: Partial<ExtendSecondment> = {}): ExtendSecondment => ({
  type: 'ExtendSecondment',
  secondmentId: 's-1',
  newEndDate: '2027-03-31',
  ...by,
  ...o,
});

export const endSecondmentEarly = (o: Partial<EndSecondmentEarly> = {}): EndSecondmentEarly => ({
  type: 'EndSecondmentEarly',
  secondmentId: 's-1',
  reason: 'recalled',
  endDate: '2026-08-31',
  ...by,
  ...o,
});

export const secondmentEndedEarly = (
  o: Partial<EventOf<'SecondmentEndedEarly'>['data']> = {},
): EventOf<'SecondmentEndedEarly'> => ({
  type: 'SecondmentEndedEarly',
  data: {
    secondmentId: 's-1',
    reason: 'recalled',
    endDate: '2026-08-31',
    endedBy: 'hr-1',
    endedAt: day(10),
    ...o,
  },
});

/** A process opened: Kenya's review commission, UTC, the four pillars as its units, unless told otherwise. */
export const processOpened = (
  o: Partial<EventOf<'ProcessOpened'>['data']> = {},
): EventOf<'ProcessOpened'> => ({
  type: 'ProcessOpened',
  data: {
    processId: 'ke-crc',
    name: 'Constitution of Kenya Review Commission',
    country: 'KE',
    mandateStart: '2026-01-01',
    mandateEnd: '2027-06-30',
    budgetCurrency: 'USD',
    reviewCadenceMonths: 3,
    timeZone: 'UTC',
    units: [...defaultUnits],
    openedBy: 'admin-1',
    openedAt: day(1),
    ...o,
  },
});

/** A process opened, as the state commands that create records check. */
export const openProcess = evolveProcess(noProcess, processOpened());

/**
 * The units of a secretariat that split its secretarial services: legal drafting, research and
 * documentation, and a regional office under legal drafting; the other pillars stay units of themselves.
 */
export const ownUnits: UnitDefinition[] = [
  { unit: 'legal-drafting', name: 'Legal drafting', pillar: 'secretarial-services' },
  { unit: 'research-documentation', name: 'Research and documentation', pillar: 'secretarial-services' },
  {
    unit: 'mombasa-office',
    name: 'Mombasa office',
    pillar: 'secretarial-services',
    parent: 'legal-drafting',
  },
  ...defaultUnits.filter(({ pillar }) => pillar !== 'secretarial-services'),
];

/** The process above, its units organised. */
export const organisedProcess = evolveProcess(openProcess, {
  type: 'UnitsOrganised',
  data: { units: ownUnits, organisedBy: 'admin-1', organisedAt: day(2) },
});
