import { dispatch } from '../commons/dispatch';
import { setIndependenceThreshold } from './set-threshold';

export const endpoints = {
  'POST /processes/{processId}/independence-threshold': setIndependenceThreshold,
} as const;

export const handler = dispatch(endpoints);
