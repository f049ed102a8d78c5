import type { PostEvent } from '../../events/catalog';
import type { PostId } from '../../events/catalog/post';
import type { UnitDefinition } from '../../events/catalog/process';
import type { Person, Unit } from '../../events/schemas';

/**
 * A post only one person holds at a time (docs/rules.md: exactly one Secretariat Head; one deputy per
 * unit). Its stream is appended in the same transaction as the appointment, so two appointments to
 * it cannot both succeed.
 */
export type Post =
  | {
      readonly status: 'vacant';
      readonly postId?: PostId;
      /** The last day of the previous holder, once there was one: a successor starts after it. */
      readonly vacatedAfter?: string;
    }
  | {
      readonly status: 'filled';
      readonly postId: PostId;
      readonly appointmentId: string;
      readonly person: Person;
      readonly startDate: string;
    };

export const headPost = 'secretariat-head' satisfies PostId;
export const deputyPost = (unit: Unit): PostId => `deputy-${unit}`;

/** The posts of a process: the Head's, then a deputy's for each of its units, in their order. */
export const postsOf = (units: readonly UnitDefinition[]): PostId[] => [
  headPost,
  ...units.map(({ unit }) => deputyPost(unit)),
];

export const initialState: Post = { status: 'vacant' };

/** Each event says the whole occupancy, so the state before it does not matter. */
export function evolve(_post: Post, event: PostEvent): Post {
  switch (event.type) {
    case 'PostFilled': {
      const { postId, appointmentId, person, startDate } = event.data;
      return { status: 'filled', postId, appointmentId, person, startDate };
    }
    case 'PostVacated':
      return { status: 'vacant', postId: event.data.postId, vacatedAfter: event.data.endDate };
  }
}
