import type { ProcessEvent } from '../../events/catalog';
import type { Decider } from '../decider';
import { assertNever, refuse } from '../errors';
import type { ProcessCommand } from './commands';
import { evolve, initialState, openProcess, type Process } from './process';

export function decide(command: ProcessCommand, process: Process): ProcessEvent[] {
  switch (command.type) {
    case 'OpenProcess': {
      if (process.status !== 'none') return refuse('process-already-open', { processId: command.processId });
      // ISO dates compare correctly as strings.
      if (command.mandateEnd <= command.mandateStart)
        return refuse('mandate-ends-before-it-starts', {
          mandateStart: command.mandateStart,
          mandateEnd: command.mandateEnd,
        });
      const { type: _, by, at, ...data } = command;
      return [{ type: 'ProcessOpened', data: { ...data, openedBy: by, openedAt: at } }];
    }
    case 'ExtendMandate': {
      const open = openProcess(process);
      if (command.newEnd <= open.mandateEnd)
        return refuse('mandate-extension-not-later', { mandateEnd: open.mandateEnd, asked: command.newEnd });
      return [
        {
          type: 'MandateExtended',
          data: {
            previousEnd: open.mandateEnd,
            newEnd: command.newEnd,
            reason: command.reason,
            extendedBy: command.by,
            extendedAt: command.at,
          },
        },
      ];
    }
    case 'SetIndependenceThreshold': {
      openProcess(process);
      const data = { percent: command.percent, setBy: command.by, setAt: command.at };
      return [{ type: 'IndependenceThresholdSet', data }];
    }
    default:
      return assertNever(command);
  }
}

export const process: Decider<ProcessCommand, ProcessEvent, Process> = {
  // 2: the state gained the independence threshold; older tips are refolded.
  stateVersion: 2,
  initialState,
  evolve,
  decide,
};
