import { staffingReaders } from './readers';

export const Appointment = {
  entry: 'functions/appointment/handler.ts',
  access: 'command',
  routes: {
    appointSecretariatHead: {
      key: 'POST /processes/{processId}/appointments/secretariat-head',
      roles: ['hr-officer'],
      summary: 'Appoint the Secretariat Head; refused while one is in office',
    },
    appointDeputy: {
      key: 'POST /processes/{processId}/appointments/deputies',
      roles: ['hr-officer'],
      summary: 'Appoint the deputy leading a unit; refused while the unit has one',
    },
    appointStaff: {
      key: 'POST /processes/{processId}/appointments',
      roles: ['hr-officer'],
      summary: 'Appoint a member of staff to a post in a unit',
    },
    getAppointment: {
      key: 'GET /processes/{processId}/appointments/{appointmentId}',
      roles: staffingReaders,
      summary: 'An appointment as it stands, with its version',
    },
    getAppointmentHistory: {
      key: 'GET /processes/{processId}/appointments/{appointmentId}/history',
      roles: staffingReaders,
      summary:
        'An appointment’s history: its events in order, who recorded each, in what role, when, and its value date',
    },
    reassignAppointment: {
      key: 'POST /processes/{processId}/appointments/{appointmentId}/reassign',
      roles: ['hr-officer'],
      summary: 'Reassign a member of staff: new post, unit, sub-function and reporting line',
    },
    extendAppointment: {
      key: 'POST /processes/{processId}/appointments/{appointmentId}/extend',
      roles: ['hr-officer'],
      summary: 'Extend a contract to a later end date',
    },
    changeAppointmentTerms: {
      key: 'POST /processes/{processId}/appointments/{appointmentId}/terms',
      roles: ['hr-officer'],
      summary: 'Change the monthly cost from a date, with the reason; the forecast uses it from that date',
    },
    endAppointment: {
      key: 'POST /processes/{processId}/appointments/{appointmentId}/end',
      roles: ['hr-officer'],
      summary: 'End an appointment (resigned, terminated, expired); frees the Head’s or deputy’s post',
    },
    getPost: {
      key: 'GET /processes/{processId}/posts/{postId}',
      roles: staffingReaders,
      summary: 'Who holds the Head’s or a deputy’s post, or that it is vacant',
    },
  },
} as const;

export const Secondment = {
  entry: 'functions/secondment/handler.ts',
  access: 'command',
  routes: {
    secondStaff: {
      key: 'POST /processes/{processId}/secondments',
      roles: ['hr-officer'],
      summary: 'Record staff seconded by a ministry or another institution, and who bears the salary',
    },
    getSecondment: {
      key: 'GET /processes/{processId}/secondments/{secondmentId}',
      roles: staffingReaders,
      summary: 'A secondment as it stands, with its version',
    },
    getSecondmentHistory: {
      key: 'GET /processes/{processId}/secondments/{secondmentId}/history',
      roles: staffingReaders,
      summary:
        'A secondment’s history: its events in order, who recorded each, in what role, when, and its value date',
    },
    extendSecondment: {
      key: 'POST /processes/{processId}/secondments/{secondmentId}/extend',
      roles: ['hr-officer'],
      summary: 'Extend a secondment to a later end date',
    },
    endSecondment: {
      key: 'POST /processes/{processId}/secondments/{secondmentId}/end',
      roles: ['hr-officer'],
      summary: 'End a secondment before its planned end: the officer recalled or returned',
    },
  },
} as const;

export const StaffingViews = {
  entry: 'functions/staffing-views/handler.ts',
  access: 'query',
  readsEvents: true,
  routes: {
    getStaffing: {
      key: 'GET /processes/{processId}/staffing',
      roles: staffingReaders,
      summary: 'Staffing: roster by unit and contract type, vacant posts, secondees, endings, independence',
    },
  },
} as const;
