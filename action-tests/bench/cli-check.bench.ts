import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bench } from './context.ts';
import { formatMs, median, timeSpawn } from './measure.ts';
import { rng } from '../harness/random.ts';
import { generateChartRepo } from './chart-repo.ts';
import { runnerEnv } from './runner-env.ts';

const CHARTS = 300;
const COMMITS = 5000;
const PAIRS = 10;

// BENCH_ACTIONS_DIR / BENCH_CLI_DIST measure other bundles (a previous commit's) for a before/after.
const actionsDir = process.env.BENCH_ACTIONS_DIR ?? join(import.meta.dirname, '..', '..', 'actions');
const cliBundle = join(process.env.BENCH_CLI_DIST ?? join(import.meta.dirname, '..', '..', 'packages', 'cli', 'dist'), 'lockstep.js');

/**
 * `lockstep check` (the committed CLI bundle) against the chart-bump-check
 * action's bundle on the chart-bump-check bench's fixture (300 charts, 5,000
 * commits), the same base and head given to both (the action through its
 * base/head inputs), alternating within each round so load hits both alike.
 * Target (issue 10): the CLI within 1.2× of the action.
 */
const bench: Bench = async (ctx) => {
  const { work, marks } = generateChartRepo(ctx.tmp, CHARTS, COMMITS);
  ctx.log(`generated ${CHARTS} charts, ${COMMITS} commits with git fast-import`);
  const rand = rng(11);
  const pairs = Array.from({ length: PAIRS }, (_, p) => {
    const b = 200 + Math.floor(((p + rand()) * (COMMITS - 220)) / PAIRS);
    return { base: marks.get(b)!, head: marks.get(b + 1 + Math.floor(rand() * 8))! };
  });
  const runner = join(ctx.tmp, 'runner');
  mkdirSync(runner, { recursive: true });
  writeFileSync(join(runner, 'event.json'), '{}');
  const base = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: ctx.tmp };
  const actionEnv = (pair: (typeof pairs)[number]) =>
    runnerEnv(
      { workspace: work, files: runner, home: ctx.tmp, event: { name: 'push', path: join(runner, 'event.json') } },
      {
        INPUT_BASE: pair.base,
        INPUT_HEAD: pair.head,
        'INPUT_WORKING-DIRECTORY': '.',
        INPUT_CONFIG: '.github/lockstep.yml',
        INPUT_BREAKING: 'error',
      },
    );
  const action = join(actionsDir, 'chart-bump-check', 'dist', 'index.js');

  const actionPerPair: number[] = [];
  const cliPerPair: number[] = [];
  let peak = 0;
  for (const pair of pairs) {
    const a: number[] = [];
    const c: number[] = [];
    for (let i = -1; i < ctx.runs; i++) {
      writeFileSync(join(runner, 'output'), '');
      writeFileSync(join(runner, 'summary'), '');
      const ta = await timeSpawn(ctx.node, [action], { cwd: work, env: actionEnv(pair), allowFailure: true });
      const tc = await timeSpawn(ctx.node, [cliBundle, 'check', '--base', pair.base, '--head', pair.head], {
        cwd: work,
        env: base,
        allowFailure: true,
      });
      // Both give the same verdict on the same refs (exit 0 or 1); anything else is a crash, not a figure.
      if (ta.code !== tc.code || (tc.code !== 0 && tc.code !== 1))
        throw new Error(`lockstep check exited ${tc.code}, the action ${ta.code}: ${(tc.stderr + ta.stdout).slice(-500)}`);
      if (i < 0) continue;
      a.push(ta.ms);
      c.push(tc.ms);
      peak = Math.max(peak, tc.peakRssMB);
    }
    actionPerPair.push(median(a));
    cliPerPair.push(median(c));
  }
  const actionMs = median(actionPerPair);
  const cliMs = median(cliPerPair);
  ctx.log(
    `lockstep check ${formatMs(cliMs)} per pair, the chart-bump-check action ${formatMs(actionMs)}: ${(cliMs / actionMs).toFixed(2)}× the action`,
  );
  return [
    {
      case: `lockstep check (CLI bundle), ${PAIRS} PR pairs in ${CHARTS} charts / ${COMMITS} commits (median per pair)`,
      oursMs: cliMs,
      peer: 'chart-bump-check action bundle, same refs',
      peerMs: actionMs,
      peakMB: peak,
      target: '≤ 1.2× the action',
      met: cliMs <= 1.2 * actionMs,
    },
  ];
};

export default bench;
