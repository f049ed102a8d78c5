import { dispatch } from '../commons/dispatch';
import { appointStaff } from './appoint-staff';
import { appointDeputy, appointSecretariatHead } from './appoint-to-post';
import { endAppointment } from './end-appointment';
import { extendAppointment } from './extend-appointment';
import { getAppointment, getPost } from './get-appointment';
import { reassignAppointment } from './reassign-appointment';

export const endpoints = {
  'POST /processes/{processId}/appointments/secretariat-head': appointSecretariatHead,
  'POST /processes/{processId}/appointments/deputies': appointDeputy,
  'POST /processes/{processId}/appointments': appointStaff,
  'GET /processes/{processId}/appointments/{appointmentId}': getAppointment,
  'POST /processes/{processId}/appointments/{appointmentId}/reassign': reassignAppointment,
  'POST /processes/{processId}/appointments/{appointmentId}/extend': extendAppointment,
  'POST /processes/{processId}/appointments/{appointmentId}/end': endAppointment,
  'GET /processes/{processId}/posts/{postId}': getPost,
} as const;

export const handler = dispatch(endpoints);
