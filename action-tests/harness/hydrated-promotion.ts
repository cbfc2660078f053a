import { execFileSync } from 'node:child_process';
import { GitFixture, type Files } from './git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from './github-double/index.ts';
import { dryRepository } from './hydrate-fixture.ts';
import { runAction, type ActionRun } from './run-action.ts';
import { testPath } from './tool-path.mjs';

// A DRY repository whose environments lockstep hydrates and promotes itself (hydrate: promote: lockstep): the
// GitOps Promoter-style fixture with the config given, each environment's active branch created once on origin
// (an empty commit), the GitHub double in front of it, and the committed hydrate-env and promote-env bundles.

export const REPO = 'acme/monorepo';
const WITH_TOOLS = testPath('helm', 'kubectl');

export interface HydratedWorld {
  fixture: GitFixture;
  double: GitHubDouble;
  /** A clone of main the promotions run in. */
  ws: string;
  /** git in the bare origin. */
  origin(...args: string[]): string;
  /** The tip of `branch` on origin. */
  tip(branch: string): string;
  /** hydrate-env --push of every environment at main's tip (the real Helm); the run. */
  hydrate(): Promise<ActionRun>;
  /** promote-env in the workspace with the double's token, extra `env` (e.g. a clock). */
  promote(inputs: Record<string, string>, env?: Record<string, string>): Promise<ActionRun>;
  /** Pull request `n` merged through the double's REST API, as a person pressing the button; the merge commit. */
  merge(n: number): Promise<string>;
  /** A commit on main, pushed; its SHA. */
  dryCommit(message: string, files: Files): string;
  stop(): Promise<void>;
}

export async function hydratedWorld(
  config: string,
  active: string[],
  extra: {
    files?: Files;
    teams?: Record<string, string[]>;
    environments?: Record<string, { users?: string[]; teams?: string[] }>;
  } = {},
): Promise<HydratedWorld> {
  const fixture = GitFixture.create({ ...dryRepository(config), ...extra.files }, 'feat: guestbook 1.1.0 in dev');
  const double = await startGitHubDouble({
    repositories: [{ fullName: REPO, path: fixture.origin, allowAutoMerge: true }],
    teams: extra.teams,
    environments: extra.environments,
  });
  const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture.origin, ...args], { encoding: 'utf8' }).trim();
  const empty = execFileSync('git', ['--git-dir', fixture.origin, 'mktree'], { input: '', encoding: 'utf8' }).trim();
  for (const env of active) {
    const init = execFileSync('git', ['--git-dir', fixture.origin, 'commit-tree', empty, '-m', `init environment/${env}`], {
      encoding: 'utf8',
      env: fixture.env(),
    }).trim();
    origin('update-ref', `refs/heads/environment/${env}`, init);
  }
  const ws = fixture.clone('main');
  return {
    fixture,
    double,
    ws,
    origin,
    tip: (branch) => origin('rev-parse', `refs/heads/${branch}`),
    async hydrate() {
      const dir = fixture.clone('main');
      const r = await runAction('hydrate-env', {
        workspace: dir,
        inputs: { 'github-token': '' },
        env: { PATH: WITH_TOOLS },
        timeoutMs: 120_000,
      });
      expectOk(r);
      return r;
    },
    promote(inputs, env = {}) {
      return runAction('promote-env', {
        workspace: ws,
        inputs: { 'github-token': double.token, ...inputs },
        env: { ...double.env(), HOME: ws, ...env },
        timeoutMs: 90_000,
      });
    },
    async merge(n) {
      const res = await fetch(`${double.url}/repos/${REPO}/pulls/${n}/merge`, {
        method: 'PUT',
        headers: { authorization: `token ${double.token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
        body: JSON.stringify({ merge_method: 'merge' }),
      });
      if (res.status !== 200) throw new Error(`merge #${n}: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { sha: string }).sha;
    },
    dryCommit(message, files) {
      fixture.checkout('main');
      fixture.git('pull', '--quiet', 'origin', 'main');
      const sha = fixture.commit(message, files);
      fixture.push('main');
      return sha;
    },
    async stop() {
      await double.stop();
      fixture.cleanup();
    },
  };
}

export function expectOk(r: ActionRun): void {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
}
