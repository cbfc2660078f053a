import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { named, UserError, type WordParts, type Words, words } from '../errors.ts';
import { DOCKER_HUB_REGISTRY } from './reference.ts';

/** A username and password (or token) for one registry. */
export interface Credentials {
  username: string;
  password: string;
}

/** The Docker client's config file: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env, home = env.HOME ?? ''): string {
  return env.DOCKER_CONFIG ? join(env.DOCKER_CONFIG, 'config.json') : join(home, '.docker', 'config.json');
}

/** What a docker config lookup found; `note` explains a miss worth telling the user about. */
export interface DockerConfigLookup {
  credentials?: Credentials;
  /** The `auths` key that matched. */
  key?: string;
  note?: string;
  /** A credential helper to ask: `docker-credential-<name> get` with `serverUrl` on stdin. */
  helper?: { name: string; serverUrl: string; from: 'credHelpers' | 'credsStore' };
}

const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io', 'https://registry-1.docker.io'];

/** The host an `auths` key names: `https://ghcr.io/v1/` → `ghcr.io`. */
export function authKeyHost(key: string): string {
  return key
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
}

/**
 * Finds credentials for `registry` in a parsed Docker config, in the order
 * the Docker client uses: a `credHelpers` entry for the host names a helper;
 * else `auths[host].auth` = base64(user:pass) (or separate username/password
 * fields) as docker/login-action leaves it, Docker Hub also under the legacy
 * key `https://index.docker.io/v1/`; else a `credsStore` names a helper.
 * Helpers are named in `helper`, not run here (see dockerCredentialSource).
 */
export function lookupDockerCredentials(config: unknown, registry: string): DockerConfigLookup {
  if (typeof config !== 'object' || config === null) return {};
  const c = config as { auths?: unknown; credsStore?: unknown; credHelpers?: unknown };
  const host = registry.toLowerCase();
  const isHub = host === DOCKER_HUB_REGISTRY;
  const hubKey = (key: string) => HUB_KEYS.some((k) => authKeyHost(k) === authKeyHost(key));
  if (typeof c.credHelpers === 'object' && c.credHelpers !== null) {
    const helper = Object.entries(c.credHelpers as Record<string, unknown>).find(
      ([key]) => authKeyHost(key) === host || (isHub && hubKey(key)),
    );
    if (helper && typeof helper[1] === 'string' && helper[1] !== '')
      return { helper: { name: helper[1], serverUrl: helper[0], from: 'credHelpers' } };
  }
  let note: string | undefined;
  let matched: string | undefined;
  if (typeof c.auths === 'object' && c.auths !== null) {
    const entries = Object.entries(c.auths as Record<string, unknown>);
    const match =
      (isHub ? HUB_KEYS.map((k) => entries.find(([key]) => key === k)).find(Boolean) : undefined) ??
      entries.find(([key]) => authKeyHost(key) === host || (isHub && authKeyHost(key) === 'index.docker.io'));
    if (match) {
      const [key, entry] = match;
      const creds = decodeEntry(entry);
      if (creds) return { credentials: creds, key };
      matched = key;
      note = `the entry '${key}' in the Docker config holds no usable auth`;
    }
  }
  // With a credential store, `auths` keeps empty placeholder entries; the secret is in the store.
  if (typeof c.credsStore === 'string' && c.credsStore !== '')
    return { key: matched, helper: { name: c.credsStore, serverUrl: isHub ? HUB_KEYS[0] : (matched ?? host), from: 'credsStore' } };
  return matched ? { key: matched, note } : {};
}

/** Runs one credential helper program (`docker-credential-<name>`) with `get`, writing `input` to its stdin. */
export type CredentialHelperRunner = (program: string, input: string, timeoutMs: number) => Promise<HelperOutput>;

/** What a credential helper did: its exit code and output, or that it is missing or ran out of time. */
export interface HelperOutput {
  code: number;
  stdout: string;
  stderr: string;
  notFound?: boolean;
  timedOut?: boolean;
}

/** Spawns helpers by argv (no shell), PATH-resolved, killed when the timeout passes. */
export function spawnCredentialHelper(env: NodeJS.ProcessEnv = process.env): CredentialHelperRunner {
  return (program, input, timeoutMs) =>
    new Promise((done) => {
      const child = spawn(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      let finished = false;
      const finish = (out: HelperOutput) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        done(out);
      };
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        finish({ code: -1, stdout: '', stderr, timedOut: true });
      }, timeoutMs);
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', (e: NodeJS.ErrnoException) =>
        finish({ code: -1, stdout: '', stderr: e.message, notFound: e.code === 'ENOENT' || e.code === 'EACCES' }),
      );
      child.on('close', (code) => finish({ code: code ?? -1, stdout, stderr }));
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    });
}

/** Where credentials for a registry come from when no username/password inputs were given. */
export interface DockerCredentialOptions {
  /** The Docker config file path (named in errors). */
  configPath: string;
  run?: CredentialHelperRunner;
  /** Masks a secret with the runner before anything else happens to it. */
  secret: (value: string) => void;
  log?: (line: string) => void;
  timeoutMs?: number;
  /**
   * Whether the step (or command) takes its own username and password (capture-digests, publish-chart):
   * the other way out a helper's error offers. Without them (promote-env, the check's chart registry) the
   * way out is a login that leaves the credentials in the Docker config itself.
   */
  ownCredentials?: boolean;
}

