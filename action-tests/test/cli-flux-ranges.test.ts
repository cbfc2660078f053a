import { execFileSync } from 'node:child_process';
import { fluxDigest as d, fluxRepository, type FluxPins } from '../harness/flux-fixture.ts';
import { type Files, GitFixture } from '../harness/git-fixture.ts';
import { runCli } from '../harness/run-cli.ts';

// Issue 72 through the committed CLI bundle, on Flux repositories:
// - item 9 (audit A10): a HelmRelease whose staging pins a semver range and production a different range: copying
//   staging's range over production's would change which versions production may run with none reviewed, so the
//   promotion is refused at production's version line, nothing written; --chart-version <exact> goes through.
// - item 10 (audit A11): an OCIRepository and its HelmRelease of one name in one file, as Flux's chartRef examples
//   write them, both named `file#podinfo`: lockstep config accepts it and a promotion plans it.

const STAGING: FluxPins = { chart: '>=6.5.0 <7.0.0', tag: '6.5.4', digest: d('a') };
const PRODUCTION: FluxPins = { chart: '6.4.x', tag: '6.5.0', digest: d('b') };
const PATCH = 'apps/production/podinfo-values.yaml';

/** fluxConfig's environments, production not protected (a protected one refuses any range of its own first). */
const UNPROTECTED = [
  'charts: []',
  'render: off',
  'services:',
  '  podinfo: { image: ghcr.io/acme/podinfo, values-key: image }',
  'environments:',
  '  - { name: staging, helmrelease: apps/staging/podinfo-values.yaml }',
  '  - { name: production, helmrelease: apps/production/podinfo-values.yaml, values-drift: off, values-contract: off }',
  '',
].join('\n');

let fixture: GitFixture | undefined;
afterEach(() => {
  fixture?.cleanup();
  fixture = undefined;
});

function clone(files: Files): string {
  fixture = GitFixture.create(files);
  return fixture.clone('main');
}

