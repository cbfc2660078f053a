import { dirname } from 'node:path';
import { parseConfigText } from '../../src/config/config.ts';
import { renderChecks, type CheckReader } from '../../src/operations/check/render.ts';
import { countLine } from '../../src/render/report.ts';

// A fleet's check leaves unparsed each Application that cannot name what the pull request changed (text/spelled.ts):
// one that writes neither a changed chart's name nor its folder's, nor a changed file's name. An Application that
// names them only through YAML escapes, as an attacker's pull request would write it, is still read: the
// environment it deploys is rendered and judged, with the real Helm 3.17.3.

const TOOLS = { PATH: `${dirname(process.env.LOCKSTEP_HELM!)}:/usr/bin:/bin` };
const DIGEST = `sha256:${'b'.repeat(64)}`;

const reader = (commits: Record<string, Record<string, string>>): CheckReader => ({
  list: async (commit, dir) => Object.keys(commits[commit] ?? {}).filter((p) => p.startsWith(`${dir}/`)),
  read: async (commit, p) => commits[commit]?.[p],
});

const CONFIG = [
  'environments:',
  '  - { name: dev, values: env/dev.yaml, application: apps/dev.yaml }',
  '  - { name: prod, values: env/prod.yaml, application: apps/prod.yaml, protected: true }',
  '  - { name: ledger, values: env/ledger.yaml, application: apps/ledger.yaml, protected: true }',
  '',
].join('\n');

/** A git-source Application; `path` and `valueFiles` as the file writes them (escapes included). */
const app = (name: string, path: string, valueFiles: string) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    `metadata: { name: ${name} }`,
    'spec:',
    '  destination: { namespace: live }',
    '  source:',
    '    repoURL: https://github.com/acme/deploy',
    `    path: ${path}`,
    '    targetRevision: main',
    `    helm: { valueFiles: [${valueFiles}] }`,
    '',
  ].join('\n');

const deployment = (chart: string, replicas: string, image: string) =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    `metadata: { name: ${chart} }`,
    'spec:',
    `  replicas: ${replicas}`,
    `  selector: { matchLabels: { app: ${chart} } }`,
    '  template:',
    `    metadata: { labels: { app: ${chart}, tier: "{{ .Values.tier }}" } }`,
    '    spec:',
    '      containers:',
    `        - { name: main, image: "${image}" }`,
    '',
  ].join('\n');

const BASE: Record<string, string> = {
  '.github/lockstep.yml': CONFIG,
  'charts/payments/Chart.yaml': 'apiVersion: v2\nname: payments\nversion: 1.0.0\n',
  'charts/payments/templates/deploy.yaml': deployment('payments', '2', `ghcr.io/acme/payments:1.0.0@${DIGEST}`),
  'charts/ledger/Chart.yaml': 'apiVersion: v2\nname: ledger\nversion: 1.0.0\n',
  'charts/ledger/templates/deploy.yaml': deployment('ledger', '1', `ghcr.io/acme/ledger:1.0.0@${DIGEST}`),
  'env/dev.yaml': 'tier: dev\n',
  'env/prod.yaml': 'tier: prod\n',
  'env/ledger.yaml': 'tier: ledger\n',
  'env/prod-extra.yaml': 'tier: prod\n',
  'apps/dev.yaml': app('pay-dev', 'charts/payments', '../../env/dev.yaml'),
  // prod's Application names its chart folder and its second values file only through double-quoted escapes.
  'apps/prod.yaml': app('pay-prod', '"charts/p\\x61yments"', '../../env/prod.yaml, "../../env/prod-\\x65xtra.yaml"'),
  'apps/ledger.yaml': app('ldg-prod', 'charts/ledger', '../../env/ledger.yaml'),
};

const changedPaths = (head: Record<string, string>) => new Set(Object.keys(head).filter((p) => BASE[p] !== head[p]));

function check(head: Record<string, string>, charts: { path: string; name: string }[]) {
  return renderChecks(
    'auto',
    parseConfigText(CONFIG, '.github/lockstep.yml'),
    charts.map((c) => ({ ...c, base: '1.0.0', head: '1.0.1', required: 'patch', ok: true, problems: [], status: 'changed' }) as never),
    { base: 'base', head: 'head' },
    reader({ base: BASE, head }),
    TOOLS,
    (p) => p,
    undefined,
    { changed: changedPaths(head), headPaths: new Set(Object.keys(head)) },
  );
}

describe('the check reads every Application that may name what a pull request changed, and only those', () => {
  test('the payments chart changes: dev (its path written out) and prod (its path escaped) rendered, ledger not', async () => {
    const head = {
      ...BASE,
      'charts/payments/Chart.yaml': 'apiVersion: v2\nname: payments\nversion: 1.0.1\n',
      'charts/payments/templates/deploy.yaml': deployment('payments', '3', 'evil.example/payments:latest'),
    };
    const out = await check(head, [{ path: 'charts/payments', name: 'payments' }]);
    expect(out?.rendered.map(countLine)).toEqual([
      '1 changed, 0 added, 0 removed in dev (chart payments 1.0.0 → 1.0.1 with Helm 3.17.3)',
      '1 changed, 0 added, 0 removed in prod (chart payments 1.0.0 → 1.0.1 with Helm 3.17.3)',
    ]);
    expect(out?.problems.map((p) => `${p.level} ${p.file}:${p.line}: ${p.message}`)).toEqual([
      'error charts/payments/templates/deploy.yaml:11: prod, a protected environment would run an image not pinned by digest: Deployment live/payments: container main runs evil.example/payments:latest, not pinned by digest (spec.template.spec.containers[0].image); this line writes evil.example/payments:latest',
    ]);
  });

  test('only env/prod-extra.yaml changes: prod, whose escaped valueFiles entry names it, rendered and judged; dev and ledger not', async () => {
    const head = { ...BASE, 'env/prod-extra.yaml': 'tier: canary\n' };
    const out = await check(head, []);
    expect(out?.rendered.map(countLine)).toEqual([
      "1 changed, 0 added, 0 removed in prod (chart payments at charts/payments, prod's values or Application changed with Helm 3.17.3)",
    ]);
    expect(out?.problems).toEqual([]);
  });

  test('only the ledger chart’s folder name appears nowhere else: a change to it renders ledger alone', async () => {
    const head = {
      ...BASE,
      'charts/ledger/Chart.yaml': 'apiVersion: v2\nname: ledger\nversion: 1.0.1\n',
      'charts/ledger/templates/deploy.yaml': deployment('ledger', '2', `ghcr.io/acme/ledger:1.0.0@${DIGEST}`),
    };
    const out = await check(head, [{ path: 'charts/ledger', name: 'ledger' }]);
    expect(out?.rendered.map(countLine)).toEqual(['1 changed, 0 added, 0 removed in ledger (chart ledger 1.0.0 → 1.0.1 with Helm 3.17.3)']);
  });
});
