import type { UnitDefinition } from '../../events/catalog/process';
import { refuse } from '../errors';
import { openProcess, type Process } from './process';

/**
 * A process's units form a forest: ids are unique, a parent is one of the units, and following
 * parents never comes back to where it started (a regional office under a unit, never under itself).
 */
export function checkUnits(units: readonly UnitDefinition[]): void {
  const byId = new Map<string, UnitDefinition>();
  for (const unit of units) {
    if (byId.has(unit.unit)) refuse('duplicate-unit', { unit: unit.unit });
    byId.set(unit.unit, unit);
  }
  for (const unit of units) {
    if (unit.parent !== undefined && !byId.has(unit.parent))
      refuse('unit-parent-not-found', { unit: unit.unit, parent: unit.parent });
    const chain = [unit.unit];
    for (let parent = unit.parent; parent !== undefined; parent = byId.get(parent)?.parent) {
      chain.push(parent);
      if (parent === unit.unit) refuse('unit-parent-cycle', { unit: unit.unit, chain });
    }
  }
}

/**
 * Units are added, renamed and re-parented, never removed nor moved to another pillar: budget lines,
 * posts, secondments, restrictions and benchmarks name them for good, and the pillar roll-up of what
 * was recorded must not change under them.
 */
export function checkReorganisation(
  current: readonly UnitDefinition[],
  next: readonly UnitDefinition[],
): void {
  for (const unit of current) {
    const kept = next.find((candidate) => candidate.unit === unit.unit);
    if (kept === undefined) refuse('unit-removed', { unit: unit.unit });
    else if (kept.pillar !== unit.pillar)
      refuse('unit-pillar-changed', { unit: unit.unit, pillar: unit.pillar, asked: kept.pillar });
  }
}

/** The unit a command names, one of the process's; `field` says where the command named it. */
export function unitOf(process: Process, unit: string, field = 'unit'): UnitDefinition {
  const { units } = openProcess(process);
  return (
    units.find((candidate) => candidate.unit === unit) ??
    refuse('unit-not-found', { field, unit, units: units.map((known) => known.unit) })
  );
}
