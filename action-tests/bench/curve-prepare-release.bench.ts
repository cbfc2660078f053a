import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench, BenchRow } from './context.ts';
import {
  describeVerdict,
  formatCurve,
  judgeCurve,
  NodePeakRunner,
  PEAK_LIMIT_MB,
  summarise,
  type CurvePoint,
  type NodeTiming,
} from './curve.ts';
import { formatMs, timeSpawn } from './measure.ts';
import { buildRepo, consumersOf, generatorKey, LAST, output, packageInputs } from './prepare-release.bench.ts';
import { runnerEnv } from './runner-env.ts';

/**
 * prepare-release's scale curves (issue 22, item 3): time and peak memory of
 * the committed bundle's dry run on Node 24 against commits since the last
 * release (1,000 / 10,000 / 100,000) at 5, 50 and 200 released packages (each
 * with its pins: one service and one app per 10 packages pin all of them),
 * and against packages at each history length. Histories are the
 * prepare-release bench's (buildRepo: conventional commits, a merge every 40),
 * built once per length with the most packages; each point releases the
 * first P. They are cached under $TMPDIR/lockstep-bench-cache (the 100,000
 * commits take a while to write) and reused while the generator is unchanged;
 * a dry run writes nothing, which each run checks. The fixed cost each slope
 * is taken above is `node -e 0`, measured alternately with ours. Each curve
 * is one row: linear or better, peak ≤ 150 MB at every point (curve.ts).
 *
 * `BENCH_CURVE_MAX_COMMITS=N` drops history points above N commits.
 */
const COMMITS = [1_000, 10_000, 100_000].filter((c) => c <= Number(process.env.BENCH_CURVE_MAX_COMMITS ?? Infinity));
const PACKAGES = [5, 50, 200];

const dist = join(process.env.BENCH_ACTIONS_DIR ?? join(import.meta.dirname, '..', '..', 'actions'), 'prepare-release', 'dist', 'index.js');

