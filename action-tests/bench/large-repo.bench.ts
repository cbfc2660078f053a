import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { startGitHubDouble } from '../harness/github-double/index.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench, BenchRow } from './context.ts';
import { describeVerdict, formatCurve, judgeCurve, NodePeakRunner, summarise, type CurvePoint, type NodeTiming } from './curve.ts';
import { formatMs, median, timeSpawn } from './measure.ts';
import { buildScaleRepo, scaleKey, SHAPES, svc, type ScaleShape } from './scale-repo.ts';

/**
 * Ten times the scale (issue 46): the CLI bundle on Node 24 in a clone with no
 * remote of a generated monorepo (scale-repo.ts: Conventional Commits, a
 * release every 200 commits with its CHANGELOG.md section, staging one release
 * ahead of prod for every service), each command timed (median) with its peak
 * (Node's own, and the process tree's under GNU time) beside the two floors
 * measured in the same loop: `node -e 0` and `git log --oneline` of the whole
 * history. Then `promote --push` (push: pr) against the GitHub double, its
 * API latency and GitHub's write spacing counted apart (pushPrRow). Then
 * promote's curve in services (10, 100, 1,000 promoted out of L's 1,000,
 * `--services`) at L's history: linear or better, ≤ 1 ms per service.
 *
 *   S: 20,000 commits, 300 services;   L: 100,000 commits, 1,000 services
 *
 * The repositories are cached (LOCKSTEP_BENCH_CACHE, else the temp folder's
 * lockstep-bench-cache) by a key of the generator's code: L takes a few
 * minutes to build. `BENCH_SCALE=S` measures S only.
 */
const cli = join(process.env.BENCH_CLI_DIST ?? join(import.meta.dirname, '..', '..', 'packages', 'cli', 'dist'), 'lockstep.js');
const LIMIT_MS = 2000;
const LIMIT_MB = 150;
/** ms per service promoted, at most, for the curve's last segment. */
const SLOPE_MS = 1;
/** The GitHub double answers every request this late, as the curve benches' (curve-promote-env.bench.ts). */
const LATENCY_MS = 50;
const REPO = 'acme/scale';
/**
 * Runs of `status` at least: its peak varies run to run with when V8's
 * mark-compacts fall among its values-file parses (106–131 MB at L on one
 * machine), so its row reports the largest of ten, each run's listed.
 */
const STATUS_RUNS = 10;

/** ` ✗ over 2 s and 150 MB` for a figure past a limit, nothing within them: the log marks the rows to look at. */
export function overLimits(ms: number, peakMB: number): string {
  const over = [...(ms > LIMIT_MS ? [`${LIMIT_MS / 1000} s`] : []), ...(peakMB > LIMIT_MB ? [`${LIMIT_MB} MB`] : [])];
  return over.length > 0 ? ` ✗ over ${over.join(' and ')}` : ' ✓';
}

/**
 * `promote --push` (push: pr) of every service at `name`'s history against the
 * GitHub double: a bare origin cloned from the generated repository (hard
 * links), a clone of it as the workspace, and for each run a new double and no
 * promote/prod branch on origin, so every run pushes the branch and opens draft
 * PR #1. The fixed cost is measured apart, as the curve benches do: `node -e 0`
 * in the same loop, the requests' latency (requests × 50 ms) and GitHub's 1 s
 * spacing between writes ((writes − 1) × 1 s); the row's figure is the time
 * above it.
 */
