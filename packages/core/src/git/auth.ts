import { gitSpawner } from './objects.ts';
import { type GitSpawner } from './spawn.ts';
import { asRepo, openRepo, type Repo, type RepoOpener } from './repo.ts';

/** The Basic credential git sends for a GitHub token (what actions/checkout configures). */
function basicCredential(token: string): string {
  return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}

/**
 * Every form of the token that could surface in git's output or an error:
 * the token itself and the base64 Basic credential built from it. Callers
 * mask each one (setSecret) before the first git call.
 */
export function authSecrets(token: string | undefined): string[] {
  if (!token) return [];
  const basic = basicCredential(token);
  return [token, basic, encodeURIComponent(token)].filter((s, i, all) => all.indexOf(s) === i);
}

/** Replaces every secret in `text` with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  // Longest first, so a secret that contains another is replaced whole.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) if (s) out = out.split(s).join('***');
  return out;
}

/**
 * The `http.<url>.` config prefix git matches for a remote: the server's
 * origin with a trailing slash, so every repository on that host (a fork's
 * upstream, a redirect after a rename) gets the header, as actions/checkout
 * does. Undefined for remotes that are not http(s) (a path, ssh): there the
 * token has no use and nothing is set.
 */
function headerScope(remoteUrl: string): string | undefined {
  let u: URL;
  try {
    u = new URL(remoteUrl);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  return `${u.protocol}//${u.host}/`;
}

/**
 * Env vars that give git the token for `remoteUrl` without argv, URL or
 * .git/config (GIT_CONFIG_COUNT… http.<url>.extraheader).
 *
 * Two entries are added after any the environment already has
 * (`inherited`'s GIT_CONFIG_COUNT): an empty `extraheader`, which clears the
 * headers collected so far — notably the one actions/checkout persists in
 * .git/config with `persist-credentials: true`, which may hold another
 * (read-only) token — and then ours, so git sends exactly one Authorization
 * header. Command-scope config is read after system, global and local
 * files, which is what makes the clearing entry work. An empty
 * `credential.helper` likewise switches off stored credentials.
 */
export function gitAuthEnv(remoteUrl: string, token: string | undefined, inherited: NodeJS.ProcessEnv = {}): Record<string, string> {
  const scope = token ? headerScope(remoteUrl) : undefined;
  if (!token || !scope) return {};
  if (/[\r\n\0]/.test(token)) throw new Error('the GitHub token contains a line break or NUL; it cannot be sent as a header');
  const start = /^\d+$/.test(inherited.GIT_CONFIG_COUNT ?? '') ? Number(inherited.GIT_CONFIG_COUNT) : 0;
  const key = `http.${scope}.extraheader`;
  const entries: [string, string][] = [
    [key, ''],
    [key, `AUTHORIZATION: basic ${basicCredential(token)}`],
    // The token is the identity: no credential helper may answer a 401 with another one.
    ['credential.helper', ''],
  ];
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(start + entries.length) };
  entries.forEach(([k, v], i) => {
    env[`GIT_CONFIG_KEY_${start + i}`] = k;
    env[`GIT_CONFIG_VALUE_${start + i}`] = v;
  });
  return env;
}

/** Replaces every secret in a byte buffer (git's stdout may be binary, so no text round trip unless a secret is there). */
function redactBytes(data: Buffer, secrets: readonly string[]): Buffer {
  if (!secrets.some((s) => s && data.includes(s))) return data;
  let out = data;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (!s) continue;
    const parts: Buffer[] = [];
    let from = 0;
    for (let at = out.indexOf(s, from); at >= 0; at = out.indexOf(s, from)) {
      parts.push(out.subarray(from, at), Buffer.from('***'));
      from = at + Buffer.byteLength(s);
    }
    parts.push(out.subarray(from));
    out = Buffer.concat(parts);
  }
  return out;
}

/** A password embedded in a remote URL (some workflows still write one), raw and decoded, so it is scrubbed too. */
function urlSecrets(remoteUrl: string): string[] {
  try {
    const { password } = new URL(remoteUrl);
    if (!password) return [];
    const decoded = decodeURIComponent(password);
    return [...new Set([password, decoded, Buffer.from(decoded).toString('base64')])];
  } catch {
    return [];
  }
}

/**
 * A gitSpawner whose processes carry the token through gitAuthEnv, with
 * trace redaction forced on and every form of the token scrubbed from
 * git's output before anyone can log or throw it (a server's hook message
 * that echoes a credential included).
 */
export function authedGit(cwd: string, remoteUrl: string, token?: string, base: NodeJS.ProcessEnv = process.env): GitSpawner {
  const env: NodeJS.ProcessEnv = { ...base, ...gitAuthEnv(remoteUrl, token, base), GIT_TRACE_REDACT: '1' };
  const inner = gitSpawner(cwd, env);
  const secrets = [...authSecrets(token), ...urlSecrets(remoteUrl)];
  if (secrets.length === 0) return inner;
  const git: GitSpawner = async (args) => {
    const r = await inner(args);
    return { code: r.code, stdout: redactBytes(r.stdout, secrets), stderr: redact(r.stderr, secrets) };
  };
  // A secret holds no NUL byte (else the whole output is read and scrubbed): none can straddle two records,
  // so scrubbing each record scrubs the output.
  const records = inner.records;
  if (records && !secrets.some((s) => s.includes('\0')))
    git.records = async (args, onRecord, signal) => {
      const r = await records(args, (record) => onRecord(redactBytes(record, secrets)), signal);
      return { code: r.code, stderr: redact(r.stderr, secrets) };
    };
  return asRepo(git);
}

/** The real RepoOpener in `env`: a plain Repo, or with `auth` one whose git carries the token (authedGit). */
export function repoOpener(env: NodeJS.ProcessEnv = process.env): RepoOpener {
  return (cwd, auth) => (auth ? asRepo(authedGit(cwd, auth.remoteUrl, auth.token, env)) : openRepo(cwd, env));
}

/**
 * `repo` with the token given to git through its environment (never argv,
 * URL or .git/config) when there is a token and an origin to use it on,
 * opened by `open`; else `repo` itself. What `repo` learnt of origin's URL is kept.
 */
export async function withToken(repo: Repo, cwd: string, token: string | undefined, open: RepoOpener): Promise<Repo> {
  if (!token) return repo;
  const url = await repo.remoteUrl();
  if (url === undefined) return repo;
  const authed = open(cwd, { remoteUrl: url, token });
  authed.knowRemoteUrl(url);
  return authed;
}
