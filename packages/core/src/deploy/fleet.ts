// An environment of many apps: a deployer key that names a glob (`apps/prod/*.yaml`, `charts/*/values-prod.yaml`,
// `deploy/*/overlays/prod`) or a folder of Application files (`apps/prod/`) names every match, each an app that
// its kind's module renders and pins as it would a one-app environment. An app's id is what the glob's wildcards
// matched (`a042` of `charts/a042/values-prod.yaml`); apps of two environments are the same app when their ids
// are equal, so `charts/*/values-staging.yaml` promotes into `charts/*/values-prod.yaml` app by app.

import picomatch from 'picomatch';
import { UserError } from '../errors.ts';
import { globProblem, GLOB_HINT, isPattern } from '../text/glob.ts';
import type { DeployedEnvironment } from './model.ts';
import { overlayFolders } from './kustomize-overlay.ts';
import { applicationIds, EVERY_DOCUMENT } from './argocd/documents.ts';

/** The deployer keys that may name many apps. */
const FLEET_KEYS = ['values', 'application', 'kustomization', 'helmrelease', 'ocirepository', 'fluxKustomization'] as const;
type FleetKey = (typeof FLEET_KEYS)[number];

/** The config's spelling of each key, for messages. */
const SPELLED: Record<FleetKey, string> = {
  values: 'values',
  application: 'application',
  kustomization: 'kustomization',
  helmrelease: 'helmrelease',
  ocirepository: 'ocirepository',
  fluxKustomization: 'flux-kustomization',
};

/** One app of a fleet environment: its id and the environment as its own (each pattern key set to the app's file). */
export interface App<E extends DeployedEnvironment> {
  id: string;
  env: E & { app: string; fleet: string };
}

/** The apps an environment's patterns name at a commit, and the matches of one key no other key matched. */
export interface Fleet<E extends DeployedEnvironment> {
  apps: App<E>[];
  /** `<id>: <key> matches <file>, <other key>'s <pattern> matches none`: an app some pattern keys name and others do not. */
  partial: string[];
}

/** The keys of `e` that name many apps, with their patterns. */
function patternKeys(e: DeployedEnvironment): { key: FleetKey; pattern: string }[] {
  return FLEET_KEYS.flatMap((key) => {
    const v = e[key];
    return typeof v === 'string' && isPattern(v) ? [{ key, pattern: v }] : [];
  });
}

/**
 * A pattern's glob of files and the `#<name>` it picks in each (`apps/prod/*.yaml#podinfo`: each file's resource
 * named podinfo, as `#<name>` picks one in a one-app environment). `#*` stays in the glob: it names every
 * Application of a file, each an app of its own (withDocuments).
 */
function splitPattern(pattern: string): { glob: string; pick: string } {
  const hash = pattern.indexOf('#');
  if (hash < 0 || pattern.endsWith(EVERY_DOCUMENT)) return { glob: pattern, pick: '' };
  return { glob: pattern.slice(0, hash), pick: pattern.slice(hash) };
}

/**
 * The pattern keys with keys naming one glob matched once (a promotion's environment carries its kustomization or
 * HelmRelease file in `values` too, without its `#<name>`: promote/layout.ts): by the key whose kind names something
 * else than files (an overlay's folders, NAMES), else the first; the others (`also`) take its match, each with its
 * own `#<name>` (`picks`).
 */
function samePattern(
  keys: readonly { key: FleetKey; pattern: string }[],
): { key: FleetKey; also: FleetKey[]; pattern: string; picks: Map<FleetKey, string> }[] {
  const byGlob = new Map<string, { key: FleetKey; pick: string }[]>();
  for (const { key, pattern } of keys) {
    const { glob, pick } = splitPattern(pattern);
    byGlob.set(glob, [...(byGlob.get(glob) ?? []), { key, pick }]);
  }
  return [...byGlob].map(([pattern, named]) => {
    const key = (named.find((k) => NAMES[k.key] !== undefined) ?? named[0]).key;
    return { key, also: named.flatMap((k) => (k.key === key ? [] : [k.key])), pattern, picks: new Map(named.map((k) => [k.key, k.pick])) };
  });
}

/** Whether `e` names many apps (some deployer key is a glob or a folder). */
export function isFleet(e: DeployedEnvironment): boolean {
  return patternKeys(e).length > 0;
}

/** What a key's pattern is matched against where it names no file: an overlay's folders (its kind's module says which). */
const NAMES: Partial<Record<FleetKey, (paths: readonly string[]) => readonly string[]>> = { kustomization: overlayFolders };

/** The globs a pattern stands for: a folder's YAML files, else the glob itself. */
function globsOf(pattern: string): string[] {
  if (!pattern.endsWith('/')) return [pattern];
  return [`${pattern}*.yaml`, `${pattern}*.yml`];
}

