import { dispatch } from '../commons/dispatch';
import { endSecondment } from './end-secondment';
import { extendSecondment } from './extend-secondment';
import { getSecondment } from './get-secondment';
import { secondStaff } from './second-staff';

export const endpoints = {
  'POST /processes/{processId}/secondments': secondStaff,
  'GET /processes/{processId}/secondments/{secondmentId}': getSecondment,
  'POST /processes/{processId}/secondments/{secondmentId}/extend': extendSecondment,
  'POST /processes/{processId}/secondments/{secondmentId}/end': endSecondment,
} as const;

export const handler = dispatch(endpoints);
