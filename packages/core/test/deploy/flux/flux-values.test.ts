import { UserError, UserErrors } from '../../../src/errors.ts';
import { parseConfigText } from '../../../src/config/config.ts';
import { planPromotion } from '../../../src/promote/plan.ts';
import type { PlanWorld } from '../../../src/promote/plan-world.ts';
import { checkRoute } from '../../../src/promote/request.ts';
import { pinPath } from '../../../src/promote/place.ts';
import { digest as d, promoteRequestFor } from '../../helpers.ts';
import { planWorldDouble } from '../../promote/ports-double.ts';

// Issue 56, item 1: a HelmRelease's spec.valuesFrom ConfigMaps followed into the repository (a configMapGenerator
// file, a ConfigMap manifest), valuesKey and targetPath honoured, Flux's merge order deciding where a pin lives.

const cfg = parseConfigText(
  [
    'services:',
    '  podinfo: { image: ghcr.io/acme/podinfo, values-key: image }',
    'environments:',
    '  - { name: staging, helmrelease: apps/staging/release.yaml }',
    '  - { name: production, helmrelease: apps/production/release.yaml, protected: true }',
    '',
  ].join('\n'),
  '.github/lockstep.yml',
);

function world(files: Record<string, string>): PlanWorld {
  return planWorldDouble({
    readBase: async (p) => files[p],
    lastCommit: async () => 'f'.repeat(40),
    readLocal: () => undefined,
    resolveDigest: async () => d('9'),
  });
}

const plan = (files: Record<string, string>) => {
  const req = promoteRequestFor(cfg, { from: { kind: 'env', env: 'staging' }, to: 'production' });
  return planPromotion(req, checkRoute(req), world(files));
};

const failure = async (p: Promise<unknown>): Promise<string[]> => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (e instanceof UserErrors) return e.errors.map((x) => x.format());
  if (e instanceof UserError) return [e.format()];
  throw new Error(`expected a UserError, got ${String(e)}`);
};

/** A HelmRelease taking values from `from` (valuesFrom entries, each a list of lines) with `values` lines under spec.values. */
const release = (version: string, from: string[][], values: string[] = ['    replicaCount: 2']) =>
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
    ...from.flatMap((lines) => lines.map((l, i) => (i === 0 ? `    - ${l}` : `      ${l}`))),
    '  values:',
    ...values,
    '',
  ].join('\n');

const CM = ['kind: ConfigMap', 'name: podinfo-values'];
const generated = (tag: string, digestOf: string) =>
  `# podinfo values, generated into the podinfo-values ConfigMap\nimage:\n  repository: ghcr.io/acme/podinfo\n  tag: "${tag}" # promoted\n  digest: ${digestOf}\nresources: {}\n`;
const kustomization = (file = 'podinfo-values.yaml') =>
  [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    '  - release.yaml',
    'configMapGenerator:',
    '  - name: other',
    '    files: [values.yaml=other.yaml]',
    '  - name: podinfo-values',
    '    files:',
    `      - values.yaml=${file}`,
    'configurations: [kustomizeconfig.yaml]',
    '',
  ].join('\n');
const generatorRepo = (prodRelease: string, prodValues = generated('6.5.0', d('b'))) => ({
  'apps/staging/kustomization.yaml': kustomization(),
  'apps/staging/release.yaml': release('6.5.4', [CM]),
  'apps/staging/podinfo-values.yaml': generated('6.5.4', d('a')),
  'apps/production/kustomization.yaml': kustomization(),
  'apps/production/release.yaml': prodRelease,
  'apps/production/podinfo-values.yaml': prodValues,
});

