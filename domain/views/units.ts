import { defaultUnits, type UnitDefinition } from '../../events/catalog/process';
import type { StoredEvent } from '../../events/envelope';
import type { Projection, RowKey } from './projection';

/** The process's units as last organised, which the views group by and roll up by pillar. */
export interface UnitsRow {
  readonly processId: string;
  readonly units: readonly UnitDefinition[];
  readonly version: number;
}

export const unitsRowKey = (processId: string): RowKey => ({ pk: `${processId}#units`, sk: 'units' });

/** A process's units, the four pillars while its row has not reached the view (or before it had one). */
export const unitsIn = (rows: readonly UnitsRow[]): readonly UnitDefinition[] =>
  rows[0]?.units ?? defaultUnits;

export const unitsProjection: Projection<UnitsRow> = {
  name: 'units',
  aggregates: ['process'],
  rowOf(event): RowKey | undefined {
    if (event.type !== 'ProcessOpened' && event.type !== 'UnitsOrganised') return undefined;
    return unitsRowKey(event.metadata.processId);
  },
  apply(_row, event: StoredEvent) {
    switch (event.type) {
      case 'ProcessOpened':
      case 'UnitsOrganised':
        // Each event carries the whole list.
        return { processId: event.metadata.processId, units: event.data.units, version: event.version };
      default:
        throw new Error(`the units view does not apply ${event.type}`);
    }
  },
};
