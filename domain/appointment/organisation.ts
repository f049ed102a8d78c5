import type { SubFunction } from '../../events/catalog/appointment';
import type { Unit } from '../../events/schemas';
import { refuse } from '../errors';

/** The four pillars and what each does (docs/rules.md, from the Secretariat seed). */
export const subFunctionsOf: Readonly<Record<Unit, readonly SubFunction[]>> = {
  'secretarial-services': ['research', 'secretarial-support', 'information-management', 'legal'],
  'education-outreach': ['stakeholder-management', 'public-participation', 'training'],
  communications: ['media-liaison', 'publications', 'social-media'],
  administration: ['human-resources', 'finance', 'logistics'],
};

export function checkSubFunction({ unit, subFunction }: { unit: Unit; subFunction: SubFunction }): void {
  if (!subFunctionsOf[unit].includes(subFunction))
    refuse('sub-function-not-in-unit', { unit, subFunction, subFunctionsOfUnit: subFunctionsOf[unit] });
}
