// Hydration at the size of issue 59 (item 4): 300 environments, each a values file of one chart of 300 objects
// (100 Deployments, 100 Services, 100 ConfigMaps), hydrated in one run: `lockstep hydrate --push` through the
// committed CLI bundle with the real Helm on PATH, every proposed branch created on a bare origin (the branches
// deleted before each run, so each run does the whole first hydration). The peer is what a user would script
// instead: the 300 `helm template` runs alone, four at once as lockstep runs them, timed in the same run; it
// writes no branch. Target: at most 2× the peer. One untimed run first counts the work: each environment
// rendered once (a helm shim counts its starts) and the trees written by at most one git process per branch
// (GIT_TRACE's lines: a write-tree per branch before, one hash-object -t tree for the run since). BENCH_HYDRATE_ENVS
// sets a smaller number of environments for a profiling loop.

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitFixture } from '../harness/git-fixture.ts';
import type { Bench, BenchRow } from './context.ts';
import { formatMs, timeFn, timeSpawn, type Timing } from './measure.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// BENCH_CLI_DIST measures another CLI bundle (a previous commit's) for a before/after.
const cli = join(process.env.BENCH_CLI_DIST ?? join(repoRoot, 'packages', 'cli', 'dist'), 'lockstep.js');
/** BENCH_HYDRATE_ENVS=30 runs the same bench on fewer environments (a profiling loop); 300 is the size. */
const ENVIRONMENTS = environments(process.env.BENCH_HYDRATE_ENVS);
function environments(text: string | undefined): number {
  if (text === undefined || text === '') return 300;
  if (!/^[1-9]\d{0,3}$/.test(text)) throw new Error(`BENCH_HYDRATE_ENVS=${text}: give a number of environments from 1 to 9999`);
  return Number(text);
}
const COPIES = 100;
/** How many helm processes the peer runs at once: as many as lockstep's hydrate (operations/hydrate/plan.ts). */
const AT_ONCE = 4;
/** Each measurement takes minutes: BENCH_QUICK=1 times each once (the counted first run warms the caches). */
const RUNS = (ctx: { runs: number }) => (process.env.BENCH_QUICK === '1' ? 1 : ctx.runs);

/** One template of the three kinds, `COPIES` times each: 300 objects naming the environment's image. */
const TEMPLATE = [
  `{{- range $i := until ${COPIES} }}`,
  '---',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: api-{{ $i }}',
  '  labels: { app: api-{{ $i }}, tier: backend }',
  'spec:',
  '  replicas: {{ $.Values.replicas }}',
  '  selector: { matchLabels: { app: api-{{ $i }} } }',
  '  template:',
  '    metadata: { labels: { app: api-{{ $i }} } }',
  '    spec:',
  '      containers:',
  '        - name: api',
  '          image: "{{ $.Values.image }}"',
  '          env: [{ name: SHARD, value: "{{ $i }}" }, { name: ENV, value: "{{ $.Values.env }}" }]',
  '---',
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: api-{{ $i }}',
  'spec:',
  '  selector: { app: api-{{ $i }} }',
  '  ports: [{ port: 80, targetPort: 8080 }]',
  '---',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: api-{{ $i }}',
  'data:',
  '  env: "{{ $.Values.env }}"',
  '  shard: "{{ $i }}"',
  '{{- end }}',
  '',
].join('\n');

const name = (k: number) => `env-${String(k + 1).padStart(3, '0')}`;
const values = (env: string, k: number) => `env: ${env}\nreplicas: ${1 + (k % 3)}\nimage: ghcr.io/acme/api:1.${k}.0\n`;

