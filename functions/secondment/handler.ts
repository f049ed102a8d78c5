import { dispatch } from '../commons/dispatch';
import { endSecondment } from './end-secondment';
import { extendSecondment } from './extend-secondment';
import { getSecondment, getSecondmentHistory } from './get-secondment';
import { secondStaff } from './second-staff';

export const handler = dispatch('Secondment', {
  secondStaff,
  getSecondment,
  getSecondmentHistory,
  extendSecondment,
  endSecondment,
});
