// Schema validation of rendered objects (issue 57, item 3): what validating adds to `lockstep check` on a
// 300-object chart (100 services, each a Deployment, a Service and a ConfigMap), through the committed CLI
// bundle with the real Helm 3.17.3 on PATH. Ours: the check with validate warn minus validate off (the
// schemas' load included, as every run pays it once). The render it sits on: validate off minus render off.
// The peer is what a user scripts today beside `helm template`: a kubeconform-equivalent pass, here the same
// kubernetes-models validators run over `helm template`'s output by a plain Node script (yaml parse, one
// validator per apiVersion/kind, no strict pass), as its own process. Target: validation ≤ 25 % of the render.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitFixture } from '../harness/git-fixture.ts';
import type { Bench, BenchRow } from './context.ts';
import { formatMs, timeFn, timeSpawn } from './measure.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(repoRoot, 'packages', 'cli', 'dist', 'lockstep.js');
const chart = (version: string) => `apiVersion: v2\nname: big\nversion: ${version}\n`;
const TEMPLATE = [
  '{{- range $i := until 100 }}',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: { name: svc-{{ $i }}, labels: { app: svc-{{ $i }} } }',
  'spec:',
  '  replicas: {{ $.Values.replicas }}',
  '  selector: { matchLabels: { app: svc-{{ $i }} } }',
  '  template:',
  '    metadata: { labels: { app: svc-{{ $i }} } }',
  '    spec:',
  '      containers:',
  '        - name: app',
  `          image: ghcr.io/acme/svc@sha256:${'a'.repeat(64)}`,
  '          ports: [{ name: http, containerPort: 8080 }]',
  '          resources: { limits: { cpu: 500m, memory: 128Mi }, requests: { cpu: 100m, memory: 64Mi } }',
  '          readinessProbe: { httpGet: { path: /healthz, port: http } }',
  '          env: [{ name: MODE, value: prod }, { name: INDEX, value: "{{ $i }}" }]',
  '---',
  'apiVersion: v1',
  'kind: Service',
  'metadata: { name: svc-{{ $i }} }',
  'spec: { selector: { app: svc-{{ $i }} }, ports: [{ name: http, port: 80, targetPort: http }] }',
  '---',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: { name: svc-{{ $i }} }',
  'data: { index: "{{ $i }}", mode: prod }',
  '---',
  '{{- end }}',
  '',
].join('\n');

/** The peer's script: parse helm template's output, validate each document with the package's validator. */
const PEER = `
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import * as k8s from 'kubernetes-models';
const models = new Map();
const walk = (ns) => { for (const v of Object.values(ns)) { if (typeof v === 'function') { if (v.apiVersion && v.kind) models.set(v.apiVersion + '/' + v.kind, v); } else if (v && typeof v === 'object') walk(v); } };
walk(k8s);
let invalid = 0;
for (const doc of parseAllDocuments(readFileSync(process.argv[2], 'utf8'))) {
  const o = doc.toJS();
  if (!o) continue;
  try { models.get(o.apiVersion + '/' + o.kind)?.prototype.validate.call(o); } catch { invalid++; }
}
process.stdout.write(String(invalid));
`;

const bench: Bench = async (ctx) => {
  const helm = process.env.LOCKSTEP_HELM ?? join(repoRoot, 'tools', 'kube', 'bin', 'helm');
  const path = `${dirname(helm)}:${process.env.PATH ?? '/usr/bin:/bin'}`;
  const fixture = GitFixture.create({
    '.github/lockstep.yml': 'charts: [charts/*]\nenvironments:\n  - { name: dev, values: envs/dev.yaml }\n',
    'charts/big/Chart.yaml': chart('1.0.0'),
    'charts/big/values.yaml': 'replicas: 1\n',
    'charts/big/templates/all.yaml': TEMPLATE,
    'envs/dev.yaml': 'replicas: 2\n',
  });
  try {
    fixture.git('branch', 'base');
    fixture.commit('feat: three replicas', { 'charts/big/Chart.yaml': chart('1.1.0'), 'envs/dev.yaml': 'replicas: 3\n' });
    const check = (extra: string[]) =>
      timeFn(ctx.runs, () =>
        timeSpawn(ctx.node, [cli, 'check', '--base', 'base', '--head', 'HEAD', ...extra], {
          cwd: fixture.dir,
          env: { PATH: path, HOME: ctx.tmp, LANG: 'C.UTF-8' },
        }),
      );
    const noRender = await check(['--render', 'off']);
    const off = await check(['--render', 'on', '--validate', 'off']);
    const on = await check(['--render', 'on', '--validate', 'warn']);
    const out = execFileSync(ctx.node, [cli, 'check', '--base', 'base', '--head', 'HEAD', '--validate', 'warn'], {
      cwd: fixture.dir,
      env: { PATH: path, HOME: ctx.tmp, LANG: 'C.UTF-8' },
      encoding: 'utf8',
    });
    if (!out.includes('100 changed, 0 added, 0 removed in dev') || out.includes('warning')) throw new Error(`check printed:\n${out}`);

    // The peer: helm template then the validators over its output, as a user's workflow step would.
    const rendered = join(ctx.tmp, 'rendered.yaml');
    const script = join(repoRoot, 'packages', 'core', 'validate-peer.bench.mjs');
    writeFileSync(script, PEER);
    const helmArgs = ['template', 'big', join(fixture.dir, 'charts', 'big'), '--values', join(fixture.dir, 'envs', 'dev.yaml')];
    const helmRun = await timeFn(ctx.runs, async () => {
      const t = await timeSpawn(helm, helmArgs, { env: { PATH: path, HOME: ctx.tmp } });
      writeFileSync(rendered, t.stdout);
      return t;
    });
    const peer = await timeFn(ctx.runs, () => timeSpawn(ctx.node, [script, rendered], { env: { PATH: path } }));
    execFileSync('rm', ['-f', script]);
    const render = off.ms - noRender.ms;
    const added = on.ms - off.ms;
    ctx.log(
      `validate: lockstep check on 300 objects ${formatMs(noRender.ms)} without rendering, ${formatMs(off.ms)} rendered, ${formatMs(on.ms)} rendered and validated: validation adds ${formatMs(added)} to a render of ${formatMs(render)} (${((100 * added) / render).toFixed(0)} %); helm template ${formatMs(helmRun.ms)} + the kubeconform-equivalent script ${formatMs(peer.ms)}`,
    );
    const row: BenchRow = {
      case: 'check, 300-object chart: time schema validation adds (validate warn − off)',
      oursMs: added,
      peer: 'kubernetes-models validators over helm template output, a plain node script',
      peerMs: peer.ms,
      floorMs: render,
      peakMB: on.peakRssMB,
      target: '≤ 25 % of the render it validates',
      met: added <= 0.25 * render,
    };
    return [row];
  } finally {
    fixture.cleanup();
  }
};

export default bench;
