import type { PostEvent } from '../../events/catalog';
import type { Decider } from '../decider';
import { assertNever, refuse } from '../errors';
import type { PostCommand } from './commands';
import { evolve, initialState, type Post } from './post';

export function decide(command: PostCommand, post: Post): PostEvent[] {
  switch (command.type) {
    case 'FillPost': {
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
      const { type: _, by, at, ...data } = command;
      return [{ type: 'PostFilled', data: { ...data, filledBy: by, filledAt: at } }];
    }
    case 'VacatePost': {
      if (post.status !== 'filled' || post.appointmentId !== command.appointmentId)
        return refuse('post-not-held-by-appointment', {
          postId: command.postId,
          appointmentId: command.appointmentId,
        });
      const { type: _, by, at, ...data } = command;
      return [{ type: 'PostVacated', data: { ...data, vacatedBy: by, vacatedAt: at } }];
    }
    default:
      return assertNever(command);
  }
}

export const post: Decider<PostCommand, PostEvent, Post> = {
  stateVersion: 1,
  initialState,
  evolve,
  decide,
};
