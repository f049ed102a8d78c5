import type { PostEvent } from '../../events/catalog';
import type { Decider } from '../decider';
import { assertNever, refuse } from '../errors';
import type { FillPost, PostCommand, VacatePost } from './commands';
import { evolve, initialState, type Post } from './post';

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
