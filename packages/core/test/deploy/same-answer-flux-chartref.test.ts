import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseConfigText } from '../../src/config/config.ts';
import type { UserError } from '../../src/errors.ts';
import { renderDeployed } from '../../src/deploy/render.ts';
import { deploymentOf } from '../../src/deploy/kind.ts';
import { dryCommitReleaseChart } from '../../src/deploy/flux/release-side.ts';
import { hydrateRefuses } from '../../src/operations/hydrate/judge.ts';
import { renderChecks, type CheckReader } from '../../src/operations/check/render.ts';
import { remoteCharts } from '../../src/operations/check/remote-chart.ts';
import { statusJson, statusView } from '../../src/operations/status/view.ts';
import type { RenderedObject } from '../../src/render/objects.ts';
import { nodeTransport } from '../../src/http/transport.ts';
import { LocalRegistry } from '../../../../action-tests/harness/registry.ts';
import { digest } from '../helpers.ts';
import { dryRun, repo, status } from '../operations/rendered-repo.ts';
import { helmPush, imagesOf, puller, reader, renderers } from './same-answer-helpers.ts';

// Issue 72: one environment, one answer in every command, for a Flux HelmRelease whose chart comes from an
// OCIRepository (spec.chartRef), both in one file as Flux's own examples write them, its values from a ConfigMap a
// configMapGenerator makes of a values file, two targetPath entries and spec.values. Chart podinfo 1.2.0 and 1.3.0
// (another default image, and a metrics sidecar in its template) are pushed with the real Helm to the tests'
// registry. The truth is the real `helm template` of the pulled archive with the values merged as helm-controller
// merges them, written out by hand below; hydrate, status, promote and the check must each say the same.

const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

const API_12 = `ghcr.io/acme/api:6.14.0@${digest('0')}`;
const API_13 = `ghcr.io/acme/api:6.15.0@${digest('6')}`;
const METRICS = `ghcr.io/acme/metrics:2.0.0@${digest('7')}`;

/** Chart podinfo at `version`: its default image, and (1.3.0) a metrics sidecar. `debug` adds args only when truthy. */
const chartAt = (version: string, image: string, sidecar: boolean): Record<string, string> => ({
  'podinfo/Chart.yaml': `apiVersion: v2\nname: podinfo\nversion: ${version}\n`,
  'podinfo/values.yaml': `image: ${image}\nreplicaCount: 1\ntier: none\nteam: none\ndebug: true\n`,
  'podinfo/templates/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ .Release.Name }}',
    '  namespace: {{ .Release.Namespace }}',
    '  labels: { tier: {{ .Values.tier | quote }}, team: {{ .Values.team | quote }} }',
    'spec:',
    '  replicas: {{ .Values.replicaCount }}',
    '  selector: { matchLabels: { app: podinfo } }',
    '  template:',
    '    metadata: { labels: { app: podinfo } }',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: {{ .Values.image }}',
    '          {{- if .Values.debug }}',
    '          args: [--debug]',
    '          {{- end }}',
    ...(sidecar ? ['        - name: metrics', `          image: ${METRICS}`] : []),
    '',
  ].join('\n'),
});

let registry: LocalRegistry;
/** The manifest digests of 1.2.0 and 1.3.0 as `helm push` reported them. */
let digest12: string;
let digest13: string;
beforeAll(async () => {
  registry = await LocalRegistry.start();
  digest12 = await helmPush(chartAt('1.2.0', API_12, false), 'podinfo', `oci://${registry.host}/charts`);
  digest13 = await helmPush(chartAt('1.3.0', API_13, true), 'podinfo', `oci://${registry.host}/charts`);
}, 120_000);
afterAll(async () => {
  await registry?.stop();
});

/** The OCIRepository (`ref` its spec.ref lines) and the HelmRelease of environment `env`, in one file. */
const podinfo = (env: string, ref: string[], values: string[]) =>
  [
    'apiVersion: source.toolkit.fluxcd.io/v1',
    'kind: OCIRepository',
    'metadata: { name: podinfo, namespace: podinfo }',
    'spec:',
    '  interval: 10m',
    `  url: oci://${registry.host}/charts/podinfo`,
    '  ref:',
    ...ref.map((l) => `    ${l}`),
    '---',
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata: { name: podinfo, namespace: podinfo }',
    'spec:',
    '  interval: 10m',
    `  targetNamespace: ${env}`,
    '  chartRef: { kind: OCIRepository, name: podinfo }',
    ...values,
    '',
  ].join('\n');
