// Render at fleet scale (issue 76): a repository of APPS (100) apps × 3 environments (dev, staging, prod), each app a
// chart of this repository (charts/aNNN) depending on a library chart (charts/lib, a `file://` dependency) that
// renders ~21 objects per environment, a values-<env>.yaml per app beside its chart, and an Argo CD Application per
// app and environment (apps/<env>/aNNN.yaml, a git source's path:). Each environment names all its apps with a glob
// (issue 72, item 8). Through the committed CLI bundle with the real Helm 3.17.3 on PATH, each case against the
// `helm template` runs it cannot avoid, run two at a time (the machine's two cores) on charts whose library is
// vendored (helm needs charts/lib there; lockstep reads the file:// dependency itself), timed in the same run:
//
// - one app changed: `lockstep check` on a pull request changing one app's template (3 environments × 2 sides), the
//   median of rounds alternating with its helm runs;
// - every app changed: the library's template changed (300 environments × 2 sides);
// - a promotion of every app's image, staging → prod (`lockstep promote --json`, a dry run: prod's 100 apps × 2);
// - a hydration of prod (`lockstep hydrate --env prod`, a dry run: 100 renders).
//
// Targets (issue 76): ≤ 2× the one app's runs plus Node's start; ≤ 1.25× the every-app runs and < 60 s; ≤ 1.5× for
// the promotion and the hydration; lockstep's peak ≤ 300 MB. BENCH_FLEET_APPS=N for fewer apps; BENCH_CLI_DIST=DIR
// measures the CLI bundle in DIR instead (a before/after on the same machine).

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { GitFixture, GIT_ENV } from '../harness/git-fixture.ts';
import type { Bench, BenchRow } from './context.ts';
import { formatMs, median, nodeStartFloor, timeSpawn, type Timing } from './measure.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** The CLI bundle measured: BENCH_CLI_DIST's (another commit's, for a before/after), else this tree's. */
const cli = join(process.env.BENCH_CLI_DIST ?? join(repoRoot, 'packages', 'cli', 'dist'), 'lockstep.js');
const APPS = Number(process.env.BENCH_FLEET_APPS ?? 100);
const ENVS = ['dev', 'staging', 'prod'] as const;
const id = (i: number) => `a${String(i).padStart(3, '0')}`;
const digest = (c: string) => `sha256:${c.repeat(64)}`;

/** The library's objects: 7 × (Deployment, Service, ConfigMap), each carrying the app's pin. */
export const LIBRARY = (marker: string) =>
  [
    '{{- define "lib.objects" -}}',
    '{{- $pin := printf "%s:%s@%s" .Values.image.repository .Values.image.tag .Values.image.digest }}',
    '{{- range $i := until 7 }}',
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: {{ $.Chart.Name }}-{{ $i }}, labels: { app: {{ $.Chart.Name }}-{{ $i }} } }',
    'spec:',
    '  replicas: 2',
    '  selector: { matchLabels: { app: {{ $.Chart.Name }}-{{ $i }} } }',
    '  template:',
    `    metadata: { labels: { app: {{ $.Chart.Name }}-{{ $i }} }, annotations: { lockstep.dev/bench: "${marker}" } }`,
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: {{ $pin | quote }}',
    '          resources: { requests: { cpu: 50m, memory: 64Mi } }',
    '---',
    'apiVersion: v1',
    'kind: Service',
    'metadata: { name: {{ $.Chart.Name }}-{{ $i }} }',
    'spec: { selector: { app: {{ $.Chart.Name }}-{{ $i }} }, ports: [{ port: 80, targetPort: 8080 }] }',
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: { name: {{ $.Chart.Name }}-{{ $i }} }',
    'data: { pin: {{ $pin | quote }}, shard: "{{ $i }}" }',
    '{{- end }}',
    '{{- end }}',
    '',
  ].join('\n');

export const appChart = (app: string, version: string, template = '{{ include "lib.objects" . }}\n') => ({
  [`charts/${app}/Chart.yaml`]: [
    'apiVersion: v2',
    `name: ${app}`,
    `version: ${version}`,
    'dependencies:',
    '  - { name: lib, version: 1.0.0, repository: "file://../lib" }',
    '',
  ].join('\n'),
  [`charts/${app}/values.yaml`]: `image: { repository: ghcr.io/acme/${app}, tag: "", digest: "" }\n`,
  [`charts/${app}/templates/all.yaml`]: template,
});

