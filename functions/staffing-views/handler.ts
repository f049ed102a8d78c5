import { dispatch } from '../commons/dispatch';
import { getStaffing } from './staffing';

export const handler = dispatch('StaffingViews', { getStaffing });
