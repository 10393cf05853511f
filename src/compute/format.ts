import {UNITS, isOneOf} from '../shared/vocabulary';
/**
 * Locale-aware formatting of KPI values with `Intl`, done at build time so the
 * server and client render the same strings.
 */

const INTL_UNITS: Record<string, string> = {days: 'day', hours: 'hour'};

export interface ValueFormatter {
  value(value: number | string): string;
  /** Signed difference in the KPI's unit ("+2 days", "−3.1 pp" for percent). */
  change(delta: number): string;
  /** Signed relative change ("+12.5%"). */
  relative(ratio: number): string;
  /** A 0..1 share ("75%"). */
  share(ratio: number): string;
  date(isoDate: string): string;
  /** Month and year, for chart axes and descriptions ("Oct 2026"). */
  month(isoDate: string): string;
}

// Building Intl formatters costs far more than using them, and a registry has few units.
const formatters = new Map<string, ValueFormatter>();

/** The formatter of `unit` in `locale`, built once per process. */
export function createValueFormatter(unit: string, locale: string): ValueFormatter {
  const key = `${unit}\u0000${locale}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = buildValueFormatter(unit, locale);
    formatters.set(key, formatter);
  }
  return formatter;
}

function buildValueFormatter(unit: string, locale: string): ValueFormatter {
  const numberOptions = intlOptions(unit);
  const plain = new Intl.NumberFormat(locale, numberOptions);
  // Large amounts of money read better without cents; small ones need them ($3.12 per user).
  const plainLarge = unit.startsWith('currency:') ? new Intl.NumberFormat(locale, {...numberOptions, maximumFractionDigits: 0}) : plain;
  const signed = new Intl.NumberFormat(locale, {...numberOptions, signDisplay: 'exceptZero'});
  const points = new Intl.NumberFormat(locale, {maximumFractionDigits: 1, signDisplay: 'exceptZero'});
  const percent = new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 1});
  const signedPercent = new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero'});
  const dates = new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeZone: 'UTC'});
  const months = new Intl.DateTimeFormat(locale, {month: 'short', year: 'numeric', timeZone: 'UTC'});
  const suffix = INTL_UNITS[unit] || isKnownUnit(unit) ? '' : ` ${unit}`;
  const scale = unit === 'percent' ? 1 / 100 : 1;

  const number = (value: number) => (Math.abs(value) >= 1000 ? plainLarge : plain).format(value * scale) + suffix;
  const rememberedNumber = remembered(number);
  return {
    // Zero is written as it is signed (-0 as "-0"), which a Map's keys do not tell apart.
    value: (value) => (typeof value === 'string' ? value : value === 0 ? number(value) : rememberedNumber(value)),
    // A change of a percentage is in percentage points, not a percentage of a percentage.
    change: (delta) => (unit === 'percent' ? `${points.format(delta)} pp` : signed.format(delta * scale) + suffix),
    relative: (ratio) => signedPercent.format(ratio),
    share: (ratio) => percent.format(ratio),
    date: remembered((isoDate: string) => dates.format(Date.parse(`${isoDate}T00:00:00Z`))),
    month: remembered((isoDate: string) => months.format(Date.parse(`${isoDate}T00:00:00Z`))),
  };
}

/** How many strings each formatting function remembers before it starts again. */
const REMEMBERED = 10_000;

/**
 * `format`, remembering what it wrote: a registry's cards and status
 * histories write the same dates and values again and again, and Intl takes
 * far longer to write one than a Map to find it. Bounded, for a long-running
 * dev server.
 */
function remembered<Key>(format: (key: Key) => string): (key: Key) => string {
  const written = new Map<Key, string>();
  return (key) => {
    let text = written.get(key);
    if (text === undefined) {
      if (written.size >= REMEMBERED) written.clear();
      text = format(key);
      written.set(key, text);
    }
    return text;
  };
}

// Units Intl formats itself, or that need no suffix after the number.
function isKnownUnit(unit: string): boolean {
  return isOneOf(UNITS, unit) || unit.startsWith('currency:');
}

function intlOptions(unit: string): Intl.NumberFormatOptions {
  if (unit.startsWith('currency:')) {
    return {style: 'currency', currency: unit.slice('currency:'.length)};
  }
  if (INTL_UNITS[unit]) {
    return {style: 'unit', unit: INTL_UNITS[unit], unitDisplay: 'long', maximumFractionDigits: 1};
  }
  switch (unit) {
    case 'percent':
      return {style: 'percent', maximumFractionDigits: 1};
    case 'ratio':
      return {minimumFractionDigits: 2, maximumFractionDigits: 2};
    case 'score':
      return {maximumFractionDigits: 2};
    default:
      return {maximumFractionDigits: 2};
  }
}
