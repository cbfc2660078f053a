import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ChartCheck } from '../../src/checks/types.ts';
import { parseConfigText } from '../../src/config/config.ts';
import { renderChecks, type CheckReader } from '../../src/operations/check/render.ts';
import { countLine } from '../../src/render/report.ts';

// A changed chart's base side (the base branch's chart) starts rendering with the first helm on PATH while the check
// still looks for the environments whose inputs changed (operations/check/render.ts): the first run prints that
// Helm's version, so no `helm version` runs, and the comparison uses those outputs only once the version says the
// Helm is usable; the pull request's templates render only with a Helm known usable. Each case has its own
// helm on PATH, a script that logs what it is asked and runs the real Helm 3.17.3: the version a binary answered is
// kept for the rest of a run (render/helm.ts), and each case must ask its own.

const HELM = process.env.LOCKSTEP_HELM!;
const inRepo = (p: string) => p;
const DIGEST = `sha256:${'a'.repeat(64)}`;
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * A folder with a `helm` that logs each call's first argument to `log`, then runs the real Helm; with `says`, the
 * version it gives (`helm version --short`, and the line a template run prints of .Capabilities.HelmVersion) is that.
 */
function helmOnPath(says?: string): { env: NodeJS.ProcessEnv; calls: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'check-helm-ahead-'));
  made.push(dir);
  const log = join(dir, 'calls.log');
  const script = [
    '#!/bin/sh',
    `echo "$1" >> ${log}`,
    says === undefined
      ? `exec ${HELM} "$@"`
      : [
          `if [ "$1" = version ]; then echo "v${says}+g0000000"; exit 0; fi`,
          // Helm prints the probe's line with its own version: rewritten as an older Helm would print its own.
          `${HELM} "$@" | sed -E 's/^(# lockstep-helm-version [0-9a-f]+ )v[0-9.]+$/\\1v${says}/'`,
        ].join('\n'),
    '',
  ].join('\n');
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin', 'helm'), script);
  chmodSync(join(dir, 'bin', 'helm'), 0o755);
  const calls = () => {
    try {
      return readFileSync(log, 'utf8').trim().split('\n');
    } catch {
      return [];
    }
  };
  return { env: { PATH: `${join(dir, 'bin')}:${dirname(HELM)}:/usr/bin:/bin` }, calls };
}

function reader(commits: Record<string, Record<string, string>>): CheckReader {
  return {
    list: async (commit, dir) => Object.keys(commits[commit] ?? {}).filter((p) => dir === '.' || dir === '' || p.startsWith(`${dir}/`)),
    read: async (commit, p) => commits[commit]?.[p],
  };
}

const deployment = (replicas: string) =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: api }',
    'spec:',
    `  replicas: ${replicas}`,
    '  selector: { matchLabels: { app: api } }',
    '  template:',
    '    metadata: { labels: { app: api } }',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: {{ .Values.image }}',
    '',
  ].join('\n');

const tree = (version: string, template: string): Record<string, string> => ({
  '.github/lockstep.yml': [
    'environments:',
    '  - { name: dev, values: charts/api/values-dev.yaml }',
    '  - { name: prod, values: charts/api/values-prod.yaml, protected: true }',
    '',
  ].join('\n'),
  'charts/api/Chart.yaml': `apiVersion: v2\nname: api\nversion: ${version}\n`,
  'charts/api/values.yaml': `image: ghcr.io/acme/api:2.0.0@${DIGEST}\n`,
  'charts/api/values-dev.yaml': 'tier: dev\n',
  'charts/api/values-prod.yaml': 'tier: prod\n',
  'charts/api/templates/deployment.yaml': template,
});

const chart: ChartCheck = {
  path: 'charts/api',
  name: 'api',
  base: '0.3.0',
  head: '0.3.1',
  required: 'patch',
  ok: true,
  problems: [],
  status: 'changed',
  reasons: ['templates/deployment.yaml'],
};

async function checked(head: Record<string, string>, env: NodeJS.ProcessEnv) {
  const base = tree('0.3.0', deployment('1'));
  const config = parseConfigText(base['.github/lockstep.yml'], '.github/lockstep.yml');
  return renderChecks('auto', config, [chart], { base: 'base', head: 'head' }, reader({ base, head }), env, inRepo);
}

describe("the check learns Helm's version from its first render, not from `helm version`", () => {
  test('a changed template: both environments rendered, four template runs and no version run', async () => {
    const helm = helmOnPath();
    const out = await checked(tree('0.3.1', deployment('2')), helm.env);
    expect(out?.rendered.map(countLine)).toEqual([
      '1 changed, 0 added, 0 removed in dev (chart api 0.3.0 → 0.3.1 with Helm 3.17.3)',
      '1 changed, 0 added, 0 removed in prod (chart api 0.3.0 → 0.3.1 with Helm 3.17.3)',
    ]);
    expect(out?.problems).toEqual([]);
    expect(helm.calls()).toEqual(['template', 'template', 'template', 'template']);
  });

  test('the first helm on PATH turns out older than 3.8: only the base branch’s chart ran with it, unused; the render is skipped as before', async () => {
    const helm = helmOnPath('3.7.2');
    const out = await checked(tree('0.3.1', deployment('2')), helm.env);
    expect(out?.rendered).toEqual([
      {
        environment: 'every environment rendered with Helm that the pull request reaches',
        status: 'skipped',
        noHelm: true,
        reached: ['dev', 'prod'],
        message:
          'Helm 3.7.2 is older than 3.8.0; add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off',
      },
    ]);
    // The two base sides (dev's, prod's) ran with it and told its version; the pull request's templates never did,
    // not even after the check returned (a run still queued then would start later: given a second to show).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(helm.calls()).toEqual(['template', 'template']);
  });

  test('no side renders (the head template is broken, the base is new): `helm version` answers instead, and the failure is said', async () => {
    const helm = helmOnPath();
    const broken = tree('0.3.1', '{{ .Values.image | nosuchfunction }}\n');
    const base = {};
    const config = parseConfigText(broken['.github/lockstep.yml'], '.github/lockstep.yml');
    const out = await renderChecks(
      'auto',
      config,
      [{ ...chart, base: null, status: 'new' }],
      { base: 'base', head: 'head' },
      reader({ base, head: broken }),
      helm.env,
      inRepo,
    );
    expect(out?.rendered.map((r) => [r.environment, r.status, r.helm])).toEqual([
      ['dev', 'failed', '3.17.3'],
      ['prod', 'failed', '3.17.3'],
    ]);
    expect(helm.calls().filter((c) => c === 'version')).toEqual(['version']);
  });
});