const bench: Bench = async (ctx) => {
  const helm = process.env.LOCKSTEP_HELM ?? join(repoRoot, 'tools', 'kube', 'bin', 'helm');
  const path = `${dirname(helm)}:${process.env.PATH ?? '/usr/bin:/bin'}`;
  const envs = Array.from({ length: ENVIRONMENTS }, (_, k) => name(k));
  const files: Record<string, string> = {
    '.github/lockstep.yml': [
      'environments:',
      ...envs.map((e) => `  - { name: ${e}, values: charts/api/values-${e}.yaml, hydrate: { branch: environment/${e} } }`),
      '',
    ].join('\n'),
    'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
    'charts/api/values.yaml': 'env: none\nreplicas: 1\nimage: ""\n',
    'charts/api/templates/all.yaml': TEMPLATE,
    ...Object.fromEntries(envs.map((e, k) => [`charts/api/values-${e}.yaml`, values(e, k)])),
  };
  const fixture = GitFixture.create(files);
  try {
    const ws = fixture.clone('main');
    const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture.origin, ...args], { encoding: 'utf8' }).trim();
    const clear = () => {
      const refs = origin('for-each-ref', '--format=%(refname)', 'refs/heads/environment').split('\n').filter(Boolean);
      if (refs.length > 0)
        execFileSync('git', ['--git-dir', fixture.origin, 'update-ref', '--stdin'], { input: refs.map((r) => `delete ${r}\n`).join('') });
      execFileSync('git', ['-C', ws, 'update-ref', '--stdin'], {
        input: execFileSync('git', ['-C', ws, 'for-each-ref', '--format=delete %(refname)', 'refs/remotes/origin/environment'], {
          encoding: 'utf8',
        }),
      });
    };
    const hydrate = (env: NodeJS.ProcessEnv = {}) =>
      timeSpawn(ctx.node, [cli, 'hydrate', '--push', '--json'], {
        cwd: ws,
        env: { PATH: path, HOME: ctx.tmp, LANG: 'C.UTF-8', ...env },
        timeoutMs: 1_200_000,
      });
    const created = (t: Timing) => {
      if (t.code !== 0) throw new Error(`lockstep hydrate exited ${t.code}:\n${t.stderr.slice(0, 2000)}`);
      const doc = JSON.parse(t.stdout) as { environments: { status: string }[] };
      const n = doc.environments.filter((e) => e.status === 'created').length;
      if (n !== ENVIRONMENTS) throw new Error(`lockstep hydrate created ${n} branches, not ${ENVIRONMENTS}`);
    };

    // The untimed first run: a helm shim counts the renders, GIT_TRACE the tree writes.
    const shimDir = join(ctx.tmp, 'shim');
    mkdirSync(shimDir, { recursive: true });
    const counted = join(ctx.tmp, 'helm-starts');
    writeFileSync(counted, '');
    writeFileSync(join(shimDir, 'helm'), `#!/bin/sh\necho "$1" >> '${counted}'\nexec '${helm}' "$@"\n`);
    chmodSync(join(shimDir, 'helm'), 0o755);
    const trace = join(ctx.tmp, 'git-trace');
    clear();
    created(await hydrate({ PATH: `${shimDir}:${path}`, GIT_TRACE: trace }));
    const templates = readFileSync(counted, 'utf8')
      .split('\n')
      .filter((l) => l === 'template').length;
    // Git's processes, and those among them that write trees: a write-tree per branch (a temporary index each), or
    // a hash-object -t tree that writes every branch's trees at once.
    const gitLines = readFileSync(trace, 'utf8')
      .split('\n')
      .filter((l) => / trace: built-in: git /.test(l));
    const gitStarts = gitLines.length;
    const writeTrees = gitLines.filter((l) => / git write-tree$/.test(l) || / git hash-object .*-t tree /.test(l)).length;

    const ours = await timeFn(
      RUNS(ctx),
      async () => {
        clear();
        const t = await hydrate();
        created(t);
        return t;
      },
      0,
    );
    // The unchanged rerun: every branch already holds its render, nothing pushed.
    const again = await timeFn(RUNS(ctx), () => hydrate(), 0);

    // The peer: the 300 helm template runs, AT_ONCE at a time, each into its own file as a script would write them.
    const chart = join(ws, 'charts', 'api');
    const out = join(ctx.tmp, 'peer');
    mkdirSync(out, { recursive: true });
    const render = (e: string) =>
      timeSpawn(helm, ['template', e, chart, '--values', join(chart, `values-${e}.yaml`), '--output-dir', join(out, e)], {
        env: { PATH: path, HOME: ctx.tmp },
      });
    const peer = await timeFn(RUNS(ctx), async () => {
      const start = performance.now();
      let next = 0;
      let peak = 0;
      const worker = async () => {
        while (next < envs.length) {
          const t = await render(envs[next++]);
          if (t.code !== 0) throw new Error(`helm template exited ${t.code}: ${t.stderr.slice(0, 500)}`);
          peak = Math.max(peak, t.peakRssMB);
        }
      };
      await Promise.all(Array.from({ length: AT_ONCE }, worker));
      return { code: 0, stdout: '', stderr: '', ms: performance.now() - start, peakRssMB: peak };
    });
    ctx.log(
      `hydrate-300: lockstep hydrate --push of ${ENVIRONMENTS} environments × ${3 * COPIES} objects ${formatMs(ours.ms)} (unchanged rerun ${formatMs(again.ms)}); ${ENVIRONMENTS} helm template runs, ${AT_ONCE} at once, ${formatMs(peer.ms)} (${(ours.ms / peer.ms).toFixed(2)}×); helm template started ${templates} times, git ${gitStarts} times, ${writeTrees} of them writing trees`,
    );
    return [
      {
        case: `lockstep hydrate --push, ${ENVIRONMENTS} environments × a chart of ${3 * COPIES} objects, every branch created`,
        oursMs: ours.ms,
        peer: `${ENVIRONMENTS} helm template runs, ${AT_ONCE} at once`,
        peerMs: peer.ms,
        peakMB: ours.peakRssMB,
        target: '≤ 2× the helm template runs',
        met: ours.ms <= 2 * peer.ms,
      },
      {
        case: 'the same, nothing changed (no commit, no push)',
        oursMs: again.ms,
        peer: `${ENVIRONMENTS} helm template runs, ${AT_ONCE} at once`,
        peerMs: peer.ms,
        peakMB: again.peakRssMB,
        target: '≤ 2× the helm template runs',
        met: again.ms <= 2 * peer.ms,
      },
      {
        case: 'renders and tree writes of the first hydration (counted)',
        oursMs: templates,
        peer: 'environments',
        peerMs: ENVIRONMENTS,
        target: `helm template ${ENVIRONMENTS} times (ours column), trees written by at most one git process per branch (${writeTrees}; git started ${gitStarts} times)`,
        met: templates === ENVIRONMENTS && writeTrees >= 1 && writeTrees <= ENVIRONMENTS,
      },
    ] satisfies BenchRow[];
  } finally {
    fixture.cleanup();
  }
};

export default bench;
