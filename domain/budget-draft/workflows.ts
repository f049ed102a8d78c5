import type { BudgetDraftEvent, BudgetLineEvent } from '../../events/catalog';
import type { BudgetLine } from '../budget-line/budget-line';
import { adoptBudgetLine, budgetableIn } from '../budget-line/workflows';
import type { Input } from '../decider';
import { datedOn, recordingDay } from '../process/business-date';
import type { Process } from '../process/process';
import type { BudgetDraft } from './budget-draft';
import {
  type AdoptBudgetDraft,
  adoptDraft,
  type PrepareBudgetDraft,
  prepare,
  type ReviseBudgetDraft,
  revise,
  stillPrepared,
} from './decide';

/** A draft proposes only lines the process could adopt: its units, its budget currency. */
export function prepareBudgetDraft(
  command: Input<PrepareBudgetDraft>,
  draft: BudgetDraft,
  process: Process,
): BudgetDraftEvent[] {
  for (const line of command.lines) budgetableIn(process, line);
  return prepare(command, draft);
}

/** A revised draft, likewise, proposes only lines the process could adopt. */
export function reviseBudgetDraft(
  command: Input<ReviseBudgetDraft>,
  draft: BudgetDraft,
  process: Process,
): BudgetDraftEvent[] {
  for (const line of command.lines) budgetableIn(process, line);
  return revise(command, draft);
}

/** Without a value date, the draft is adopted on the day it is recorded (`recordingDay`). */
export type AdoptDraftInput = Omit<Input<AdoptBudgetDraft>, 'adoptedOn'> & {
  readonly adoptedOn?: string | undefined;
};

/**
 * docs/rules.md: adopting a draft adopts each of its lines on the line's own stream, recording the
 * draft, its preparer and the approver, in the same transaction as the draft's adoption, all on one
 * business date; a line already adopted refuses the whole draft.
 */
export function adoptBudgetDraft(
  command: AdoptDraftInput,
  draft: BudgetDraft,
  lines: (lineId: string) => BudgetLine,
  process: Process,
): { draft: BudgetDraftEvent[]; lines: Record<string, BudgetLineEvent[]> } {
  const { by, at } = command;
  const adoptedOn = command.adoptedOn ?? recordingDay(process, at);
  const adopted = datedOn(process, at, 'adoptedOn', adoptedOn, adoptDraft({ by, at, adoptedOn }, draft));
  const { draftId, preparedBy } = stillPrepared(draft);
  return {
    draft: adopted,
    lines: Object.fromEntries(
      stillPrepared(draft).lines.map((line) => [
        line.lineId,
        adoptBudgetLine(
          { type: 'AdoptBudgetLine', ...line, draftId, preparedBy, adoptedOn, by, at },
          lines(line.lineId),
          process,
        ),
      ]),
    ),
  };
}
