import { gitSpawner, type GitSpawner } from './objects.ts';

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
 * files, which is what makes the clearing entry work.
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
  ];
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(start + entries.length) };
  entries.forEach(([k, v], i) => {
    env[`GIT_CONFIG_KEY_${start + i}`] = k;
    env[`GIT_CONFIG_VALUE_${start + i}`] = v;
  });
  return env;
}

/**
 * A gitSpawner whose processes carry the token through gitAuthEnv, with
 * trace redaction forced on and every form of the token scrubbed from
 * git's stderr before anyone can log or throw it.
 */
export function authedGit(cwd: string, remoteUrl: string, token?: string, base: NodeJS.ProcessEnv = process.env): GitSpawner {
  const env: NodeJS.ProcessEnv = { ...base, ...gitAuthEnv(remoteUrl, token, base), GIT_TRACE_REDACT: '1' };
  const inner = gitSpawner(cwd, env);
  const secrets = authSecrets(token);
  if (secrets.length === 0) return inner;
  return async (args) => {
    const r = await inner(args);
    return { ...r, stderr: redact(r.stderr, secrets) };
  };
}
