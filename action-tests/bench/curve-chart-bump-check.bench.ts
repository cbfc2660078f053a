import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartRepoCache, commitPr, git } from './chart-repo.ts';
import type { Bench, BenchRow } from './context.ts';
import { describeVerdict, formatCurve, judgeCurve, NodePeakRunner, summarise, type CurvePoint, type NodeTiming } from './curve.ts';
import { formatMs, timeSpawn } from './measure.ts';
import { PROFILE } from './chart-bump-check.bench.ts';
import { profileBundle } from './profile.ts';
import { runnerEnv } from './runner-env.ts';

/**
 * chart-bump-check's scale curves (issue 22, item 3): time and peak memory of
 * the committed bundle on Node 24 against
 *   - changed charts per PR: 1, 10, 100, 1,000 (1,000 charts, 1,000 commits);
 *   - history length: 1,000 / 10,000 / 30,000 commits (100 and 1,000 charts, 10 changed);
 *   - repository width: 100 / 1,000 charts (1,000 and 30,000 commits, 10 changed).
 * Histories are written with `git fast-import` (chart-repo.ts) once per size
 * and shared by every point on them. The fixed cost each slope is taken above
 * is `node -e 0`, measured alternately with ours in the same loop. Each curve
 * is one row: linear or better (curve.ts), peak ≤ 150 MB at every point for
 * the Node process and for its largest git child.
 *
 * `BENCH_CURVE_MAX_COMMITS=N` drops history points above N commits (a quicker
 * look); the default runs the whole grid (six repositories, ~25 s to generate).
 */
interface Curve {
  name: string;
  unit: string;
  /** [charts, commits, changed] per point, in size order. */
  points: [number, number, number][];
  /** Which of the three is the size. */
  axis: 0 | 1 | 2;
}

const maxCommits = Number(process.env.BENCH_CURVE_MAX_COMMITS ?? Infinity);

const CURVES: Curve[] = [
  {
    name: 'changed charts per PR (1,000 charts, 1,000 commits)',
    unit: 'changed',
    axis: 2,
    points: [
      [1000, 1000, 1],
      [1000, 1000, 10],
      [1000, 1000, 100],
      [1000, 1000, 1000],
    ],
  },
  {
    name: 'commits (100 charts, 10 changed)',
    unit: 'commits',
    axis: 1,
    points: [
      [100, 1000, 10],
      [100, 10000, 10],
      [100, 30000, 10],
    ],
  },
  {
    name: 'commits (1,000 charts, 10 changed)',
    unit: 'commits',
    axis: 1,
    points: [
      [1000, 1000, 10],
      [1000, 10000, 10],
      [1000, 30000, 10],
    ],
  },
  {
    name: 'charts (1,000 commits, 10 changed)',
    unit: 'charts',
    axis: 0,
    points: [
      [100, 1000, 10],
      [1000, 1000, 10],
    ],
  },
  {
    name: 'charts (30,000 commits, 10 changed)',
    unit: 'charts',
    axis: 0,
    points: [
      [100, 30000, 10],
      [1000, 30000, 10],
    ],
  },
].map((c) => ({ ...c, points: c.points.filter((p) => p[1] <= maxCommits) }) as Curve);

const dist = join(process.env.BENCH_ACTIONS_DIR ?? join(import.meta.dirname, '..', '..', 'actions'), 'chart-bump-check', 'dist');