// prod's values: the generator's values file, then replicaCount and debug set by targetPath, then spec.values.
const PROD_VALUES = [
  '  valuesFrom:',
  '    - { kind: ConfigMap, name: podinfo-values }',
  '    - { kind: ConfigMap, name: podinfo-values, valuesKey: replicas, targetPath: replicaCount }',
  '    - { kind: ConfigMap, name: podinfo-values, valuesKey: debug, targetPath: debug }',
  '  values:',
  '    team: api',
];
const PROD_KUSTOMIZATION = [
  'apiVersion: kustomize.config.k8s.io/v1beta1',
  'kind: Kustomization',
  'resources: [podinfo.yaml]',
  'configMapGenerator:',
  '  - name: podinfo-values',
  '    namespace: podinfo',
  '    files: [values.yaml=values-prod.yaml]',
  '    literals: [replicas=3, \'debug="false"\']',
  'generatorOptions: { disableNameSuffixHash: true }',
  '',
].join('\n');

/** The repository; `pin`, an image prod's values file pins (else it sets none: the chart's default runs). */
const files = (prodRef: string[] = ['tag: 1.2.0'], pin?: string, stagingRef = ['tag: 1.2.0']): Record<string, string> => ({
  '.github/lockstep.yml': [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: image }',
    'environments:',
    '  - { name: staging, helmrelease: apps/staging/podinfo.yaml#podinfo, ocirepository: apps/staging/podinfo.yaml#podinfo }',
    '  - { name: prod, helmrelease: apps/prod/podinfo.yaml#podinfo, ocirepository: apps/prod/podinfo.yaml#podinfo, protected: true }',
    '',
  ].join('\n'),
  'apps/staging/podinfo.yaml': podinfo('staging', stagingRef, ['  values:', `    image: ${API_13}`]),
  'apps/prod/podinfo.yaml': podinfo('prod', prodRef, PROD_VALUES),
  'apps/prod/kustomization.yaml': PROD_KUSTOMIZATION,
  'apps/prod/values-prod.yaml': `${pin ? `image: ${pin}\n` : ''}replicaCount: 2\ntier: backend\ndebug: true\n`,
});

/**
 * The truth: the real `helm pull` of podinfo `version` from the registry and the real `helm template` of it as release
 * prod-podinfo (`[<targetNamespace>-]<name>`) in namespace prod, with `merged` (helm-controller's merge of the values,
 * written by hand) as its one values file. Each object as lockstep's renders give it.
 */
function helmTemplate(version: string, merged: string): RenderedObject[] {
  const root = mkdtempSync(join(tmpdir(), 'lockstep-chartref-'));
  tmp.push(root);
  const env = { ...process.env, HOME: root, HELM_CONFIG_HOME: join(root, 'config'), HELM_CACHE_HOME: join(root, 'cache') };
  const helm = process.env.LOCKSTEP_HELM!;
  const oci = `oci://${registry.host}/charts/podinfo`;
  execFileSync(helm, ['pull', oci, '--version', version, '--plain-http', '--destination', root], { env, stdio: 'pipe' });
  const tgz = join(
    root,
    readdirSync(root).find((f) => f.endsWith('.tgz'))!,
  );
  writeFileSync(join(root, 'merged.yaml'), merged);
  const out = execFileSync(helm, ['template', 'prod-podinfo', tgz, '--namespace', 'prod', '--values', join(root, 'merged.yaml')], {
    env,
    encoding: 'utf8',
  });
  return parseAllDocuments(out).flatMap((d) => {
    const body = d.toJSON() as Record<string, unknown> | null;
    if (!body) return [];
    const meta = body.metadata as { name: string; namespace: string };
    return [{ apiVersion: String(body.apiVersion), kind: String(body.kind), namespace: meta.namespace, name: meta.name, body }];
  });
}

