// The pull request check past one runner (issue 76): the fleet of render-fleet.bench.ts (BENCH_FLEET_APPS apps × 3
// environments, default 100; the issue measures 1,000), its library chart changed so that every environment renders,
// checked by one runner (`lockstep check`) and by a matrix of 8 shards (`lockstep check --shard i/8`) run here one
// after another, as the 8 jobs of workflows-examples/chart-bump-check-shards.yml would each run on a runner of its
// own, then merged (`lockstep check --merge-shards`). Reported: the slowest shard (what the matrix's wall time
// waits for) and the merge against one runner's whole run, each shard's renders and the merged count equal to
// one runner's. Through the committed CLI bundle with the real Helm on PATH.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { GitFixture, GIT_ENV } from '../harness/git-fixture.ts';
import type { Bench, BenchRow } from './context.ts';
import { formatMs, timeSpawn, type Timing } from './measure.ts';
import { fleetFiles, LIBRARY } from './render-fleet.bench.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(process.env.BENCH_CLI_DIST ?? join(repoRoot, 'packages', 'cli', 'dist'), 'lockstep.js');
const APPS = Number(process.env.BENCH_FLEET_APPS ?? 100);
const SHARDS = 8;

/** The environment of each changed object a `--json` check rendered (an environment once per changed object). */
const rendersIn = (t: Timing) =>
  ((JSON.parse(t.stdout) as { rendered?: { environment: string }[] }).rendered ?? []).map((r) => r.environment);

const bench: Bench = async (ctx) => {
  const helm = process.env.LOCKSTEP_HELM ?? join(repoRoot, 'tools', 'kube', 'bin', 'helm');
  const env = { PATH: `${dirname(helm)}:${process.env.PATH ?? '/usr/bin:/bin'}`, HOME: ctx.tmp, LANG: 'C.UTF-8', ...GIT_ENV };
  const fixture = GitFixture.create(fleetFiles());
  try {
    const ws = fixture.clone('main');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ws, env: { ...process.env, ...GIT_ENV } });
    git('checkout', '-q', '-b', 'every-app');
    writeFileSync(join(ws, 'charts/lib/templates/_objects.tpl'), LIBRARY('v2'));
    writeFileSync(join(ws, 'charts/lib/Chart.yaml'), 'apiVersion: v2\nname: lib\ntype: library\nversion: 1.0.1\n');
    git('commit', '-qam', 'lib: a new annotation');
    const lockstep = (args: string[]) =>
      timeSpawn(ctx.node, [cli, 'check', '--base', 'main', '--head', 'HEAD', ...args], {
        cwd: ws,
        env,
        allowFailure: true,
        timeoutMs: 60 * 60_000,
      });

    const whole = await lockstep(['--json']);
    const wholeEnvs = rendersIn(whole);
    const shards: Timing[] = [];
    for (let i = 1; i <= SHARDS; i++)
      shards.push(await lockstep(['--json', '--shard', `${i}/${SHARDS}`, '--shard-result', `.shards/${i}.json`]));
    const shardEnvs = shards.map(rendersIn);
    const merge = await lockstep(['--json', '--merge-shards', '.shards']);
    const mergedEnvs = rendersIn(merge);
    const slowest = shards.reduce((a, b) => (b.ms > a.ms ? b : a));
    const sameRenders =
      [...shardEnvs.flat()].sort().join('\n') === [...wholeEnvs].sort().join('\n') && mergedEnvs.join('\n') === wholeEnvs.join('\n');

    ctx.log(
      [
        `shard-fleet (${APPS} apps × 3 environments, the library changed): one runner ${formatMs(whole.ms)} (exit ${whole.code}, ${new Set(wholeEnvs).size} environments rendered, ${wholeEnvs.length} changed objects), peak ${whole.peakRssMB} MB`,
        ...shards.map(
          (s, k) =>
            `  shard ${k + 1}/${SHARDS}: ${formatMs(s.ms)} (exit ${s.code}, ${new Set(shardEnvs[k]).size} environments, ${shardEnvs[k].length} changed objects), peak ${s.peakRssMB} MB`,
        ),
        `  merge: ${formatMs(merge.ms)} (exit ${merge.code}, ${new Set(mergedEnvs).size} environments, ${mergedEnvs.length} changed objects in the merged summary), peak ${merge.peakRssMB} MB`,
        `  slowest shard + merge: ${formatMs(slowest.ms + merge.ms)} against one runner's ${formatMs(whole.ms)}; renders ${sameRenders ? 'equal' : 'DIFFER'}`,
      ].join('\n'),
    );
    return [
      {
        case: `check in ${SHARDS} shards, the library every app depends on changed (${APPS * 3} environments), the slowest shard then the merge`,
        oursMs: slowest.ms + merge.ms,
        peer: "one runner's whole lockstep check",
        peerMs: whole.ms,
        peakMB: Math.max(...shards.map((s) => s.peakRssMB), merge.peakRssMB),
        target: `< one runner's run / 4 (8 shards of about an eighth each, with their start and the bump rules in each), every render in exactly one shard, the merge equal to one runner`,
        // The same verdict everywhere (the library bumped without its apps fails each alike, exit 1).
        met: slowest.ms + merge.ms < whole.ms / 4 && sameRenders && merge.code === whole.code && shards.every((s) => s.code === whole.code),
      },
    ] satisfies BenchRow[];
  } finally {
    fixture.cleanup();
  }
};

export default bench;
