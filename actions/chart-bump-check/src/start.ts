import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { envInputs, Inputs } from '@lockstep/core/action/inputs';
import type { BreakingMode, ChangelogMode } from '@lockstep/core/checks/chart-bump';
import { UserError } from '@lockstep/core/errors';
import { resolveInside, resolveWorkingDirectory } from '@lockstep/core/fs/workspace';
import { loadComparison, type Comparison } from '@lockstep/core/git/history';
import { gitSpawner, ObjectReader, pathsContaining, type GitSpawner } from '@lockstep/core/git/objects';

/** Every input, read once and validated. */
export interface Settings {
  root: string;
  /** True when working-directory is not the workspace itself (it may then sit below the repository's top). */
  subfolder: boolean;
  base: string;
  head: string;
  /** The pull request's base branch (for its tip), unless `base` was given. */
  baseBranch?: string;
  charts: string[];
  protectedGlobs: string[];
  /** Globs relative to each chart whose changes need no bump. */
  ignore: string[];
  breaking: BreakingMode;
  changelog?: ChangelogMode;
  config?: string;
}

/** The settings plus the git work already under way. */
export interface Started {
  settings: Settings;
  git: GitSpawner;
  reader: ObjectReader;
  comparison: Promise<Comparison>;
  /**
   * Where the working directory sits in the repository (`deploy/`, or '' at the top): git lists
   * paths from the top, while patterns and config paths are relative to the working directory.
   */
  prefix: Promise<string>;
  /** Head Chart.yaml files mentioning `file://` (undefined when git could not search yet). */
  dependents: Promise<string[] | undefined>;
  close(): void;
}

interface PullRequestEvent {
  pull_request?: { base?: { sha?: string; ref?: string }; head?: { sha?: string } };
  merge_group?: { base_sha?: string; base_ref?: string; head_sha?: string };
}

/** Reads and validates the inputs and the event (GITHUB_EVENT_PATH is read here only). */
export function readSettings(inputs: Inputs, env: NodeJS.ProcessEnv): Settings {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const root = resolveWorkingDirectory(workspace, inputs.string('working-directory', '.'), 'working-directory', env);
  const { event, unreadable } = readEvent(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH);
  // pull_request / pull_request_target carry base and head; a merge queue's merge_group does too.
  const pr =
    event.pull_request ??
    (event.merge_group
      ? { base: { sha: event.merge_group.base_sha, ref: event.merge_group.base_ref?.replace(/^refs\/heads\//, '') }, head: { sha: event.merge_group.head_sha } }
      : undefined);
  const baseInput = inputs.optional('base');
  const base = baseInput ?? pr?.base?.sha;
  if (!base && unreadable) throw unreadable;
  if (!base)
    throw new UserError("input 'base' is not set and the event is not a pull request", {
      hint: 'set base: to the branch, tag or commit to compare with (e.g. base: main)',
    });
  const charts = inputs.list('charts');
  const protectedGlobs = inputs.list('protected-values');
  for (const p of charts) resolveInside(root, literalPrefix(p), 'charts');
  for (const p of protectedGlobs) resolveInside(root, literalPrefix(p), 'protected-values');
  return {
    root,
    subfolder: root !== workspace,
    base,
    head: inputs.optional('head') ?? pr?.head?.sha ?? 'HEAD',
    baseBranch: baseInput ? undefined : pr?.base?.ref,
    charts,
    protectedGlobs,
    ignore: inputs.list('ignore'),
    breaking: inputs.choice<BreakingMode>('breaking', ['error', 'warn', 'off'], 'error'),
    changelog: inputs.optionalChoice<ChangelogMode>('changelog', ['auto', 'required', 'off']),
    config: inputs.optional('config'),
  };
}

/**
 * Reads the settings and starts the git work at once, before the rest of the
 * action (YAML, SemVer and glob libraries) is even loaded, so that the two
 * overlap: git lists and diffs while Node compiles.
 */
export function start(env: NodeJS.ProcessEnv = process.env): Started {
  const settings = readSettings(new Inputs(envInputs(env)), env);
  const git = gitSpawner(settings.root);
  const reader = new ObjectReader(settings.root);
  const comparison = loadComparison(git, reader, {
    base: settings.base,
    head: settings.head,
    baseLabel: 'base',
    headLabel: 'head',
    baseBranch: settings.baseBranch,
  });
  // Awaited later; until then a rejection must not count as unhandled.
  comparison.catch(() => {});
  const dependents = pathsContaining(git, settings.head, 'Chart.yaml', 'file://').catch(() => undefined);
  const prefix = settings.subfolder ? git(['rev-parse', '--show-prefix']).then((r) => (r.code === 0 ? r.stdout.toString('utf8').trim() : '')) : Promise.resolve('');
  prefix.catch(() => {});
  return { settings, git, reader, comparison, prefix, dependents, close: () => reader.dispose() };
}

const EVENTS_WITH_RANGE = new Set(['pull_request', 'pull_request_target', 'merge_group']);

/**
 * The event payload. For an event that carries base and head, a payload that
 * cannot be read is reported as such (used only when `base` is not given), not
 * mistaken for "not a pull request".
 */
function readEvent(name: string | undefined, path: string | undefined): { event: PullRequestEvent; unreadable?: UserError } {
  const expected = name !== undefined && EVENTS_WITH_RANGE.has(name);
  const fail = (what: string) => ({
    event: {},
    unreadable: expected
      ? new UserError(`the ${name} event file ${what}`, { hint: 'run this step in a GitHub Actions job, or set base: (and head:) to the refs to compare' })
      : undefined,
  });
  if (!path) return fail('is missing (GITHUB_EVENT_PATH is not set)');
  if (!existsSync(path)) return fail(`is missing (GITHUB_EVENT_PATH names ${path}, which does not exist)`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return fail(`${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const event = JSON.parse(text) as unknown;
    return event !== null && typeof event === 'object' ? { event: event as PullRequestEvent } : fail(`${path} does not hold a JSON object`);
  } catch {
    return fail(`${path} is not valid JSON`);
  }
}

/** The folder part of a glob before its first wildcard (`charts/*` → `charts`). */
export function literalPrefix(pattern: string): string {
  const parts = pattern.trim().replace(/\\/g, '/').split('/');
  const i = parts.findIndex((s) => /[*?[\]{}!()]/.test(s));
  return (i < 0 ? parts : parts.slice(0, i)).join('/') || '.';
}
