/**
 * A fleet of environments (issue 58): the CLI bundle on Node 24 in a
 * generated repository (fleet-repo.ts: dev, staging, then prod-001 … in waves
 * of ten, each a values file pinning every service and an Argo CD Application
 * pinning the chart, promotions recorded as promote-env writes them) at
 * E = 3, 30 and 100 environments, each command best of 3 (its fastest run and
 * its smallest peak, Node's own) beside `git log --first-parent --oneline`,
 * the floor, measured in the same loop. Then each command's growth exponent in
 * E, fitted on the time above the floor over every E measured: the least-squares
 * slope of log(time) on log(E) (1 is linear).
 *
 *   npm run bench -- fleet                 20,000 commits × 300 services × E ∈ {3, 30, 100}
 *   BENCH_FLEET=large npm run bench -- fleet   100,000 commits × 1,000 services × 10 environments
 *   BENCH_FLEET=small npm run bench -- fleet   2,000 commits × 50 services × E ∈ {3, 30, 100} (a smoke run)
 *   BENCH_QUICK=1 npm run bench -- fleet   the same shapes, each command run once (no warm-up, no best of 3):
 *                                          a run that completes on a busy machine
 *   BENCH_FLEET_ENVS=3,30 …                only those E
 *   BENCH_FLEET_IDENTITY_30=1 …            the identity check (below) at 30 environments too
 *
 * At 3 environments the outputs are also compared, byte for byte, with the
 * CLI bundle of a base commit (BENCH_BASE_COMMIT, else 319d2de: main when
 * this bench first measured a fleet): status (text and --json), promote,
 * config and metrics --json over a fixed window (--from/--to; its one
 * clock-derived note, which commits are after this run's clock, is left out
 * of the comparison).
 *
 * The repositories are cached by shape (fleet-repo.ts, cachedFleetRepo).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Bench, BenchContext, BenchRow } from './context.ts';
import { NodePeakRunner, type NodeTiming } from './curve.ts';
import { cachedFleetRepo, type FleetShape } from './fleet-repo.ts';
import { baseCli, firstDifference } from './large-repo-identity.bench.ts';
import { formatMs, timeSpawn } from './measure.ts';

const cli = `${process.env.BENCH_CLI_DIST ?? `${import.meta.dirname}/../../packages/cli/dist`}/lockstep.js`;
const LIMIT_MS = 2000;
const LIMIT_MB = 150;
const RUNS = process.env.BENCH_QUICK === '1' ? 1 : 3;
const BASE_COMMIT = process.env.BENCH_BASE_COMMIT ?? '319d2de';

interface Command {
  label: string;
  args: string[];
  /** The smallest E it applies to (prod-002 exists from E = 4). */
  minEnvs: number;
  /** Held to the memory bound only (the detail behind a flag: issue 58 bounds its memory, not its time). */
  memoryOnly?: boolean;
}

const COMMANDS: Command[] = [
  { label: 'status --json', args: ['status', '--json'], minEnvs: 3 },
  {
    label: 'promote --from staging --to prod-001 --json',
    args: ['promote', '--from', 'staging', '--to', 'prod-001', '--json'],
    minEnvs: 3,
  },
  {
    label: 'promote --from prod-001 --to prod-002 --json',
    args: ['promote', '--from', 'prod-001', '--to', 'prod-002', '--json'],
    minEnvs: 4,
  },
  { label: 'metrics --json (90 days)', args: ['metrics', '--json'], minEnvs: 3 },
  { label: 'metrics --json --changes (90 days)', args: ['metrics', '--json', '--changes'], minEnvs: 3, memoryOnly: true },
  { label: 'config', args: ['config'], minEnvs: 3 },
];

/**
 * What the identity check runs at 3 environments: the window of metrics fixed, so that its figures do not move
 * with the clock; `ours`, flags this CLI adds to print what the base printed (metrics lists its changes since
 * 2026-11-26 with --changes only).
 */
const IDENTICAL: { args: string[]; ours?: string[] }[] = [
  { args: ['status'] },
  { args: ['status', '--json'] },
  { args: ['promote', '--from', 'staging', '--to', 'prod-001'] },
  { args: ['promote', '--from', 'staging', '--to', 'prod-001', '--json'] },
  { args: ['config'] },
  { args: ['metrics', '--json', '--from', '2026-01-01', '--to', '2026-12-31'], ours: ['--changes'] },
];

/** The one line of metrics that says how many commits are after this run's clock, and the clock: left out of the comparison. */
const withoutClock = (text: string) => text.replace(/[^".]*after this run's clock[^"]*/g, '(clock)');

/** The shapes measured: the issue's, the smoke run's smaller history, or the large one. */
function shapes(): FleetShape[] {
  if (process.env.BENCH_FLEET === 'large') return [{ commits: 100_000, services: 1_000, environments: 10, every: 500 }];
  const envs = (process.env.BENCH_FLEET_ENVS ?? '3,30,100').split(',').map(Number);
  return envs.map((environments) =>
    process.env.BENCH_FLEET === 'small'
      ? { commits: 2_000, services: 50, environments, every: 100 }
      : { commits: 20_000, services: 300, environments, every: 200 },
  );
}