describe('spec.valuesFrom ConfigMaps followed into the repository', () => {
  test('a configMapGenerator file (values.yaml=<file>) holds the pins: written there, the chart version in the HelmRelease', async () => {
    const p = await plan(generatorRepo(release('6.5.0', [CM])));
    expect(p.files.map((f) => [f.path, f.after])).toEqual([
      [
        'apps/production/podinfo-values.yaml',
        `# podinfo values, generated into the podinfo-values ConfigMap\nimage:\n  repository: ghcr.io/acme/podinfo\n  tag: "6.5.4" # promoted\n  digest: ${d('a')}\nresources: {}\n`,
      ],
      ['apps/production/release.yaml', release('6.5.4', [CM])],
    ]);
    expect(p.changes.map((c) => [c.service, c.file, c.line])).toEqual([['podinfo', 'apps/production/podinfo-values.yaml', 4]]);
  });

  test('spec.values holding the key wins over the ConfigMap (Flux merges it last): the pin is written in the HelmRelease', async () => {
    const inline = (tag: string, digestOf: string) => ['    image:', `      tag: "${tag}"`, `      digest: ${digestOf}`];
    const p = await plan({
      ...generatorRepo(release('6.5.0', [CM], inline('6.5.0', d('b')))),
      'apps/staging/release.yaml': release('6.5.4', [CM], inline('6.5.4', d('a'))),
    });
    expect(p.files.map((f) => [f.path, f.after])).toEqual([
      ['apps/production/release.yaml', release('6.5.4', [CM], inline('6.5.4', d('a')))],
    ]);
  });

  test('a ConfigMap manifest listed in resources: the pins in its data.<valuesKey> block are edited line by line, comments kept', async () => {
    const manifest = (tag: string, digestOf: string) =>
      [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: podinfo-values',
        'data:',
        '  other.yaml: |',
        '    image: { tag: nope }',
        '  podinfo.yaml: |   # read by the HelmRelease (valuesKey)',
        '      # the image the environment runs',
        '      image:',
        '        repository: ghcr.io/acme/podinfo',
        `        tag: '${tag}'`,
        `        digest: ${digestOf}`,
        '',
        '      ingress: { enabled: false }',
        '',
      ].join('\n');
    const from = [[...CM, 'valuesKey: podinfo.yaml']];
    const k =
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - release.yaml\n  - ./values/configmap.yaml\n';
    const p = await plan({
      'apps/staging/kustomization.yaml': k,
      'apps/staging/release.yaml': release('6.5.4', from),
      'apps/staging/values/configmap.yaml': manifest('6.5.4', d('a')),
      'apps/production/kustomization.yaml': k,
      'apps/production/release.yaml': release('6.5.0', from),
      'apps/production/values/configmap.yaml': manifest('6.5.0', d('b')),
    });
    expect(p.files.map((f) => [f.path, f.after])).toEqual([
      ['apps/production/values/configmap.yaml', manifest('6.5.4', d('a'))],
      ['apps/production/release.yaml', release('6.5.4', from)],
    ]);
    expect(p.changes.map((c) => [c.file, c.line])).toEqual([['apps/production/values/configmap.yaml', 12]]);
  });

  test('a ConfigMap found through the base the overlay names (resources: ../base), in the HelmRelease’s own file', async () => {
    const cm = (tag: string, digestOf: string) =>
      `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: podinfo-values\ndata:\n  values.yaml: |\n    image: ghcr.io/acme/podinfo:${tag}@${digestOf}\n`;
    const p = await plan({
      'apps/staging/release.yaml': release('6.5.4', [CM]) + cm('6.5.4', d('a')),
      'apps/production/release.yaml': release('6.5.0', [CM]) + cm('6.5.0', d('b')),
    });
    expect(p.files.map((f) => [f.path, f.after])).toEqual([['apps/production/release.yaml', release('6.5.4', [CM]) + cm('6.5.4', d('a'))]]);
  });

  test('a Secret listed before the ConfigMap holding the pins is merged under them: the promotion goes ahead', async () => {
    const from = [['kind: Secret', 'name: podinfo-secrets'], CM];
    const p = await plan({ ...generatorRepo(release('6.5.0', from)), 'apps/staging/release.yaml': release('6.5.4', from) });
    expect(p.files.map((f) => f.path)).toEqual(['apps/production/podinfo-values.yaml', 'apps/production/release.yaml']);
  });

  test('a Secret merged after the ConfigMap holding the pins is refused at its entry, nothing planned', async () => {
    const from = [CM, ['kind: Secret', 'name: podinfo-secrets']];
    expect(await failure(plan({ ...generatorRepo(release('6.5.0', from)), 'apps/staging/release.yaml': release('6.5.4', [CM]) }))).toEqual([
      'apps/production/release.yaml:13: HelmRelease podinfo: spec.valuesFrom Secret podinfo-secrets is a Secret lockstep cannot read, merged over the image pin kept in ConfigMap podinfo-values (values.yaml: apps/production/podinfo-values.yaml) — list the Secret before the source holding the pins (or give it a targetPath outside them): a Secret holds secrets, not image pins',
    ]);
  });

  test('targetPath: a later entry setting image.tag is refused at its line; one setting replicaCount is not a pin', async () => {
    const harmless = [CM, ['kind: Secret', 'name: podinfo-secrets', 'targetPath: replicaCount', 'valuesKey: replicas']];
    const p = await plan({ ...generatorRepo(release('6.5.0', harmless)), 'apps/staging/release.yaml': release('6.5.4', [CM]) });
    expect(p.files.map((f) => f.path)).toEqual(['apps/production/podinfo-values.yaml', 'apps/production/release.yaml']);
    const tag = [CM, ['kind: ConfigMap', 'name: podinfo-tag', 'valuesKey: tag', 'targetPath: image.tag']];
    expect(await failure(plan({ ...generatorRepo(release('6.5.0', tag)), 'apps/staging/release.yaml': release('6.5.4', [CM]) }))).toEqual([
      'apps/production/release.yaml:13: HelmRelease podinfo: spec.valuesFrom ConfigMap podinfo-tag sets image.tag (targetPath) over the image pin kept in ConfigMap podinfo-values (values.yaml: apps/production/podinfo-values.yaml) — keep the pins in the last source Flux merges, or generate this ConfigMap in the repository (configMapGenerator or a ConfigMap manifest)',
    ]);
  });

  test('a ConfigMap with no data in the repository merged after the pins is refused; a generator of another key is not followed', async () => {
    const from = [CM, ['kind: ConfigMap', 'name: cluster-values']];
    expect(await failure(plan({ ...generatorRepo(release('6.5.0', from)), 'apps/staging/release.yaml': release('6.5.4', [CM]) }))).toEqual([
      'apps/production/release.yaml:13: HelmRelease podinfo: spec.valuesFrom ConfigMap cluster-values has no data in the repository lockstep can read, and is merged over the image pin kept in ConfigMap podinfo-values (values.yaml: apps/production/podinfo-values.yaml) — keep the pins in the last source Flux merges, or generate this ConfigMap in the repository (configMapGenerator or a ConfigMap manifest)',
    ]);
    // valuesKey podinfo.yaml: the generator makes values.yaml only, so the pins are looked for in spec.values.
    const other = [[...CM, 'valuesKey: podinfo.yaml']];
    expect(
      await failure(plan({ ...generatorRepo(release('6.5.0', other)), 'apps/staging/release.yaml': release('6.5.4', other) })),
    ).toEqual([
      'apps/staging/release.yaml:15: values key spec.values.image not found (spec.values.image is missing) — add the image under spec.values.image, or fix values-key in the config',
    ]);
  });

  test('pins in a ConfigMap made outside the HelmRelease’s folder are refused (its folder’s history is what soak time reads)', async () => {
    const k = (env: string) =>
      `resources:\n  - release.yaml\nconfigMapGenerator:\n  - name: podinfo-values\n    files: [values.yaml=../shared/${env}.yaml]\n`;
    expect(
      await failure(
        plan({
          'apps/staging/kustomization.yaml': k('staging'),
          'apps/staging/release.yaml': release('6.5.4', [CM]),
          'apps/shared/staging.yaml': generated('6.5.4', d('a')),
          'apps/production/kustomization.yaml': k('production'),
          'apps/production/release.yaml': release('6.5.0', [CM]),
          'apps/shared/production.yaml': generated('6.5.0', d('b')),
        }),
      ),
    ).toEqual([
      "apps/staging/release.yaml:11: the pins of HelmRelease podinfo are in apps/shared/staging.yaml, outside its folder apps/staging — keep the environment's values ConfigMap in apps/staging (or below it), whose history says when its pins changed; or name its file with values: beside helmrelease:",
    ]);
  });

  test('a ConfigMap whose data is a quoted string, not a literal block, is refused at its line', async () => {
    const quoted = (tag: string) =>
      `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: podinfo-values\ndata:\n  values.yaml: "image: ghcr.io/acme/podinfo:${tag}"\n`;
    expect(
      await failure(
        plan({
          'apps/staging/release.yaml': release('6.5.4', [CM]) + quoted('6.5.4'),
          'apps/production/release.yaml': release('6.5.0', [CM]) + quoted('6.5.0'),
        }),
      ),
    ).toEqual([
      'apps/staging/release.yaml:21: ConfigMap podinfo-values: data.values.yaml is not a literal block (|), so its values cannot be edited in place — write the values as data.values.yaml: | followed by the indented YAML',
    ]);
  });

  test('the history soak time and approvals read is the HelmRelease’s folder, where its ConfigMap’s file lives too', () => {
    const env = {
      name: 'production',
      protected: true,
      helmrelease: 'apps/production/release.yaml',
      values: 'apps/production/release.yaml',
    };
    expect(pinPath(env)).toBe('apps/production');
    expect(pinPath({ ...env, values: 'apps/production/values.yaml' })).toBe('apps/production/values.yaml');
    expect(pinPath({ ...env, helmrelease: 'release.yaml#podinfo', values: 'release.yaml' })).toBe('.');
  });
});
