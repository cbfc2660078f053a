import type { Inputs } from '../action/inputs.ts';
import { UserError } from '../errors.ts';
import { resolveWorkingDirectory } from '../fs/workspace.ts';
import { identityInput } from '../git/identity.ts';
import type { ReleaseOutput } from '../release/bind.ts';
import type { ReleaseDeps, ReleaseResult, ReleaseSettings } from '../release/run.ts';
import type { ReleaseInputs } from '../release/settings.ts';
import type { Reporter } from '../report/reporter.ts';

// The prepare-release action and `lockstep release` load this module first: it reads the inputs and
// checks the working directory with light modules only. The settings (the config loader, YAML,
// SemVer, globs), the release itself (git, the commits parser, TOML) and the GitHub client are
// imported once those passed.

/** What to release: the prepare-release action's inputs and `lockstep release`'s flags both become this. */
export type ReleaseRequest = ReleaseInputs;

/**
 * Reads every prepare-release input once into a typed request; each error
 * names its input. A pull request event only previews (dry run): its checkout
 * is the PR's merge ref, not a base branch to release from, and its token is
 * often read-only, so nothing may be pushed or published from it.
 */
export function releaseRequest(inputs: Inputs, eventName?: string): ReleaseRequest {
  const labels = inputs.list('labels');
  return {
    workingDirectory: inputs.string('working-directory', '.'),
    config: inputs.optional('config'),
    version: inputs.optional('version'),
    prerelease: inputs.optional('prerelease'),
    initialVersion: inputs.string('initial-version', '0.1.0'),
    tagPrefix: inputs.optional('tag-prefix'),
    versionFile: inputs.optional('version-file'),
    charts: inputs.list('charts'),
    packages: inputs.list('packages'),
    pins: inputs.optional('pins'),
    lockCommand: inputs.optional('lock-command'),
    changelog: inputs.optionalChoice('changelog', ['auto', 'required', 'off'] as const),
    branchPrefix: inputs.string('branch-prefix', 'chore/release-'),
    base: inputs.optional('base'),
    labels: labels.length > 0 ? labels : ['release'],
    freezeLabel: inputs.string('freeze-label', 'release-freeze'),
    preMajor: inputs.choice('pre-major', ['minor', 'major'] as const, 'minor'),
    author: identityInput(inputs.optional('author'), 'author'),
    committer: identityInput(inputs.optional('committer'), 'committer'),
    dryRun: inputs.boolean('dry-run', false) || eventName === 'pull_request' || eventName === 'pull_request_target',
  };
}

/** The outside world of a release: where it runs, what the runner says about it, the token, progress. */
export interface ReleaseWorld {
  workspace: string;
  /** GITHUB_REF (refs/heads/main), from which the base branch defaults. */
  ref?: string;
  /** owner/name, for the GitHub calls and links. */
  repository?: string;
  serverUrl: string;
  /** YYYY-MM-DD for the changelog heading (see sourceDate). */
  date: string;
  /** Masked by the face before it got here; absent on a dry run without one. */
  token?: string;
  /** The environment git and the lock command run with (the token never goes in it). */
  env: NodeJS.ProcessEnv;
  reporter: Reporter;
  /** A warning raised while running (the action: an annotation); default a reporter line. */
  warning?: (line: string) => void;
  /** The ports of runRelease; default git, GitHub and publishing bound to `origin` (release/bind.ts). */
  deps?: (settings: ReleaseSettings, token: string | undefined, env: NodeJS.ProcessEnv, out: ReleaseOutput) => ReleaseDeps;
}

/** What a release run did, with the action's outputs. */
export interface ReleaseOperationResult extends ReleaseResult {
  dryRun: boolean;
  outputs: Record<'version' | 'previous-version' | 'bump' | 'notes' | 'pr-number' | 'pr-url' | 'branch' | 'released' | 'tag', string>;
}

/** The action's outputs of a release result. */
export function releaseOutputs(r: ReleaseResult): ReleaseOperationResult['outputs'] {
  return {
    version: r.version ?? '',
    'previous-version': r.previousVersion ?? '',
    bump: r.bump,
    notes: r.notes,
    'pr-number': r.pr ? String(r.pr.number) : '',
    'pr-url': r.pr?.url ?? '',
    branch: r.branch ?? '',
    released: String(r.released),
    tag: r.tag ?? '',
  };
}

/**
 * Resolves the request and the config into settings (every check before any
 * network or write), then runs release/run.ts's runRelease with the world's
 * ports, its progress going to the reporter.
 */
export async function runReleaseOperation(req: ReleaseRequest, world: ReleaseWorld): Promise<ReleaseOperationResult> {
  // Not a repository, or a bare one: said before any git runs.
  resolveWorkingDirectory(world.workspace, req.workingDirectory, 'working-directory', world.env);
  // One after the other: the two share modules, and jest's VM modules cannot link a shared module twice at once.
  const { resolveSettings } = await import('../release/settings.ts');
  const { runRelease } = await import('../release/run.ts');
  const settings = resolveSettings(req, { workspace: world.workspace, ref: world.ref, repository: world.repository, serverUrl: world.serverUrl, date: world.date });
  if (!settings.dryRun && !world.token) throw new UserError("input 'github-token' is empty", { hint: 'pass a token with contents: write and pull-requests: write, or set dry-run: true' });
  if (!settings.dryRun && !settings.base) throw new UserError('base is required in detached HEAD', { hint: "set input 'base' to the branch releases are made from (e.g. main)" });
  const r = world.reporter;
  const log: ReleaseDeps['log'] = {
    info: (line) => r.info(line),
    warning: (line) => (world.warning ? world.warning(line) : r.info(`warning: ${line}`)),
    async group(title, fn) {
      r.group(title);
      try {
        return await fn();
      } finally {
        r.endGroup();
      }
    },
  };
  const deps = (world.deps ?? (await import('../release/bind.ts')).releaseDeps)(settings, world.token, world.env, { log, debug: (line) => r.debug(line) });
  // The scan of the commits since the last release has no count to give: a face shows how long it has run.
  const what = 'reading the commits since the last release and planning';
  r.progress?.({ what });
  let result: ReleaseResult;
  try {
    result = await runRelease(settings, { ...deps, log });
  } finally {
    r.progress?.({ what, done: 1, total: 1 });
  }
  return { ...result, dryRun: result.mode === 'dry-run' || settings.dryRun, outputs: releaseOutputs(result) };
}