const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The other way to authenticate: the step's (or the command's) own credentials. */
const PASS_CREDENTIALS: WordParts = words`pass ${named('username')} and ${named('password')}`;
/** The other way where the step takes none: the credentials written into the Docker config by a login. */
const PLAIN_LOGIN = 'log in with docker login (docker/login-action in a workflow) with no credential helper configured';

/**
 * Credentials per registry from the Docker config, as docker/login-action or
 * a credential helper leaves them: the file is read once, each registry's
 * helper runs at most once (only when the registry asks for credentials),
 * and every secret is masked as soon as it is read. A helper that is not
 * installed, times out or fails is a UserError naming it and the config
 * file; "credentials not found" from a helper means anonymous access.
 */
export function dockerCredentialSource(o: DockerCredentialOptions): (registry: string) => Promise<Credentials | undefined> {
  let config: unknown;
  let loaded = false;
  const cache = new Map<string, Promise<Credentials | undefined>>();
  const run = o.run ?? spawnCredentialHelper();
  const timeoutMs = o.timeoutMs ?? 10_000;
  const orElse: Words = o.ownCredentials ? PASS_CREDENTIALS : PLAIN_LOGIN;
  const lookup = async (registry: string): Promise<Credentials | undefined> => {
    if (!loaded) {
      config = readDockerConfig(o.configPath);
      loaded = true;
    }
    const found = lookupDockerCredentials(config, registry);
    if (found.credentials) {
      o.secret(found.credentials.password);
      return found.credentials;
    }
    if (found.note) o.log?.(found.note);
    if (!found.helper) return undefined;
    const { name, serverUrl, from } = found.helper;
    const where = from === 'credHelpers' ? `credHelpers["${serverUrl}"]` : 'credsStore';
    const program = `docker-credential-${name}`;
    if (!HELPER_NAME.test(name))
      throw new UserError(`${where} in ${o.configPath} names '${name}', which is not a credential helper name`, {
        hint: words`use a helper name such as ecr-login or gcloud, or ${orElse}`,
      });
    const out = await run(program, serverUrl, timeoutMs);
    if (out.notFound)
      throw new UserError(`${o.configPath}: ${where} sends ${registry} to ${program}, which is not installed (not found on PATH)`, {
        hint: words`install ${program} on the runner, remove ${where} from the Docker config, or ${orElse}`,
      });
    if (out.timedOut)
      throw new UserError(`${o.configPath}: ${program} get did not answer for ${registry} within ${Math.round(timeoutMs / 1000)}s`, {
        hint: words`check that ${program} works without a prompt on the runner, or ${orElse}`,
      });
    if (out.code !== 0) {
      if (/credentials not found/i.test(`${out.stdout} ${out.stderr}`)) {
        o.log?.(`${program} has no credentials for ${registry}; continuing anonymously`);
        return undefined;
      }
      throw new UserError(`${o.configPath}: ${program} get failed for ${registry} (exit ${out.code}: ${firstLine(out.stderr)})`, {
        hint: words`check ${program} on the runner, or ${orElse}`,
      });
    }
    let parsed: { Username?: unknown; Secret?: unknown };
    try {
      parsed = JSON.parse(out.stdout) as typeof parsed;
    } catch {
      // Never quote the output: it may hold the secret.
      throw new UserError(`${o.configPath}: ${program} get printed something other than JSON for ${registry}`, {
        hint: words`check ${program} on the runner, or ${orElse}`,
      });
    }
    const secret = typeof parsed?.Secret === 'string' ? parsed.Secret : '';
    if (secret !== '') o.secret(secret);
    const username = typeof parsed?.Username === 'string' ? parsed.Username : '';
    if (secret === '' || username === '') return undefined;
    if (username === '<token>') {
      o.log?.(`${program} returned an identity token for ${registry}, which lockstep does not exchange; continuing anonymously`);
      return undefined;
    }
    return { username, password: secret };
  };
  return (registry) => {
    const key = registry.toLowerCase();
    let p = cache.get(key);
    if (!p) cache.set(key, (p = lookup(key)));
    return p;
  };
}

function firstLine(s: string): string {
  const line = s.trim().split('\n')[0] ?? '';
  return (line || 'no output').slice(0, 200);
}

function decodeEntry(entry: unknown): Credentials | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const e = entry as { auth?: unknown; username?: unknown; password?: unknown };
  if (typeof e.auth === 'string' && e.auth !== '') {
    const text = Buffer.from(e.auth, 'base64').toString('utf8');
    const colon = text.indexOf(':');
    if (colon > 0) return { username: text.slice(0, colon), password: text.slice(colon + 1) };
    return undefined;
  }
  if (typeof e.username === 'string' && typeof e.password === 'string' && e.username !== '')
    return { username: e.username, password: e.password };
  return undefined;
}

/** Reads and parses the Docker config file; undefined when absent or not JSON (a broken file is not ours to judge). */
export function readDockerConfig(path: string): unknown {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
