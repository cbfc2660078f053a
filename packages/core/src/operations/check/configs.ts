// The config a check applies and the one a pull request brings: read from git at the base and the head commit
// (the base's rules apply, as CODEOWNERS does), the key files it names read at the head, and what the pull
// request's own config would decide, said and never enforced.

import { posix } from 'node:path';
import type { ChartBumpPlan } from '../../checks/types.ts';
import { fromUserError, type Problem } from '../../checks/problem.ts';
import type { Config, configLine } from '../../config/config.ts';
import { otherConfigExtension, siblingConfigError } from '../../config/names.ts';
import { theInput, UserError, UserErrors, words } from '../../errors.ts';
import { resolveInside } from '../../fs/workspace.ts';
import type { Comparison, ResolvedRange } from '../../git/history.ts';
import { ObjectTooLarge, type ObjectReader } from '../../git/cat-file.ts';
import type { ConfigFiles } from '../../settings/validate.ts';
import type { CheckRequest } from './request.ts';
import { configChecks, configLoader, gateConfigChecks } from './lazy.ts';

const DEFAULT_CONFIG = '.github/lockstep.yml';

/** What reading the configs needs of the run's git: the checkout's root and the object reader. */
interface ConfigReader {
  root: string;
  reader: ObjectReader;
}

/** A pull request's own config, not applied: the file and what the check would have decided under it. */
export interface ConfigChange {
  /** Repository-relative path of the config file. */
  file: string;
  /** The pull request deletes the file (its decision is then under the defaults). */
  deleted?: boolean;
  /** The base commit has no config (the pull request adopts lockstep): the check applied the defaults. */
  added?: boolean;
  /** `not-run`: the head's config is invalid, deleted, or names targets that do not exist. */
  verdict: 'pass' | 'fail' | 'not-run';
  /** Errors under the head's config, when it ran. */
  errors?: number;
  /** Why it could not run. */
  problem?: string;
}

/** The largest config file read from git: far above any real one, and never a reason to read a huge blob. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** The config as the base commit has it (what the check applies), and the pull request's when it differs. */
export interface ConfigSides {
  base?: Config;
  /** The config loader's configLine (loaded with the config): a key's line in its file. */
  configLine?: typeof configLine;
  change?: { file: string; head?: Config; deleted?: boolean; added?: boolean; problem?: string };
  /** The config's errors at the head (CheckResult.configProblems). */
  problems?: Problem[];
}

/**
 * Reads the config file at the base and at the head commit. The base's rules
 * are applied; a head whose file differs is parsed too (its errors become a
 * note, never the check's failure) so the summary can say what it would decide.
 */
export async function readConfigs(
  req: CheckRequest,
  s: ConfigReader,
  range: ResolvedRange,
  prefix: string,
  changes: Comparison['changes'],
): Promise<ConfigSides> {
  const rel = req.config?.trim() || DEFAULT_CONFIG;
  const explicit = rel !== DEFAULT_CONFIG;
  resolveInside(s.root, rel, 'config');
  const repoPath = posix.normalize(posix.join(prefix, rel.replace(/\\/g, '/')));
  const read = (commit: string) =>
    s.reader.text(`${commit}:${repoPath}`, MAX_CONFIG_BYTES).catch((e: unknown) => {
      if (e instanceof ObjectTooLarge)
        throw new UserError(`config ${rel} is ${e.size} bytes; a config file is at most 1 MiB`, {
          file: repoPath,
          hint: 'shorten the file',
        });
      throw e;
    });
  const [baseText, headText] = await Promise.all([read(range.base), read(range.head)]);
  if (baseText === undefined && headText === undefined) {
    // .yml for .yaml and back: the one that exists is most likely the one meant, never silently ignored.
    const other = otherConfigExtension(rel);
    if (other !== undefined && (await s.reader.read(`${range.base}:${posix.normalize(posix.join(prefix, other))}`)))
      throw siblingConfigError(rel, other, ' at the base commit');
    if (explicit)
      throw new UserError(`config file ${rel} does not exist at the base or the head commit`, {
        hint: words`fix ${theInput('config')} or create the file`,
      });
    return {};
  }
  // The config loader (and its JSON Schema validator) is loaded only when there is a config to read.
  const module = await configLoader();
  let base: Config | undefined;
  if (baseText !== undefined) {
    try {
      base = module.parseConfigText(baseText, rel);
    } catch (e) {
      // The base's own config is broken: fail closed, saying where the fix must land.
      if (!(e instanceof UserError)) throw e;
      const why = `this check reads the config from the base commit ${range.base.slice(0, 12)}, so the fix must land there first`;
      throw new UserError(e.message, { file: e.file, line: e.line, col: e.col, hint: e.hint ? `${e.hint}; ${why}` : why });
    }
  }
  const files = headFiles(s, range.head, prefix);
  if (headText === baseText) {
    // The config stands, but a key file it names may change: read as the pull request leaves it.
    const named = new Set(keyPaths(base).map((p) => posix.normalize(posix.join(prefix, p))));
    if (!changes.some((c) => named.has(c.path))) return { base, configLine: module.configLine };
    const { verifyKeys } = await configChecks();
    const problems = (await verifyKeys(base!, files)).map(fromUserError);
    return { base, configLine: module.configLine, ...(problems.length > 0 ? { problems } : {}) };
  }
  const change: NonNullable<ConfigSides['change']> = { file: repoPath, ...(baseText === undefined ? { added: true } : {}) };
  let problems: Problem[] | undefined;
  if (headText === undefined) change.deleted = true;
  else {
    try {
      // Every check a command runs on the config alone (settings/validate.ts) and the promotion gates' (an after:
      // naming no environment), the key files it names read at the head: what would be refused after the merge
      // fails the PR, every error at once, each at its line.
      const [{ checkConfig }, { EVERY_CONFIG_CHECK }] = await Promise.all([configChecks(), gateConfigChecks()]);
      change.head = await checkConfig(module.parseConfigText(headText, rel), files, EVERY_CONFIG_CHECK);
    } catch (e) {
      const all = e instanceof UserErrors ? e.errors : [e];
      if (!all.every((x) => x instanceof UserError)) throw e;
      change.problem = all.map(formatUserError).join('; ');
      problems = all.map(fromUserError);
    }
  }
  return { base, configLine: module.configLine, change, ...(problems ? { problems } : {}) };
}

