import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartRepoCache, commitPr, git } from './chart-repo.ts';
import type { Bench, BenchRow } from './context.ts';
import { formatMs, median, timeSpawn } from './measure.ts';
import { runnerEnv } from './runner-env.ts';

/** One point of the scaling table: a repository size, a history length and a PR size. */
interface Point {
  axis: 'charts' | 'commits' | 'changed' | 'readme';
  charts: number;
  commits: number;
  changed: number;
  /** Only README.md changes and no version moves: every changed chart fails (a docs sweep). */
  readmeOnly?: boolean;
}

// Each axis varies one size and holds the others (10 charts changed; 1,000 commits; 300 charts).
const POINTS: Point[] = [
  { axis: 'charts', charts: 100, commits: 1000, changed: 10 },
  { axis: 'charts', charts: 300, commits: 1000, changed: 10 },
  { axis: 'charts', charts: 1000, commits: 1000, changed: 10 },
  { axis: 'commits', charts: 300, commits: 1000, changed: 10 },
  { axis: 'commits', charts: 300, commits: 10000, changed: 10 },
  { axis: 'commits', charts: 300, commits: 50000, changed: 10 },
  { axis: 'changed', charts: 1000, commits: 1000, changed: 1 },
  { axis: 'changed', charts: 1000, commits: 1000, changed: 10 },
  { axis: 'changed', charts: 1000, commits: 1000, changed: 100 },
  // Every chart at once (a mass bump): memory must stay bounded by the charts checked at a time.
  { axis: 'changed', charts: 1000, commits: 1000, changed: 1000 },
  // A real PR touching 116 charts' READMEs once peaked at 178 MB: the failing path at that size.
  { axis: 'readme', charts: 1000, commits: 1000, changed: 100, readmeOnly: true },
];

interface Measured extends Point {
  ms: number;
  floorMs: number;
  peakMB: number;
}

/**
 * chart-bump-check's time and peak memory as the repository (100 / 300 /
 * 1,000 charts), its history (1,000 / 10,000 / 50,000 commits) and the PR
 * (1 / 10 / 100 / 1,000 charts changed: values.yaml, README.md and a version
 * bump each; and 100 README-only changes, which fail) grow. Each run sits
 * beside its floor in the same loop: node start plus the seed's shell check
 * on the same pair. The cost should follow the PR; the log says where the
 * repository's size shows and why.
 */
