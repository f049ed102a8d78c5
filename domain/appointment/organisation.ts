import type { Placement, SubFunction } from '../../events/catalog/appointment';
import type { Pillar } from '../../events/schemas';
import { refuse } from '../errors';
import type { Process } from '../process/process';
import { unitOf } from '../process/units';

/** The four pillars and what each does (docs/rules.md, from the Secretariat seed). */
export const subFunctionsOf: Readonly<Record<Pillar, readonly SubFunction[]>> = {
  'secretarial-services': ['research', 'secretarial-support', 'information-management', 'legal'],
  'education-outreach': ['stakeholder-management', 'public-participation', 'training'],
  communications: ['media-liaison', 'publications', 'social-media'],
  administration: ['human-resources', 'finance', 'logistics'],
};

/** A placement is in one of the process's units, in a sub-function of that unit's pillar. */
export function checkPlacement(process: Process, { unit, subFunction }: Placement): void {
  const { pillar } = unitOf(process, unit);
  if (!subFunctionsOf[pillar].includes(subFunction))
    refuse('sub-function-not-in-unit', {
      unit,
      pillar,
      subFunction,
      subFunctionsOfUnit: subFunctionsOf[pillar],
    });
}
