import {didYouMean} from '../errors';

/** Units a KPI value can have; `currency:XXX` comes on top, with an ISO 4217 code. */
export const UNITS = ['count', 'percent', 'ratio', 'days', 'hours', 'score', 'text'] as const;

export const UNIT_EXPECTED = `one of ${UNITS.join(', ')}, or currency:XXX with a currency code such as currency:USD`;

export interface UnitProblem {
  message: string;
  expected: string;
  hint?: string;
}

const CURRENCY_PREFIX = 'currency:';
const currencyCodes = new Set(Intl.supportedValuesOf('currency'));

export function checkUnit(unit: string): UnitProblem | undefined {
  if ((UNITS as readonly string[]).includes(unit)) return undefined;
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