/** The data of ConfigMap podinfo-values as the real `kubectl kustomize` builds apps/prod. */
function configMapData(main: Record<string, string>): unknown {
  const root = mkdtempSync(join(tmpdir(), 'lockstep-chartref-kustomize-'));
  tmp.push(root);
  for (const [p, t] of Object.entries(main)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), t);
  }
  const out = execFileSync(process.env.LOCKSTEP_KUBECTL!, ['kustomize', join(root, 'apps/prod')], { encoding: 'utf8' });
  const docs = parseAllDocuments(out).map((d) => d.toJSON() as { kind: string; data?: unknown });
  return docs.find((d) => d.kind === 'ConfigMap')?.data;
}

/** An object as compared: where it is and its body. */
const shown = (objects: Iterable<RenderedObject>) =>
  [...objects].map((o) => ({ apiVersion: o.apiVersion, kind: o.kind, namespace: o.namespace, name: o.name, body: o.body }));

/** What hydrate renders for prod: its objects. */
async function hydrated(main: Record<string, string>): Promise<RenderedObject[]> {
  const e = { helmrelease: 'apps/prod/podinfo.yaml#podinfo', ocirepository: 'apps/prod/podinfo.yaml#podinfo' };
  const r = await renderDeployed({ name: 'prod', ...e }, [], reader(main), renderers(puller()), (p) => p, hydrateRefuses);
  if (!r.ok) throw new Error(r.message);
  return [...r.objects.values()];
}

/** The label of prod's Helm side as hydrate reads it (its kind's side, its chart pulled as hydrate pulls it). */
async function hydrateLabel(main: Record<string, string>): Promise<string> {
  const e = { name: 'prod', helmrelease: 'apps/prod/podinfo.yaml#podinfo', ocirepository: 'apps/prod/podinfo.yaml#podinfo' };
  const commit = reader(main);
  const input = { reader: commit, chart: dryCommitReleaseChart(commit, puller()), inRepo: (p: string) => p, charts: [] };
  const side = await deploymentOf(e)!.side(input);
  return 'label' in side ? side.label : side.unavailable;
}

/** What status's table says of prod's chart: its chart version cell. */
async function statusChartOfProd(main: Record<string, string>) {
  const rows = statusView(await status(repo(main))).rows;
  return rows.find((r) => r[0] === 'chart version')?.[2];
}

/** What status says prod runs (`<the object it read it from> <image>`), and its chart version column. */
async function statusOfProd(main: Record<string, string>) {
  const s = statusJson(await status(repo(main))) as unknown as {
    environments: {
      name: string;
      'read-from-render'?: Record<string, string>;
      services: Record<string, { tag: string; digest?: string }>;
    }[];
  };
  const prod = s.environments.find((e) => e.name === 'prod')!;
  const pin = prod.services.api;
  return `${prod['read-from-render']?.api ?? '(its file pins it)'} ghcr.io/acme/api:${pin.tag}${pin.digest ? `@${pin.digest}` : ''}`;
}

/** promote staging → prod, dry-run: each image change as `<old> → <new>`, its old side what prod runs now. */
async function promoted(main: Record<string, string>): Promise<string[]> {
  const changes = JSON.parse((await dryRun(repo(main), 'staging', 'prod')).outputs.changes) as Record<string, string | null>[];
  const image = (tag: string | null, d: string | null) => `ghcr.io/acme/api:${tag}${d ? `@${d}` : ''}`;
  return changes.map((c) => `${image(c['old-tag'], c['old-digest'])} → ${image(c['new-tag'], c['new-digest'])}`);
}

/**
 * promote staging → prod, dry-run, whole: the image changes (as `promoted` gives them), the chart row of the
 * changes output (its versions and the OCIRepository's digests), where
 * values-drift read each chart version, prod's OCIRepository spec.ref lines as the promotion writes them, and what
 * its render of prod compared.
 */
async function promotion(main: Record<string, string>) {
  const r = await dryRun(repo(main), 'staging', 'prod');
  const rows = JSON.parse(r.outputs.changes) as Record<string, string | null>[];
  const changes = rows.filter((c) => c.service !== 'chart');
  const chart = rows.find((c) => c.service === 'chart');
  const image = (tag: string | null, d: string | null) => `ghcr.io/acme/api:${tag}${d ? `@${d}` : ''}`;
  const after = r.plan.files.find((f) => f.path === 'apps/prod/podinfo.yaml')?.after ?? main['apps/prod/podinfo.yaml'];
  const lines = after.split('\n');
  const ref = lines.slice(lines.indexOf('  ref:') + 1).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('    ')));
  return {
    images: changes.map((c) => `${image(c['old-tag'], c['old-digest'])} → ${image(c['new-tag'], c['new-digest'])}`),
    chart: chart && `${chart['old-version']} → ${chart['new-version']} (${chart['old-digest']} → ${chart['new-digest']})`,
    drift: r.plan.valuesDrift?.where,
    ref,
    rendered: r.plan.rendered?.what,
  };
}