const values = (app: string, tag: string, c: string) =>
  ['image:', `  repository: ghcr.io/acme/${app}`, `  tag: "${tag}"`, `  digest: ${digest(c)}`, ''].join('\n');

const application = (env: string, app: string) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    `metadata: { name: ${app}-${env}, namespace: argocd }`,
    'spec:',
    `  destination: { server: https://kubernetes.default.svc, namespace: ${env} }`,
    '  source:',
    '    repoURL: https://github.com/acme/fleet.git',
    `    path: charts/${app}`,
    '    targetRevision: main',
    '    helm:',
    `      valueFiles: [values-${env}.yaml]`,
    '',
  ].join('\n');

/** The fleet's files: staging pins every app at a new digest (b), dev and prod at the old one (a). */
export function fleetFiles(): Record<string, string> {
  const files: Record<string, string> = {
    '.github/lockstep.yml': [
      'charts: [charts/*]',
      'services:',
      ...Array.from({ length: APPS }, (_, i) => `  ${id(i)}: { image: ghcr.io/acme/${id(i)}, values-key: image }`),
      'environments:',
      ...ENVS.map((e) => `  - { name: ${e}, values: charts/*/values-${e}.yaml, application: apps/${e}/*.yaml, values-drift: off }`),
      'render: on',
      'values-contract: off',
      '',
    ].join('\n'),
    'charts/lib/Chart.yaml': 'apiVersion: v2\nname: lib\ntype: library\nversion: 1.0.0\n',
    'charts/lib/templates/_objects.tpl': LIBRARY('v1'),
  };
  for (let i = 0; i < APPS; i++) {
    Object.assign(files, appChart(id(i), '1.0.0'));
    for (const e of ENVS) {
      files[`charts/${id(i)}/values-${e}.yaml`] = values(id(i), e === 'staging' ? '1.1.0' : '1.0.0', e === 'staging' ? 'b' : 'a');
      files[`apps/${e}/${id(i)}.yaml`] = application(e, id(i));
    }
  }
  return files;
}

/** Runs `jobs` two at a time (the machine's cores), the whole batch timed. */
async function twoAtATime(jobs: (() => Promise<Timing>)[]): Promise<number> {
  const start = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]();
  };
  await Promise.all([worker(), worker()]);
  return performance.now() - start;
}

/** The one app's template after the pull request: one more object in each of its environments. */
export const ONE_APP =
  '{{ include "lib.objects" . }}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: {{ .Chart.Name }}-extra }\ndata: { added: "yes" }\n';