const bench: Bench = async (ctx) => {
  const repoFor = chartRepoCache(ctx.tmp, ctx.log);
  const runner = join(ctx.tmp, 'runner');
  mkdirSync(runner, { recursive: true });
  const runs = Math.max(ctx.runs, 3);
  const measured: Measured[] = [];
  for (const [n, point] of POINTS.entries()) {
    const repo = repoFor(point.charts, point.commits);
    const branch = `pr-${point.changed}${point.readmeOnly ? '-readme' : ''}`;
    const pr = commitPr(repo, point.changed, branch, point.readmeOnly);
    // The PR's base branch tip is its base (the PR is up to date with main).
    git(repo.work, ['update-ref', `refs/remotes/origin/base-${n}`, pr.base]);
    const event = join(runner, `event-${n}.json`);
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: n + 1, base: { sha: pr.base, ref: `base-${n}` }, head: { sha: pr.head } } }),
    );
    const env = runnerEnv(
      { workspace: repo.work, files: runner, home: ctx.tmp, event: { name: 'pull_request', path: event } },
      { INPUT_BREAKING: 'error' },
    );
    const shell = `CHANGED=$(git diff --name-only "${pr.base}" "${pr.head}" -- charts/ | grep -v 'Chart.yaml' || true)
if [ -n "$CHANGED" ]; then git diff --name-only "${pr.base}" "${pr.head}" -- 'charts/**/Chart.yaml' | grep -q Chart.yaml; fi`;
    const dist = join(
      process.env.BENCH_ACTIONS_DIR ?? join(import.meta.dirname, '..', '..', 'actions'),
      'chart-bump-check',
      'dist',
      'index.js',
    );
    const ours: number[] = [];
    const floor: number[] = [];
    let peak = 0;
    // One discarded round warms the file cache; then floor and ours alternate.
    for (let i = -1; i < runs; i++) {
      const start = await timeSpawn(ctx.node, ['-e', '0']);
      const sh = await timeSpawn('bash', ['-c', shell], { cwd: repo.work, allowFailure: point.readmeOnly });
      writeFileSync(join(runner, 'output'), '');
      writeFileSync(join(runner, 'summary'), '');
      const t = await timeSpawn(ctx.node, [dist], { cwd: repo.work, env, allowFailure: point.readmeOnly });
      const out = readFileSync(join(runner, 'output'), 'utf8');
      const changed = JSON.parse(/changed-charts<<(\S+)\n(.*)\n\1/.exec(out)?.[2] ?? '[]') as unknown[];
      // Version bumps pass; a README-only sweep fails every chart (exit 1, ok false), which is the point.
      const verdict = point.readmeOnly ? t.code === 1 && /^ok<<\S+\nfalse$/m.test(out) : /^ok<<\S+\ntrue$/m.test(out);
      if (!verdict || changed.length !== point.changed)
        throw new Error(
          `chart-bump-check on ${point.charts} charts / ${point.commits} commits / ${point.changed} changed: exit ${t.code}, ${changed.length} changed charts reported`,
        );
      if (i < 0) continue;
      ours.push(t.ms);
      floor.push(start.ms + sh.ms);
      peak = Math.max(peak, t.peakRssMB);
    }
    measured.push({ ...point, ms: median(ours), floorMs: median(floor), peakMB: peak });
  }

  const header = ['charts', 'commits', 'changed', 'ours', 'floor', 'ours/floor', 'peak MB'];
  const lines = measured.map((m) => [
    String(m.charts),
    String(m.commits),
    `${m.changed}${m.readmeOnly ? ' README-only' : ''}`,
    formatMs(m.ms),
    formatMs(m.floorMs),
    `${(m.ms / m.floorMs).toFixed(2)}×`,
    m.peakMB.toFixed(0),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c].length)));
  ctx.log(`scaling (median of ${runs} runs each; floor = node -e 0 + the seed's shell check on the same pair):`);
  for (const l of [header, widths.map((w) => '─'.repeat(w)), ...lines]) ctx.log(`  ${l.map((s, c) => s.padStart(widths[c])).join('  ')}`);

  // How much each axis moves the cost beyond its floor, smallest to largest point.
  const growth = (axis: Point['axis']) => {
    const pts = measured.filter((m) => m.axis === axis);
    const [a, b] = [pts[0], pts[pts.length - 1]];
    return { a, b, ratio: b.ms / b.floorMs / (a.ms / a.floorMs) };
  };
  const charts = growth('charts');
  const commits = growth('commits');
  const changed = growth('changed');
  ctx.log(
    `charts ${charts.a.charts} → ${charts.b.charts}: ours/floor × ${charts.ratio.toFixed(2)}. The repository's size shows only through two git calls over the ` +
      `whole head tree, both in git's C code and started before Node loads the check: ls-tree (chart folders and which files belong to which ` +
      `chart come from the tree) and git grep for file:// in every Chart.yaml (a changed chart can be the local dependency of an unchanged one). ` +
      `Node reads that listing once (one split into a set, one regex scan for Chart.yaml paths), a few milliseconds per 10,000 paths (what the charts axis adds beyond git). ` +
      `Only the Chart.yaml files that grep names are parsed; no other unchanged chart is read.`,
  );
  ctx.log(
    `commits ${commits.a.commits} → ${commits.b.commits}: ours/floor × ${commits.ratio.toFixed(2)} (only the merge base is looked up; history is not walked).`,
  );
  ctx.log(
    `changed ${changed.a.changed} → ${changed.b.changed}: ours/floor × ${changed.ratio.toFixed(2)} (each changed chart is read and parsed at base and head).`,
  );
  const sweep = measured.find((m) => m.readmeOnly);
  if (sweep)
    ctx.log(
      `README-only sweep of ${sweep.changed} charts (every chart fails, one annotation each): ${formatMs(sweep.ms)}, peak ${sweep.peakMB.toFixed(0)} MB. ` +
        `values.yaml is parsed only where it or values.schema.json changed, so a docs sweep reads each chart's Chart.yaml, .helmignore and README only.`,
    );

  return measured.map((m): BenchRow => ({
    case: `chart-bump-check scale: ${m.charts} charts, ${m.commits} commits, ${m.changed} changed${m.readmeOnly ? ' (README only, all fail)' : ''} (axis: ${m.axis})`,
    oursMs: m.ms,
    floorMs: m.floorMs,
    peakMB: m.peakMB,
    target: '≤ 1.5× floor, < 150 MB',
    met: m.ms <= 1.5 * m.floorMs && m.peakMB < 150,
  }));
};

export default bench;
