import type { ReviewPointEvent } from '../../events/catalog';
import { openProcess, type Process } from '../process/process';
import { type ScheduleReviewPoint, schedule } from './decide';
import type { ReviewPoint } from './review-point';

/** A review point belongs to an open process, like every record. */
export function scheduleReviewPoint(
  command: ScheduleReviewPoint,
  process: Process,
  point: ReviewPoint,
): ReviewPointEvent[] {
  openProcess(process);
  return schedule(command, point);
}
