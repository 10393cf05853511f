import type {Cadence} from '../../shared/vocabulary';

/**
 * How a source writes the SQL a `metric` compiles to. The metric compiler
 * builds one statement from these pieces; a source (the embedded engine,
 * PostgreSQL, or a site's own module) provides them in its own SQL. Every
 * function returns an SQL fragment; arguments are SQL fragments too, except
 * where they are said to be plain values. Periods start on Monday for weeks
 * and are calendar quarters and years; timestamps are read in UTC.
 */
export interface SqlDialect {
  /** `logged_in_at` → `"logged_in_at"`: a column name, quoted so that any name works. */
  quoteIdentifier(name: string): string;
  /** A column or expression as a timestamp without time zone, in UTC: `CAST(x AS TIMESTAMP)`. */
  timestamp(expression: string): string;
  /** Midnight (UTC) of the plain ISO date `isoDate`, as a timestamp: `TIMESTAMP '2026-11-20'`. */
  timestampLiteral(isoDate: string): string;
  /** The first instant of the period of `cadence` that holds the timestamp: `date_trunc('month', x)`. */
  truncate(timestamp: string, cadence: Cadence): string;
  /** The timestamp moved by `count` periods of `cadence` (a plain integer, negative to go back): `x + INTERVAL '3 month'`. */
  addPeriods(timestamp: string, count: number, cadence: Cadence): string;
  /** The timestamp moved by `count` days (a plain integer, may be negative). */
  addDays(timestamp: string, count: number): string;
  /** The date (no time) of a timestamp, comparable with `dateLiteral`. */
  date(timestamp: string): string;
  /** The plain ISO date `isoDate` as a date: `DATE '2026-11-20'`. */
  dateLiteral(isoDate: string): string;
  /** A date as `YYYY-MM-DD` text: `strftime(d, '%Y-%m-%d')`, `to_char(d, 'YYYY-MM-DD')`. */
  isoDateText(date: string): string;
  /**
   * A FROM item giving one row per period start from `first` to `last`
   * (timestamps, both included, already truncated), in a column named
   * `column` (a plain name). It may refer to columns of the FROM items
   * before it (it follows a CROSS JOIN): `generate_series(first, last,
   * INTERVAL '1 month') AS _kpi_series(column)`.
   */
  periodSeries(first: string, last: string, cadence: Cadence, column: string): string;
  /** The number of distinct non-null values: `count(DISTINCT x)`. */
  countDistinct(expression: string): string;
  /** The median of the values, for `median(col)`; a source without one leaves it out, and such metrics are refused. */
  median?(expression: string): string;
}

const TRUNC_UNITS: Readonly<Record<Cadence, string>> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
};

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteText = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** DuckDB's own interval syntax (`INTERVAL 3 MONTH`), kept as the embedded engine always read it. */
const DUCKDB_INTERVAL_UNITS: Readonly<Record<Cadence, string>> = {
  daily: 'DAY',
  weekly: 'WEEK',
  monthly: 'MONTH',
  quarterly: 'QUARTER',
  yearly: 'YEAR',
};

const duckdbInterval = (count: number, cadence: Cadence) => `INTERVAL ${count} ${DUCKDB_INTERVAL_UNITS[cadence]}`;
const signed = (count: number, interval: (magnitude: number) => string) => (count < 0 ? ` - ${interval(-count)}` : ` + ${interval(count)}`);

/** The embedded engine (DuckDB). */
export const duckdbDialect: SqlDialect = {
  quoteIdentifier,
  timestamp: (expression) => `CAST(${expression} AS TIMESTAMP)`,
  timestampLiteral: (isoDate) => `TIMESTAMP ${quoteText(isoDate)}`,
  truncate: (timestamp, cadence) => `date_trunc('${TRUNC_UNITS[cadence]}', ${timestamp})`,
  addPeriods: (timestamp, count, cadence) => `${timestamp}${signed(count, (n) => duckdbInterval(n, cadence))}`,
  addDays: (timestamp, count) => `${timestamp}${signed(count, (n) => `INTERVAL ${n} DAY`)}`,
  date: (timestamp) => `CAST(${timestamp} AS DATE)`,
  dateLiteral: (isoDate) => `DATE ${quoteText(isoDate)}`,
  isoDateText: (date) => `strftime(${date}, '%Y-%m-%d')`,
  periodSeries: (first, last, cadence, column) =>
    `generate_series(${first}, ${last}, ${duckdbInterval(1, cadence)}) AS _kpi_series(${quoteIdentifier(column)})`,
  countDistinct: (expression) => `count(DISTINCT ${expression})`,
  median: (expression) => `median(${expression})`,
};

/** PostgreSQL has no quarter interval: a quarter is three months. */
const POSTGRES_INTERVALS: Readonly<Record<Cadence, [number, string]>> = {
  daily: [1, 'day'],
  weekly: [7, 'day'],
  monthly: [1, 'month'],
  quarterly: [3, 'month'],
  yearly: [1, 'year'],
};

const postgresInterval = (count: number, cadence: Cadence) => {
  const [size, unit] = POSTGRES_INTERVALS[cadence];
  return `INTERVAL '${count * size} ${unit}'`;
};

/** PostgreSQL: `date_trunc`, and `generate_series` for the periods of the zero fill. */
export const postgresDialect: SqlDialect = {
  quoteIdentifier,
  timestamp: (expression) => `CAST(${expression} AS TIMESTAMP)`,
  timestampLiteral: (isoDate) => `TIMESTAMP ${quoteText(isoDate)}`,
  truncate: (timestamp, cadence) => `date_trunc('${TRUNC_UNITS[cadence]}', ${timestamp})`,
  addPeriods: (timestamp, count, cadence) => `${timestamp}${signed(count, (n) => postgresInterval(n, cadence))}`,
  addDays: (timestamp, count) => `${timestamp}${signed(count, (n) => `INTERVAL '${n} day'`)}`,
  date: (timestamp) => `CAST(${timestamp} AS DATE)`,
  dateLiteral: (isoDate) => `DATE ${quoteText(isoDate)}`,
  isoDateText: (date) => `to_char(${date}, 'YYYY-MM-DD')`,
  periodSeries: (first, last, cadence, column) =>
    `generate_series(${first}, ${last}, ${postgresInterval(1, cadence)}) AS _kpi_series(${quoteIdentifier(column)})`,
  countDistinct: (expression) => `count(DISTINCT ${expression})`,
  median: (expression) => `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${expression})`,
};

/** The functions every dialect must have, to check a module's before using it. */
export const REQUIRED_DIALECT_FUNCTIONS = [
  'quoteIdentifier',
  'timestamp',
  'timestampLiteral',
  'truncate',
  'addPeriods',
  'addDays',
  'date',
  'dateLiteral',
  'isoDateText',
  'periodSeries',
  'countDistinct',
] as const satisfies readonly (keyof SqlDialect)[];
