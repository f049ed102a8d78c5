import * as z from 'zod';
import type { PostId } from '../../events/catalog/post';
import { postIdSchema } from '../../events/catalog/post';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { post } from './decide';

/** A post's stream id and the decider that folds it: `load(...postStream(processId, postId))`. */
export const postStream = (processId: string, postId: PostId) =>
  [streamIdOf(processId, 'post', postId), post] as const;

/** The path parameters of a route on one post: its id is one of the fixed posts, not a free id. */
export const postParams = z.strictObject({ processId: idSchema, postId: postIdSchema });
