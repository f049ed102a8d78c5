import type { SubFunction } from '../../events/catalog/appointment';
import type { Unit } from '../../events/schemas';

/** The four pillars and what each does (DOMAIN.md, from the Secretariat seed). */
export const subFunctionsOf: Readonly<Record<Unit, readonly SubFunction[]>> = {
  'secretarial-services': ['research', 'secretarial-support', 'information-management', 'legal'],
  'education-outreach': ['stakeholder-management', 'public-participation', 'training'],
  communications: ['media-liaison', 'publications', 'social-media'],
  administration: ['human-resources', 'finance', 'logistics'],
};