const bench: Bench = async (ctx) => {
  const helm = process.env.LOCKSTEP_HELM ?? join(repoRoot, 'tools', 'kube', 'bin', 'helm');
  const path = `${dirname(helm)}:${process.env.PATH ?? '/usr/bin:/bin'}`;
  const env = { PATH: path, HOME: ctx.tmp, LANG: 'C.UTF-8', ...GIT_ENV };
  const fixture = GitFixture.create(fleetFiles());
  try {
    const ws = fixture.clone('main');
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV } });
    // The two pull requests, as branches of the clone: one app's template, and the library's.
    git(ws, 'checkout', '-q', '-b', 'one-app');
    for (const [p, t] of Object.entries(appChart(id(0), '1.0.1', ONE_APP))) writeFileSync(join(ws, p), t);
    git(ws, 'commit', '-qam', 'a000: a template line');
    git(ws, 'checkout', '-q', '-b', 'every-app', 'main');
    writeFileSync(join(ws, 'charts/lib/templates/_objects.tpl'), LIBRARY('v2'));
    writeFileSync(join(ws, 'charts/lib/Chart.yaml'), 'apiVersion: v2\nname: lib\ntype: library\nversion: 1.0.1\n');
    git(ws, 'commit', '-qam', 'lib: a new annotation');
    git(ws, 'checkout', '-q', 'main');

    // The peers' charts: each app with its library vendored, at each side, as `helm dependency build` leaves it.
    const built = (side: string, lib: string, app: number, template?: string) => {
      const dir = join(ctx.tmp, side, id(app));
      mkdirSync(join(dir, 'templates'), { recursive: true });
      mkdirSync(join(dir, 'charts', 'lib', 'templates'), { recursive: true });
      for (const [p, t] of Object.entries(appChart(id(app), '1.0.0', template)))
        writeFileSync(join(dir, p.slice(`charts/${id(app)}/`.length)), t);
      writeFileSync(join(dir, 'charts/lib/Chart.yaml'), 'apiVersion: v2\nname: lib\ntype: library\nversion: 1.0.0\n');
      writeFileSync(join(dir, 'charts/lib/templates/_objects.tpl'), lib);
      for (const e of ENVS)
        writeFileSync(join(dir, `values-${e}.yaml`), values(id(app), e === 'staging' ? '1.1.0' : '1.0.0', e === 'staging' ? 'b' : 'a'));
      return dir;
    };
    const render =
      (dir: string, app: string, e: string, valuesFile = join(dir, `values-${e}.yaml`)) =>
      () =>
        timeSpawn(helm, ['template', `${app}-${e}`, dir, '--namespace', e, '--values', valuesFile], { env: { PATH: path, HOME: ctx.tmp } });
    const base = Array.from({ length: APPS }, (_, i) => built('base', LIBRARY('v1'), i));
    const oneHead = built('head', LIBRARY('v1'), 0, ONE_APP);
    const everyHead = Array.from({ length: APPS }, (_, i) => built('head-lib', LIBRARY('v2'), i));
    const staged = join(ctx.tmp, 'prod-after');
    mkdirSync(staged, { recursive: true });

    const node = await nodeStartFloor(ctx.node, 3);
    const lockstep = (args: string[]) => timeSpawn(ctx.node, [cli, ...args], { cwd: ws, env, allowFailure: true, timeoutMs: 30 * 60_000 });
    const checkOn = async (branch: string) => {
      git(ws, 'checkout', '-q', branch);
      try {
        return await lockstep(['check', '--base', 'main', '--json']);
      } finally {
        git(ws, 'checkout', '-q', 'main');
      }
    };
    const rendersIn = (t: Timing) =>
      ((JSON.parse(t.stdout) as { rendered?: { environment: string }[] }).rendered ?? []).map((r) => r.environment);

    // 1. One app changed: a few hundred milliseconds each, so rounds of the check and its peer alternate (a first
    // round only warms the caches) and each figure is the median of its rounds: one sample of either moved by ±20 %.
    const oneRounds: { check: Timing; peer: number }[] = [];
    for (let r = -1; r < Math.max(ctx.runs, 5); r++) {
      const check = await checkOn('one-app');
      const peer = await twoAtATime(ENVS.flatMap((e) => [render(base[0], id(0), e), render(oneHead, id(0), e)]));
      if (r >= 0) oneRounds.push({ check, peer });
    }
    const byMs = [...oneRounds].sort((a, b) => a.check.ms - b.check.ms);
    const one = { ...byMs[byMs.length >> 1].check, peakRssMB: Math.max(...oneRounds.map((o) => o.check.peakRssMB)) };
    const oneEnvs = new Set(rendersIn(one));
    const onePeer = median(oneRounds.map((o) => o.peer));
    // 2. Every app changed.
    const every = await checkOn('every-app');
    const everyEnvs = new Set(rendersIn(every));
    const everyPeer = await twoAtATime(
      Array.from({ length: APPS }, (_, i) => ENVS.flatMap((e) => [render(base[i], id(i), e), render(everyHead[i], id(i), e)])).flat(),
    );
    // 3. A promotion of every app's image, staging → prod (a dry run).
    const promote = await lockstep(['promote', '--from', 'staging', '--to', 'prod', '--json']);
    const promoted = (JSON.parse(promote.stdout) as { changes?: unknown[] }).changes?.length ?? 0;
    const promotePeer = await twoAtATime(
      Array.from({ length: APPS }, (_, i) => {
        const after = join(staged, `${id(i)}.yaml`);
        writeFileSync(after, values(id(i), '1.1.0', 'b'));
        return [render(base[i], id(i), 'prod'), render(base[i], id(i), 'prod', after)];
      }).flat(),
    );
    // 4. A hydration of prod (a dry run).
    git(ws, 'checkout', '-q', 'main');
    writeFileSync(
      join(ws, '.github/lockstep.yml'),
      fleetFiles()['.github/lockstep.yml'].replace(
        'values-drift: off }\nrender',
        'values-drift: off, hydrate: { branch: environment/prod } }\nrender',
      ),
    );
    git(ws, 'commit', '-qam', 'prod hydrated');
    const hydrate = await lockstep(['hydrate', '--env', 'prod']);
    const hydratePeer = await twoAtATime(Array.from({ length: APPS }, (_, i) => render(base[i], id(i), 'prod')));

    ctx.log(
      [
        `render-fleet (${APPS} apps × 3 environments): node start ${formatMs(node.ms)}`,
        `  one app changed: lockstep check ${formatMs(one.ms)} (median of ${oneRounds.length} rounds, each beside its helm runs; exit ${one.code}, ${oneEnvs.size} environments rendered: ${[...oneEnvs].join(', ')}), peak ${one.peakRssMB} MB; its 6 helm runs two at a time ${formatMs(onePeer)}`,
        `  every app changed: lockstep check ${formatMs(every.ms)} (exit ${every.code}, ${everyEnvs.size} environments rendered), peak ${every.peakRssMB} MB; ${APPS * 6} helm runs two at a time ${formatMs(everyPeer)}`,
        `  promote staging → prod: ${formatMs(promote.ms)} (exit ${promote.code}, ${promoted} changes), peak ${promote.peakRssMB} MB; ${APPS * 2} helm runs two at a time ${formatMs(promotePeer)}`,
        `  hydrate prod: ${formatMs(hydrate.ms)} (exit ${hydrate.code}), peak ${hydrate.peakRssMB} MB; ${APPS} helm runs two at a time ${formatMs(hydratePeer)}`,
      ].join('\n'),
    );
    const within = (t: Timing) => t.peakRssMB <= 300;
    return [
      {
        case: `check, one app of ${APPS} changed (its 3 environments rendered before and after)`,
        oursMs: one.ms,
        peer: '6 helm template runs, two at a time',
        peerMs: onePeer,
        floorMs: onePeer + node.ms,
        peakMB: one.peakRssMB,
        target: '≤ 2× (the helm runs + node start), ≤ 300 MB, only that app rendered',
        met: one.ms <= 2 * (onePeer + node.ms) && within(one) && oneEnvs.size === 3,
      },
      {
        case: `check, the library every app depends on changed (${APPS * 3} environments × 2 sides)`,
        oursMs: every.ms,
        peer: `${APPS * 6} helm template runs, two at a time`,
        peerMs: everyPeer,
        peakMB: every.peakRssMB,
        target: '≤ 1.25× the helm runs, < 60 s, ≤ 300 MB',
        met: every.ms <= 1.25 * everyPeer && every.ms < 60_000 && within(every) && everyEnvs.size === APPS * 3,
      },
      {
        case: `promote staging → prod, every app's image (${APPS} apps, one pull request's plan, dry run)`,
        oursMs: promote.ms,
        peer: `${APPS * 2} helm template runs (prod before and after), two at a time`,
        peerMs: promotePeer,
        peakMB: promote.peakRssMB,
        target: '≤ 1.5× the helm runs, ≤ 300 MB',
        met: promote.ms <= 1.5 * promotePeer && within(promote) && promoted === APPS,
      },
      {
        case: `hydrate prod (${APPS} apps, dry run)`,
        oursMs: hydrate.ms,
        peer: `${APPS} helm template runs, two at a time`,
        peerMs: hydratePeer,
        peakMB: hydrate.peakRssMB,
        target: '≤ 1.5× the helm runs, ≤ 300 MB',
        met: hydrate.ms <= 1.5 * hydratePeer && within(hydrate) && hydrate.code === 0,
      },
    ] satisfies BenchRow[];
  } finally {
    fixture.cleanup();
  }
};

export default bench;
