import type { ProcessEvent } from '../../events/catalog';
import type { UnitDefinition } from '../../events/catalog/process';
import { refuse } from '../errors';

/** A process (tenant): one constitution-making effort with its mandate and budget currency. */
export type Process =
  | { readonly status: 'none' }
  | (ProcessTerms & {
      readonly status: 'open';
      /** Null until leadership sets one; views then use DEFAULT_INDEPENDENCE_THRESHOLD_PERCENT. */
      readonly independenceThresholdPercent: number | null;
      /** Months (`YYYY-MM`) closed and not reopened: no entry may be dated in one. */
      readonly closedMonths: readonly string[];
      /** Months proposed for closing, each with who proposed it: not the one who may close it. */
      readonly closeProposals: Readonly<Record<string, string>>;
      /** As last organised (domain/process/units.ts); the four pillars unless the process said otherwise. */
      readonly units: readonly UnitDefinition[];
    });

/** What a process is opened with, and keeps (the mandate's end moves with each extension). */
export interface ProcessTerms {
  readonly processId: string;
  readonly name: string;
  readonly country: string;
  readonly mandateStart: string;
  readonly mandateEnd: string;
  readonly budgetCurrency: string;
  readonly reviewCadenceMonths: 3 | 6;
  /** IANA; the business day of every date the process's records carry. */
  readonly timeZone: string;
}

export type OpenProcess = Extract<Process, { status: 'open' }>;

export const initialState: Process = { status: 'none' };

/**
 * The share of seconded and donor-funded staff above which the staffing view flags an independence
 * concern, while the process has set none: a default, not a rule of the seeds.
 */
export const DEFAULT_INDEPENDENCE_THRESHOLD_PERCENT = 30;

export function evolve(process: Process, event: ProcessEvent): Process {
  switch (event.type) {
    case 'ProcessOpened': {
      const { openedBy: _, openedAt: __, ...opened } = event.data;
      return {
        status: 'open',
        ...opened,
        independenceThresholdPercent: null,
        closedMonths: [],
        closeProposals: {},
      };
    }
    case 'MandateExtended':
      return process.status === 'open' ? { ...process, mandateEnd: event.data.newEnd } : process;
    case 'IndependenceThresholdSet':
      return process.status === 'open'
        ? { ...process, independenceThresholdPercent: event.data.percent }
        : process;
    case 'PeriodCloseProposed':
      return process.status === 'open'
        ? {
            ...process,
            closeProposals: { ...process.closeProposals, [event.data.month]: event.data.proposedBy },
          }
        : process;
    case 'PeriodClosed': {
      if (process.status !== 'open') return process;
      const { [event.data.month]: _, ...closeProposals } = process.closeProposals;
      return { ...process, closedMonths: [...process.closedMonths, event.data.month].sort(), closeProposals };
    }
    case 'PeriodReopened':
      return process.status === 'open'
        ? { ...process, closedMonths: process.closedMonths.filter((m) => m !== event.data.month) }
        : process;
    case 'UnitsOrganised':
      return process.status === 'open' ? { ...process, units: event.data.units } : process;
  }
}

/** Every record belongs to an open process: commands that create one check it here. */
export const openProcess = (process: Process): OpenProcess =>
  process.status === 'open' ? process : refuse('process-not-found');
