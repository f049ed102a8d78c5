import type { RiskEvent } from '../../events/catalog';
import { datedOn, recordingDay } from '../process/business-date';
import { openProcess, type Process } from '../process/process';
import { type AssessRisk, assess, type IdentifyRisk, identify, type ReviewRisk, review } from './decide';
import type { Risk } from './risk';

/** A risk belongs to an open process, like every record. */
export function identifyRisk(command: IdentifyRisk, process: Process, risk: Risk): RiskEvent[] {
  openProcess(process);
  return identify(command, risk);
}

/** Without a value date, the assessment is dated the day it is recorded (`recordingDay`). */
export type AssessInput = Omit<AssessRisk, 'assessedOn'> & {
  readonly assessedOn?: string | undefined;
};

/** Assessed on a day the process has lived: the register's score history follows that day. */
export function assessRisk(command: AssessInput, risk: Risk, process: Process): RiskEvent[] {
  const assessedOn = command.assessedOn ?? recordingDay(process, command.at);
  return datedOn(process, command.at, 'assessedOn', assessedOn, assess({ ...command, assessedOn }, risk));
}

/** Reviewed on a day the process has lived; the next review, a plan, may be any later day. */
export function reviewRisk(command: ReviewRisk, risk: Risk, process: Process): RiskEvent[] {
  return datedOn(process, command.at, 'reviewedOn', command.reviewedOn, review(command, risk));
}
