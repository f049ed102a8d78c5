import type { ProcessEvent } from '../../events/catalog';
import { refuse } from '../errors';

/** A process (tenant): one constitution-making effort with its mandate and budget currency. */
export type Process =
  | { readonly status: 'none' }
  | {
      readonly status: 'open';
      readonly processId: string;
      readonly name: string;
      readonly country: string;
      readonly mandateStart: string;
      readonly mandateEnd: string;
      readonly budgetCurrency: string;
      readonly reviewCadenceMonths: 3 | 6;
    };

export type OpenProcess = Extract<Process, { status: 'open' }>;

export const initialState: Process = { status: 'none' };

export function evolve(process: Process, event: ProcessEvent): Process {
  switch (event.type) {
    case 'ProcessOpened': {
      const { openedBy: _, openedAt: __, ...opened } = event.data;
      return { status: 'open', ...opened };
    }
    case 'MandateExtended':
      return process.status === 'open' ? { ...process, mandateEnd: event.data.newEnd } : process;
  }
}

/** Every record belongs to an open process: commands that create one check it here. */
export const openProcess = (process: Process): OpenProcess =>
  process.status === 'open' ? process : refuse('process-not-found');