/** The largest key file read from git: a PEM key is a few kilobytes. */
const MAX_KEY_BYTES = 64 * 1024;

/**
 * The files the config names (its verify.keys paths), read as the head commit has them: relative to the
 * working directory, never outside the repository's tree; a path the head lacks is said so.
 */
function headFiles(s: ConfigReader, head: string, prefix: string): ConfigFiles {
  return async (path, what) => {
    resolveInside(s.root, path, what);
    const text = await s.reader
      .text(`${head}:${posix.normalize(posix.join(prefix, path.replace(/\\/g, '/')))}`, MAX_KEY_BYTES)
      .catch((e: unknown) => {
        if (e instanceof ObjectTooLarge)
          throw new UserError(`${what}: ${path} is ${e.size} bytes, not a key file`, {
            hint: 'name the public key file itself, e.g. .github/cosign.pub',
          });
        throw e;
      });
    if (text === undefined)
      throw new UserError(`${what}: ${path} is not a file at the head commit`, {
        hint: 'paths in verify: are relative to the working directory; commit the public key file (cosign.pub)',
      });
    return text;
  };
}

/** The verify.keys entries of a config (top level and each service's) that name a file rather than hold PEM text. */
function keyPaths(config: Config | undefined): string[] {
  if (!config) return [];
  const lists = [config.verify?.keys, ...Object.values(config.services).map((v) => v.verify?.keys)];
  return lists.flatMap((keys) => (keys ?? []).filter((k) => !k.trimStart().startsWith('-----BEGIN')));
}

/** What the pull request's own config would decide, as a note for the summary (never enforced). */
export async function underHeadConfig(
  change: NonNullable<ConfigSides['change']>,
  decide: (c: Config | undefined) => Promise<ChartBumpPlan>,
): Promise<ConfigChange> {
  const said = { file: change.file, ...(change.deleted ? { deleted: true } : {}), ...(change.added ? { added: true } : {}) };
  if (change.problem) return { ...said, verdict: 'not-run', problem: change.problem };
  try {
    const plan = await decide(change.head);
    const errors = [...plan.charts.flatMap((c) => c.problems), ...plan.protectedProblems].filter((p) => p.level === 'error').length;
    return { ...said, verdict: plan.ok ? 'pass' : 'fail', errors };
  } catch (e) {
    if (e instanceof UserErrors) return { ...said, verdict: 'not-run', problem: e.errors.map(formatUserError).join('; ') };
    if (!(e instanceof UserError)) throw e;
    return { ...said, verdict: 'not-run', problem: formatUserError(e) };
  }
}

/** A user error as one line: `file:line: message — hint`. */
const formatUserError = (e: UserError) => e.format();
