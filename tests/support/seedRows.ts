import type {TestPostgres} from './postgres';

/**
 * Deterministic raw rows, the same for a table in PostgreSQL and a file read
 * by the embedded engine, so both can be asked the same metric.
 */
export interface EventRow {
  id: number;
  hub_id: string;
  user_id: number;
  status: 'ok' | 'failed';
  /** `YYYY-MM-DD HH:MM:SS`, UTC, no zone. */
  logged_in_at: string;
  duration_ms: number;
}

export interface ContractRow {
  id: number;
  customer: string;
  signed_on: string;
  due_on: string;
  renewed: boolean;
  value: number;
}

/** A small linear congruential generator: the same rows on every machine. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

const DAY = 86_400_000;

/**
 * Login events from 2023-12-30 to 2025-06-30 with edges on purpose: rows on a
 * Sunday night and a Monday morning, at 23:59:59 and 00:00:00, and no rows at
 * all in 2024-08 (a gap month) and the ISO week around 2024-11-15.
 */
export function eventRows(count = 3000): EventRow[] {
  const next = random(42);
  const start = Date.UTC(2023, 11, 30);
  const span = Date.UTC(2025, 5, 30) - start;
  const rows: EventRow[] = [];
  const edges = [Date.UTC(2024, 0, 7, 23, 59, 59), Date.UTC(2024, 0, 8, 0, 0, 0), Date.UTC(2024, 11, 31, 23, 59, 59)];
  for (let id = 1; rows.length < count; id++) {
    const at = id <= edges.length ? edges[id - 1]! : start + Math.floor(next() * span);
    const month = new Date(at).toISOString().slice(0, 7);
    if (month === '2024-08' || (at >= Date.UTC(2024, 10, 11) && at < Date.UTC(2024, 10, 18))) continue;
    rows.push({
      id,
      hub_id: `hub-${pad(1 + Math.floor(next() * 14))}`,
      user_id: 1 + Math.floor(next() * 400),
      status: next() < 0.85 ? 'ok' : 'failed',
      logged_in_at: utcStamp(at),
      duration_ms: 20 + Math.floor(next() * 5000),
    });
  }
  return rows;
}

export function contractRows(count = 400): ContractRow[] {
  const next = random(7);
  const rows: ContractRow[] = [];
  for (let id = 1; id <= count; id++) {
    const signed = Date.UTC(2022, 0, 1) + Math.floor(next() * 900) * DAY;
    rows.push({
      id,
      customer: `customer-${pad(1 + Math.floor(next() * 90))}`,
      signed_on: utcStamp(signed).slice(0, 10),
      due_on: utcStamp(signed + 365 * DAY).slice(0, 10),
      renewed: next() < 0.7,
      value: Math.round(next() * 1_000_000) / 100,
    });
  }
  return rows;
}

/** The rows as CSV with a header, for the embedded engine. */
export function toCsv<T extends object>(rows: readonly T[]): string {
  const columns = Object.keys(rows[0]!) as (keyof T)[];
  const lines = rows.map((row) => columns.map((column) => String(row[column])).join(','));
  return `${columns.join(',')}\n${lines.join('\n')}\n`;
}

/** Creates and fills `events` and `contracts`, as the tables' owner. */
export async function seedHandbookTables(db: TestPostgres, events = eventRows(), contracts = contractRows()): Promise<void> {
  await db.sql(`create table events (
    id integer primary key, hub_id text not null, user_id integer not null, status text not null,
    logged_in_at timestamptz not null, duration_ms integer not null)`);
  await db.sql(`create table contracts (
    id integer primary key, customer text not null, signed_on date not null, due_on date not null,
    renewed boolean not null, value numeric(12,2) not null)`);
  const column = <T, K extends keyof T>(rows: readonly T[], key: K) => rows.map((row) => row[key]);
  await db.sql(
    `insert into events select * from unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::timestamp[], $6::int[])`,
    (['id', 'hub_id', 'user_id', 'status', 'logged_in_at', 'duration_ms'] as const).map((key) => column(events, key)),
  );
  await db.sql(
    `insert into contracts select * from unnest($1::int[], $2::text[], $3::date[], $4::date[], $5::bool[], $6::numeric[])`,
    (['id', 'customer', 'signed_on', 'due_on', 'renewed', 'value'] as const).map((key) => column(contracts, key)),
  );
}
