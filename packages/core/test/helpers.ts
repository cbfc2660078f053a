import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../src/config/config.ts';
import type { PullRef } from '../src/github/pulls.ts';
import { UserError } from '../src/errors.ts';
import { layoutFrom } from '../src/promote/layout.ts';
import type { PromoteRequest } from '../src/promote/request.ts';
import { settingsFor, settingsForEach } from '../src/settings/read.ts';
import { type EnvironmentSettings, PROMOTE_PER_ENVIRONMENT, PROMOTE_PER_RUN } from '../src/promote/environment-settings.ts';

/** The UserError a call throws (fails the test when it throws something else, or nothing). */
export function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError, nothing was thrown');
}

/** A fake image digest: `sha256:` and `c` 64 times. */
export const digest = (c: string) => `sha256:${c.repeat(64)}`;

/** git's identity set and the system config ignored, so test repositories commit the same way everywhere. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'd',
  GIT_AUTHOR_EMAIL: 'd@e',
  GIT_COMMITTER_NAME: 'd',
  GIT_COMMITTER_EMAIL: 'd@e',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** Runs git in `dir` with GIT_ENV; its trimmed stdout. */
export function runGit(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim();
}

/**
 * Makes `dir` the repository the release tests start from: 1.0.0 released
 * (`.version`, annotated tag v1.0.0) and one feature commit since (`feat: a (#3)`),
 * so the next release is 1.1.0.
 */
export function initReleasedRepo(dir: string): void {
  runGit(dir, 'init', '-q', '-b', 'main');
  writeFileSync(join(dir, '.version'), '1.0.0\n');
  runGit(dir, 'add', '.');
  runGit(dir, 'commit', '-qm', 'chore: init');
  runGit(dir, 'tag', '-a', '-m', 'v1.0.0', 'v1.0.0');
  writeFileSync(join(dir, 'a.txt'), 'a\n');
  runGit(dir, 'add', '.');
  runGit(dir, 'commit', '-qm', 'feat: a (#3)');
}

/** What a test asks of a promote request: any of its fields, and the inputs over the environments' settings (autoMerge …). */
export type RequestOver = Partial<PromoteRequest> & Partial<EnvironmentSettings>;

/**
 * A promote request with the promote-env action's defaults (dev → staging by PR), the layout from `config`, and `over`
 * on top; its environments' settings resolved as the session resolves them, with `over`'s inputs (autoMerge, valuesDrift,
 * minSoak, wait).
 */
export function promoteRequestFor(config: Config, over: RequestOver = {}): PromoteRequest {
  const { autoMerge, valuesDrift, minSoak, wait, ...rest } = over;
  const layout = layoutFrom(config, { environments: [], services: [] });
  return {
    from: { kind: 'env', env: 'dev' },
    to: 'staging',
    ...layout,
    only: [],
    push: 'pr',
    verifySource: true,
    base: 'main',
    labels: ['automation:release-bump'],
    reviewers: [],
    allowSkip: false,
    allowChartDowngrade: false,
    allowImageDowngrade: false,
    notifyFormat: 'json',
    liftHold: false,
    requireChecks: [],
    dryRun: false,
    charts: [],
    configFile: '.github/lockstep.yml',
    breakGlassLabel: 'break-glass',
    draft: false,
    settings: settingsFor(PROMOTE_PER_RUN, {}, config),
    settingsByEnvironment: settingsForEach(
      PROMOTE_PER_ENVIRONMENT,
      { autoMerge, valuesDrift, minSoak, wait },
      config,
      (rest.environments ?? layout.environments).map((e) => e.name),
    ),
    ...rest,
  };
}

/** A pull request as github/pulls.ts reads one (an open one on promote/staging unless `over` says otherwise). */
export function pullRef(over: Partial<PullRef> = {}): PullRef {
  return {
    number: 1,
    url: 'https://github.com/acme/x/pull/1',
    nodeId: 'PR_1',
    head: 'promote/staging',
    headSha: 'h'.repeat(40),
    base: 'main',
    title: 't',
    body: 'b',
    draft: false,
    labels: [],
    state: 'open',
    merged: false,
    ...over,
  };
}