/** Best of `RUNS` (after one warm-up unless BENCH_QUICK): the fastest run's time, the smallest peak. */
async function best(run: () => Promise<NodeTiming>): Promise<{ ms: number; peakMB: number; bytes: number }> {
  if (RUNS > 1) await run();
  const all: NodeTiming[] = [];
  for (let i = 0; i < RUNS; i++) all.push(await run());
  return {
    ms: Math.min(...all.map((t) => t.ms)),
    peakMB: Math.min(...all.map((t) => t.nodePeakMB)),
    bytes: Buffer.byteLength(all[0].stdout),
  };
}

const bench: Bench = async (ctx) => {
  const peaks = new NodePeakRunner(ctx.node, ctx.tmp);
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: ctx.tmp,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
  };
  const rows: BenchRow[] = [];
  const byCommand = new Map<string, { envs: number; aboveMs: number }[]>();
  for (const shape of shapes()) {
    const repo = await cachedFleetRepo(shape, ctx.log);
    const what = `${shape.commits.toLocaleString('en-US')} commits × ${shape.services} services × ${shape.environments} environments`;
    const floor = await best(async () => ({
      ...(await timeSpawn('git', ['log', '--first-parent', '--oneline'], { cwd: repo, env })),
      nodePeakMB: 0,
    }));
    ctx.log(`${what}: git log --first-parent --oneline ${formatMs(floor.ms)} (floor)`);
    for (const c of COMMANDS.filter((x) => shape.environments >= x.minEnvs)) {
      const t = await best(async () => {
        const r = await peaks.run(cli, { cwd: repo, env, args: c.args, allowFailure: true, timeoutMs: 600_000 });
        if (r.code !== 0 && r.code !== 1)
          throw new Error(`lockstep ${c.args.join(' ')} exited ${r.code}: ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`);
        if (execFileSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }) !== '')
          throw new Error(`lockstep ${c.args.join(' ')} changed the workspace`);
        return r;
      });
      const met = (c.memoryOnly || t.ms <= LIMIT_MS) && t.peakMB <= LIMIT_MB;
      ctx.log(
        `  ${c.label}: ${formatMs(t.ms)}, peak ${t.peakMB.toFixed(0)} MB, output ${(t.bytes / 1e6).toFixed(2)} MB ${met ? '✓' : '✗'}`,
      );
      const points = byCommand.get(c.label) ?? [];
      points.push({ envs: shape.environments, aboveMs: Math.max(1, t.ms - floor.ms) });
      byCommand.set(c.label, points);
      rows.push({
        case: `lockstep ${c.label}, ${what}`,
        oursMs: t.ms,
        floorMs: floor.ms,
        peakMB: t.peakMB,
        target: `${c.memoryOnly ? '' : `≤ ${LIMIT_MS / 1000} s, `}≤ ${LIMIT_MB} MB (best of ${RUNS}; floor: git log --first-parent --oneline)`,
        met,
      });
    }
    if (shape.environments === 3 || (shape.environments === 30 && process.env.BENCH_FLEET_IDENTITY_30 === '1'))
      rows.push(await identity(ctx, repo, env, what));
  }
  // Growth in E, on the time above the floor: the slope of log(time) on log(E), least squares over every E measured.
  for (const [label, points] of byCommand) {
    if (points.length < 2) continue;
    const exponent = fittedExponent(points.map((p) => [p.envs, p.aboveMs]));
    ctx.log(
      `${label}: growth exponent ${exponent.toFixed(2)} fitted on E = ${points.map((p) => p.envs).join(', ')} (1 is linear) ${exponent <= 1.1 ? '✓' : '✗'}`,
    );
  }
  return rows;
};

/** The exponent k of t ≈ c·E^k that fits the points (E, t) best: least squares on log t against log E. */
export function fittedExponent(points: readonly (readonly [number, number])[]): number {
  const xs = points.map(([e]) => Math.log(e));
  const ys = points.map(([, t]) => Math.log(t));
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const sxy = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0);
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return sxy / sxx;
}

/** The outputs at 3 environments against the base commit's CLI, byte for byte (exit code and stdout). */
async function identity(ctx: BenchContext, repo: string, env: Record<string, string>, what: string): Promise<BenchRow> {
  const dir = join(ctx.tmp, 'base');
  mkdirSync(dir, { recursive: true });
  const base = baseCli(BASE_COMMIT, dir);
  let same = 0;
  let [baseMs, oursMs] = [0, 0];
  for (const { args, ours = [] } of IDENTICAL) {
    const b = await timeSpawn(ctx.node, [base, ...args], { cwd: repo, env, allowFailure: true, timeoutMs: 600_000 });
    const o = await timeSpawn(ctx.node, [cli, ...args, ...ours], { cwd: repo, env, allowFailure: true, timeoutMs: 600_000 });
    baseMs += b.ms;
    oursMs += o.ms;
    const [x, y] = [withoutClock(b.stdout), withoutClock(o.stdout)];
    const identical = b.code === o.code && x === y;
    if (identical) same++;
    ctx.log(
      `  identity: lockstep ${[...args, ...ours].join(' ')}: ${identical ? 'identical' : 'DIFFERENT'} (exit ${b.code} / ${o.code})` +
        (identical ? '' : `; ${b.code === o.code ? firstDifference(x, y) : 'exit codes differ'}`),
    );
  }
  return {
    case: `outputs on ${what}, CLI at ${BASE_COMMIT} vs this one: ${same} of ${IDENTICAL.length} commands identical`,
    oursMs,
    peer: BASE_COMMIT,
    peerMs: baseMs,
    target: 'stdout and exit code identical byte for byte (metrics: a fixed window, its clock note aside)',
    met: same === IDENTICAL.length,
  };
}

export default bench;
