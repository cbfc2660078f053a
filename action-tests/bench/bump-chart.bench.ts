import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bench } from './context.ts';
import { formatMs, nodeStartFloor, timeFn, timeSpawn } from './measure.ts';
import { runnerEnv } from './runner-env.ts';

const CHARTS = 500;

/** A Chart.yaml as real charts write them: header comment, annotations, dependencies, comments on the version lines. */
function chartYaml(i: number): string {
  const n = String(i).padStart(3, '0');
  return `# Chart ${n} of the generated benchmark tree.
apiVersion: v2
name: svc-${n}
description: Service ${n} of the platform, deployed with its config, probes and autoscaling
type: application
version: 1.${i % 7}.${i % 11}   # chart version
appVersion: 2.${i % 5}.0   # application version
kubeVersion: ">=1.25.0-0"
keywords:
  - platform
  - svc-${n}
maintainers:
  - name: Platform Team
    email: platform@example.com
annotations:
  category: Application
  licenses: Apache-2.0
dependencies:
  - name: common
    version: 2.x.x
    repository: oci://registry.example.com/charts
`;
}

/**
 * bump-chart on 500 charts (`charts: charts/*`, app-version set, chart
 * version patch-bumped) against the loop a user would otherwise write: one
 * `sed -i` per Chart.yaml rewriting the version and appVersion lines. Both
 * start from the same pristine tree (restored before each run, outside the
 * timing) and must produce the same files.
 */
const bench: Bench = async (ctx) => {
  const tree = join(ctx.tmp, 'tree');
  const pristine = new Map<string, string>();
  for (let i = 0; i < CHARTS; i++) {
    const dir = join(tree, 'charts', `svc-${String(i).padStart(3, '0')}`);
    mkdirSync(dir, { recursive: true });
    pristine.set(join(dir, 'Chart.yaml'), chartYaml(i));
  }
  const reset = () => {
    for (const [p, t] of pristine) writeFileSync(p, t);
  };
  reset();
  // A checkout as actions/checkout leaves one: the level applies to the versions on origin's default branch.
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd,
      stdio: 'pipe',
    });
  const origin = join(ctx.tmp, 'origin.git');
  git(ctx.tmp, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  git(tree, 'init', '--quiet', '--initial-branch=main');
  git(tree, 'add', '-A');
  git(tree, 'commit', '--quiet', '-m', 'charts');
  git(tree, 'remote', 'add', 'origin', origin);
  git(tree, 'push', '--quiet', 'origin', 'main');
  const dist = join(import.meta.dirname, '..', '..', 'actions', 'bump-chart', 'dist', 'index.js');
  const runnerFiles = join(ctx.tmp, 'runner');
  mkdirSync(runnerFiles, { recursive: true });
  const env = runnerEnv(
    { workspace: tree, files: runnerFiles },
    {
      INPUT_CHARTS: 'charts/*',
      'INPUT_APP-VERSION': '3.0.0',
      INPUT_LEVEL: 'patch',
      SOURCE_DATE_EPOCH: '1700000000',
    },
  );
  const ours = await timeFn(ctx.runs, async () => {
    reset();
    writeFileSync(env.GITHUB_OUTPUT, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    return timeSpawn(ctx.node, [dist], { cwd: tree, env });
  });
  const oursResult = new Map([...pristine.keys()].map((p) => [p, readFileSync(p, 'utf8')]));
  const changed = JSON.parse(/changed-files<<(\S+)\n(.*)\n\1/.exec(readFileSync(env.GITHUB_OUTPUT, 'utf8'))?.[2] ?? '[]') as string[];
  if (changed.length !== CHARTS) throw new Error(`bump-chart changed ${changed.length} files, expected ${CHARTS}`);

  // The peer: a version bump needs the current version, so the loop reads it
  // with sed first, bumps the patch in bash, then rewrites both lines in place.
  const loop = `for f in charts/*/Chart.yaml; do
  v=$(sed -n -E 's/^version: ([0-9]+\\.[0-9]+\\.[0-9]+).*/\\1/p' "$f")
  IFS=. read -r ma mi pa <<< "$v"
  sed -i -E "s/^version: [0-9.]+/version: $ma.$mi.$((pa+1))/; s/^appVersion: [0-9.]+/appVersion: 3.0.0/" "$f"
done`;
  const sed = await timeFn(ctx.runs, async () => {
    reset();
    return timeSpawn('bash', ['-c', loop], { cwd: tree });
  });
  let differ = 0;
  for (const p of pristine.keys()) if (readFileSync(p, 'utf8') !== oursResult.get(p)) differ++;
  if (differ) throw new Error(`bump-chart and the sed loop disagree on ${differ} Chart.yaml files`);

  // The floor: starting Node 24 and exiting; every JavaScript action pays it.
  const floor = await nodeStartFloor(ctx.node, ctx.runs);

  const ratio = ours.ms / sed.ms;
  ctx.log(`bump-chart ${formatMs(ours.ms)} (peak ${ours.peakRssMB.toFixed(0)} MB) vs sed loop ${formatMs(sed.ms)}: ${ratio.toFixed(2)}×`);
  return [
    {
      case: `bump-chart, ${CHARTS} charts (charts: charts/*, app-version + patch bump), median of ${ctx.runs}`,
      oursMs: ours.ms,
      peer: `bash loop of sed -i per Chart.yaml (${CHARTS} files)`,
      peerMs: sed.ms,
      floorMs: floor.ms,
      peakMB: ours.peakRssMB,
      target: 'whole 500-chart run < 1.5 s, ≤ 2× sed loop',
      met: ours.ms < 1500 && ratio <= 2,
    },
  ];
};

export default bench;
