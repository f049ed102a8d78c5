import { dispatch } from '../commons/dispatch';
import { setIndependenceThreshold } from './set-threshold';

export const handler = dispatch('Independence', { setIndependenceThreshold });
