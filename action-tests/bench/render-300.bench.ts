// The render at the size that hurts (issue 57, Speed): a promotion whose 300 rendered objects all change (a chart
// of 100 Deployments, 100 Services and 100 ConfigMaps, each carrying the api's pin), `lockstep promote --json`
// through the committed CLI bundle with the real Helm 3.17.3 on PATH. Ours: render on (validate off) minus render
// off, what rendering adds. The peer is what a user would script instead: the two `helm template` runs (before and
// after) side by side, on the same chart folder and the same values files, timed in the same run. Target: the render
// adds at most 2× those two runs. Beside it, what schema validation (validate warn, the default for an unprotected
// target) adds on top of the render (target ≤ 25 % of it), and the rendered output checked byte for byte against
// the CLI bundle of a base commit (BENCH_BASE_COMMIT, else 122319b, main before the render's speed work). The four
// runs (render off, on, on with validation, the helm pair) take turns, round after round, and what the render adds is
// the median of each round's on − off: on this 2-core machine, the same run in blocks gave 1.85×, 2.50× and 2.33×
// within a few minutes.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitFixture } from '../harness/git-fixture.ts';
import type { Bench, BenchRow } from './context.ts';
import { baseCli, firstDifference } from './large-repo-identity.bench.ts';
import { formatMs, median, timeSpawn, type Timing } from './measure.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** The CLI bundle measured: BENCH_CLI_DIST's (another commit's, for a before/after), else this tree's. */
const cli = join(process.env.BENCH_CLI_DIST ?? join(repoRoot, 'packages', 'cli', 'dist'), 'lockstep.js');
const COPIES = 100;
const BASE_COMMIT = process.env.BENCH_BASE_COMMIT ?? '122319b';

const pin = '{{ $.Values.services.api.image.repository }}:{{ $.Values.services.api.image.tag }}@{{ $.Values.services.api.image.digest }}';
/** One template of the three kinds, `COPIES` times each: 300 objects, each naming the api's pin. */
const TEMPLATE = [
  `{{- range $i := until ${COPIES} }}`,
  '---',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: api-{{ $i }}',
  '  labels: { app: api-{{ $i }}, tier: backend }',
  'spec:',
  '  replicas: 2',
  '  selector: { matchLabels: { app: api-{{ $i }} } }',
  '  template:',
  '    metadata: { labels: { app: api-{{ $i }} } }',
  '    spec:',
  '      containers:',
  '        - name: api',
  `          image: "${pin}"`,
  '          ports: [{ containerPort: 8080 }]',
  '          env: [{ name: SHARD, value: "{{ $i }}" }, { name: MODE, value: production }]',
  '          resources: { requests: { cpu: 100m, memory: 128Mi }, limits: { memory: 256Mi } }',
  '---',
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: api-{{ $i }}',
  `  annotations: { lockstep.dev/pin: "${pin}" }`,
  'spec:',
  '  selector: { app: api-{{ $i }} }',
  '  ports: [{ port: 80, targetPort: 8080 }]',
  '---',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: api-{{ $i }}',
  'data:',
  `  pin: "${pin}"`,
  '  shard: "{{ $i }}"',
  '{{- end }}',
  '',
].join('\n');

const values = (env: string, c: string) =>
  [
    `# ${env}`,
    'services:',
    '  api:',
    '    image:',
    '      repository: ghcr.io/acme/api',
    '      tag: "1.8.0"',
    `      digest: sha256:${c.repeat(64)}`,
    '',
  ].join('\n');

const application = (env: string) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: big-${env}`,
    'spec:',
    `  destination: { namespace: acme-${env} }`,
    '  source:',
    '    repoURL: https://github.com/acme/monorepo',
    '    path: charts/big',
    '    targetRevision: HEAD',
    '    helm:',
    `      valueFiles: [../../environments/${env}/values.yaml]`,
    '',
  ].join('\n');

const bench: Bench = async (ctx) => {
  const helm = process.env.LOCKSTEP_HELM ?? join(repoRoot, 'tools', 'kube', 'bin', 'helm');
  const path = `${dirname(helm)}:${process.env.PATH ?? '/usr/bin:/bin'}`;
  const files: Record<string, string> = {
    '.github/lockstep.yml': [
      'charts: [charts/*]',
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
      'environments:',
      '  - { name: dev, values: environments/dev/values.yaml, application: apps/dev.yaml }',
      '  - { name: prod, values: environments/prod/values.yaml, application: apps/prod.yaml }',
      '',
    ].join('\n'),
    'charts/big/Chart.yaml': 'apiVersion: v2\nname: big\nversion: 1.0.0\n',
    'charts/big/values.yaml': values('defaults', '0'),
    'charts/big/templates/all.yaml': TEMPLATE,
    'environments/dev/values.yaml': values('dev', 'd'),
    'environments/prod/values.yaml': values('prod', 'a'),
    'apps/dev.yaml': application('dev'),
    'apps/prod.yaml': application('prod'),
  };
  const fixture = GitFixture.create(files);
  try {
    const ws = fixture.clone('main');
    const promote = (render: string, validate = 'off', bundle = cli) =>
      timeSpawn(ctx.node, [bundle, 'promote', '--from', 'dev', '--to', 'prod', '--json', '--render', render, '--validate', validate], {
        cwd: ws,
        env: { PATH: path, HOME: ctx.tmp, LANG: 'C.UTF-8' },
      });
    const changed = (stdout: string) =>
      ((JSON.parse(stdout) as { rendered?: { change: string }[] }).rendered ?? []).filter((r) => r.change === 'changed').length;
    const checked = async () => {
      const t = await promote('on');
      if (changed(t.stdout) !== 3 * COPIES)
        throw new Error(`promote --render on did not show ${3 * COPIES} changed objects:\n${t.stdout.slice(0, 2000)}`);
      return t;
    };

    // The peer: the two helm template runs a user would script, before and after, side by side.
    const chart = join(ws, 'charts', 'big');
    const before = join(ctx.tmp, 'prod-before.yaml');
    const after = join(ctx.tmp, 'prod-after.yaml');
    writeFileSync(before, values('prod', 'a'));
    writeFileSync(after, values('prod', 'd'));
    const run = (f: string) =>
      timeSpawn(helm, ['template', 'big-prod', chart, '--include-crds', '--namespace', 'acme-prod', '--values', f], {
        env: { PATH: path, HOME: ctx.tmp },
      });
    const helmPair = async () => {
      const start = performance.now();
      const [a] = await Promise.all([run(before), run(after)]);
      return { ...a, ms: performance.now() - start };
    };
    // The four are run in turn, round after round (each round starting with the next of them), so that what the
    // machine does meanwhile falls on all four alike; what the render and validation add is the median of each
    // round's difference.
    const kinds = [() => promote('off'), checked, () => promote('on', 'warn'), helmPair];
    const rounds: Timing[][] = [];
    for (let r = -1; r < ctx.runs; r++) {
      const round: Timing[] = [];
      for (let k = 0; k < kinds.length; k++) {
        const at = (Math.max(r, 0) + k) % kinds.length;
        round[at] = await kinds[at]();
      }
      if (r >= 0) rounds.push(round);
    }
    const of = (k: number) => rounds.map((round) => round[k]);
    const [off, on, validated, peer] = [0, 1, 2, 3].map((k) => ({
      ms: median(of(k).map((t) => t.ms)),
      peakRssMB: Math.max(...of(k).map((t) => t.peakRssMB)),
      last: of(k).at(-1)!,
    }));
    const added = median(rounds.map(([o, n]) => n.ms - o.ms));
    const validation = median(rounds.map(([, n, v]) => v.ms - n.ms));
    ctx.log(
      `render-300: lockstep promote --json ${formatMs(off.ms)} with --render off, ${formatMs(on.ms)} with --render on (--validate off): the render adds ${formatMs(added)}; the two helm template runs side by side take ${formatMs(peer.ms)} (${(added / peer.ms).toFixed(2)}×); --validate warn adds ${formatMs(validation)} more`,
    );

    // The rendered output of the base commit's CLI, byte for byte.
    const dir = join(ctx.tmp, 'base');
    mkdirSync(dir, { recursive: true });
    const [base, ours] = [await promote('on', 'warn', baseCli(BASE_COMMIT, dir)), validated.last];
    // The keys added since the base: each render-counts row names the Helm that rendered it (issue 55), and counts the
    // Helm test hooks left out and the changes Argo CD's sync applies though its diff ignores them (issue 72); the
    // document ends with the run's events (issue 75), none for a dry run; the values contract's report (issue 74), null
    // when the chart version does not move.
    const oursBefore55 = ours.stdout
      .replace(/^ *"helm": "\d+\.\d+\.\d+",\n/gm, '')
      .replace(/,\n *"test-hooks": \d+/g, '')
      .replace(/,\n *"applied-on-sync": \d+/g, '')
      .replace(/,\n *"events": \[\]\n}/, '\n}')
      .replace(/^ *"values-contract": null,\n/m, '');
    const same = base.stdout === oursBefore55 && base.code === ours.code;
    if (!same) ctx.log(`render-300: promote --render on differs from ${BASE_COMMIT}'s: ${firstDifference(base.stdout, oursBefore55)}`);
    return [
      {
        case: 'promote, 300 rendered objects all changed: time rendering adds (render on − off, validate off)',
        oursMs: added,
        peer: 'helm template before + after, side by side',
        peerMs: peer.ms,
        peakMB: on.peakRssMB,
        target: '≤ 2× the two helm template runs',
        met: added <= 2 * peer.ms,
      },
      {
        case: 'the same promote: time validate warn adds on top of the render',
        oursMs: validation,
        peer: 'the render it sits on',
        peerMs: added,
        peakMB: validated.peakRssMB,
        target: '≤ 25 % of the render',
        met: validation <= 0.25 * added,
      },
      {
        case: `the same promote's --json output (render on, validate warn) against ${BASE_COMMIT}'s CLI`,
        oursMs: ours.ms,
        peer: `${BASE_COMMIT}'s CLI`,
        peerMs: base.ms,
        target: 'byte for byte the same (its helm, test-hooks, applied-on-sync, events and values-contract keys aside)',
        met: same,
      },
    ] satisfies BenchRow[];
  } finally {
    fixture.cleanup();
  }
};

export default bench;
