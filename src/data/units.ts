import {didYouMean} from '../shared/errors';
import {UNITS, isOneOf} from '../shared/vocabulary';

export const UNIT_EXPECTED = `one of ${UNITS.join(', ')}, or currency:XXX with a currency code such as currency:USD`;

export interface UnitProblem {
  message: string;
  expected: string;
  hint?: string;
}

const CURRENCY_PREFIX = 'currency:';
const currencyCodes = new Set(Intl.supportedValuesOf('currency'));

export function checkUnit(unit: string): UnitProblem | undefined {
  if (isOneOf(UNITS, unit)) return undefined;
  if (unit.toLowerCase().startsWith(CURRENCY_PREFIX)) return checkCurrency(unit.slice(CURRENCY_PREFIX.length));
  return {
    message: `unknown unit "${unit}"`,
    expected: UNIT_EXPECTED,
    hint: didYouMean(unit, [...UNITS, 'currency:USD', 'currency:EUR']),
  };
}

function checkCurrency(code: string): UnitProblem | undefined {
  if (currencyCodes.has(code)) return undefined;
  const upper = code.toUpperCase();
  return {
    message: `unknown currency "${code}"`,
    expected: 'a three-letter ISO 4217 currency code in capitals, such as currency:USD or currency:EUR',
    hint: currencyCodes.has(upper) ? `did you mean "${CURRENCY_PREFIX}${upper}"?` : undefined,
  };
}
