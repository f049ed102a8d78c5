import { dispatch } from '../commons/dispatch';
import { getExchangeRate, recordExchangeRate } from './record-exchange-rate';

export const handler = dispatch('ExchangeRate', { recordExchangeRate, getExchangeRate });
