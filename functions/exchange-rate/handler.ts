import { dispatch } from '../commons/dispatch';
import { correctExchangeRate } from './correct-exchange-rate';
import { getExchangeRate, recordExchangeRate } from './record-exchange-rate';

export const handler = dispatch('ExchangeRate', { recordExchangeRate, getExchangeRate, correctExchangeRate });