/** The check's render of prod for a pull request from `base` to `head`, its chart pulled from the registry as the action pulls it. */
async function checked(base: Record<string, string>, head: Record<string, string>) {
  const commits: Record<string, Record<string, string>> = { base, head };
  const checkReader: CheckReader = {
    list: async (commit, dir) => Object.keys(commits[commit]).filter((p) => dir === '.' || p.startsWith(`${dir}/`)),
    read: async (commit, p) => commits[commit][p],
  };
  const home = mkdtempSync(join(tmpdir(), 'lockstep-chartref-home-'));
  tmp.push(home);
  // The harness's switch for plain http to the loopback registry (http/test-switch.ts LOOPBACK_TEST_SWITCH).
  const remote = remoteCharts({ transport: nodeTransport(), env: { LOCKSTEP_TEST_LOOPBACK_HTTP: '1' }, home, secret: () => {} });
  const PATH = `${dirname(process.env.LOCKSTEP_HELM!)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin`;
  const changed = new Set([...new Set([...Object.keys(base), ...Object.keys(head)])].filter((p) => base[p] !== head[p]));
  try {
    const config = parseConfigText(base['.github/lockstep.yml'], '.github/lockstep.yml');
    const tree = { changed, headPaths: new Set(Object.keys(head)) };
    const out = await renderChecks(
      'auto',
      config,
      [],
      { base: 'base', head: 'head' },
      checkReader,
      { PATH, HOME: home },
      (p) => p,
      undefined,
      tree,
      remote,
    );
    const prod = out?.rendered.find((r) => r.environment === 'prod');
    // Each side is shown by what the diff removes and adds (the before side's lines, the after side's), and the after side whole.
    const lines = (diff: string) => diff.split('\n').filter((l) => /^[-+] /.test(l));
    return {
      status: prod?.status,
      what: prod?.what,
      ...(prod?.message ? { message: prod.message } : {}),
      changes: prod?.diff?.changes.map((c) => ({ object: c.object, change: c.change, lines: lines(c.diff) })),
      after: shown(prod?.after?.values() ?? []),
      verdict: out?.verdicts.find((v) => v.environment === 'prod'),
    };
  } finally {
    remote.close();
  }
}

// helm-controller's merge for prod, in Flux's documented order: valuesFrom as listed — the ConfigMap's values.yaml
// (values-prod.yaml), then replicas ("3") at replicaCount and debug ("false", the literal's quotes gone) at debug, each typed as Helm's --set
// types it (an integer, a bool: a string "false" would be truthy in the template) — then spec.values over them.
const MERGED = (tier: string) => `replicaCount: 3\ntier: ${tier}\ndebug: false\nteam: api\n`;

