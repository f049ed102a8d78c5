import { appointment } from '../../domain/appointment/decide';
import { post } from '../../domain/post/decide';
import { eventStore } from '../commons/clients';
import { queryRoute, stateRoute } from '../commons/http';
import { json } from '../commons/responses';
import { appointmentParams, appointmentStream, postParams, postStream } from './streams';

export const getAppointment = stateRoute({ params: appointmentParams }, (params) => ({
  streamId: appointmentStream(params.processId, params.appointmentId),
  decider: appointment,
}));

/** The Head's and the deputies' posts always exist: one never filled is answered as vacant, not 404. */
export const getPost = queryRoute({ params: postParams }, async ({ params }) => {
  const stream = await eventStore().load(postStream(params.processId, params.postId), post);
  return json(
    200,
    { postId: params.postId, ...stream.state, version: stream.version },
    { etag: `"${stream.version}"` },
  );
});