const bench: Bench = async (ctx) => {
  const runner = join(ctx.tmp, 'runner');
  mkdirSync(runner, { recursive: true });
  const peaks = new NodePeakRunner(ctx.node, ctx.tmp);
  const repoFor = chartRepoCache(ctx.tmp, ctx.log);

  // One measurement per distinct point, shared by the curves it lies on.
  const measured = new Map<string, CurvePoint>();
  const setups = new Map<string, { env: Record<string, string>; cwd: string }>();
  let serial = 0;
  const measure = async ([charts, commits, changed]: [number, number, number], size: number): Promise<CurvePoint> => {
    const key = `${charts}/${commits}/${changed}`;
    const done = measured.get(key);
    if (done) return { ...done, size };
    const repo = repoFor(charts, commits);
    const n = ++serial;
    const pr = commitPr(repo, changed, `curve-${changed}`);
    // The PR is up to date with its base branch, which the checkout already has (a full clone).
    git(repo.work, ['update-ref', `refs/remotes/origin/curve-base-${n}`, pr.base]);
    const event = join(runner, `event-${n}.json`);
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: n, base: { sha: pr.base, ref: `curve-base-${n}` }, head: { sha: pr.head } } }),
    );
    const env = runnerEnv(
      { workspace: repo.work, files: runner, home: ctx.tmp, event: { name: 'pull_request', path: event } },
      { INPUT_BREAKING: 'error' },
    );
    setups.set(key, { env, cwd: repo.work });
    const ours: NodeTiming[] = [];
    const fixed: number[] = [];
    for (let i = -1; i < ctx.runs; i++) {
      const start = await timeSpawn(ctx.node, ['-e', '0']);
      writeFileSync(join(runner, 'output'), '');
      writeFileSync(join(runner, 'summary'), '');
      const t = await peaks.run(join(dist, 'index.js'), { cwd: repo.work, env });
      const out = readFileSync(join(runner, 'output'), 'utf8');
      const reported = JSON.parse(/changed-charts<<(\S+)\n(.*)\n\1/.exec(out)?.[2] ?? '[]') as unknown[];
      if (!/^ok<<\S+\ntrue$/m.test(out) || reported.length !== changed)
        throw new Error(`chart-bump-check on ${key} (charts/commits/changed): exit ${t.code}, ${reported.length} changed charts reported`);
      if (i < 0) continue; // warms the file cache
      ours.push(t);
      fixed.push(start.ms);
    }
    const point = summarise(size, ours, fixed);
    measured.set(key, point);
    return point;
  };

  const rows: BenchRow[] = [];
  for (const curve of CURVES) {
    if (curve.points.length < 2) continue;
    const points: CurvePoint[] = [];
    for (const p of curve.points) points.push(await measure(p, p[curve.axis]));
    const verdict = judgeCurve(points);
    ctx.log(`chart-bump-check against ${curve.name}, median of ${ctx.runs} runs; fixed = node -e 0 in the same loop:`);
    for (const line of formatCurve(curve.unit, points)) ctx.log(`  ${line}`);
    ctx.log(`  ${describeVerdict(verdict)}`);
    if (!verdict.met) {
      // Where the time goes at the largest point, measured.
      const last = curve.points[curve.points.length - 1];
      const setup = setups.get(`${last[0]}/${last[1]}/${last[2]}`)!;
      const beforeRun = () => {
        writeFileSync(join(runner, 'output'), '');
        writeFileSync(join(runner, 'summary'), '');
      };
      const { buckets, totalMs } = await profileBundle(ctx.node, dist, ctx.tmp, ctx.runs, { ...setup, beforeRun }, PROFILE);
      ctx.log(
        `  missed at ${last.join('/')} (charts/commits/changed); main thread by bucket (node --cpu-prof, ${formatMs(totalMs)} per run with the profiler):`,
      );
      for (const b of buckets)
        ctx.log(
          `    ${formatMs(b.ms).padStart(8)}  ${b.name}${b.top.length ? `: ${b.top.map((f) => `${f.fn} ${formatMs(f.ms)}`).join(', ')}` : ''}`,
        );
    }
    rows.push({
      case: `chart-bump-check curve: ${curve.name}, ${points.map((p) => p.size.toLocaleString('en-US')).join(' / ')} (slope ${verdict.slope?.toFixed(2)})`,
      oursMs: points[points.length - 1].ms,
      floorMs: points[points.length - 1].fixedMs,
      peakMB: verdict.maxPeakMB,
      target: 'linear or better, ≤ 150 MB',
      met: verdict.met,
    });
  }
  return rows;
};

export default bench;