describe('a HelmRelease whose chart is an OCIRepository chartRef: hydrate, status, promote and the check give one answer', () => {
  test('at the base: every command renders chart 1.2.0 with the values as helm-controller merges them', async () => {
    // The ConfigMap as the real kubectl kustomize makes it: the quoted literal's quotes gone, as Flux receives it.
    expect(configMapData(files())).toEqual({
      'values.yaml': 'replicaCount: 2\ntier: backend\ndebug: true\n',
      replicas: '3',
      debug: 'false',
    });
    const truth = helmTemplate('1.2.0', MERGED('backend'));
    expect(imagesOf(truth)).toEqual([`Deployment prod/prod-podinfo (container api) ${API_12}`]);
    expect((truth[0].body as { spec: { replicas: number } }).spec.replicas).toBe(3);
    const main = files();
    expect(shown(await hydrated(main))).toEqual(shown(truth));
    // status reads what prod runs from its render (its values set no image).
    expect(await statusOfProd(main)).toBe(`Deployment prod/prod-podinfo (container api) ${API_12}`);
    // promote's old side is that same image: the key is inserted into prod's spec.values (absent-pin.ts).
    expect(await promoted(main)).toEqual([`${API_12} → ${API_13}`]);
    // prod's values file pinning that image (the layout a promotion writes): hydrate renders the same objects, status
    // reads the pin, and promote's old side is it.
    const pinned = files(['tag: 1.2.0'], API_12);
    expect(shown(await hydrated(pinned))).toEqual(shown(truth));
    expect(await statusOfProd(pinned)).toBe(`(its file pins it) ${API_12}`);
    expect(await promoted(pinned)).toEqual([`${API_12} → ${API_13}`]);
    // The check: a pull request changing prod's values file renders each side with the chart pulled at 1.2.0.
    const head = { ...main, 'apps/prod/values-prod.yaml': 'replicaCount: 2\ntier: frontend\ndebug: true\n' };
    expect(await checked(main, head)).toEqual({
      status: 'rendered',
      what: `HelmRelease podinfo (release prod-podinfo in prod): chart podinfo 1.2.0 → 1.2.0 from oci://${registry.host}/charts/podinfo:1.2.0`,
      changes: [{ object: 'Deployment prod/prod-podinfo', change: 'changed', lines: ['-    tier: backend', '+    tier: frontend'] }],
      after: shown(helmTemplate('1.2.0', MERGED('frontend'))),
      verdict: { environment: 'prod', verdict: 'pinned', images: 1 },
    });
  });

  test('a pull request moving spec.ref.tag 1.2.0 → 1.3.0: the check renders each side at its own version', async () => {
    const base = files();
    const head = files(['tag: 1.3.0']);
    const after = helmTemplate('1.3.0', MERGED('backend'));
    expect(imagesOf(after)).toEqual([
      `Deployment prod/prod-podinfo (container api) ${API_13}`,
      `Deployment prod/prod-podinfo (container metrics) ${METRICS}`,
    ]);
    // The before side is 1.2.0's (its image removed), the after side 1.3.0's whole.
    expect(await checked(base, head)).toEqual({
      status: 'rendered',
      what: `HelmRelease podinfo (release prod-podinfo in prod): chart podinfo 1.2.0 → 1.3.0 from oci://${registry.host}/charts/podinfo:1.3.0`,
      changes: [
        {
          object: 'Deployment prod/prod-podinfo',
          change: 'changed',
          lines: [`-        - image: ${API_12}`, `+        - image: ${API_13}`, `+        - image: ${METRICS}`, '+          name: metrics'],
        },
      ],
      after: shown(after),
      verdict: { environment: 'prod', verdict: 'pinned', images: 2 },
    });
    // Merged, the head is what hydrate renders and what status says prod runs.
    expect(shown(await hydrated(head))).toEqual(shown(after));
    expect(await statusOfProd(head)).toBe(`Deployment prod/prod-podinfo (container api) ${API_13}`);
  });

  test('spec.ref.semver ">=1.2.0 <1.4.0": the highest tag it admits (1.3.0), as source-controller resolves it', async () => {
    const range = ['semver: ">=1.2.0 <1.4.0"'];
    const main = files(range);
    const truth = helmTemplate('1.3.0', MERGED('backend'));
    expect(shown(await hydrated(main))).toEqual(shown(truth));
    // hydrate's side names the version it pulled, the range beside it, and the tag it pulled, as the check does.
    expect(await hydrateLabel(main)).toBe(
      `HelmRelease podinfo: chart podinfo 1.3.0 (>=1.2.0 <1.4.0) from oci://${registry.host}/charts/podinfo:1.3.0, release prod-podinfo in namespace prod, stored in podinfo`,
    );
    expect(await statusOfProd(main)).toBe(`Deployment prod/prod-podinfo (container api) ${API_13}`);
    // status's table names prod's chart as the check does: the version the range pulls, the range beside it.
    expect(await statusChartOfProd(main)).toBe('1.3.0 (>=1.2.0 <1.4.0)');
    const head = { ...main, 'apps/prod/values-prod.yaml': 'replicaCount: 2\ntier: frontend\ndebug: true\n' };
    expect(await checked(main, head)).toEqual({
      status: 'rendered',
      what: `HelmRelease podinfo (release prod-podinfo in prod): chart podinfo 1.3.0 → 1.3.0 (>=1.2.0 <1.4.0) from oci://${registry.host}/charts/podinfo:1.3.0`,
      changes: [{ object: 'Deployment prod/prod-podinfo', change: 'changed', lines: ['-    tier: backend', '+    tier: frontend'] }],
      after: shown(helmTemplate('1.3.0', MERGED('frontend'))),
      verdict: { environment: 'prod', verdict: 'pinned', images: 2 },
    });
    // A pull request moving prod from tag 1.2.0 onto the range: each side named by the version it pulls.
    expect((await checked(files(), main)).what).toBe(
      `HelmRelease podinfo (release prod-podinfo in prod): chart podinfo 1.2.0 → 1.3.0 (>=1.2.0 <1.4.0) from oci://${registry.host}/charts/podinfo:1.3.0`,
    );
    // staging's 1.2.0 over prod's range lowers what prod runs: the range resolves to 1.3.0 today, as source-controller
    // resolves it, and the promotion is refused as any lower chart is, under values-drift error or warn alike.
    const lowered = (drift: string) => {
      const f = files(range, API_12);
      f['.github/lockstep.yml'] = f['.github/lockstep.yml'].replace('protected: true }', `protected: true, values-drift: ${drift} }`);
      return promoted(f).then(
        (changes) => changes,
        (e: UserError) => e.format(),
      );
    };
    const downgrade = `apps/prod/podinfo.yaml:8: chart >=1.2.0 <1.4.0 → 1.2.0 (>=1.2.0 <1.4.0 resolves to 1.3.0 at oci://${registry.host}/charts/podinfo:1.3.0) lowers the chart version prod runs — roll back with from: ref:<tag-or-sha>, or set allow-chart-downgrade: true to lower it on purpose`;
    expect(await lowered('error')).toBe(downgrade);
    expect(await lowered('warn')).toBe(downgrade);
    // staging at 1.3.0, the range's match: no downgrade. promote still refuses the range by design (a promotion reads
    // and writes one exact chart version): values-drift, which compares the chart's values at both versions, cannot
    // read a range no digest pins, and says so at the version's line.
    const refused = await promoted(files(range, API_12, ['tag: 1.3.0'])).then(
      (changes) => changes,
      (e: UserError) => e.format(),
    );
    expect(refused).toBe(
      "apps/prod/podinfo.yaml:8: values-drift: chart podinfo >=1.2.0 <1.4.0 could not be read: '>=1.2.0 <1.4.0' is not an exact chart version — publish each chart version where lockstep reads it (its release tag podinfo-<version> in this repository, its OCI artifact: the Application's registry or chart-registry in the config, or the https Helm repository's index.yaml), or set values-drift: warn to promote without the comparison",
    );
  });

  test('spec.ref.digest beside the range: the artifact of that digest (1.2.0), which source-controller pulls before the range', async () => {
    // Flux's OCIRepository: a digest set wins over semver and tag. The range admits 1.3.0; the digest is 1.2.0's.
    const pinned = ['semver: ">=1.2.0 <1.4.0"', `digest: ${digest12}`];
    const main = files(pinned);
    const truth = helmTemplate('1.2.0', MERGED('backend'));
    expect(imagesOf(truth)).toEqual([`Deployment prod/prod-podinfo (container api) ${API_12}`]);
    expect(shown(await hydrated(main))).toEqual(shown(truth));
    expect(await hydrateLabel(main)).toBe(
      `HelmRelease podinfo: chart podinfo 1.2.0 (>=1.2.0 <1.4.0) from oci://${registry.host}/charts/podinfo@${digest12}, release prod-podinfo in namespace prod, stored in podinfo`,
    );
    expect(await statusOfProd(main)).toBe(`Deployment prod/prod-podinfo (container api) ${API_12}`);
    expect(await statusChartOfProd(main)).toBe(`1.2.0 (>=1.2.0 <1.4.0) ${digest12.slice(0, 19)}`);
    const head = { ...main, 'apps/prod/values-prod.yaml': 'replicaCount: 2\ntier: frontend\ndebug: true\n' };
    expect(await checked(main, head)).toEqual({
      status: 'rendered',
      what: `HelmRelease podinfo (release prod-podinfo in prod): chart podinfo 1.2.0 → 1.2.0 (>=1.2.0 <1.4.0) from oci://${registry.host}/charts/podinfo@${digest12}`,
      changes: [{ object: 'Deployment prod/prod-podinfo', change: 'changed', lines: ['-    tier: backend', '+    tier: frontend'] }],
      after: shown(helmTemplate('1.2.0', MERGED('frontend'))),
      verdict: { environment: 'prod', verdict: 'pinned', images: 1 },
    });
    // promote reads prod's chart as source-controller pulls it, the digest's artifact (1.2.0), and staging's so too:
    // staging pins 1.3.0's digest beside the same range. values-drift compares the two artifacts, each pulled by its
    // digest; the promotion writes staging's digest, which prod then pulls whatever the range admits.
    const staging13 = ['semver: ">=1.2.0 <1.4.0"', `digest: ${digest13}`];
    const where = (d: string, v: string) => `podinfo ${v} from oci://${registry.host}/charts/podinfo@${d}`;
    // promote's render of prod names each side by the version its digest's artifact says, the range beside it.
    const side = (v: string, range: string, d: string) =>
      `HelmRelease podinfo: chart podinfo ${v} (${range}) from oci://${registry.host}/charts/podinfo@${d}, release prod-podinfo in namespace prod, stored in podinfo`;
    expect(await promotion(files(pinned, API_12, staging13))).toEqual({
      images: [`${API_12} → ${API_13}`],
      chart: `>=1.2.0 <1.4.0 → >=1.2.0 <1.4.0 (${digest12} → ${digest13})`,
      drift: `${where(digest12, '1.2.0')}; ${where(digest13, '1.3.0')}`,
      ref: ['    semver: ">=1.2.0 <1.4.0"', `    digest: ${digest13}`],
      rendered: `${side('1.2.0', '>=1.2.0 <1.4.0', digest12)} → ${side('1.3.0', '>=1.2.0 <1.4.0', digest13)}`,
    });
    // prod floating on a range of its own keeps it: source-controller does not read it while the digest stands, and
    // staging's range copied over it would change, unreviewed, what prod floats to once the digest goes.
    const wide = ['semver: ">=1.0.0 <2.0.0"', `digest: ${digest12}`];
    expect(await promotion(files(wide, API_12, staging13))).toEqual({
      images: [`${API_12} → ${API_13}`],
      chart: `>=1.0.0 <2.0.0 → >=1.0.0 <2.0.0 (${digest12} → ${digest13})`,
      drift: `${where(digest12, '1.2.0')}; ${where(digest13, '1.3.0')}`,
      ref: ['    semver: ">=1.0.0 <2.0.0"', `    digest: ${digest13}`],
      rendered: `${side('1.2.0', '>=1.0.0 <2.0.0', digest12)} → ${side('1.3.0', '>=1.0.0 <2.0.0', digest13)}`,
    });
    // Under the one range, staging's digest naming an older chart than prod's lowers what prod runs: refused as
    // a lower version is, the versions the digests pin said.
    const lowered = await promotion(files(['semver: ">=1.2.0 <1.4.0"', `digest: ${digest13}`], API_13, pinned)).then(
      (p) => p,
      (e: UserError) => e.format(),
    );
    expect(lowered).toBe(
      'apps/prod/podinfo.yaml:8: chart >=1.2.0 <1.4.0 → >=1.2.0 <1.4.0 (spec.ref.digest pins 1.3.0 → 1.2.0) lowers the chart version prod runs — roll back with from: ref:<tag-or-sha>, or set allow-chart-downgrade: true to lower it on purpose',
    );
    // Staging's range without a digest is no one artifact: over prod's other range it is refused, nothing written.
    const floating = await promotion(files(wide, API_12, ['semver: ">=1.2.0 <1.4.0"'])).then(
      (p) => p,
      (e: UserError) => e.format(),
    );
    expect(floating).toBe(
      'apps/prod/podinfo.yaml:8: staging\'s chart version is the range ">=1.2.0 <1.4.0", not one version: copying it over prod\'s ">=1.0.0 <2.0.0" would change which versions prod may run, with none reviewed — pass chart-version to one exact version (the one staging runs), or write the range in apps/prod/podinfo.yaml yourself; nothing was written',
    );
  });
});
