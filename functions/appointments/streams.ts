import { z } from 'zod';
import type { PostId } from '../../events/catalog/post';
import { postIdSchema } from '../../events/catalog/post';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';

export const appointmentStream = (processId: string, appointmentId: string) =>
  streamIdOf(processId, 'appointment', appointmentId);
export const postStream = (processId: string, postId: PostId) => streamIdOf(processId, 'post', postId);

export const appointmentParams = z.strictObject({ processId: idSchema, appointmentId: idSchema });
export const postParams = z.strictObject({ processId: idSchema, postId: postIdSchema });
