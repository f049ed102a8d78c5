import type { AppointmentEvent, EventOf, SecondmentEvent } from '../../events/catalog';
import type { PostId } from '../../events/catalog/post';
import type { StoredEvent } from '../../events/envelope';
import type { Person, Unit } from '../../events/schemas';
import type { Money } from '../money';
import { deputyPost, headPost } from '../post/post';
import type { Projection, RowKey } from './projection';

type ContractType = EventOf<'StaffAppointed'>['data']['contractType'];

/** One appointment as the staffing and budget views need it: who, where, on what terms, until when. */
export interface AppointmentRow {
  readonly kind: 'appointment';
  readonly appointmentId: string;
  readonly role: 'secretariat-head' | 'deputy' | 'staff';
  /** The post only one person holds at a time, for the Head and the deputies. */
  readonly postId: PostId | null;
  readonly person: Person;
  readonly contractType: ContractType;
  /** Null for the Secretariat Head, who leads every unit. */
  readonly unit: Unit | null;
  readonly postTitle: string | null;
  readonly startDate: string;
  /** The contract's end after extensions; null for an open-ended contract. */
  readonly endDate: string | null;
  /** The last day worked, once the appointment was ended. */
  readonly endedOn: string | null;
  readonly monthlyCost: Money;
  readonly fundingSourceId: string;
  readonly version: number;
}

/** One secondment: the lending institution, the post, the dates and who bears the salary. */
export interface SecondmentRow {
  readonly kind: 'secondment';
  readonly secondmentId: string;
  readonly person: Person;
  readonly homeInstitution: string;
  readonly unit: Unit;
  readonly postTitle: string;
  readonly startDate: string;
  /** The planned end after extensions. */
  readonly endDate: string;
  /** The last day, once the secondment was ended early. */
  readonly endedOn: string | null;
  readonly salary: EventOf<'StaffSeconded'>['data']['salary'];
  readonly version: number;
}

export type StaffRow = AppointmentRow | SecondmentRow;

export const staffingPartition = (processId: string): string => `${processId}#staffing`;

/** The last day of the contract or secondment as it stands: ended, else planned; null when open-ended. */
export const lastDayOf = (row: StaffRow): string | null => row.endedOn ?? row.endDate;

const appointmentEvents: ReadonlySet<string> = new Set<AppointmentEvent['type']>([
  'SecretariatHeadAppointed',
  'DeputyAppointed',
  'StaffAppointed',
  'AppointmentReassigned',
  'AppointmentExtended',
  'AppointmentEnded',
]);

const isAppointmentEvent = (event: StoredEvent): event is StoredEvent<AppointmentEvent> =>
  appointmentEvents.has(event.type);

const isSecondmentEvent = (event: StoredEvent): event is StoredEvent<SecondmentEvent> =>
  event.type === 'StaffSeconded' || event.type.startsWith('Secondment');

function appointed(event: StoredEvent<AppointmentEvent>): AppointmentRow | undefined {
  const base = (
    data: EventOf<'StaffAppointed' | 'DeputyAppointed' | 'SecretariatHeadAppointed'>['data'],
  ) => ({
    kind: 'appointment' as const,
    appointmentId: data.appointmentId,
    person: data.person,
    contractType: data.contractType,
    startDate: data.startDate,
    endDate: data.endDate ?? null,
    endedOn: null,
    monthlyCost: data.monthlyCost,
    fundingSourceId: data.fundingSourceId,
    version: event.version,
  });
  switch (event.type) {
    case 'SecretariatHeadAppointed':
      return { ...base(event.data), role: 'secretariat-head', postId: headPost, unit: null, postTitle: null };
    case 'DeputyAppointed':
      return {
        ...base(event.data),
        role: 'deputy',
        postId: deputyPost(event.data.unit),
        unit: event.data.unit,
        postTitle: null,
      };
    case 'StaffAppointed':
      return {
        ...base(event.data),
        role: 'staff',
        postId: null,
        unit: event.data.unit,
        postTitle: event.data.postTitle,
      };
    default:
      return undefined;
  }
}

function applyAppointment(
  row: AppointmentRow | undefined,
  event: StoredEvent<AppointmentEvent>,
): AppointmentRow {
  const opened = appointed(event);
  if (opened) return opened;
  // One stream, applied in order: the appointment always comes first.
  if (!row) throw new Error(`${event.type} on ${event.streamId} before the appointment`);
  const version = event.version;
  switch (event.type) {
    case 'AppointmentReassigned':
      return { ...row, unit: event.data.to.unit, postTitle: event.data.to.postTitle, version };
    case 'AppointmentExtended':
      return { ...row, endDate: event.data.newEndDate, version };
    case 'AppointmentEnded':
      return { ...row, endedOn: event.data.endDate, version };
    default:
      throw new Error(`the staffing view does not apply ${event.type}`);
  }
}

function applySecondment(row: SecondmentRow | undefined, event: StoredEvent<SecondmentEvent>): SecondmentRow {
  if (event.type === 'StaffSeconded') {
    const { secondmentId, person, homeInstitution, unit, postTitle, startDate, endDate, salary } = event.data;
    return {
      kind: 'secondment',
      secondmentId,
      person,
      homeInstitution,
      unit,
      postTitle,
      startDate,
      endDate,
      endedOn: null,
      salary,
      version: event.version,
    };
  }
  if (!row) throw new Error(`${event.type} on ${event.streamId} before the secondment`);
  if (event.type === 'SecondmentExtended')
    return { ...row, endDate: event.data.newEndDate, version: event.version };
  return { ...row, endedOn: event.data.endDate, version: event.version };
}

export const staffingProjection: Projection<StaffRow> = {
  name: 'staffing',
  aggregates: ['appointment', 'secondment'],
  rowOf(event): RowKey | undefined {
    const pk = staffingPartition(event.metadata.processId);
    if (isAppointmentEvent(event)) return { pk, sk: `appointment#${event.data.appointmentId}` };
    if (isSecondmentEvent(event)) return { pk, sk: `secondment#${event.data.secondmentId}` };
    return undefined;
  },
  apply(row, event) {
    if (isAppointmentEvent(event))
      return applyAppointment(row?.kind === 'appointment' ? row : undefined, event);
    if (isSecondmentEvent(event)) return applySecondment(row?.kind === 'secondment' ? row : undefined, event);
    throw new Error(`the staffing view does not apply ${event.type}`);
  },
};
