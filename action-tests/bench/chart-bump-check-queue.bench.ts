import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Bench, BenchRow } from './context.ts';
import { formatMs, median, nodeStartFloor, timeSpawn } from './measure.ts';
import { runnerEnv } from './runner-env.ts';

// Issue 55 item 7: a required check runs on every pull_request and merge_group event (no `paths:` filter), so a
// change that touches no chart must come back fast. chart-bump-check's committed bundle on a docs-only queue entry
// (merge_group: base_sha the queue's base, head_sha the entry; the depth-1 checkout actions/checkout leaves, copied
// fresh for every run so each run fetches the base as a real one does) and on the pull request event of the same
// change, beside node's start. BENCH_ACTIONS_DIR measures another commit's bundles.

const actionsDir = process.env.BENCH_ACTIONS_DIR ?? join(import.meta.dirname, '..', '..', 'actions');
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** A repository of 20 charts and 50 commits, a docs-only change queued on gh-readonly-queue/main/pr-7-<base>. */
function queuedDocsChange(tmp: string) {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();
  const origin = join(tmp, 'origin.git');
  const src = join(tmp, 'src');
  git(tmp, 'init', '--quiet', '--bare', '-b', 'main', origin);
  git(tmp, 'init', '--quiet', '-b', 'main', src);
  for (let c = 0; c < 20; c++) {
    const dir = join(src, 'charts', `app-${c}`, 'templates');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(src, 'charts', `app-${c}`, 'Chart.yaml'), `apiVersion: v2\nname: app-${c}\nversion: 1.${c}.0\n`);
    writeFileSync(join(src, 'charts', `app-${c}`, 'values.yaml'), 'replicaCount: 1\n');
    writeFileSync(join(dir, 'deployment.yaml'), 'apiVersion: apps/v1\nkind: Deployment\n');
  }
  mkdirSync(join(src, 'docs'));
  for (let i = 0; i < 50; i++) {
    writeFileSync(join(src, 'docs', 'log.md'), `${i}\n`);
    git(src, 'add', '-A');
    git(src, 'commit', '--quiet', '-m', `docs: entry ${i}`);
  }
  git(src, 'push', '--quiet', origin, 'main');
  const base = git(src, 'rev-parse', 'HEAD');
  writeFileSync(join(src, 'docs', 'README.md'), 'more\n');
  git(src, 'add', '-A');
  git(src, 'commit', '--quiet', '-m', 'docs: more (#7)');
  const head = git(src, 'rev-parse', 'HEAD');
  const ref = `gh-readonly-queue/main/pr-7-${base}`;
  git(src, 'push', '--quiet', origin, `HEAD:refs/heads/${ref}`);
  const pristine = join(tmp, 'pristine');
  git(tmp, 'clone', '--quiet', '--depth', '1', '--branch', ref, `file://${origin}`, pristine);
  return { base, head, ref, pristine };
}

const bench: Bench = async (ctx) => {
  const q = queuedDocsChange(ctx.tmp);
  const runner = join(ctx.tmp, 'runner');
  mkdirSync(runner, { recursive: true });
  const events = {
    merge_group: {
      action: 'checks_requested',
      merge_group: {
        head_sha: q.head,
        head_ref: `refs/heads/${q.ref}`,
        base_sha: q.base,
        base_ref: 'refs/heads/main',
        head_commit: { id: q.head, message: 'docs: more (#7)' },
      },
      repository: { full_name: 'acme/charts', default_branch: 'main' },
    },
    pull_request: {
      action: 'synchronize',
      number: 7,
      pull_request: { number: 7, head: { sha: q.head, ref: 'docs' }, base: { sha: q.base, ref: 'main' } },
      repository: { full_name: 'acme/charts', default_branch: 'main' },
    },
  };
  const action = join(actionsDir, 'chart-bump-check', 'dist', 'index.js');
  const floor = await nodeStartFloor(ctx.node, ctx.runs);
  const rows: BenchRow[] = [];
  for (const [name, payload] of Object.entries(events)) {
    const path = join(runner, `${name}.json`);
    writeFileSync(path, JSON.stringify(payload));
    const ws = join(ctx.tmp, 'ws');
    const env = runnerEnv(
      { workspace: ws, files: runner, home: ctx.tmp, event: { name, path } },
      { GITHUB_REPOSITORY: 'acme/charts', GITHUB_REF: 'refs/heads/main', GITHUB_SERVER_URL: 'https://github.com' },
    );
    const ms: number[] = [];
    let peak = 0;
    for (let i = -1; i < ctx.runs; i++) {
      rmSync(ws, { recursive: true, force: true });
      cpSync(q.pristine, ws, { recursive: true });
      writeFileSync(join(runner, 'output'), '');
      writeFileSync(join(runner, 'summary'), '');
      const t = await timeSpawn(ctx.node, [action], { cwd: ws, env });
      if (!t.stdout.includes('no chart changed'))
        throw new Error(`chart-bump-check on ${name} did not say "no chart changed": ${t.stdout.slice(-400)}`);
      if (i < 0) continue;
      ms.push(t.ms);
      peak = Math.max(peak, t.peakRssMB);
    }
    const ours = median(ms);
    ctx.log(`chart-bump-check on ${name}, no chart changed: ${formatMs(ours)} (node's start ${formatMs(floor.ms)})`);
    rows.push({
      case: `chart-bump-check on ${name}, a docs-only change in 20 charts / 51 commits, depth-1 checkout (median)`,
      oursMs: ours,
      floorMs: floor.ms,
      peakMB: peak,
      target: '< 1 s ("well under a second", issue 55 item 7)',
      met: ours < 1000,
    });
  }
  return rows;
};

export default bench;
