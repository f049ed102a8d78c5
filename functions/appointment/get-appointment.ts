import { appointmentParams, appointmentStream } from '../../domain/appointment/stream';
import { postParams, postStream } from '../../domain/post/stream';
import { eventStore } from '../commons/clients';
import { queryRoute, stateRoute } from '../commons/http';
import { json } from '../commons/responses';

export const getAppointment = stateRoute({ params: appointmentParams }, (params) =>
  appointmentStream(params.processId, params.appointmentId),
);

/** The Head's and the deputies' posts always exist: one never filled is answered as vacant, not 404. */
export const getPost = queryRoute({ params: postParams }, async ({ params }) => {
  const stream = await eventStore().load(...postStream(params.processId, params.postId));
  return json(
    200,
    { postId: params.postId, ...stream.state, version: stream.version },
    { etag: `"${stream.version}"` },
  );
});
