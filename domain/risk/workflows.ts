import type { RiskEvent } from '../../events/catalog';
import { openProcess, type Process } from '../process/process';
import { type IdentifyRisk, identify } from './decide';
import type { Risk } from './risk';

/** A risk belongs to an open process, like every record. */
export function identifyRisk(command: IdentifyRisk, process: Process, risk: Risk): RiskEvent[] {
  openProcess(process);
  return identify(command, risk);
}
