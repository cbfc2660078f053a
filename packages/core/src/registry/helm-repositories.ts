// Credentials for a classic Helm repository, taken from where Helm itself keeps
// them: the repositories.yaml that `helm repo add NAME URL --username U
// --password-stdin` writes (a workflow step before lockstep's, or a terminal).
// Its path is Helm's: $HELM_REPOSITORY_CONFIG, else repositories.yaml in
// $HELM_CONFIG_HOME, else in $XDG_CONFIG_HOME/helm, else ~/.config/helm. The
// entry used is the one whose `url` is the repository's URL (scheme and host in
// any case, trailing slashes ignored); nothing else in the file is read. The file
// is read once, only when a classic repository is read, and every password taken
// from it is masked (the runner's setSecret) before it is used.
//
// Where the credentials go is registry/helm-repository.ts's business: only to
// the repository's own origin. Helm's pass_credentials_all (send them to
// whatever host the index names) is not honoured: an archive on another host is
// fetched anonymously, as chart-releaser's archives on github.com are.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { RegistryError } from './client.ts';

/** A repositories.yaml entry's credentials, and the entry's name for messages (never the password). */
export interface RepositoryCredentials {
  name: string;
  username: string;
  password: string;
}

/** Where credentials for classic repositories are looked up. */
export interface HelmRepositoriesSource {
  /** The file as messages name it (`~/…` under the home directory). */
  shown: string;
  /** The credentials of the entry for `repoURL`; undefined when the file is absent or has no entry with a username and password. */
  lookup(repoURL: string): RepositoryCredentials | undefined;
}

/** The repositories.yaml Helm reads, as Helm finds it on Linux; `shown` is the path with the home directory as `~`. */
export function helmRepositoriesPath(env: NodeJS.ProcessEnv): { path: string; shown: string } {
  const home = env.HOME ?? '';
  const path =
    env.HELM_REPOSITORY_CONFIG ||
    (env.HELM_CONFIG_HOME
      ? join(env.HELM_CONFIG_HOME, 'repositories.yaml')
      : join(env.XDG_CONFIG_HOME || join(home, '.config'), 'helm', 'repositories.yaml'));
  const shown = home !== '' && path.startsWith(`${home}/`) ? `~/${path.slice(home.length + 1)}` : path;
  return { path, shown };
}

/** A repository URL as entries are matched: scheme and host lower-cased (URL does it), default port dropped, no trailing slash. */
export function repositoryKey(url: string): string | undefined {
  try {
    const u = new URL(url.trim());
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const asStr = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * The credentials source for classic repositories: the repositories.yaml at
 * Helm's path, read on the first lookup. A file that is there but cannot be
 * read as Helm's repositories file is a RegistryError (`invalid`), so a chart
 * read from a repository fails rather than going anonymously.
 */
export function helmRepositoriesSource(o: {
  env: NodeJS.ProcessEnv;
  /** Masks a secret with the runner before anything else happens to it. */
  secret: (value: string) => void;
  readFile?: (path: string) => string | undefined;
}): HelmRepositoriesSource {
  const { path, shown } = helmRepositoriesPath(o.env);
  const readFile =
    o.readFile ??
    ((p: string) => {
      try {
        return readFileSync(p, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new RegistryError('invalid', `${shown} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    });
  let entries: Obj[] | undefined;
  const load = (): Obj[] => {
    if (entries) return entries;
    const text = readFile(path);
    if (text === undefined) return (entries = []);
    let doc: unknown;
    try {
      doc = parse(text, { maxAliasCount: 100 });
    } catch (e) {
      throw new RegistryError('invalid', `${shown} is not YAML (${(e as Error).message.split('\n')[0]})`);
    }
    const list = asObj(doc)?.repositories ?? [];
    if (doc !== null && doc !== undefined && !asObj(doc)) throw new RegistryError('invalid', `${shown} is not Helm's repositories file`);
    if (!Array.isArray(list)) throw new RegistryError('invalid', `${shown}: repositories is not a list`);
    return (entries = list.flatMap((e) => (asObj(e) ? [asObj(e)!] : [])));
  };
  return {
    shown,
    lookup(repoURL) {
      const key = repositoryKey(repoURL);
      if (key === undefined) return undefined;
      const entry = load().find((e) => repositoryKey(asStr(e.url)) === key);
      const username = asStr(entry?.username);
      const password = asStr(entry?.password);
      if (!entry || username === '' || password === '') return undefined;
      o.secret(password);
      // A multi-line password is masked line by line too: the runner matches masks within one log line.
      for (const line of password.split(/\r?\n/)) if (line.length >= 4 && line !== password) o.secret(line);
      o.secret(Buffer.from(`${username}:${password}`).toString('base64'));
      return { name: asStr(entry.name) || key, username, password };
    },
  };
}
