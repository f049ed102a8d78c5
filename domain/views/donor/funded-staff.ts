import type { EventOf } from '../../../events/catalog';
import type { AppointmentEndReason, SubFunction } from '../../../events/catalog/appointment';
import type { Person, Unit } from '../../../events/schemas';
import type { Money } from '../../money';
import type { Projection, RowKey } from '../projection';

/** Where an appointee sits in the Secretariat and whom they answer to there. */
export interface Post {
  readonly title: string;
  readonly unit: Unit | null;
  readonly subFunction: SubFunction | null;
  readonly reportsTo: string;
}

/** An appointment with what pays for it and, for donor-funded staff, the reporting line to the donor. */
export interface FundedStaffRow {
  readonly appointmentId: string;
  readonly person: Person;
  readonly contractType: string;
  readonly post: Post;
  readonly startDate: string;
  readonly endDate: string | null;
  readonly monthlyCost: Money;
  readonly fundingSourceId: string;
  readonly donorReportingLine: { readonly donorId: string; readonly reportsTo: string } | null;
  readonly status: 'active' | 'ended';
  readonly ended: { readonly reason: AppointmentEndReason; readonly endDate: string } | null;
}

export const fundedStaffPartition = (processId: string): string => `${processId}#funded-staff`;

const ACCOUNTABLE_TO = {
  chairperson: 'CMB Chairperson',
  'business-committee': 'CMB Business Committee',
  'group-of-members': 'A group of CMB members',
} as const;

type Appointed = EventOf<'SecretariatHeadAppointed'> | EventOf<'DeputyAppointed'> | EventOf<'StaffAppointed'>;

/** The post of a new appointment: the Head answers to the CMB, a deputy to the Head, staff as placed. */
function postOf(event: Appointed): Post {
  switch (event.type) {
    case 'SecretariatHeadAppointed':
      return {
        title: 'Secretariat Head',
        unit: null,
        subFunction: null,
        reportsTo: ACCOUNTABLE_TO[event.data.accountableTo],
      };
    case 'DeputyAppointed':
      return {
        title: `Deputy, ${event.data.unit}`,
        unit: event.data.unit,
        subFunction: null,
        reportsTo: 'Secretariat Head',
      };
    case 'StaffAppointed': {
      const { postTitle, unit, subFunction, reportsTo } = event.data;
      return { title: postTitle, unit, subFunction, reportsTo };
    }
  }
}

function appointed(event: Appointed): FundedStaffRow {
  const { appointmentId, person, contractType, startDate, endDate, monthlyCost, fundingSourceId } =
    event.data;
  return {
    appointmentId,
    person,
    contractType,
    post: postOf(event),
    startDate,
    endDate: endDate ?? null,
    monthlyCost,
    fundingSourceId,
    donorReportingLine: event.data.donorReportingLine ?? null,
    status: 'active',
    ended: null,
  };
}

/**
 * Every appointment of a process with its funding source, one row each, fed by the appointment's own
 * stream. Later events name only the appointment, so rows are keyed by process and filtered by source
 * when a donor's staff are asked for (tens to a few hundred rows).
 */
export const fundedStaffProjection: Projection<FundedStaffRow> = {
  name: 'funded-staff',
  aggregates: ['appointment'],
  rowOf(event): RowKey | undefined {
    const { appointmentId } = event.data as { appointmentId?: string };
    if (!appointmentId) return undefined;
    return { pk: fundedStaffPartition(event.metadata.processId), sk: `appointment#${appointmentId}` };
  },
  apply(row, event): FundedStaffRow {
    if (
      event.type === 'SecretariatHeadAppointed' ||
      event.type === 'DeputyAppointed' ||
      event.type === 'StaffAppointed'
    )
      return appointed(event);
    if (!row) throw new Error(`${event.type} on ${event.streamId} before the appointment`);
    switch (event.type) {
      case 'AppointmentReassigned': {
        const { postTitle, unit, subFunction, reportsTo } = event.data.to;
        return { ...row, post: { title: postTitle, unit, subFunction, reportsTo } };
      }
      case 'AppointmentExtended':
        return { ...row, endDate: event.data.newEndDate };
      case 'AppointmentEnded': {
        const { reason, endDate } = event.data;
        return { ...row, status: 'ended', endDate, ended: { reason, endDate } };
      }
      default:
        throw new Error(`the funded staff view does not apply ${event.type}`);
    }
  },
};
