import {redact} from '../../shared/redact';
import {KpiSourceError, positionInText} from './sourceError';

/** Where a postgres source connects, as pg resolves it (never with credentials). */
export interface ServerAddress {
  host: string;
  port: number;
}

/** What the build knows that the driver's error does not: for messages. */
export interface ErrorContext {
  source: string;
  address: ServerAddress;
  /** Every credential of the source, blanked out of any message. */
  secrets: readonly string[];
}

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'connection reset by the server',
};

interface DriverError {
  code?: string;
  message?: string;
  position?: string;
  hint?: string;
  detail?: string;
  errors?: DriverError[];
}

const where = ({host, port}: ServerAddress) => (host.startsWith('/') ? `socket ${host}/.s.PGSQL.${port}` : `${host}:${port}`);

function connectReason(error: DriverError, connectTimeout: number): string {
  // Node reports a host with several addresses as an AggregateError of one error each.
  const first = error.errors?.[0] ?? error;
  if (first.code && NETWORK_REASONS[first.code]) return NETWORK_REASONS[first.code]!;
  if (/timeout/i.test(first.message ?? '')) return `no answer within ${connectTimeout / 1000} s (option connectTimeout)`;
  if (/terminated unexpectedly/i.test(first.message ?? '')) return 'the server closed the connection (is it a PostgreSQL server?)';
  return first.message || String(error);
}

/** "could not connect to source warehouse at 127.0.0.1:5433: connection refused" */
export function connectionError(context: ErrorContext, error: unknown, connectTimeout: number): KpiSourceError {
  const reason = redact(connectReason(error as DriverError, connectTimeout), context.secrets);
  return new KpiSourceError(
    context.source,
    'unavailable',
    `could not connect to source ${context.source} at ${where(context.address)}: ${reason}`,
    {
      hint: 'check the host, port, user and password in the connection string the site is built with',
    },
  );
}

export interface QueryContext extends ErrorContext {
  /** The author's SQL, and where it starts in the text sent. */
  sql: string;
  offset: number;
  timeoutMs: number;
}

/** A failed query: a timeout, a write refused, a connection lost, or an error in the SQL with its place. */
export function queryError(context: QueryContext, error: unknown): KpiSourceError {
  const {source, secrets} = context;
  const driverError = error as DriverError;
  const message = redact(driverError.message || String(error), secrets);
  const code = driverError.code ?? '';
  if (code === '57014' && /statement timeout/.test(message)) {
    return new KpiSourceError(
      source,
      'limit',
      `the query ran longer than ${context.timeoutMs / 1000} s (option statementTimeout of source ${source})`,
      {
        hint: 'aggregate less, add an index on the time column, or raise statementTimeout',
      },
    );
  }
  if (code === '25006') {
    return new KpiSourceError(source, 'query', `source ${source} is read-only: ${message}`, {
      hint: 'a KPI query can only read: select, never insert, update, delete or create',
    });
  }
  if (!/^[0-9A-Z]{5}$/.test(code) || code.startsWith('08') || code === '57P01' || code === '53300') {
    return new KpiSourceError(source, 'unavailable', `lost the connection to source ${source} at ${where(context.address)}: ${message}`);
  }
  const hint = [driverError.hint, driverError.detail].filter(Boolean).map((text) => redact(text!, secrets));
  const offset = Number(driverError.position) - context.offset;
  const inSql = offset >= 1 && offset <= context.sql.length + 1;
  return new KpiSourceError(source, 'query', `source ${source}: ${message}`, {
    ...(hint.length > 0 && {hint: hint.join('; ')}),
    ...(inSql && {position: positionInText(context.sql, offset)}),
  });
}
