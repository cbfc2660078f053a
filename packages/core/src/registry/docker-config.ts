import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
 * Finds credentials for `registry` in a parsed Docker config, the way
 * docker/login-action leaves them: `auths[host].auth` = base64(user:pass)
 * (or separate username/password fields). Docker Hub matches the legacy key
 * `https://index.docker.io/v1/`. Credential helpers are not run.
 */
export function lookupDockerCredentials(config: unknown, registry: string): DockerConfigLookup {
  if (typeof config !== 'object' || config === null) return {};
  const auths = (config as { auths?: unknown }).auths;
  const host = registry.toLowerCase();
  const isHub = host === DOCKER_HUB_REGISTRY;
  if (typeof auths === 'object' && auths !== null) {
    const entries = Object.entries(auths as Record<string, unknown>);
    const match =
      (isHub ? HUB_KEYS.map((k) => entries.find(([key]) => key === k)).find(Boolean) : undefined) ??
      entries.find(([key]) => authKeyHost(key) === host || (isHub && authKeyHost(key) === 'index.docker.io'));
    if (match) {
      const [key, entry] = match;
      const creds = decodeEntry(entry);
      if (creds) return { credentials: creds, key };
      return { key, note: `the entry '${key}' in the Docker config holds no usable auth` };
    }
  }
  const c = config as { credsStore?: unknown; credHelpers?: Record<string, unknown> };
  if (c.credHelpers && typeof c.credHelpers === 'object' && host in c.credHelpers)
    return { note: `the Docker config sends ${registry} to a credential helper, which lockstep does not run; pass username and password instead` };
  if (typeof c.credsStore === 'string' && c.credsStore !== '')
    return { note: `the Docker config uses the credential store '${c.credsStore}', which lockstep does not run` };
  return {};
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
  if (typeof e.username === 'string' && typeof e.password === 'string' && e.username !== '') return { username: e.username, password: e.password };
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
