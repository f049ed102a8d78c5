import type { AppointmentEndReason, SubFunction } from '../../../events/catalog/appointment';
import type { Person, Unit } from '../../../events/schemas';
import { costOn, type RecordedAppointment } from '../../appointment/appointment';
import type { Money } from '../../money';
import { type AppointmentRow, lastDayOf, type StaffRow } from '../staffing';

/** Where an appointee sits in the Secretariat and whom they answer to there. */
export interface Post {
  readonly title: string;
  readonly unit: Unit | null;
  readonly subFunction: SubFunction | null;
  readonly reportsTo: string;
}

/** An appointment with what pays for it and, for donor-funded staff, the reporting line to the donor. */
export interface FundedStaff {
  readonly appointmentId: string;
  readonly person: Person;
  readonly contractType: string;
  readonly post: Post;
  readonly startDate: string;
  /** The last day worked once ended, else the contract's end as agreed; null when open-ended. */
  readonly endDate: string | null;
  readonly monthlyCost: Money;
  readonly fundingSourceId: string;
  readonly donorReportingLine: { readonly donorId: string; readonly reportsTo: string } | null;
  /** On the view's day: ended after the last day, whether the contract ran out or was ended. */
  readonly status: 'active' | 'ended';
  readonly ended: { readonly reason: AppointmentEndReason; readonly endDate: string } | null;
}

const ACCOUNTABLE_TO = {
  chairperson: 'CMB Chairperson',
  'business-committee': 'CMB Business Committee',
  'group-of-members': 'A group of CMB members',
} as const;

/** The Head answers to the CMB, a deputy to the Head, staff as placed. */
function postOf(appointment: RecordedAppointment): Post {
  switch (appointment.kind) {
    case 'secretariat-head':
      return {
        title: 'Secretariat Head',
        unit: null,
        subFunction: null,
        reportsTo: ACCOUNTABLE_TO[appointment.accountableTo],
      };
    case 'deputy':
      return {
        title: `Deputy, ${appointment.unit}`,
        unit: appointment.unit,
        subFunction: null,
        reportsTo: 'Secretariat Head',
      };
    case 'staff': {
      const { postTitle, unit, subFunction, reportsTo } = appointment;
      return { title: postTitle, unit, subFunction, reportsTo };
    }
  }
}

function fundedStaffOf(row: AppointmentRow, today: string): FundedStaff {
  const { appointment } = row;
  const { appointmentId, person, contractType, startDate, fundingSourceId } = appointment;
  const ended = appointment.ended ?? null;
  // A contract that ran out has no event of its own: only the day tells it has ended.
  const lastDay = lastDayOf(row);
  return {
    appointmentId,
    person,
    contractType,
    post: postOf(appointment),
    startDate,
    endDate: lastDay,
    // The cost in force today: a change entered ahead shows from its day.
    monthlyCost: costOn(appointment, today),
    fundingSourceId,
    donorReportingLine: appointment.donorReportingLine ?? null,
    status: lastDay !== null && lastDay < today ? 'ended' : 'active',
    ended,
  };
}

/** The appointments paid from the given funding sources, first started first: a filter over staffing's rows. */
export const fundedStaff = (
  rows: readonly StaffRow[],
  sources: ReadonlySet<string>,
  today: string,
): FundedStaff[] =>
  rows
    .filter(
      (row): row is AppointmentRow =>
        row.kind === 'appointment' && sources.has(row.appointment.fundingSourceId),
    )
    .map((row) => fundedStaffOf(row, today))
    .sort((a, b) => `${a.startDate}#${a.appointmentId}`.localeCompare(`${b.startDate}#${b.appointmentId}`));
