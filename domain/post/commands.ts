import type { PostId } from '../../events/catalog/post';
import type { Person } from '../../events/schemas';
import type { Actor } from '../decider';

/** Raised by appointing a Head or a deputy; the post refuses it while someone holds it. */
export interface FillPost extends Actor {
  readonly type: 'FillPost';
  readonly postId: PostId;
  readonly appointmentId: string;
  readonly person: Person;
  readonly startDate: string;
}

/** Raised by ending the appointment that holds the post. */
export interface VacatePost extends Actor {
  readonly type: 'VacatePost';
  readonly postId: PostId;
  readonly appointmentId: string;
  readonly endDate: string;
}

export type PostCommand = FillPost | VacatePost;