/**
 * Each match of `pattern` among `paths`, by app id: what its wildcards matched, runs in one path segment joined
 * as they are, segments by `/` (`charts/*\/values-prod.yaml` names `a042`; `clusters/*\/apps/*.yaml` names
 * `eu/api`). A glob outside the project's bounds (text/glob.ts) is refused at the config.
 */
export function matchesOf(
  pattern: string,
  paths: readonly string[],
  where: { file?: string; line?: number; key: string },
): Map<string, string> {
  const problem = globProblem(pattern.endsWith('/') ? `${pattern}*.yaml` : pattern);
  if (problem) throw new UserError(`${where.key}: '${pattern}' ${problem}`, { file: where.file, line: where.line, hint: GLOB_HINT });
  const found = new Map<string, string>();
  for (const glob of globsOf(pattern)) {
    const made = picomatch.makeRe(glob, { capture: true, dot: true });
    const re = new RegExp(made.source, `${made.flags}d`);
    for (const p of paths) {
      const m = re.exec(p);
      if (!m?.indices) continue;
      const id = idOf(p, m.indices.slice(1));
      if (id === '') continue;
      const had = found.get(id);
      if (had !== undefined && had !== p)
        throw new UserError(`${where.key}: '${pattern}' names two files as app ${id}: ${had} and ${p}`, {
          file: where.file,
          line: where.line,
          hint: 'make the wildcard part of each file name its own (one file per app)',
        });
      found.set(id, p);
    }
  }
  return found;
}

/**
 * `paths` (a commit's files) with `<file>#<id>` for each Application document of each file that a key of `envs`
 * names with `#*` (`environments/prod/apps.yaml#*`: every Application of the file an app, deploy/argocd/
 * documents.ts), read through `read`: what appsOf matches such a key against. `inRepo` as appsOf's.
 */
export async function withDocuments(
  envs: readonly DeployedEnvironment[],
  paths: readonly string[],
  read: (path: string) => Promise<string | undefined>,
  inRepo: (p: string) => string = (p) => p,
): Promise<string[]> {
  const files = new Set<string>();
  for (const e of envs)
    for (const { pattern } of patternKeys(e)) {
      if (!pattern.endsWith(EVERY_DOCUMENT)) continue;
      const file = inRepo(pattern.slice(0, -EVERY_DOCUMENT.length));
      if (!isPattern(file)) files.add(file);
      else if (!globProblem(file)) for (const p of matchesOf(file, paths, { key: 'application' }).values()) files.add(p);
    }
  if (files.size === 0) return [...paths];
  const documents = await Promise.all(
    [...files].map(async (f) => {
      const text = await read(f);
      return text === undefined ? [] : applicationIds(text, f).map((id) => `${f}#${id}`);
    }),
  );
  return [...paths, ...documents.flat()];
}

/**
 * The files of commit `sha` as environments of many apps match them: its paths, and `<file>#<id>` for each
 * Application of a file a `#*` key names (withDocuments); undefined when they cannot be listed.
 */
export async function fleetPaths(
  envs: readonly DeployedEnvironment[],
  git: { listFiles(sha: string): Promise<string[] | undefined>; readAt(sha: string, path: string): Promise<string | undefined> },
  sha: string,
): Promise<string[] | undefined> {
  const paths = await git.listFiles(sha);
  return paths && withDocuments(envs, paths, (p) => git.readAt(sha, p));
}

/** The app id of a match: each captured run, runs in one path segment joined as they are and segments by `/`. */
function idOf(path: string, groups: readonly ([number, number] | undefined)[]): string {
  let id = '';
  let end = -1;
  for (const g of groups) {
    if (!g || g[0] === g[1]) continue;
    const run = path.slice(g[0], g[1]);
    id += id === '' ? run : path.slice(end, g[0]).includes('/') ? `/${run}` : run;
    end = g[1];
  }
  return id;
}

/**
 * The apps of `e` at a commit whose files are `paths` (repository paths; `inRepo` turns a config path into one,
 * `fromRepo` back): one per id some pattern key matches, named `<env>/<id>`, each pattern key set to its match.
 * An id one pattern key matches and another does not is left out and said in `partial`. Undefined when `e` names
 * no pattern.
 */