async function pushPrRow(
  name: string,
  shape: ScaleShape,
  repo: string,
  ctx: Parameters<Bench>[0],
  peaks: NodePeakRunner,
  env: Record<string, string>,
): Promise<BenchRow> {
  const origin = join(ctx.tmp, `origin-${name}.git`);
  const ws = join(ctx.tmp, `ws-${name}`);
  execFileSync('git', ['clone', '--quiet', '--bare', '--local', '--', repo, origin], { env });
  execFileSync('git', ['clone', '--quiet', '--', origin, ws], { env });
  execFileSync('git', ['config', 'user.name', 'bench'], { cwd: ws, env });
  execFileSync('git', ['config', 'user.email', 'bench@example.com'], { cwd: ws, env });
  const ours: NodeTiming[] = [];
  const above: number[] = [];
  const fixed: number[] = [];
  const requests: number[] = [];
  for (let i = -1; i < ctx.runs; i++) {
    execFileSync('git', ['--git-dir', origin, 'update-ref', '-d', 'refs/heads/promote/prod'], { env });
    const double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: origin }], latencyMs: LATENCY_MS });
    try {
      const n = await timeSpawn(ctx.node, ['-e', '0']);
      const t = await peaks.run(cli, {
        cwd: ws,
        env: { ...env, ...double.env(), NO_COLOR: '1', GITHUB_TOKEN: double.token, GITHUB_REPOSITORY: REPO },
        allowFailure: true,
        args: ['promote', '--from', 'staging', '--to', 'prod', '--push'],
      });
      if (t.code !== 0)
        throw new Error(`lockstep promote --push on ${name} exited ${t.code}: ${t.stderr.trim().split('\n').slice(-3).join(' / ')}`);
      if (double.pulls(REPO).length !== 1)
        throw new Error(`lockstep promote --push on ${name}: ${double.pulls(REPO).length} pull requests, expected 1`);
      if (double.violations.length > 0)
        throw new Error(`the GitHub double saw requests GitHub would refuse: ${double.violations.join('; ')}`);
      if (i < 0) continue;
      const writes = double.log.filter((e) => e.method !== 'GET').length;
      const api = double.log.length * LATENCY_MS + Math.max(0, writes - 1) * 1000;
      ours.push(t);
      fixed.push(n.ms + api);
      above.push(t.ms - api);
      requests.push(double.log.length);
    } finally {
      await double.stop();
    }
  }
  const ms = median(ours.map((t) => t.ms));
  const aboveMs = median(above);
  const peak = Math.max(...ours.map((t) => t.nodePeakMB));
  ctx.log(
    `${name} promote --from staging --to prod --push (push: pr, ${requests[0]} requests at ${LATENCY_MS} ms): ${formatMs(ms)}, ` +
      `${formatMs(aboveMs)} above the API's latency and write spacing; peak ${peak.toFixed(0)} MB (tree ${Math.max(...ours.map((t) => t.peakRssMB)).toFixed(0)} MB)` +
      overLimits(aboveMs, peak),
  );
  return {
    case: `lockstep promote --push (push: pr, GitHub double at ${LATENCY_MS} ms) at ${name} (${shape.commits.toLocaleString('en-US')} commits, ${shape.services} services)`,
    oursMs: ms,
    floorMs: median(fixed),
    peakMB: peak,
    target: `≤ ${LIMIT_MS / 1000} s above the API's part, ≤ ${LIMIT_MB} MB (floor: node -e 0 + requests × latency + (writes − 1) × 1 s)`,
    met: aboveMs <= LIMIT_MS && peak <= LIMIT_MB,
  };
}

/** The generated repository for `shape`, with a `pr` branch that changes three charts (version bumped), built or reused. */
export async function cachedScaleRepo(name: string, shape: ScaleShape, log: (s: string) => void): Promise<string> {
  const key = `scale-${name}-${scaleKey(shape)}`;
  const root = join(process.env.LOCKSTEP_BENCH_CACHE ?? join(tmpdir(), 'lockstep-bench-cache'), key);
  if (existsSync(join(root, 'lockstep-generated'))) {
    log(`reusing ${name} at ${root}`);
    return join(root, 'work');
  }
  const started = performance.now();
  const building = `${root}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const work = join(building, 'work');
  await buildScaleRepo(work, shape);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: work, stdio: 'pipe' });
  git('checkout', '--quiet', '-b', 'pr');
  for (const i of [1, 2, 3]) {
    const dir = join(work, 'charts', svc(i));
    mkdirSync(join(dir, 'templates'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'configmap.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n`);
    writeFileSync(join(dir, 'Chart.yaml'), `apiVersion: v2\nname: ${svc(i)}\nversion: 0.2.0\nappVersion: "1.0.0"\n`);
  }
  git('-c', 'user.name=dev', '-c', 'user.email=dev@example.com', 'commit', '--quiet', '-am', 'feat: a configmap in three charts');
  git('add', '-A');
  git('-c', 'user.name=dev', '-c', 'user.email=dev@example.com', 'commit', '--quiet', '--amend', '--no-edit');
  git('checkout', '--quiet', 'main');
  writeFileSync(join(building, 'lockstep-generated'), key);
  rmSync(root, { recursive: true, force: true });
  renameSync(building, root);
  log(
    `built ${name} (${shape.commits.toLocaleString('en-US')} commits, ${shape.services} services) in ${formatMs(performance.now() - started)} at ${root}`,
  );
  return join(root, 'work');
}