/** The repository of `commits` commits since v1.4.2 and `packages` packages with its bare origin, built or reused. */
function cachedRepo(commits: number, packages: number, log: (s: string) => void): string {
  const key = `prepare-release-${generatorKey()}-${commits}c-${packages}p`;
  const root = join(process.env.LOCKSTEP_BENCH_CACHE ?? join(tmpdir(), 'lockstep-bench-cache'), key);
  const repo = join(root, 'work');
  if (existsSync(join(root, 'lockstep-generated'))) {
    log(`reusing ${commits} commits × ${packages} packages at ${root}`);
    return repo;
  }
  const started = performance.now();
  const building = `${root}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const work = join(building, 'work');
  buildRepo(work, commits, packages);
  const origin = join(building, 'origin.git');
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe' });
  git(building, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  // The remote's URL is where the cache ends up: a relative path from the work tree stays right after the rename.
  git(work, 'remote', 'add', 'origin', '../origin.git');
  git(work, 'push', '--quiet', '--follow-tags', 'origin', 'main');
  git(work, 'fetch', '--quiet', 'origin');
  writeFileSync(join(building, 'lockstep-generated'), key);
  rmSync(root, { recursive: true, force: true });
  renameSync(building, root);
  log(`built ${commits} commits × ${packages} packages in ${formatMs(performance.now() - started)} (cached at ${root})`);
  return repo;
}

const bench: Bench = async (ctx) => {
  const runner = join(ctx.tmp, 'runner');
  mkdirSync(runner, { recursive: true });
  const peaks = new NodePeakRunner(ctx.node, ctx.tmp);
  const most = Math.max(...PACKAGES);
  const base = { HOME: ctx.tmp, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  let version: string | undefined;
  /** notes lines left out of the output at each history length (what the full notes held beyond 1 MB). */
  const cut = new Map<number, string>();

  const measure = async (commits: number, packages: number): Promise<CurvePoint> => {
    const repo = cachedRepo(commits, most, ctx.log);
    const env = runnerEnv(
      { workspace: repo, files: runner, event: { name: 'push' } },
      {
        ...base,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REPOSITORY: 'acme/mono',
        'INPUT_DRY-RUN': 'true',
        SOURCE_DATE_EPOCH: '1795000000',
        ...packageInputs(packages),
      },
    );
    const ours: NodeTiming[] = [];
    const fixed: number[] = [];
    for (let i = -1; i < ctx.runs; i++) {
      const start = await timeSpawn(ctx.node, ['-e', '0']);
      writeFileSync(env.GITHUB_OUTPUT, '');
      writeFileSync(env.GITHUB_STEP_SUMMARY, '');
      const t = await peaks.run(dist, { cwd: repo, env });
      const got = output(env.GITHUB_OUTPUT, 'version');
      const summary = readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8');
      const rows = (summary.match(/^\| [^|]+ \| (?:version|pin [^|]+) \| /gm) ?? []).length;
      const pins = consumersOf(most) * packages;
      if (t.code !== 0 || !got || (version !== undefined && got !== version) || rows < packages + pins)
        throw new Error(
          `prepare-release dry run at ${commits} commits × ${packages} packages: exit ${t.code}, version ${got}, ${rows} rows`,
        );
      version = got;
      const left = /The output 'notes' was cut to fit GitHub's 1 MB limit: the last (\d+ lines \([^)]+\))/.exec(t.stdout)?.[1];
      if (left) cut.set(commits, left);
      if (i < 0) {
        if (execFileSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }) !== '')
          throw new Error('the dry run changed the workspace');
        continue; // warms the file cache
      }
      ours.push(t);
      fixed.push(start.ms);
    }
    return summarise(commits, ours, fixed);
  };

  const grid = new Map<string, CurvePoint>();
  for (const commits of COMMITS) for (const packages of PACKAGES) grid.set(`${commits}/${packages}`, await measure(commits, packages));
  const at = (commits: number, packages: number, size: number) => ({ ...grid.get(`${commits}/${packages}`)!, size });

  const rows: BenchRow[] = [];
  const report = (name: string, unit: string, points: CurvePoint[]) => {
    const verdict = judgeCurve(points);
    ctx.log(`prepare-release dry run against ${name}, median of ${ctx.runs} runs; fixed = node -e 0 in the same loop:`);
    for (const line of formatCurve(unit, points)) ctx.log(`  ${line}`);
    ctx.log(`  ${describeVerdict(verdict)}`);
    if (!verdict.memoryOk) {
      const over = points.filter((p) => p.nodePeakMB > PEAK_LIMIT_MB);
      const commitsOf = (p: CurvePoint) => (unit === 'commits' ? p.size : Number(/^(\d+)/.exec(name)?.[1] ?? 0));
      ctx.log(
        `  over ${PEAK_LIMIT_MB} MB at ${over.map((p) => `${p.size.toLocaleString('en-US')} ${unit}`).join(', ')}: the Node process holds every parsed commit of the range ` +
          `(a compact record each, ~21 MB at 100,000; git log's output is read as it runs, not kept) and the notes at full size — one line per feat, fix, perf and revert, ` +
          `in batches of 512 lines, one byte per character for each ASCII batch (~9 MB at 100,000), which are the parts of the new CHANGELOG.md's text (never joined into one string: the ⚠ heading would make it two bytes per character), ` +
          `and V8 grows the heap past that with the garbage of building them (their ASCII batches) and of the view (the outputs and summary cut to GitHub's 1 MB limits) before it collects` +
          `${unit === 'packages' ? ', and beside it, per package released, its file and every file pinning it parsed and edited in memory' : ''}` +
          `${over.map((p) => (cut.get(commitsOf(p)) ? ` (${p.size.toLocaleString('en-US')} ${unit}: the notes output left out the last ${cut.get(commitsOf(p))})` : '')).join('')}.`,
      );
    }
    const last = points[points.length - 1];
    rows.push({
      case: `prepare-release curve: ${name}, ${points.map((p) => p.size.toLocaleString('en-US')).join(' / ')} (slope ${verdict.slope?.toFixed(2)})`,
      oursMs: last.ms,
      floorMs: last.fixedMs,
      peakMB: verdict.maxPeakMB,
      target: 'linear or better, ≤ 150 MB',
      met: verdict.met,
    });
  };
  for (const packages of PACKAGES)
    report(
      `commits since the last release (${packages} packages)`,
      'commits',
      COMMITS.map((c) => at(c, packages, c)),
    );
  for (const commits of COMMITS)
    report(
      `${commits} commits, packages released with their pins`,
      'packages',
      PACKAGES.map((p) => at(commits, p, p)),
    );
  ctx.log(`every point computes ${version ?? '(none)'} from the history since v${LAST}`);
  return rows;
};

export default bench;
