import type { SecondmentEndReason, SecondmentTerms } from '../../events/catalog/secondment';
import type { Actor } from '../decider';

export interface SecondStaff extends Actor, SecondmentTerms {
  readonly type: 'SecondStaff';
  readonly secondmentId: string;
}

export interface ExtendSecondment extends Actor {
  readonly type: 'ExtendSecondment';
  readonly secondmentId: string;
  readonly newEndDate: string;
}

export interface EndSecondmentEarly extends Actor {
  readonly type: 'EndSecondmentEarly';
  readonly secondmentId: string;
  readonly reason: SecondmentEndReason;
  readonly endDate: string;
}

export type SecondmentCommand = SecondStaff | ExtendSecondment | EndSecondmentEarly;