export function appsOf<E extends DeployedEnvironment>(
  e: E,
  paths: readonly string[],
  where: {
    file?: string;
    line?: (key: string) => number | undefined;
    inRepo?: (p: string) => string;
    fromRepo?: (p: string) => string;
  } = {},
): Fleet<E> | undefined {
  const keys = patternKeys(e);
  if (keys.length === 0) return undefined;
  const inRepo = where.inRepo ?? ((p: string) => p);
  const fromRepo = where.fromRepo ?? ((p: string) => p);
  const byKey = samePattern(keys).map(({ key, also, pattern, picks }) => ({
    key,
    also,
    pattern,
    picks,
    found: matchesOf(inRepo(pattern), (NAMES[key] ?? ((p) => p))(paths), {
      file: where.file,
      line: where.line?.(SPELLED[key]),
      key: SPELLED[key],
    }),
  }));
  const ids = [...new Set(byKey.flatMap((k) => [...k.found.keys()]))].sort();
  const apps: App<E>[] = [];
  const partial: string[] = [];
  for (const id of ids) {
    const missing = byKey.find((k) => !k.found.has(id));
    if (missing) {
      const has = byKey.find((k) => k.found.has(id))!;
      partial.push(
        `${id}: ${SPELLED[has.key]} matches ${fromRepo(has.found.get(id)!)}, ${SPELLED[missing.key]}'s ${missing.pattern} matches none`,
      );
      continue;
    }
    const set = Object.fromEntries(
      byKey.flatMap((k) => [k.key, ...k.also].map((key) => [key, `${fromRepo(k.found.get(id)!)}${k.picks.get(key) ?? ''}`])),
    );
    apps.push({ id, env: { ...e, ...set, name: `${e.name}/${id}`, app: id, fleet: e.name } });
  }
  return { apps, partial };
}

/** The services of app `id` among `services`: the one named after it, and every service named after no app of `ids`. */
export function appServices<S extends { name: string }>(services: readonly S[], id: string, ids: ReadonlySet<string>): S[] {
  return services.filter((s) => s.name === id || !ids.has(s.name));
}

/**
 * The apps of a promotion's two fleet environments, paired by id: `pairs` promote, `onlyFrom` have no app in the
 * target (said, not promoted), `onlyTo` nothing to promote from (left as they are).
 */
export function pairApps<F extends DeployedEnvironment, T extends DeployedEnvironment>(
  from: Fleet<F>,
  to: Fleet<T>,
): { pairs: { id: string; from: App<F>; to: App<T> }[]; onlyFrom: string[]; onlyTo: string[] } {
  const into = new Map(to.apps.map((a) => [a.id, a]));
  const pairs = from.apps.flatMap((a) => (into.has(a.id) ? [{ id: a.id, from: a, to: into.get(a.id)! }] : []));
  const paired = new Set(pairs.map((p) => p.id));
  return {
    pairs,
    onlyFrom: from.apps.filter((a) => !paired.has(a.id)).map((a) => a.id),
    onlyTo: to.apps.filter((a) => !paired.has(a.id)).map((a) => a.id),
  };
}

/** Each app environment expandFleets made, with the index of the environment it came from in the config's list. */
const configIndexes = new WeakMap<object, number>();

/**
 * `envs` with every environment of many apps replaced, in place, by its apps at a commit whose files are `paths`
 * (each an environment of its own, `<env>/<id>`); the others as they are. An environment whose pattern is refused
 * or matches nothing adds nothing (the config's checks say so at its line).
 */
export function expandFleets<E extends DeployedEnvironment>(
  envs: readonly E[],
  paths: readonly string[],
  where: { file?: string; inRepo?: (p: string) => string; fromRepo?: (p: string) => string } = {},
): (E & { app?: string; fleet?: string })[] {
  if (!envs.some(isFleet)) return [...envs];
  return envs.flatMap((e, i) => {
    if (!isFleet(e)) return [e];
    let fleet: Fleet<E> | undefined;
    try {
      fleet = appsOf(e, paths, where);
    } catch {
      return [];
    }
    return (fleet?.apps ?? []).map((a) => {
      configIndexes.set(a.env, i);
      return a.env;
    });
  });
}

/** The index in the config's list of the environment `e` is (or, for an app expandFleets made, came from); `fallback` else. */
export function configIndexOf(e: object, fallback: number): number {
  return configIndexes.get(e) ?? fallback;
}

/** The config's name of the environment `e` is, or, for an app of an environment of many apps, came from. */
export function configNameOf(e: { name: string }): string {
  const fleet = (e as { fleet?: unknown }).fleet;
  return typeof fleet === 'string' ? fleet : e.name;
}

/** The app id of an environment appsOf made (`api` of `prod/api`); undefined for any other environment. */
export function appIdOf(e: object): string | undefined {
  const app = (e as { app?: unknown }).app;
  return typeof app === 'string' ? app : undefined;
}

/**
 * The environments `listed` as app `app` of a promotion between environments of many apps sees them: each one of
 * many apps replaced by its app `app` at a commit whose files are `paths`, or, where it has none, by an
 * environment of that name that pins nothing (it runs nothing of the app).
 */
export function asApp<E extends DeployedEnvironment & { values?: string }>(
  listed: readonly E[],
  app: string,
  paths: readonly string[],
): E[] {
  return listed.map((e) => {
    if (!isFleet(e)) return e;
    const found = appsOf(e, paths)?.apps.find((a) => a.id === app);
    if (found) return found.env;
    const none = Object.fromEntries(FLEET_KEYS.map((k) => [k, undefined]));
    return { ...e, ...none, name: `${e.name}/${app}`, values: `${e.name}/${app} (no such app)` };
  });
}
