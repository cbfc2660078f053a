import { UserError, UserErrors } from '../../../src/errors.ts';
import { parseConfigText } from '../../../src/config/config.ts';
import { planPromotion } from '../../../src/promote/plan.ts';
import type { PlanWorld } from '../../../src/promote/plan-world.ts';
import { planWorldDouble } from '../../promote/ports-double.ts';
import { checkRoute } from '../../../src/promote/request.ts';
import { digest, promoteRequestFor, type RequestOver } from '../../helpers.ts';

// The fluxcd/flux2-kustomize-helm-example layout: apps/base holds the HelmRepository and the HelmRelease,
// apps/<env> a kustomize patch of the HelmRelease with the environment's chart version and values.
const d = digest;

const config = (prod: string) =>
  parseConfigText(
    [
      'services:',
      '  podinfo: { image: ghcr.io/acme/podinfo, values-key: image }',
      '  redis: { image: ghcr.io/acme/redis, values-key: redis.image }',
      'environments:',
      '  - { name: staging, helmrelease: apps/staging/podinfo-values.yaml }',
      `  - { name: production, ${prod}, protected: true }`,
      '',
    ].join('\n'),
    '.github/lockstep.yml',
  );

const patch = (version: string, tag: string, digestOf: string, extra: string[] = []) =>
  [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: podinfo',
    '  namespace: podinfo',
    'spec:',
    '  chart:',
    '    spec:',
    `      version: "${version}" # bumped by promotion`,
    ...extra,
    '  # Environment values',
    '  values:',
    '    image:',
    '      repository: ghcr.io/acme/podinfo',
    `      tag: '${tag}'`,
    `      digest: ${digestOf}`,
    '    redis:',
    `      image: ghcr.io/acme/redis:7.2@${d('e')}  # shared`,
    '    ingress: { hosts: [podinfo.example] }',
    '',
  ].join('\n');

const STAGING = patch('6.5.4', '6.5.4', d('a'));
const PRODUCTION = patch('6.5.0', '6.5.0', d('b'));

function world(files: Record<string, string>): PlanWorld {
  return planWorldDouble({
    readBase: async (p) => files[p],
    lastCommit: async () => 'f'.repeat(40),
    resolveDigest: async () => d('9'),
  });
}

async function plan(prod: string, files: Record<string, string>, over: RequestOver = {}) {
  const req = promoteRequestFor(config(prod), { from: { kind: 'env', env: 'staging' }, to: 'production', ...over });
  return planPromotion(req, checkRoute(req), world(files));
}

const failure = async (p: Promise<unknown>): Promise<string[]> => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (e instanceof UserErrors) return e.errors.map((x) => x.format());
  if (e instanceof UserError) return [e.format()];
  throw new Error(`expected a UserError, got ${String(e)}`);
};

