import { dispatch } from '../commons/dispatch';
import { appointStaff } from './appoint-staff';
import { appointDeputy, appointSecretariatHead } from './appoint-to-post';
import { changeAppointmentTerms } from './change-terms';
import { endAppointment } from './end-appointment';
import { extendAppointment } from './extend-appointment';
import { getAppointment, getAppointmentHistory, getPost } from './get-appointment';
import { reassignAppointment } from './reassign-appointment';

export const handler = dispatch('Appointment', {
  appointSecretariatHead,
  appointDeputy,
  appointStaff,
  getAppointment,
  getAppointmentHistory,
  reassignAppointment,
  extendAppointment,
  changeAppointmentTerms,
  endAppointment,
  getPost,
});
