import { appointmentParams, appointmentStream } from '../../domain/appointment/stream';
import { postsOf } from '../../domain/post/post';
import { postParams, postStream } from '../../domain/post/stream';
import { openProcess } from '../../domain/process/process';
import { processStream } from '../../domain/process/stream';
import { eventStore } from '../commons/clients';
import { RequestError } from '../commons/errors';
import { historyRoute, queryRoute, stateRoute } from '../commons/http';
import { json } from '../commons/responses';

export const getAppointment = stateRoute({ params: appointmentParams }, (params) =>
  appointmentStream(params.processId, params.appointmentId),
);

export const getAppointmentHistory = historyRoute({ params: appointmentParams }, (params) =>
  appointmentStream(params.processId, params.appointmentId),
);

/**
 * The Head's post and a deputy's for each of the process's units always exist: one never filled is
 * answered as vacant, not 404; the deputy post of a unit the process does not have is not found.
 */
export const getPost = queryRoute({ params: postParams }, async ({ params }) => {
  const [process, stream] = await Promise.all([
    eventStore().load(...processStream(params.processId)),
    eventStore().load(...postStream(params.processId, params.postId)),
  ]);
  if (!postsOf(openProcess(process.state).units).includes(params.postId))
    throw new RequestError(404, 'not-found');
  return json(
    200,
    { postId: params.postId, ...stream.state, version: stream.version },
    { etag: `"${stream.version}"` },
  );
});
