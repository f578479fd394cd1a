import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { postgresBinDir } from './tools';
import { atomicWrite, setOwnership } from '../podrunner/volumes';

// A real, throw-away PostgreSQL server for tests: initdb into a temporary directory, then
// `postgres` on a free port of 127.0.0.1 only. initdb and postgres refuse to run as root,
// so under root (CI) both run as the `postgres` OS user (or `nobody`) via runuser.

const IS_ROOT = process.getuid?.() === 0;

export interface PgConnection {
  /** Database; default postgres. */
  readonly db?: string;
  /** Role; default postgres (trusted over the Unix socket). */
  readonly user?: string;
  /** Connect over TCP to 127.0.0.1 with this password (scram) instead of the socket. */
  readonly password?: string;
  /**
   * OS user psql runs as on the socket (peer authentication sees it). Default: the user
   * that runs the server, as the image's own processes (uid 999 "postgres") are.
   */
  readonly osUser?: string;
}

export interface PgServer {
  readonly binDir: string;
  readonly port: number;
  /** Unix socket directory; the superuser connects there without a password. */
  readonly socketDir: string;
  readonly superuserPassword: string;
  /** libpq environment of a superuser TCP connection, as the backup jobs have, plus PATH. */
  readonly clientEnv: Record<string, string>;
  /** Runs SQL with psql -XAtq and ON_ERROR_STOP; returns stdout, trimmed. Throws on error. */
  psql(sql: string, conn?: PgConnection): string;
  /** Like psql, but returns the exit status and stderr instead of throwing. */
  tryPsql(sql: string, conn?: PgConnection): { status: number | null; stdout: string; stderr: string };
  /** Names of the databases, sorted. */
  databases(): string[];
  stop(): void;
}

export interface StartOptions {
  /** `postgres -c` settings; port, listen_addresses and unix_socket_directories are set by the harness. */
  readonly settings?: Record<string, string>;
  /**
   * initdb's authentication arguments, e.g. the rendered POSTGRES_INITDB_ARGS.
   * @default ['--auth-local=trust', '--auth-host=scram-sha-256']
   */
  readonly initdbAuth?: string[];
}

/** The OS user that runs the server when the tests run as root. */
export function serverUser(): { name: string; uid: number; gid: number } | undefined {
  if (!IS_ROOT) return undefined;
  for (const name of ['postgres', 'nobody']) {
    const r = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    if (r.status === 0) {
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
      return { name, uid: Number(r.stdout.trim()), gid };
    }
  }
  throw new Error('running as root, but there is neither a postgres nor a nobody user to run the server as');
}

