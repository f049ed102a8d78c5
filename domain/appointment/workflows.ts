import type { AppointmentEvent, PostEvent } from '../../events/catalog';
import type { PostId } from '../../events/catalog/post';
import { type BudgetLine, staffLine } from '../budget-line/budget-line';
import type { Contribution } from '../contribution/contribution';
import { payingStaffIn } from '../contribution/funds';
import { refuse } from '../errors';
import { fill, vacate } from '../post/decide';
import { deputyPost, headPost, type Post } from '../post/post';
import { businessDate, notBeforeMandate, withinTheBooks } from '../process/business-date';
import { openProcess, type Process } from '../process/process';
import { unitOf } from '../process/units';
import { type Appointment, postOf } from './appointment';
import {
  type AppointDeputy,
  type AppointSecretariatHead,
  type AppointStaff,
  appointToStaff,
  type ChangeAppointmentTerms,
  changeTerms,
  decide as decideAppointment,
  type EndAppointment,
  end,
  move,
  type ReassignAppointment,
  type Terms,
} from './decide';
import { checkPlacement } from './organisation';

/**
 * Commands that touch an appointment and the post it holds together. Each aggregate keeps its own
 * rules; these only say which apply to which command, so the event store appends both in one
 * transaction and the post's version guards "one holder at a time" against concurrent appointments.
 */
export interface AppointmentAndPost {
  readonly appointment: AppointmentEvent[];
  readonly post: PostEvent[];
}

/** The post a Head or deputy appointment fills, known before anything is loaded. */
export const postToFill = (command: AppointSecretariatHead | AppointDeputy): PostId =>
  command.type === 'AppointSecretariatHead' ? headPost : deputyPost(command.unit);

export function appointToPost(
  command: AppointSecretariatHead | AppointDeputy,
  process: Process,
  appointment: Appointment,
  post: Post,
  source: Contribution,
  line?: BudgetLine,
): AppointmentAndPost {
  openProcess(process);
  const appointed = decideAppointment(command, appointment);
  // Deputies are per unit: the post named after it exists only for a unit of the process.
  if (command.type === 'AppointDeputy') unitOf(process, command.unit);
  paidFrom(command, source, line);
  const { appointmentId, person, startDate, by, at } = command;
  notBeforeMandate(process, 'startDate', startDate);
  const filled = fill({ postId: postToFill(command), appointmentId, person, startDate, by, at }, post);
  return { appointment: appointed, post: filled };
}

export function appointStaff(
  command: AppointStaff,
  process: Process,
  appointment: Appointment,
  source: Contribution,
  line?: BudgetLine,
): AppointmentEvent[] {
  openProcess(process);
  const appointed = appointToStaff(command, appointment);
  checkPlacement(process, command);
  paidFrom(command, source, line);
  notBeforeMandate(process, 'startDate', command.startDate);
  return appointed;
}

/** Staff move to another unit of the process, in a sub-function of its pillar. */
export function reassign(
  command: ReassignAppointment,
  appointment: Appointment,
  process: Process,
): AppointmentEvent[] {
  const moved = move(command, appointment);
  checkPlacement(process, command);
  return moved;
}

/**
 * New terms from a day the books can hold: not before the mandate, not in a closed month, whose
 * reports must not change. A day ahead is a plan, so it need not be one the process has lived.
 */
export function changeTermsOf(
  command: ChangeAppointmentTerms,
  appointment: Appointment,
  process: Process,
): AppointmentEvent[] {
  const changed = changeTerms(command, appointment);
  withinTheBooks(process, 'effectiveFrom', command.effectiveFrom);
  return changed;
}

/**
 * The line `lineId` names is in the appointment's unit and the source `fundingSourceId` names pays for
 * it (or, with no line, for the unit), and a donor-funded post reports to the donor whose money pays it:
 * the donor's view lists the staff by their source, so a line to another donor would show a post in a
 * view that never funds it. `line` is the named line's state; one named but not given is not found.
 */
function paidFrom(
  command: Terms & { readonly unit?: string },
  source: Contribution,
  line?: BudgetLine,
): void {
  const charged =
    command.lineId === undefined ? undefined : staffLine(line ?? { status: 'none' }, command.unit);
  const { donorId } = payingStaffIn(source, command.unit, charged);
  const reporting = command.donorReportingLine;
  if (reporting !== undefined && reporting.donorId !== donorId)
    refuse('donor-reporting-line-to-another-donor', {
      reportingLineDonorId: reporting.donorId,
      sourceDonorId: donorId,
    });
}

/**
 * Ending a Head's or deputy's appointment frees the post; `post` is that post's state, if it holds one.
 * The end is what happened, a business date: a planned end is the appointment's terms.
 */
export function endAppointment(
  command: EndAppointment,
  appointment: Appointment,
  post: Post,
  process: Process,
): AppointmentAndPost {
  const ended = end(command, appointment);
  businessDate(process, command.at, 'endDate', command.endDate);
  const postId = postOf(appointment);
  if (postId === undefined) return { appointment: ended, post: [] };
  const { appointmentId, endDate, by, at } = command;
  const vacated = vacate({ postId, appointmentId, endDate, by, at }, post);
  return { appointment: ended, post: vacated };
}