const porcelain = (ws: string) => execFileSync('git', ['-C', ws, 'status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' });
const head = (ws: string) => execFileSync('git', ['-C', ws, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();

describe("a HelmRelease's semver range over another range", () => {
  test("staging's >=6.5.0 <7.0.0 over production's 6.4.x: refused at production's version line, nothing written", async () => {
    const ws = clone(fluxRepository(STAGING, PRODUCTION, UNPROTECTED));
    const before = head(ws);
    const r = await runCli(['promote', '--from', 'staging', '--to', 'production'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${PATCH}:9: staging's chart version is the range ">=6.5.0 <7.0.0", not one version: copying it over production's "6.4.x" would change which versions production may run, with none reviewed`,
    );
    expect(r.stdout).not.toContain(`--- a/${PATCH}`);
    expect(porcelain(ws)).toBe('');
    expect(head(ws)).toBe(before);
  });

  test('--chart-version 6.5.4: the dry run writes that one version over the range, and the image pins', async () => {
    fixture = GitFixture.create(fluxRepository(STAGING, PRODUCTION, UNPROTECTED));
    // --chart-version names a released version: here the release tag podinfo-6.5.4 (ghcr.io is not reached).
    fixture.git('tag', 'podinfo-6.5.4');
    fixture.git('push', '--quiet', 'origin', 'podinfo-6.5.4');
    const ws = fixture.clone('main');
    const r = await runCli(['promote', '--from', 'staging', '--to', 'production', '--chart-version', '6.5.4'], { cwd: ws });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    expect(r.stdout).toContain(`--- a/${PATCH}`);
    expect(r.stdout).toContain('-      version: "6.4.x" # production chart\n');
    expect(r.stdout).toContain('+      version: "6.5.4" # production chart\n');
    expect(r.stdout).toContain('+      tag: "6.5.4"\n');
    expect(r.stdout).toContain(`+      digest: ${d('a')}\n`);
    expect(porcelain(ws)).toBe('');
  });
});

describe("Flux's chartRef example: an OCIRepository and its HelmRelease of one name in one file", () => {
  const oci = (tag: string, digestOf: string) =>
    [
      'apiVersion: source.toolkit.fluxcd.io/v1',
      'kind: OCIRepository',
      'metadata:',
      '  name: podinfo',
      '  namespace: flux-system',
      'spec:',
      '  interval: 10m',
      '  url: oci://ghcr.io/acme/charts/podinfo',
      '  ref:',
      `    tag: "${tag}" # chart`,
      `    digest: ${digestOf}`,
    ].join('\n');
  const release = (pins: FluxPins) =>
    [
      'apiVersion: helm.toolkit.fluxcd.io/v2',
      'kind: HelmRelease',
      'metadata:',
      '  name: podinfo',
      '  namespace: flux-system',
      'spec:',
      '  interval: 10m',
      '  chartRef:',
      '    kind: OCIRepository',
      '    name: podinfo',
      '  values:',
      '    image:',
      '      repository: ghcr.io/acme/podinfo',
      `      tag: "${pins.tag}"`,
      `      digest: ${pins.digest}`,
      '',
    ].join('\n');
  const one = (chart: string, chartDigest: string, pins: FluxPins) => `${oci(chart, chartDigest)}\n---\n${release(pins)}`;
  const FILES: Files = {
    '.github/lockstep.yml': [
      'charts: []',
      'render: off',
      'services:',
      '  podinfo: { image: ghcr.io/acme/podinfo, values-key: image }',
      'environments:',
      '  - { name: staging, ocirepository: "clusters/staging/podinfo.yaml#podinfo", helmrelease: "clusters/staging/podinfo.yaml#podinfo" }',
      // The chart is on ghcr.io, which the tests do not reach: values-drift and values-contract, which read it, are off.
      '  - { name: production, ocirepository: "clusters/production/podinfo.yaml#podinfo", helmrelease: "clusters/production/podinfo.yaml#podinfo", protected: true, values-drift: off, values-contract: off }',
      '',
    ].join('\n'),
    'clusters/staging/podinfo.yaml': one('6.5.4', d('1'), { chart: '6.5.4', tag: '6.5.4', digest: d('a') }),
    'clusters/production/podinfo.yaml': one('6.5.0', d('2'), { chart: '6.5.0', tag: '6.5.0', digest: d('b') }),
  };

  test('lockstep config accepts it: each environment names both resources by file#podinfo', async () => {
    const ws = clone(FILES);
    const r = await runCli(['config', '--json'], { cwd: ws });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const envs = (JSON.parse(r.stdout) as { config: { environments: Record<string, unknown>[] } }).config.environments;
    expect(envs.map((e) => [e.name, e.ocirepository, e.helmrelease])).toEqual([
      ['staging', 'clusters/staging/podinfo.yaml#podinfo', 'clusters/staging/podinfo.yaml#podinfo'],
      ['production', 'clusters/production/podinfo.yaml#podinfo', 'clusters/production/podinfo.yaml#podinfo'],
    ]);
  });

  test('lockstep promote (a dry run) plans it: the chart tag and digest of the OCIRepository, the image of the HelmRelease, one file', async () => {
    const ws = clone(FILES);
    const r = await runCli(['promote', '--from', 'staging', '--to', 'production'], { cwd: ws });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    expect(r.stdout.match(/^--- a\/.*$/gm)).toEqual(['--- a/clusters/production/podinfo.yaml']);
    expect(r.stdout).toContain('-    tag: "6.5.0" # chart\n');
    expect(r.stdout).toContain('+    tag: "6.5.4" # chart\n');
    expect(r.stdout).toContain(`-    digest: ${d('2')}\n`);
    expect(r.stdout).toContain(`+    digest: ${d('1')}\n`);
    expect(r.stdout).toContain('-      tag: "6.5.0"\n');
    expect(r.stdout).toContain('+      tag: "6.5.4"\n');
    expect(r.stdout).toContain(`+      digest: ${d('a')}\n`);
    expect(porcelain(ws)).toBe('');
  });
});
