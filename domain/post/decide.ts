import type { PostEvent } from '../../events/catalog';
import type { PostId } from '../../events/catalog/post';
import type { Person } from '../../events/schemas';
import type { Actor, Decider } from '../decider';
import { assertNever, refuse } from '../errors';
import { evolve, initialState, type Post } from './post';

export type PostCommand = FillPost | VacatePost;

export function decide(command: PostCommand, post: Post): PostEvent[] {
  switch (command.type) {
    case 'FillPost':
      return fill(command, post);
    case 'VacatePost':
      return vacate(command, post);
    default:
      return assertNever(command);
  }
}

/** Raised by appointing a Head or a deputy; the post refuses it while someone holds it. */
export interface FillPost extends Actor {
  readonly type: 'FillPost';
  readonly postId: PostId;
  readonly appointmentId: string;
  readonly person: Person;
  readonly startDate: string;
}

export function fill(command: Omit<FillPost, 'type'>, post: Post): PostEvent[] {
  if (post.status === 'filled')
    return refuse('post-already-filled', {
      postId: post.postId,
      appointmentId: post.appointmentId,
      personId: post.person.personId,
    });
  // ISO dates compare correctly as strings.
  if (post.vacatedAfter !== undefined && command.startDate <= post.vacatedAfter)
    return refuse('appointment-starts-before-post-vacated', {
      postId: command.postId,
      vacatedAfter: post.vacatedAfter,
      startDate: command.startDate,
    });
  const { postId, appointmentId, person, startDate, by, at } = command;
  return [
    { type: 'PostFilled', data: { postId, appointmentId, person, startDate, filledBy: by, filledAt: at } },
  ];
}

/** Raised by ending the appointment that holds the post. */
export interface VacatePost extends Actor {
  readonly type: 'VacatePost';
  readonly postId: PostId;
  readonly appointmentId: string;
  readonly endDate: string;
}

export function vacate(command: Omit<VacatePost, 'type'>, post: Post): PostEvent[] {
  if (post.status !== 'filled' || post.appointmentId !== command.appointmentId)
    return refuse('post-not-held-by-appointment', {
      postId: command.postId,
      appointmentId: command.appointmentId,
    });
  const { postId, appointmentId, endDate, by, at } = command;
  return [{ type: 'PostVacated', data: { postId, appointmentId, endDate, vacatedBy: by, vacatedAt: at } }];
}

export const post: Decider<PostCommand, PostEvent, Post> = {
  stateVersion: 1,
  initialState,
  evolve,
  decide,
};