const bench: Bench = async (ctx) => {
  const peaks = new NodePeakRunner(ctx.node, ctx.tmp);
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: ctx.tmp,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    LANG: 'C.UTF-8',
  };
  const rows: BenchRow[] = [];
  const shapes = Object.entries(SHAPES).filter(([name]) => !process.env.BENCH_SCALE || process.env.BENCH_SCALE === name);
  const commands: [string, string[], number][] = [
    ['release --dry-run', ['release', '--dry-run'], ctx.runs],
    ['check --base main --head pr (3 charts changed)', ['check', '--base', 'main', '--head', 'pr'], ctx.runs],
    ['promote --from staging --to prod --dry-run', ['promote', '--from', 'staging', '--to', 'prod', '--dry-run'], ctx.runs],
    ['status', ['status'], Math.max(ctx.runs, STATUS_RUNS)],
  ];
  for (const [name, shape] of shapes) {
    const repo = await cachedScaleRepo(name, shape, ctx.log);
    for (const [label, args, runs] of commands) {
      const ours: NodeTiming[] = [];
      const node0: number[] = [];
      const gitLog: number[] = [];
      for (let i = -1; i < runs; i++) {
        const n = await timeSpawn(ctx.node, ['-e', '0']);
        const g = await timeSpawn('git', ['log', '--oneline'], { cwd: repo, env });
        const t = await peaks.run(cli, { cwd: repo, env: { ...env, NO_COLOR: '1' }, allowFailure: true, args });
        // `check` on a PR that bumped its charts passes; every command here exits 0 or the row is wrong.
        if (t.code !== 0)
          throw new Error(`lockstep ${args.join(' ')} on ${name} exited ${t.code}: ${t.stderr.trim().split('\n').slice(-3).join(' / ')}`);
        if (execFileSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }) !== '')
          throw new Error(`lockstep ${args.join(' ')} changed the workspace`);
        if (i < 0) continue;
        ours.push(t);
        node0.push(n.ms);
        gitLog.push(g.ms);
      }
      const ms = median(ours.map((t) => t.ms));
      const peak = Math.max(...ours.map((t) => t.nodePeakMB));
      ctx.log(
        `${name} ${label}: ${formatMs(ms)}, peak ${peak.toFixed(0)} MB, the largest of ${runs} runs (${ours.map((t) => t.nodePeakMB.toFixed(0)).join(', ')}; ` +
          `tree ${Math.max(...ours.map((t) => t.peakRssMB)).toFixed(0)} MB); floors node -e 0 ${formatMs(median(node0))}, git log --oneline ${formatMs(median(gitLog))}` +
          overLimits(ms, peak),
      );
      rows.push({
        case: `lockstep ${label} at ${name} (${shape.commits.toLocaleString('en-US')} commits, ${shape.services} services)`,
        oursMs: ms,
        floorMs: median(node0) + median(gitLog),
        peakMB: peak,
        target: `≤ ${LIMIT_MS / 1000} s, ≤ ${LIMIT_MB} MB (floor: node -e 0 + git log --oneline)`,
        met: ms <= LIMIT_MS && peak <= LIMIT_MB,
      });
    }
    rows.push(await pushPrRow(name, shape, repo, ctx, peaks, env));
  }
  // The curve: services promoted at L's history (or S's with BENCH_SCALE=S), each point its own --services list.
  const [name, shape] = shapes.at(-1)!;
  const repo = await cachedScaleRepo(name, shape, ctx.log);
  const points: CurvePoint[] = [];
  for (const size of [10, 100, 1000].filter((n) => n <= shape.services)) {
    const args = [
      'promote',
      '--from',
      'staging',
      '--to',
      'prod',
      '--dry-run',
      '--services',
      Array.from({ length: size }, (_, i) => svc(i)).join(','),
    ];
    const ours: NodeTiming[] = [];
    const fixed: number[] = [];
    for (let i = -1; i < ctx.runs; i++) {
      const n = await timeSpawn(ctx.node, ['-e', '0']);
      const t = await peaks.run(cli, { cwd: repo, env: { ...env, NO_COLOR: '1' }, args });
      if (!t.stdout.includes(`ships ${size} services`))
        throw new Error(`promote of ${size} services on ${name}: no grouped "ships" line in its output`);
      if (i < 0) continue;
      ours.push(t);
      fixed.push(n.ms);
    }
    points.push(summarise(size, ours, fixed));
  }
  const verdict = judgeCurve(points);
  const [a, b] = points.slice(-2);
  const perService = a && b ? (b.ms - b.fixedMs - (a.ms - a.fixedMs)) / (b.size - a.size) : undefined;
  ctx.log(`promote --dry-run at ${name}'s history by services promoted, median of ${ctx.runs} runs; fixed = node -e 0 in the same loop:`);
  for (const line of formatCurve('services', points)) ctx.log(`  ${line}`);
  ctx.log(
    `  ${describeVerdict(verdict)}; last segment ${perService === undefined ? '—' : `${perService.toFixed(2)} ms per service`} (≤ ${SLOPE_MS}) ${perService !== undefined && perService <= SLOPE_MS ? '✓' : '✗'}`,
  );
  const last = points.at(-1)!;
  rows.push({
    case: `promote --dry-run curve at ${name}: ${points.map((p) => p.size).join(' / ')} services (slope of the last segment, ms per service)`,
    oursMs: last.ms,
    floorMs: last.fixedMs,
    peakMB: Math.max(...points.map((p) => p.nodePeakMB)),
    target: `linear or better, ≤ ${SLOPE_MS} ms per service, ≤ ${LIMIT_MB} MB`,
    met: verdict.linear && perService !== undefined && perService <= SLOPE_MS && verdict.maxPeakMB <= LIMIT_MB,
  });
  return rows;
};

export default bench;
