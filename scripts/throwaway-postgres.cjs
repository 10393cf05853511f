// A throwaway PostgreSQL cluster, for the tests, the bench and `npm run example:pg`:
// `initdb` in a temporary folder, listening on 127.0.0.1 on a free port, with
// password authentication over TCP, stopped (and its folder removed) by `stop()`
// or when the process exits. Run as the `postgres` user when we are root (CI is),
// since the server refuses to run as root. Types: throwaway-postgres.d.cts.
const {execFileSync, spawnSync} = require('node:child_process');
const {randomBytes} = require('node:crypto');
const fs = require('node:fs');
const {createServer} = require('node:net');
const os = require('node:os');
const path = require('node:path');

/** The folder of `initdb` and `pg_ctl`: Debian keeps them off PATH, under a version folder. */
function findPostgresBin() {
  const candidates = process.env.KPI_PG_BIN ? [process.env.KPI_PG_BIN] : [];
  const debianRoot = '/usr/lib/postgresql';
  if (fs.existsSync(debianRoot)) {
    const versions = fs.readdirSync(debianRoot).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => path.join(debianRoot, version, 'bin')));
  }
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl')));
}

const isRoot = process.getuid?.() === 0;
const asServerUser = (file, args) => (isRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args]);

function runServerTool(bin, tool, args) {
  const [command, commandArgs] = asServerUser(path.join(bin, tool), args);
  return execFileSync(command, commandArgs, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

const newPassword = () => `pw${randomBytes(12).toString('hex')}`;
const giveToServerUser = (...files) => isRoot && execFileSync('chown', ['postgres:postgres', ...files]);

function initCluster(bin, root, data, superPassword) {
  const pwFile = path.join(root, 'pwfile');
  fs.writeFileSync(pwFile, `${superPassword}\n`);
  giveToServerUser(pwFile);
  const args = ['-D', data, '-U', 'postgres', `--pwfile=${pwFile}`, '--auth-local=trust', '--auth-host=scram-sha-256'];
  runServerTool(bin, 'initdb', [...args, '--encoding=UTF8', '--locale=C']);
  fs.rmSync(pwFile);
}

/** A self-signed certificate for 127.0.0.1, and the server options that turn TLS on with it. */
function makeCertificate(root) {
  const key = path.join(root, 'server.key');
  const cert = path.join(root, 'server.crt');
  const subject = ['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', ...subject], {
    stdio: 'ignore',
  });
  fs.chmodSync(key, 0o600);
  giveToServerUser(key, cert);
  return {certificate: fs.readFileSync(cert, 'utf8'), serverOptions: ` -c ssl=on -c ssl_cert_file=${cert} -c ssl_key_file=${key}`};
}

// A server time zone far from UTC by default, so that a source forgetting to work in UTC gives wrong periods.
function startServer({bin, root, data, port, timeZone, extraOptions}) {
  const logFile = path.join(root, 'server.log');
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${root} -c fsync=off -c TimeZone=${timeZone}`;
  runServerTool(bin, 'pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', '-o', `${options}${extraOptions}`, 'start']);
  return logFile;
}

function stopCluster(bin, root, data) {
  if (fs.existsSync(data)) {
    const [command, args] = asServerUser(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    spawnSync(command, args, {stdio: 'ignore'});
  }
  fs.rmSync(root, {recursive: true, force: true});
}

const running = new Set();
// A process that ends mid-run must not leave a server behind.
process.on('exit', () => {
  for (const stop of running) stop();
});

const credentials = (user, password, port) => ({user, password, url: `postgresql://${user}:${password}@127.0.0.1:${port}/handbook`});

/** Roles `kpi_owner` (owns database `handbook`) and `kpi_reader` (may only read its tables). */
async function setUpRoles(port, superPassword) {
  const pg = require('pg');
  const admin = new pg.Client({host: '127.0.0.1', port, user: 'postgres', password: superPassword, database: 'postgres'});
  await admin.connect();
  const owner = credentials('kpi_owner', newPassword(), port);
  const reader = credentials('kpi_reader', newPassword(), port);
  try {
    await admin.query(`create role ${owner.user} login password '${owner.password}'`);
    await admin.query(`create role ${reader.user} login password '${reader.password}'`);
    await admin.query(`create database handbook owner ${owner.user}`);
  } finally {
    await admin.end();
  }
  const sql = async (text, values) => {
    // UTC here, so seeded timestamps without a zone mean UTC whatever the server's zone.
    const client = new pg.Client({connectionString: owner.url, options: '-c TimeZone=UTC'});
    await client.connect();
    try {
      return (await client.query(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  await sql(`alter default privileges in schema public grant select on tables to ${reader.user}`);
  return {owner, reader, sql};
}

/** Starts a cluster; see throwaway-postgres.d.cts for the options and the result. */
async function startPostgres({seed, tls = false, timeZone = 'Pacific/Auckland'} = {}) {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed: initdb and pg_ctl not found (Debian: apt-get install postgresql)');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-pg-'));
  const data = path.join(root, 'data');
  const stop = () => {
    running.delete(stop);
    stopCluster(bin, root, data);
  };
  running.add(stop);
  try {
    giveToServerUser(root);
    const superPassword = newPassword();
    initCluster(bin, root, data, superPassword);
    const certificate = tls ? makeCertificate(root) : undefined;
    const extraOptions = certificate?.serverOptions ?? '';
    let port = await freePort();
    let logFile;
    // Another process may take the port between our probe and the server's bind: retry once on a new one.
    try {
      logFile = startServer({bin, root, data, port, timeZone, extraOptions});
    } catch {
      port = await freePort();
      logFile = startServer({bin, root, data, port, timeZone, extraOptions});
    }
    const roles = await setUpRoles(port, superPassword);
    const db = {host: '127.0.0.1', port, database: 'handbook', ...roles, logFile, stop, certificate: certificate?.certificate};
    if (seed) await seed(db);
    return db;
  } catch (error) {
    stop();
    throw error;
  }
}

module.exports = {findPostgresBin, startPostgres};
