import type { EventOf, SecondmentEvent } from '../../events/catalog';
import type { SecondmentEndReason } from '../../events/catalog/secondment';
import { refuse } from '../errors';

/** Staff lent by a ministry or another institution: in force until its planned end or an early end. */
export type Secondment =
  | { readonly status: 'none' }
  | (EventOf<'StaffSeconded'>['data'] & {
      readonly status: 'active' | 'ended';
      readonly ended?: { readonly reason: SecondmentEndReason; readonly endDate: string };
    });

export type RecordedSecondment = Exclude<Secondment, { status: 'none' }>;

export const initialState: Secondment = { status: 'none' };

export function evolve(secondment: Secondment, event: SecondmentEvent): Secondment {
  switch (event.type) {
    case 'StaffSeconded':
      return { status: 'active', ...event.data };
    case 'SecondmentExtended':
      return secondment.status === 'none' ? secondment : { ...secondment, endDate: event.data.newEndDate };
    case 'SecondmentEndedEarly': {
      if (secondment.status === 'none') return secondment;
      const { reason, endDate } = event.data;
      return { ...secondment, status: 'ended', ended: { reason, endDate } };
    }
  }
}

export function activeOf(secondment: Secondment): RecordedSecondment {
  if (secondment.status === 'none') return refuse('secondment-not-found');
  if (secondment.status === 'ended')
    return refuse('secondment-ended', {
      secondmentId: secondment.secondmentId,
      endDate: secondment.ended?.endDate,
    });
  return secondment;
}
