import type { RiskEvent } from '../../events/catalog';
import type { AssessmentKind } from '../../events/catalog/risk';
import type { StoredEvent } from '../../events/envelope';
import { type Assessment, evolve, initialState, type Risk } from '../risk/risk';
import type { Projection, RowKey } from './projection';

/** One assessment as it was recorded, so the register can show how a risk's score moved. */
export interface ScoreChange extends Assessment {
  readonly kind: AssessmentKind;
  readonly assessedOn: string;
}

/** A risk of the register: its state as the risk decider folds it, plus its score history. */
export type RiskRow = Exclude<Risk, { status: 'none' }> & {
  readonly history: readonly ScoreChange[];
  readonly version: number;
};

export const risksPartition = (processId: string): string => `${processId}#risks`;

export const risksProjection: Projection<RiskRow> = {
  name: 'risks',
  aggregates: ['risk'],
  rowOf(event): RowKey | undefined {
    const riskId = (event.data as { riskId?: string }).riskId;
    if (riskId === undefined) return undefined;
    return { pk: risksPartition(event.metadata.processId), sk: `risk#${riskId}` };
  },
  apply(row, event: StoredEvent) {
    const { history, version: _, ...state } = row ?? { ...initialState, history: [], version: 0 };
    // The same fold as the decider's, so the register cannot read a risk differently from its commands.
    const risk = evolve(state, event as RiskEvent);
    if (risk.status === 'none')
      throw new Error(`${event.type} on ${event.streamId} before the risk was identified`);
    const change: ScoreChange[] =
      event.type === 'RiskAssessed'
        ? [
            {
              kind: event.data.kind,
              likelihood: event.data.likelihood,
              impact: event.data.impact,
              score: event.data.score,
              rating: event.data.rating,
              assessedOn: event.data.assessedOn,
            },
          ]
        : [];
    return { ...risk, history: [...history, ...change], version: event.version };
  },
};