function asServerUser(user: ReturnType<typeof serverUser>, cmd: string, args: string[]): [string, string[]] {
  return user ? ['runuser', ['-u', user.name, '--', cmd, ...args]] : [cmd, args];
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startPostgres(options: StartOptions = {}): Promise<PgServer> {
  const binDir = postgresBinDir();
  if (!binDir) throw new Error('no PostgreSQL server binaries (run tools/install-test-deps.sh)');
  const user = serverUser();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-'));
  const dataDir = path.join(root, 'data');
  const pwFile = path.join(root, 'pwfile');
  const superuserPassword = `su-${Math.random().toString(36).slice(2)}`;
  fs.writeFileSync(pwFile, `${superuserPassword}\n`, { mode: 0o600 });
  if (user) {
    fs.chownSync(root, user.uid, user.gid);
    fs.chownSync(pwFile, user.uid, user.gid);
    // Other OS users (the exporter's "nobody") reach the socket here, as in the pod's shared
    // socket directory; the data directory inside stays 0700.
    fs.chmodSync(root, 0o755);
  }

  const run = (cmd: string, args: string[]) => {
    const [c, a] = asServerUser(user, path.join(binDir, cmd), args);
    const r = spawnSync(c, a, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
  };
  run('initdb', [
    '--pgdata', dataDir, '--username=postgres', `--pwfile=${pwFile}`, ...(options.initdbAuth ?? ['--auth-local=trust', '--auth-host=scram-sha-256']),
    '--encoding=UTF8', '--locale=C', '--no-sync',
  ]);

  const port = await freePort();
  const settings: Record<string, string> = {
    ...options.settings,
    port: String(port),
    listen_addresses: '127.0.0.1',
    unix_socket_directories: root,
  };
  const args = ['-D', dataDir, ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
  const logFile = path.join(root, 'server.log');
  const log = fs.openSync(logFile, 'a');
  if (user) fs.fchownSync(log, user.uid, user.gid);
  const [cmd, cmdArgs] = asServerUser(user, path.join(binDir, 'postgres'), args);
  const child = spawn(cmd, cmdArgs, { stdio: ['ignore', log, log] });
  fs.closeSync(log);
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));

  const psqlBin = fs.existsSync(path.join(binDir, 'psql')) ? path.join(binDir, 'psql') : 'psql';
  const tryPsql = (sql: string, conn: PgConnection = {}) => {
    const tcp = conn.password !== undefined;
    const args = ['-XAtq', '-v', 'ON_ERROR_STOP=1', '-h', tcp ? '127.0.0.1' : root, '-p', String(port), '-U', conn.user ?? 'postgres', '-d', conn.db ?? 'postgres'];
    const osUser = !tcp && IS_ROOT ? (conn.osUser ?? user?.name) : undefined;
    const [cmd, cmdArgs] = osUser ? ['runuser', ['-u', osUser, '--', psqlBin, ...args]] : [psqlBin, args];
    const r = spawnSync(cmd, cmdArgs, {
      input: sql,
      encoding: 'utf8',
      cwd: os.tmpdir(),
      env: { PATH: process.env.PATH ?? '', PGPASSWORD: conn.password ?? '', PGCONNECT_TIMEOUT: '5' },
    });
    return { status: r.status, stdout: r.stdout.trim(), stderr: r.stderr };
  };
  const psql = (sql: string, conn?: PgConnection) => {
    const r = tryPsql(sql, conn);
    if (r.status !== 0) throw new Error(`psql failed (${r.status}): ${r.stderr}\n--- SQL:\n${sql.slice(0, 2000)}`);
    return r.stdout;
  };

  const stop = () => {
    if (exited === undefined) {
      const [c, a] = asServerUser(user, path.join(binDir, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', '-t', '20', 'stop']);
      const r = spawnSync(c, a, { encoding: 'utf8' });
      if (r.status !== 0) child.kill('SIGKILL');
    }
    // The server is down, but its wrapper (runuser or setpriv) may outlive pg_ctl by a
    // moment (seen: still running 300 ms after afterAll); its handle must not keep jest's
    // worker alive after the file's last test.
    child.unref();
    fs.rmSync(root, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== undefined) {
      const text = fs.readFileSync(logFile, 'utf8');
      fs.rmSync(root, { recursive: true, force: true });
      throw new Error(`postgres exited with ${exited} at start:\n${text}`);
    }
    if (tryPsql('SELECT 1').status === 0) break;
    if (Date.now() > deadline) {
      const text = fs.readFileSync(logFile, 'utf8');
      stop();
      throw new Error(`postgres did not accept connections within 60 s:\n${text}`);
    }
    await sleep(100);
  }

  return {
    binDir,
    port,
    socketDir: root,
    superuserPassword,
    clientEnv: {
      PATH: `${binDir}:${process.env.PATH ?? ''}`,
      PGHOST: '127.0.0.1',
      PGPORT: String(port),
      PGUSER: 'postgres',
      PGPASSWORD: superuserPassword,
    },
    psql,
    tryPsql,
    databases: () => psql('SELECT datname FROM pg_database ORDER BY datname').split('\n'),
    stop,
  };
}

/**
 * Does what the official postgres image's entrypoint does on an empty data directory:
 * creates POSTGRES_DB, then runs an initdb.d script over the Unix socket as the OS user
 * that runs the server (the image runs both as uid 999 "postgres").
 */
export function initLikeTheImage(server: PgServer, script: string, env: Record<string, string>): void {
  if (!env.POSTGRES_DB) throw new Error('POSTGRES_DB is required');
  if (env.POSTGRES_DB !== 'postgres') server.psql(`CREATE DATABASE "${env.POSTGRES_DB}"`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'initdb.d-'));
  try {
    const file = path.join(dir, 'init.sh');
    fs.writeFileSync(file, script);
    fs.chmodSync(dir, 0o755);
    const [cmd, args] = asServerUser(serverUser(), 'bash', [file]);
    const r = spawnSync(cmd, args, {
      encoding: 'utf8',
      cwd: os.tmpdir(),
      env: { PATH: server.clientEnv.PATH, PGHOST: server.socketDir, PGPORT: String(server.port), POSTGRES_USER: 'postgres', ...env },
    });
    if (r.status !== 0) throw new Error(`init script failed (${r.status}): ${r.stderr}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `-c name=value` pairs of a postgres command line, as a map. */
export function settingsFromArgs(args: string[]): Record<string, string> {
  const settings: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    if (args[i] !== '-c' || !/^[a-z_.]+=/.test(args[i + 1] ?? '')) throw new Error(`unexpected postgres argument ${JSON.stringify(args.slice(i, i + 2))}`);
    const eq = args[i + 1].indexOf('=');
    settings[args[i + 1].slice(0, eq)] = args[i + 1].slice(eq + 1);
  }
  return settings;
}

/**
 * A Secret volume as the kubelet writes it for a pod with an fsGroup: the atomic-writer
 * layout of the pod runner (each key a symlink through `..data`), the files owned by root
 * and the group of the OS user that runs the server (the pods' fsGroup 999 is the image's
 * postgres group), mode 0440. Returns the directory; the caller removes it.
 */
export function secretVolume(values: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'));
  fs.chmodSync(dir, 0o755); // mkdtemp's 0700 would keep the server's OS user out
  updateSecretVolume(dir, values);
  return dir;
}

/** What the kubelet does when the Secret changes: the new set of files, swapped in at once, then the fsGroup ownership pass. */
export function updateSecretVolume(dir: string, values: Record<string, string>): void {
  atomicWrite(dir, Object.entries(values).map(([key, content]) => ({ path: key, content, mode: 0o440 })));
  setOwnership(dir, serverUser()?.gid, true, undefined);
}
