import { execFileSync } from 'node:child_process';
import { GIT_ENV, preparedFixture, type GitFixture } from './git-fixture.ts';
import { runAction, type ActionRun } from './run-action.ts';
import { pushToMainEnv } from './push-env.ts';
import { startGitHubDouble, type GitHubDouble } from './github-double/index.ts';
import { branchVerification, COMMIT_MODES, type CommitMode, pushCounter } from './commit-mode.ts';

// The fixture and helpers the prepare-release test files share (prepare-release.test.ts and its siblings, split
// so that jest's workers share the scenarios): prepare-release through its committed bundle on Node 24, real
// git (bare origin, fetch-depth 1 clones, a second clone as the human) and the GitHub REST double.

export const REPO = 'acme/mono';
export const PULLS = 'POST /repos/{owner}/{repo}/pulls';
// A lock command without a shell: node rewrites poetry.lock from the pin it finds in pyproject.toml.
const LOCK = `["node", "-e", "const fs=require('fs');const v=/liba = \\"([^\\"]+)\\"/.exec(fs.readFileSync('pyproject.toml','utf8'))[1];fs.writeFileSync('poetry.lock','liba '+v+'\\\\n')"]`;

const files = {
  '.github/lockstep.yml': [
    'packages: [libs/*/pyproject.toml]',
    'pins:',
    '  - files: services/*/pyproject.toml',
    '    table: tool.poetry.group.prod.dependencies',
    '    names: [liba]',
    `lock-command: ${LOCK}`,
    '',
  ].join('\n'),
  '.version': '1.4.2\n',
  'libs/liba/pyproject.toml': '[tool.poetry]\nname = "liba"\nversion = "1.4.2"  # lib\n',
  'services/api/pyproject.toml':
    '[tool.poetry]\nname = "api"\nversion = "0.0.0"\n\n[tool.poetry.group.prod.dependencies]\nliba = "^1.4.2"\n',
  'services/api/poetry.lock': 'liba ^1.4.2\n',
  'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 0.13.0 # chart version\nappVersion: "1.4.2"\n',
  'README.md': 'mono\n',
};

export let fx: GitFixture;
export let gh: GitHubDouble;

/**
 * The fixture of each test: a fresh repository (two commits since v1.4.2, pushed; prepared once per test file and
 * copied for each test) and a fresh GitHub double.
 */
export function useReleaseFixture(): void {
  const prepared = preparedFixture(files, (f) => {
    f.git('tag', '-a', '-m', 'v1.4.2', 'v1.4.2');
    f.commit('feat(api): add export (#12)', { 'services/api/app.py': 'export\n' });
    f.commit('fix: crash on empty input (#13)', { 'services/api/app.py': 'export fixed\n' });
    f.git('push', '--quiet', '--follow-tags', 'origin', 'main');
    return {};
  });
  beforeEach(async () => {
    fx = prepared().fixture;
    gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
  });

  afterEach(async () => {
    await gh.stop();
    fx.cleanup();
  });
}

/** The commit mode of the scenario running (set by inCommitMode; git elsewhere). */
let commitMode: CommitMode = 'git';

export async function run(
  dir: string,
  inputs: Record<string, string> = {},
  opts: { eventName?: string; event?: unknown; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  // api mode: the input, and a count of git pushes that must stay at zero.
  const pushes = commitMode === 'api' ? pushCounter() : undefined;
  try {
    const r = await runAction('prepare-release', {
      workspace: dir,
      inputs: { 'github-token': gh.token, ...(pushes ? { 'commit-mode': 'api' } : {}), ...inputs },
      eventName: opts.eventName ?? 'push',
      event: opts.event,
      env: { ...pushToMainEnv(gh, REPO), ...pushes?.env, ...opts.env },
    });
    if (pushes) expect({ pushes: pushes.count() }).toEqual({ pushes: 0 });
    return r;
  } finally {
    pushes?.stop();
  }
}

export const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();
export const originShow = (ref: string, path: string) => git(fx.origin, 'show', `${ref}:${path}`);
export const originRef = (ref: string) => {
  try {
    return git(fx.origin, 'rev-parse', '--verify', '--quiet', ref);
  } catch {
    return undefined;
  }
};

/** Everything a run printed or left behind, for the token check. */
export function noToken(r: ActionRun): void {
  // The one place the token may appear is the add-mask command that registers it with the runner.
  const stdout = r.stdout
    .split('\n')
    .filter((l) => l !== `::add-mask::${gh.token}`)
    .join('\n');
  const all = [stdout, r.stderr, r.summary, JSON.stringify(r.outputs)].join('\n');
  expect(all).not.toContain(gh.token);
}

export async function api(method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: `token ${gh.token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return text ? JSON.parse(text) : undefined;
}

/** A fresh fetch-depth 1 checkout of main, as actions/checkout makes it. */
export const checkout = () => fx.clone('main', 1);

/** Runs the tests `body` declares with `mode` as the commit mode of every run (the input commit-mode: api, and its zero git pushes). */
export function inCommitMode(mode: CommitMode, body: () => void): void {
  beforeEach(() => {
    commitMode = mode;
  });
  afterEach(() => {
    commitMode = 'git';
  });
  body();
}

/**
 * Every scenario that writes runs in both commit modes with the same assertions: git pushes the release
 * branch and tag; api writes them through the double's Git Database API, and then no git push happens at all
 * (counted by a receive-pack wrapper) and every commit lockstep authored shows as Verified.
 * `body` declares the tests, once per mode, in a describe block named `commit-mode <mode>`.
 */
export function describeCommitModes(body: () => void): void {
  describe.each(COMMIT_MODES)('commit-mode %s', (mode) => {
    inCommitMode(mode, body);
    afterEach(async () => {
      if (mode === 'api') {
        for (const branch of git(fx.origin, 'for-each-ref', '--format=%(refname:lstrip=2)', 'refs/heads/chore/')
          .split('\n')
          .filter(Boolean))
          for (const c of await branchVerification(gh, REPO, fx.origin, branch))
            expect({ branch, subject: c.subject, verified: c.verified }).toEqual({ branch, subject: c.subject, verified: c.lockstep });
      }
    });
  });
}
