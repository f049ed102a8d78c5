import type { PostId } from '../../events/catalog/post';
import type { StoredEvent } from '../../events/envelope';
import type { Person } from '../../events/schemas';
import type { Projection, RowKey } from './projection';

/**
 * A post only one person holds at a time (the Secretariat Head, each unit's deputy). The last
 * holder's end stays on the row after a successor is appointed, so a view can tell a post awaiting
 * its successor's start from one filled without a gap.
 */
export interface PostRow {
  readonly postId: PostId;
  readonly status: 'filled' | 'vacant';
  readonly holder?: { readonly appointmentId: string; readonly person: Person; readonly startDate: string };
  /** The last day of the previous holder, once there was one. */
  readonly vacatedAfter?: string;
  readonly version: number;
}

export const postRowKey = (processId: string, postId: PostId): RowKey => ({
  pk: `${processId}#posts`,
  sk: `post#${postId}`,
});

export const postsProjection: Projection<PostRow> = {
  name: 'posts',
  aggregates: ['post'],
  rowOf(event): RowKey | undefined {
    if (event.type !== 'PostFilled' && event.type !== 'PostVacated') return undefined;
    return postRowKey(event.metadata.processId, event.data.postId);
  },
  apply(row, event: StoredEvent) {
    const { version } = event;
    const vacatedAfter = row?.vacatedAfter === undefined ? {} : { vacatedAfter: row.vacatedAfter };
    switch (event.type) {
      case 'PostFilled': {
        const { postId, appointmentId, person, startDate } = event.data;
        return {
          postId,
          status: 'filled',
          holder: { appointmentId, person, startDate },
          ...vacatedAfter,
          version,
        };
      }
      case 'PostVacated':
        return { postId: event.data.postId, status: 'vacant', vacatedAfter: event.data.endDate, version };
      default:
        throw new Error(`the posts view does not apply ${event.type}`);
    }
  },
};
