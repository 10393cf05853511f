import {execFileSync, spawnSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL cluster for tests: `initdb` in a temporary folder,
 * listening on 127.0.0.1 on a free port, with password authentication over
 * TCP. Run as the `postgres` user when the tests run as root (CI does), since
 * the server refuses to run as root.
 */
export interface TestPostgres {
  host: string;
  port: number;
  database: string;
  /** Owns the seeded tables and may write them: proves read-only comes from the source, not the role. */
  owner: Credentials;
  /** May only read the seeded tables. */
  reader: Credentials;
  /** Runs SQL as the owner (seeding, checks); not through the code under test. */
  sql(text: string, values?: unknown[]): Promise<Record<string, unknown>[]>;
  /** The server's log. */
  logFile: string;
  /** With `tls`: the server's self-signed certificate (PEM), for 127.0.0.1. */
  certificate?: string;
  stop(): void;
}

export interface Credentials {
  user: string;
  password: string;
  /** `postgresql://user:password@127.0.0.1:port/database` */
  url: string;
}

/** The folder of `initdb`, `pg_ctl` and `postgres`: Debian keeps them off PATH, under a version folder. */
export function findPostgresBin(): string | undefined {
  const candidates = [process.env.KPI_PG_BIN].filter((dir): dir is string => Boolean(dir));
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => path.join(debianRoot, version, 'bin')));
  }
  return candidates.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
}

const bin = findPostgresBin();
const inCi = Boolean(process.env.CI);

/**
 * Whether the PostgreSQL tests run here. They are skipped (with a message) only
 * when the server is not installed and `CI` is unset; under CI a missing server
 * fails them, as `startPostgres` throws.
 */
export const postgresTestsSkipped = !bin && !inCi;
if (postgresTestsSkipped) {
  console.warn(
    'PostgreSQL tests skipped: no initdb/pg_ctl under /usr/lib/postgresql/*/bin (install the `postgresql` package, ' +
      'or set KPI_PG_BIN). Under CI=true they fail instead.',
  );
}

const isRoot = process.getuid?.() === 0;

/** Runs a server binary, as the `postgres` user when we are root. */
function runServerTool(tool: string, args: string[]): string {
  const file = path.join(bin!, tool);
  const [command, commandArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  return execFileSync(command, commandArgs, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number};
      server.close(() => resolve(port));
    });
  });
}

const password = () => `pw${randomBytes(12).toString('hex')}`;

/** A data folder owned by the user the server runs as. */
function makeDataDir(): {root: string; data: string} {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kpi-pg-'));
  const data = path.join(root, 'data');
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], {encoding: 'utf8'}).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], {encoding: 'utf8'}).trim());
    chownSync(root, uid, gid);
  }
  return {root, data};
}

function initCluster(root: string, data: string, superPassword: string): void {
  const pwFile = path.join(root, 'pwfile');
  writeFileSync(pwFile, `${superPassword}\n`);
  if (isRoot) execFileSync('chown', ['postgres:postgres', pwFile]);
  runServerTool('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    `--pwfile=${pwFile}`,
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '--encoding=UTF8',
    '--locale=C',
  ]);
  rmSync(pwFile);
}

// A server time zone far from UTC, so that a source forgetting to work in UTC gives wrong periods.
function startServer(root: string, data: string, port: number, tlsOptions: string): string {
  const logFile = path.join(root, 'server.log');
  const serverOptions = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${root} -c fsync=off -c TimeZone=Pacific/Auckland`;
  runServerTool('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', '-o', `${serverOptions}${tlsOptions}`, 'start']);
  return logFile;
}

/** A self-signed certificate for 127.0.0.1, and the server options that turn TLS on with it. */
function makeCertificate(root: string): {certificate: string; serverOptions: string} {
  const key = path.join(root, 'server.key');
  const cert = path.join(root, 'server.crt');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2'].concat(
    ['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
  ), {stdio: 'ignore'});
  chmodSync(key, 0o600);
  if (isRoot) execFileSync('chown', ['postgres:postgres', key, cert]);
  return {certificate: readFileSync(cert, 'utf8'), serverOptions: ` -c ssl=on -c ssl_cert_file=${cert} -c ssl_key_file=${key}`};
}

/** Stops a cluster and removes its folder; safe to call twice. */
function stopCluster(root: string, data: string): void {
  if (!existsSync(data)) return;
  const file = path.join(bin!, 'pg_ctl');
  const args = ['-D', data, '-m', 'fast', '-w', 'stop'];
  spawnSync(isRoot ? 'runuser' : file, isRoot ? ['-u', 'postgres', '--', file, ...args] : args, {stdio: 'ignore'});
  rmSync(root, {recursive: true, force: true});
}

const running = new Set<() => void>();
// A worker that dies mid-run must not leave a server behind.
process.on('exit', () => {
  for (const stop of running) stop();
});

export interface StartOptions {
  /** Fills the database once it is up. */
  seed?: (db: TestPostgres) => Promise<void>;
  /** Serve TLS too, with a self-signed certificate. */
  tls?: boolean;
}

/** Starts a cluster with an `owner` and a `reader` role and a `handbook` database. */
export async function startPostgres({seed, tls}: StartOptions = {}): Promise<TestPostgres> {
  if (!bin) {
    throw new Error('PostgreSQL is required under CI: install the `postgresql` package (initdb and pg_ctl not found)');
  }
  const {root, data} = makeDataDir();
  const stop = () => {
    running.delete(stop);
    stopCluster(root, data);
  };
  running.add(stop);
  try {
    const superPassword = password();
    initCluster(root, data, superPassword);
    const certificate = tls ? makeCertificate(root) : undefined;
    let port = await freePort();
    let logFile: string;
    // Another process may take the port between our probe and the server's bind: retry once on a new one.
    try {
      logFile = startServer(root, data, port, certificate?.serverOptions ?? '');
    } catch {
      port = await freePort();
      logFile = startServer(root, data, port, certificate?.serverOptions ?? '');
    }
    const db = await setUpRoles({port, superPassword, logFile, stop});
    if (certificate) db.certificate = certificate.certificate;
    if (seed) await seed(db);
    return db;
  } catch (error) {
    stop();
    throw error;
  }
}

const credentials = (user: string, secret: string, port: number): Credentials => ({
  user,
  password: secret,
  url: `postgresql://${user}:${secret}@127.0.0.1:${port}/handbook`,
});

async function setUpRoles(input: {port: number; superPassword: string; logFile: string; stop: () => void}): Promise<TestPostgres> {
  const {port, superPassword, logFile, stop} = input;
  const admin = new pg.Client({host: '127.0.0.1', port, user: 'postgres', password: superPassword, database: 'postgres'});
  await admin.connect();
  const owner = credentials('kpi_owner', password(), port);
  const reader = credentials('kpi_reader', password(), port);
  try {
    await admin.query(`create role ${owner.user} login password '${owner.password}'`);
    await admin.query(`create role ${reader.user} login password '${reader.password}'`);
    await admin.query(`create database handbook owner ${owner.user}`);
  } finally {
    await admin.end();
  }
  const sql = async (text: string, values?: unknown[]) => {
    // UTC here, so seeded timestamps without a zone mean UTC whatever the server's zone.
    const client = new pg.Client({connectionString: owner.url, options: '-c TimeZone=UTC'});
    await client.connect();
    try {
      return (await client.query(text, values)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  };
  await sql(`alter default privileges in schema public grant select on tables to ${reader.user}`);
  return {host: '127.0.0.1', port, database: 'handbook', owner, reader, sql, logFile, stop};
}