describe('HelmRelease (helmrelease:)', () => {
  test('staging → production writes the chart version and the image pins of spec.values, byte for byte elsewhere', async () => {
    const p = await plan('helmrelease: apps/production/podinfo-values.yaml', {
      'apps/staging/podinfo-values.yaml': STAGING,
      'apps/production/podinfo-values.yaml': PRODUCTION,
    });
    expect(p.files.map((f) => f.path)).toEqual(['apps/production/podinfo-values.yaml']);
    expect(p.files[0].after).toBe(
      PRODUCTION.replace('version: "6.5.0"', 'version: "6.5.4"')
        .replace("tag: '6.5.0'", "tag: '6.5.4'")
        .replace(`digest: ${d('b')}`, `digest: ${d('a')}`),
    );
    expect(p.chart).toMatchObject({ file: 'apps/production/podinfo-values.yaml', line: 9, old: '6.5.0', new: '6.5.4' });
    // redis runs the same image in both: unchanged, its one-string pin and comment left alone.
    expect(p.changes.map((c) => [c.service, c.newTag, c.newDigest])).toEqual([['podinfo', '6.5.4', d('a')]]);
  });

  test('image automation markers on the pinned lines are kept byte for byte (the pins found by values-key)', async () => {
    const marked = (text: string) =>
      text
        .replace(/( {6}tag: '[^']*')/, '$1 # {"$imagepolicy": "flux-system:podinfo:tag"}')
        .replace(/( {6}digest: sha256:[0-9a-f]+)/, '$1 # {"$imagepolicy": "flux-system:podinfo:digest"}')
        .replace(/( {4}redis:\n {6}image: [^ ]+) {2}# shared/, '$1 # {"$imagepolicy": "flux-system:redis"}');
    const p = await plan('helmrelease: apps/production/podinfo-values.yaml', {
      'apps/staging/podinfo-values.yaml': marked(STAGING),
      'apps/production/podinfo-values.yaml': marked(PRODUCTION),
    });
    const after = p.files[0].after;
    expect(after).toBe(
      marked(PRODUCTION)
        .replace('version: "6.5.0"', 'version: "6.5.4"')
        .replace("tag: '6.5.0'", "tag: '6.5.4'")
        .replace(`digest: ${d('b')}`, `digest: ${d('a')}`),
    );
    expect(after).toContain(`      tag: '6.5.4' # {"$imagepolicy": "flux-system:podinfo:tag"}\n`);
    expect(after).toContain(`      digest: ${d('a')} # {"$imagepolicy": "flux-system:podinfo:digest"}\n`);
  });

  test('a HelmRelease beside its HelmRepository in one file: the release is found by kind, #name picks it among several', async () => {
    const repo =
      'apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: podinfo\nspec:\n  url: https://charts.example\n---\n';
    const other = '---\n' + PRODUCTION.replace('name: podinfo', 'name: other');
    const p = await plan('helmrelease: apps/production/release.yaml#podinfo', {
      'apps/staging/podinfo-values.yaml': STAGING,
      'apps/production/release.yaml': repo + PRODUCTION + other,
    });
    const after = p.files[0].after;
    expect(after).toBe(
      repo +
        PRODUCTION.replace('version: "6.5.0"', 'version: "6.5.4"')
          .replace("tag: '6.5.0'", "tag: '6.5.4'")
          .replace(`digest: ${d('b')}`, `digest: ${d('a')}`) +
        other,
    );
  });

  test('a HelmRelease without a chart version: one line at its file:line, nothing planned', async () => {
    const bare = PRODUCTION.replace('      version: "6.5.0" # bumped by promotion\n', '      chart: podinfo\n');
    expect(
      await failure(
        plan('helmrelease: apps/production/podinfo-values.yaml', {
          'apps/staging/podinfo-values.yaml': STAGING,
          'apps/production/podinfo-values.yaml': bare,
        }),
      ),
    ).toEqual([
      'apps/production/podinfo-values.yaml:9: HelmRelease podinfo has no spec.chart.spec.version, so Flux deploys the newest chart — pin one chart version: version: <x.y.z> under spec.chart.spec (chart podinfo)',
    ]);
  });

  test('a semver range in the protected HelmRelease is refused at its line when the promotion keeps it', async () => {
    const ranged = PRODUCTION.replace('version: "6.5.0"', 'version: ">=6.0.0"');
    const staging = STAGING.replace('version: "6.5.4"', 'version: ">=6.0.0"');
    expect(
      await failure(
        plan('helmrelease: apps/production/podinfo-values.yaml', {
          'apps/staging/podinfo-values.yaml': staging,
          'apps/production/podinfo-values.yaml': ranged,
        }),
      ),
    ).toEqual([
      "apps/production/podinfo-values.yaml:9: HelmRelease podinfo: spec.chart.spec.version is '>=6.0.0', a range, not one version — pin one exact chart version: spec.chart.spec.version: 1.4.0 (a protected environment deploys only what was promoted)",
    ]);
  });

  test('values from a Secret (spec.valuesFrom) do not stop a promotion whose pins are in spec.values, which Flux merges last', async () => {
    const secret = PRODUCTION.replace(
      '  # Environment values\n',
      '  valuesFrom:\n    - kind: ConfigMap\n      name: podinfo-values\n    - kind: Secret\n      name: podinfo-secrets\n  # Environment values\n',
    );
    const p = await plan('helmrelease: apps/production/podinfo-values.yaml', {
      'apps/staging/podinfo-values.yaml': STAGING,
      'apps/production/podinfo-values.yaml': secret,
    });
    expect(p.files.map((f) => [f.path, f.after])).toEqual([
      [
        'apps/production/podinfo-values.yaml',
        secret
          .replace('version: "6.5.0"', 'version: "6.5.4"')
          .replace("tag: '6.5.0'", "tag: '6.5.4'")
          .replace(`digest: ${d('b')}`, `digest: ${d('a')}`),
      ],
    ]);
  });
});

describe('HelmRelease with spec.chartRef (ocirepository:)', () => {
  const release = (tag: string, digestOf: string) =>
    [
      'apiVersion: helm.toolkit.fluxcd.io/v2',
      'kind: HelmRelease',
      'metadata:',
      '  name: podinfo',
      'spec:',
      '  chartRef:',
      '    kind: OCIRepository',
      '    name: podinfo',
      '  values:',
      '    image:',
      '      repository: ghcr.io/acme/podinfo',
      `      tag: ${tag}`,
      `      digest: ${digestOf}`,
      '    redis:',
      `      image: ghcr.io/acme/redis:7.2@${d('e')}`,
      '',
    ].join('\n');
  const oci = (ref: string) =>
    [
      'apiVersion: source.toolkit.fluxcd.io/v1',
      'kind: OCIRepository',
      'metadata:',
      '  name: podinfo',
      'spec:',
      '  interval: 10m',
      '  url: oci://ghcr.io/acme/charts/podinfo',
      '  ref:',
      `    ${ref}`,
      '',
    ].join('\n');
  const files = (prodRef: string) => ({
    'clusters/staging/apps/podinfo.yaml': release('6.5.4', d('a')),
    'clusters/staging/sources/podinfo.yaml': oci('tag: 6.5.4 # chart'),
    'clusters/production/apps/podinfo.yaml': release('6.5.0', d('b')),
    'clusters/production/sources/podinfo.yaml': oci(prodRef),
  });
  const cfg = parseConfigText(
    [
      'services:',
      '  podinfo: { image: ghcr.io/acme/podinfo, values-key: image }',
      'environments:',
      '  - { name: staging, ocirepository: clusters/staging/sources/podinfo.yaml, helmrelease: clusters/staging/apps/podinfo.yaml }',
      '  - { name: production, ocirepository: clusters/production/sources/podinfo.yaml, helmrelease: clusters/production/apps/podinfo.yaml, protected: true }',
      '',
    ].join('\n'),
    '.github/lockstep.yml',
  );
  const planOci = (f: Record<string, string>) => {
    const req = promoteRequestFor(cfg, { from: { kind: 'env', env: 'staging' }, to: 'production' });
    return planPromotion(req, checkRoute(req), world(f));
  };

  test('the chart version is the OCIRepository spec.ref.tag, the pins the HelmRelease spec.values', async () => {
    const f = files('tag: 6.5.0 # chart');
    const p = await planOci(f);
    expect(p.files.map((x) => [x.path, x.after])).toEqual([
      ['clusters/production/apps/podinfo.yaml', release('6.5.4', d('a'))],
      ['clusters/production/sources/podinfo.yaml', oci('tag: 6.5.4 # chart')],
    ]);
    expect(p.chart).toMatchObject({
      file: 'clusters/production/sources/podinfo.yaml',
      line: 9,
      old: '6.5.0',
      new: '6.5.4',
      chart: 'podinfo',
    });
  });

  test("Flux's chartRef example: the OCIRepository and its HelmRelease of one name in one file, named by file#name for both (issue 72 item 4)", async () => {
    const one = (ref: string, tag: string, digestOf: string) => `${oci(ref)}---\n${release(tag, digestOf)}`;
    const f = {
      'clusters/staging/podinfo.yaml': one('tag: 6.5.4 # chart', '6.5.4', d('a')),
      'clusters/production/podinfo.yaml': one('tag: 6.5.0 # chart', '6.5.0', d('b')),
    };
    const together = parseConfigText(
      [
        'services:',
        '  podinfo: { image: ghcr.io/acme/podinfo, values-key: image }',
        'environments:',
        '  - { name: staging, ocirepository: "clusters/staging/podinfo.yaml#podinfo", helmrelease: "clusters/staging/podinfo.yaml#podinfo" }',
        '  - { name: production, ocirepository: "clusters/production/podinfo.yaml#podinfo", helmrelease: "clusters/production/podinfo.yaml#podinfo" }',
        '',
      ].join('\n'),
      '.github/lockstep.yml',
    );
    const req = promoteRequestFor(together, { from: { kind: 'env', env: 'staging' }, to: 'production' });
    const p = await planPromotion(req, checkRoute(req), world(f));
    expect(p.files.map((x) => [x.path, x.after])).toEqual([
      ['clusters/production/podinfo.yaml', one('tag: 6.5.4 # chart', '6.5.4', d('a'))],
    ]);
    expect(p.chart).toMatchObject({ file: 'clusters/production/podinfo.yaml', line: 9, old: '6.5.0', new: '6.5.4' });
  });

  test('a semver range in the protected environment: one line at its file:line, nothing planned', async () => {
    const f = { ...files('semver: ">=6.0.0"'), 'clusters/staging/sources/podinfo.yaml': oci('semver: ">=6.0.0"') };
    expect(await failure(planOci(f))).toEqual([
      "clusters/production/sources/podinfo.yaml:9: OCIRepository podinfo: spec.ref.semver is '>=6.0.0', a range, not one version — pin one exact version: spec.ref.tag: 1.4.0 (a protected environment deploys only what was promoted)",
    ]);
  });

  test('spec.ref.digest: the source’s digest is written beside the tag (created after it when missing), comments kept', async () => {
    const D = 'sha256:' + '1'.repeat(64);
    const E = 'sha256:' + '2'.repeat(64);
    const both = {
      ...files(`tag: 6.5.0 # chart\n    digest: ${E}`),
      'clusters/staging/sources/podinfo.yaml': oci(`tag: 6.5.4 # chart\n    digest: ${D}`),
    };
    const p = await planOci(both);
    expect(p.files.find((x) => x.path === 'clusters/production/sources/podinfo.yaml')?.after).toBe(
      oci(`tag: 6.5.4 # chart\n    digest: ${D}`),
    );
    const tagOnly = {
      ...files('tag: 6.5.0 # chart'),
      'clusters/staging/sources/podinfo.yaml': oci(`tag: 6.5.4 # chart\n    digest: ${D}`),
    };
    const q = await planOci(tagOnly);
    expect(q.files.find((x) => x.path === 'clusters/production/sources/podinfo.yaml')?.after).toBe(
      oci(`tag: 6.5.4 # chart\n    digest: ${D}`),
    );
  });

  test('spec.ref.digest makes a semver range exact in the protected environment: the digest is written, the range kept', async () => {
    const D = 'sha256:' + '1'.repeat(64);
    const f = { ...files('semver: ">=6.0.0"'), 'clusters/staging/sources/podinfo.yaml': oci(`semver: ">=6.0.0"\n    digest: ${D}`) };
    const p = await planOci(f);
    expect(p.files.find((x) => x.path === 'clusters/production/sources/podinfo.yaml')?.after).toBe(
      oci(`semver: ">=6.0.0"\n    digest: ${D}`),
    );
  });

  test('a production digest the source does not bring is refused at spec.ref.digest, nothing planned', async () => {
    const E = 'sha256:' + '2'.repeat(64);
    expect(await failure(planOci(files(`tag: 6.5.0\n    digest: ${E}`)))).toEqual([
      'clusters/production/sources/podinfo.yaml:10: OCIRepository podinfo pins spec.ref.digest, which Flux pulls before the tag, and the promoted chart 6.5.4 comes without one — pin spec.ref.digest in the source environment’s OCIRepository too, or remove it here',
    ]);
  });

  test('a chartRef release named without its OCIRepository is refused at spec.chartRef', async () => {
    const one = parseConfigText(
      [
        'services:',
        '  podinfo: { image: ghcr.io/acme/podinfo, values-key: image }',
        'environments:',
        '  - { name: staging, helmrelease: clusters/staging/apps/podinfo.yaml }',
        '  - { name: production, helmrelease: clusters/production/apps/podinfo.yaml }',
        '',
      ].join('\n'),
      '.github/lockstep.yml',
    );
    const req = promoteRequestFor(one, { from: { kind: 'env', env: 'staging' }, to: 'production' });
    expect(await failure(planPromotion(req, checkRoute(req), world(files('tag: 6.5.0'))))).toEqual([
      'clusters/staging/apps/podinfo.yaml:7: HelmRelease podinfo takes its chart from OCIRepository podinfo (spec.chartRef), whose file holds the chart version — name that OCIRepository in the environment: ocirepository: <its file>',
    ]);
  });
});

describe('Flux Kustomization (flux-kustomization:) and values in a generated ConfigMap (values: beside helmrelease:)', () => {
  const fluxKs = (env: string, tag: string, digestOf: string) =>
    [
      'apiVersion: kustomize.toolkit.fluxcd.io/v1',
      'kind: Kustomization',
      'metadata:',
      '  name: apps',
      '  namespace: flux-system',
      'spec:',
      `  path: ./apps/${env}`,
      '  images:',
      '    - name: ghcr.io/acme/podinfo # set by promotion',
      `      newTag: "${tag}"`,
      `      digest: ${digestOf}`,
      '',
    ].join('\n');
  const cfg = (prod: string) =>
    parseConfigText(
      [
        'services:',
        '  podinfo: { image: ghcr.io/acme/podinfo }',
        'environments:',
        '  - { name: staging, flux-kustomization: clusters/staging/apps.yaml }',
        `  - { name: production, flux-kustomization: ${prod}, protected: true }`,
        '',
      ].join('\n'),
      '.github/lockstep.yml',
    );
  const planKs = (files: Record<string, string>, prod = 'clusters/production/apps.yaml') => {
    const req = promoteRequestFor(cfg(prod), { from: { kind: 'env', env: 'staging' }, to: 'production' });
    return planPromotion(req, checkRoute(req), world(files));
  };

  test('spec.images is written like an overlay’s images:, the comment kept', async () => {
    const p = await planKs({
      'clusters/staging/apps.yaml': fluxKs('staging', '6.5.4', d('a')),
      'clusters/production/apps.yaml': fluxKs('production', '6.5.0', d('b')),
    });
    expect(p.files.map((f) => [f.path, f.after])).toEqual([['clusters/production/apps.yaml', fluxKs('production', '6.5.4', d('a'))]]);
  });

  test('a production Kustomization with no spec.images entry for the service is refused at its line, nothing planned', async () => {
    const none = fluxKs('production', '6.5.0', d('b')).replace('- name: ghcr.io/acme/podinfo', '- name: ghcr.io/acme/other');
    expect(
      await failure(planKs({ 'clusters/staging/apps.yaml': fluxKs('staging', '6.5.4', d('a')), 'clusters/production/apps.yaml': none })),
    ).toEqual([
      "clusters/production/apps.yaml:8: the Flux Kustomization's spec.images has no entry for ghcr.io/acme/podinfo — add an entry under spec.images: name: ghcr.io/acme/podinfo, newTag:, digest:",
    ]);
  });

  test('a manifests OCIRepository beside the Flux Kustomization (ocirepository:): its spec.ref.tag and digest promoted with spec.images', async () => {
    const D = 'sha256:' + '1'.repeat(64);
    const E = 'sha256:' + '2'.repeat(64);
    const source = (tag: string, digestOf: string) =>
      `apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: manifests\nspec:\n  url: oci://ghcr.io/acme/manifests/podinfo\n  ref:\n    tag: "${tag}" # the manifests\n    digest: ${digestOf}\n`;
    const c = parseConfigText(
      [
        'services:',
        '  podinfo: { image: ghcr.io/acme/podinfo }',
        'environments:',
        '  - { name: staging, flux-kustomization: clusters/staging/apps.yaml, ocirepository: clusters/staging/source.yaml }',
        '  - { name: production, flux-kustomization: clusters/production/apps.yaml, ocirepository: clusters/production/source.yaml, protected: true }',
        '',
      ].join('\n'),
      '.github/lockstep.yml',
    );
    const req = promoteRequestFor(c, { from: { kind: 'env', env: 'staging' }, to: 'production' });
    const p = await planPromotion(
      req,
      checkRoute(req),
      world({
        'clusters/staging/apps.yaml': fluxKs('staging', '6.5.4', d('a')),
        'clusters/staging/source.yaml': source('2.1.0', D),
        'clusters/production/apps.yaml': fluxKs('production', '6.5.0', d('b')),
        'clusters/production/source.yaml': source('2.0.0', E),
      }),
    );
    expect(p.files.map((f) => [f.path, f.after])).toEqual([
      ['clusters/production/apps.yaml', fluxKs('production', '6.5.4', d('a'))],
      ['clusters/production/source.yaml', source('2.1.0', D)],
    ]);
    expect(p.chart).toMatchObject({ file: 'clusters/production/source.yaml', line: 8, old: '2.0.0', new: '2.1.0', chart: 'podinfo' });
  });

  test('values: names the file a configMapGenerator makes the valuesFrom ConfigMap of; the chart version stays the HelmRelease’s', async () => {
    const values = (tag: string, digestOf: string) =>
      `# generated into podinfo-values by configMapGenerator\nimage:\n  repository: ghcr.io/acme/podinfo\n  tag: "${tag}"\n  digest: ${digestOf}\n`;
    const release = (version: string) =>
      [
        'apiVersion: helm.toolkit.fluxcd.io/v2',
        'kind: HelmRelease',
        'metadata:',
        '  name: podinfo',
        'spec:',
        '  chart:',
        '    spec:',
        '      chart: podinfo',
        `      version: ${version}`,
        '  valuesFrom:',
        '    - kind: ConfigMap',
        '      name: podinfo-values',
        '      valuesKey: values.yaml',
        '',
      ].join('\n');
    const c = parseConfigText(
      [
        'services:',
        '  podinfo: { image: ghcr.io/acme/podinfo, values-key: image }',
        'environments:',
        '  - { name: staging, helmrelease: apps/staging/release.yaml, values: apps/staging/values.yaml }',
        '  - { name: production, helmrelease: apps/production/release.yaml, values: apps/production/values.yaml, protected: true }',
        '',
      ].join('\n'),
      '.github/lockstep.yml',
    );
    const req = promoteRequestFor(c, { from: { kind: 'env', env: 'staging' }, to: 'production' });
    const p = await planPromotion(
      req,
      checkRoute(req),
      world({
        'apps/staging/release.yaml': release('6.5.4'),
        'apps/staging/values.yaml': values('6.5.4', d('a')),
        'apps/production/release.yaml': release('6.5.0'),
        'apps/production/values.yaml': values('6.5.0', d('b')),
      }),
    );
    expect(p.files.map((f) => [f.path, f.after])).toEqual([
      ['apps/production/values.yaml', values('6.5.4', d('a'))],
      ['apps/production/release.yaml', release('6.5.4')],
    ]);
  });

  test('a post-renderer of the release setting the image is the pin: written in the release’s file, its values file left as it is', async () => {
    const values = (tag: string, digestOf: string) =>
      `image:\n  repository: ghcr.io/acme/podinfo\n  tag: "${tag}"\n  digest: ${digestOf}\n`;
    const release = (version: string, post: string[]) =>
      [
        'apiVersion: helm.toolkit.fluxcd.io/v2',
        'kind: HelmRelease',
        'metadata:',
        '  name: podinfo',
        'spec:',
        '  chart:',
        '    spec:',
        '      chart: podinfo',
        `      version: ${version}`,
        '  valuesFrom:',
        '    - kind: ConfigMap',
        '      name: podinfo-values',
        '      valuesKey: values.yaml',
        ...post,
        '',
      ].join('\n');
    const post = (tag: string, digest: string) => [
      '  postRenderers:',
      '    - kustomize:',
      '        images:',
      '          - name: ghcr.io/acme/podinfo',
      `            newTag: "${tag}"`,
      `            digest: ${digest}`,
    ];
    const c = parseConfigText(
      [
        'services:',
        '  podinfo: { image: ghcr.io/acme/podinfo, values-key: image }',
        'environments:',
        '  - { name: staging, helmrelease: apps/staging/release.yaml, values: apps/staging/values.yaml }',
        '  - { name: production, helmrelease: apps/production/release.yaml, values: apps/production/values.yaml, protected: true }',
        '',
      ].join('\n'),
      '.github/lockstep.yml',
    );
    const req = promoteRequestFor(c, { from: { kind: 'env', env: 'staging' }, to: 'production' });
    const p = await planPromotion(
      req,
      checkRoute(req),
      world({
        'apps/staging/release.yaml': release('6.5.4', []),
        'apps/staging/values.yaml': values('6.5.4', d('a')),
        'apps/production/release.yaml': release('6.5.0', post('6.5.1', d('c'))),
        'apps/production/values.yaml': values('6.5.0', d('b')),
      }),
    );
    expect(p.files.map((f) => [f.path, f.after])).toEqual([['apps/production/release.yaml', release('6.5.4', post('6.5.4', d('a')))]]);
    expect(p.changes.map((ch) => [ch.file, ch.line, ch.oldTag, ch.newTag])).toEqual([
      ['apps/production/release.yaml', 17, '6.5.1', '6.5.4'],
    ]);
  });
});
