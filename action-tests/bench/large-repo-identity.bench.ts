import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Bench, BenchRow } from './context.ts';
import { cachedScaleRepo } from './large-repo.bench.ts';
import { timeSpawn } from './measure.ts';
import { SHAPES } from './scale-repo.ts';

/**
 * The outputs of every command on S, before and after (issue 46's "Done
 * when"): each command's dry run (and its --json) by the CLI bundle of a
 * base commit (BENCH_BASE_COMMIT, else 7dfe061: main when the memory work of
 * issue 46 started) and by this checkout's bundle (BENCH_CLI_DIST, as
 * large-repo.bench.ts), in the same S repository (scale-repo.ts, cached),
 * stdout and exit code compared byte for byte. A difference is logged with
 * its first differing line; the row is met when there is none.
 */
const BASE_COMMIT = process.env.BENCH_BASE_COMMIT ?? '7dfe061';
const root = join(import.meta.dirname, '..', '..');
const cli = join(process.env.BENCH_CLI_DIST ?? join(root, 'packages', 'cli', 'dist'), 'lockstep.js');

const COMMANDS: string[][] = [
  ['release', '--dry-run'],
  ['check', '--base', 'main', '--head', 'pr'],
  ['promote', '--from', 'staging', '--to', 'prod', '--dry-run'],
  ['status'],
];

/** The CLI bundle (lockstep.js and its chunks) of `commit`, written under `dir`. */
export function baseCli(commit: string, dir: string): string {
  const archive = join(dir, 'cli.tar');
  // The schemas every bundle loads sit beside the CLI's dist/ from the commit that moved them there on.
  const schemas = execFileSync('git', ['ls-tree', '--name-only', commit, 'packages/cli/schemas'], { cwd: root, encoding: 'utf8' }).trim();
  execFileSync('git', ['archive', '--output', archive, commit, 'packages/cli/dist', ...(schemas ? [schemas] : [])], { cwd: root });
  execFileSync('tar', ['-xf', archive, '-C', dir]);
  return join(dir, 'packages', 'cli', 'dist', 'lockstep.js');
}

/** The first line where two outputs differ, for the log. */
export function firstDifference(a: string, b: string): string {
  const [x, y] = [a.split('\n'), b.split('\n')];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if (x[i] !== y[i]) return `line ${i + 1}: base ${JSON.stringify(x[i] ?? '(none)')} ≠ ours ${JSON.stringify(y[i] ?? '(none)')}`;
  return 'same lines';
}

const bench: Bench = async (ctx) => {
  if (process.env.BENCH_SCALE && process.env.BENCH_SCALE !== 'S') return [];
  const repo = await cachedScaleRepo('S', SHAPES.S, ctx.log);
  const dir = join(ctx.tmp, 'base');
  mkdirSync(dir, { recursive: true });
  const base = baseCli(BASE_COMMIT, dir);
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: ctx.tmp,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
  };
  let same = 0;
  let baseMs = 0;
  let oursMs = 0;
  const runs = COMMANDS.flatMap((c) => [c, [...c, '--json']]);
  for (const args of runs) {
    const b = await timeSpawn(ctx.node, [base, ...args], { cwd: repo, env, allowFailure: true });
    const o = await timeSpawn(ctx.node, [cli, ...args], { cwd: repo, env, allowFailure: true });
    baseMs += b.ms;
    oursMs += o.ms;
    const identical = b.code === o.code && b.stdout === o.stdout;
    if (identical) same++;
    ctx.log(
      `S lockstep ${args.join(' ')}: ${identical ? 'identical' : 'DIFFERENT'} (exit ${b.code} / ${o.code}, ${b.stdout.length.toLocaleString('en-US')} / ${o.stdout.length.toLocaleString('en-US')} bytes)` +
        (identical ? '' : `; ${b.code === o.code ? firstDifference(b.stdout, o.stdout) : 'exit codes differ'}`),
    );
  }
  const row: BenchRow = {
    case: `outputs on S, CLI at ${BASE_COMMIT} vs this one: ${same} of ${runs.length} commands identical (dry runs, text and --json; total time of each side)`,
    oursMs,
    peer: BASE_COMMIT,
    peerMs: baseMs,
    target: 'stdout and exit code identical byte for byte',
    met: same === runs.length,
  };
  return [row];
};

export default bench;
