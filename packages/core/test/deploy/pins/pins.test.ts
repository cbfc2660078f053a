import { UserError } from '../../../src/errors.ts';
import { setScalar } from '../../../src/edits/yaml-edit.ts';
import { findChartRevision, setChartRevision, splitApplicationRef } from '../../../src/deploy/argocd/application.ts';
import { parseValuesKey, pinMatches, readPin, setPin, setPins, type PinTarget } from '../../../src/deploy/pins/pins.ts';
import { userError } from '../../helpers.ts';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

describe('parseValuesKey', () => {
  test.each<[string, (string | number)[]]>([
    ['image', ['image']],
    ['services.api.image', ['services', 'api', 'image']],
    ['spec.source.helm.valuesObject.image', ['spec', 'source', 'helm', 'valuesObject', 'image']],
    ['spec.sources[1].helm.valuesObject.global.imageTag', ['spec', 'sources', 1, 'helm', 'valuesObject', 'global', 'imageTag']],
    ['annotations."example.com/image".ref', ['annotations', 'example.com/image', 'ref']],
  ])('%s', (key, path) => {
    expect(parseValuesKey(key, 'values-key')).toEqual(path);
  });
  test.each(['', 'a..b', 'a.', '.a'])('%j is refused', (key) => {
    expect(userError(() => parseValuesKey(key, 'values-key')).message).toContain('values-key');
  });
});

// Fixture in, exact text out: every byte outside the pin stays.
describe('setPin: byte-minimal pin edits', () => {
  test.each<[string, string, string, PinTarget, string]>([
    [
      'map style, tag and digest',
      'services:\n  api:\n    image:\n      repository: ghcr.io/acme/api # the api\n      tag: "1.7.2"\n      digest: ' +
        D1 +
        '\n  worker:\n    image:\n      tag: 0.9.0\n',
      'services.api.image',
      { tag: '1.7.3', digest: D2 },
      'services:\n  api:\n    image:\n      repository: ghcr.io/acme/api # the api\n      tag: "1.7.3"\n      digest: ' +
        D2 +
        '\n  worker:\n    image:\n      tag: 0.9.0\n',
    ],
    [
      'map style, missing digest key created after tag (4-space indent, CRLF)',
      'services:\r\n    api:\r\n        image:\r\n            repository: ghcr.io/acme/api\r\n            tag: 1.7.2   # pinned\r\n            pullPolicy: IfNotPresent\r\n',
      'services.api.image',
      { tag: '1.7.3', digest: D2 },
      'services:\r\n    api:\r\n        image:\r\n            repository: ghcr.io/acme/api\r\n            tag: 1.7.3   # pinned\r\n            digest: ' +
        D2 +
        '\r\n            pullPolicy: IfNotPresent\r\n',
    ],
    [
      'map style with quoted keys: the new key is quoted the same way',
      '"image":\n  "repository": "ghcr.io/acme/api"\n  "tag": "1.0.0"\n',
      'image',
      { tag: '1.1.0', digest: D1 },
      '"image":\n  "repository": "ghcr.io/acme/api"\n  "tag": "1.1.0"\n  "digest": "' + D1 + '"\n',
    ],
    [
      'map style, a tag-only promotion blanks the stale digest',
      'image:\n  tag: 1.0.0\n  digest: ' + D1 + '\n',
      'image',
      { tag: '1.1.0' },
      'image:\n  tag: 1.1.0\n  digest: ""\n',
    ],
    [
      'single-image chart (seed 003): image.tag at the top, a version that YAML would read as a number is quoted',
      '# staging\nimage:\n  repository: sample-app\n  tag: sha-abc1234\nreplicaCount: 2\n',
      'image',
      { tag: '1.10', digest: D1 },
      '# staging\nimage:\n  repository: sample-app\n  tag: "1.10"\n  digest: ' + D1 + '\nreplicaCount: 2\n',
    ],
    [
      'one-string style kept in that form',
      'api:\n  image: ghcr.io/acme/api:1.7.2@' + D1 + '  # pinned\n',
      'api.image',
      { tag: '1.7.3', digest: D2 },
      'api:\n  image: ghcr.io/acme/api:1.7.3@' + D2 + '  # pinned\n',
    ],
    [
      'one-string style with a registry port and quotes',
      "worker:\n  image: 'localhost:5000/acme/worker:0.9.0'\n",
      'worker.image',
      { tag: '0.9.1', digest: D2 },
      "worker:\n  image: 'localhost:5000/acme/worker:0.9.1@" + D2 + "'\n",
    ],
    [
      'ArgoCD Application inline values (seed 004)',
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  source:\n    chart: serviceradar\n    targetRevision: "1.0.70"\n    helm:\n      valuesObject:\n        core:\n          image:\n            repository: ghcr.io/carverauto/serviceradar-core\n            tag: v1.0.70\n',
      'spec.source.helm.valuesObject.core.image',
      { tag: 'v1.0.71', digest: D1 },
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  source:\n    chart: serviceradar\n    targetRevision: "1.0.70"\n    helm:\n      valuesObject:\n        core:\n          image:\n            repository: ghcr.io/carverauto/serviceradar-core\n            tag: v1.0.71\n            digest: ' +
        D1 +
        '\n',
    ],
    [
      'bare tag key (global.imageTag)',
      'global:\n  imageTag: "latest"\n',
      'global.imageTag',
      { tag: 'v1.0.71' },
      'global:\n  imageTag: "v1.0.71"\n',
    ],
    [
      'already matching: untouched',
      'image:\n  tag: 1.0.0\n  digest: ' + D1 + '\n',
      'image',
      { tag: '1.0.0', digest: D1 },
      'image:\n  tag: 1.0.0\n  digest: ' + D1 + '\n',
    ],
  ])('%s', (_name, before, key, target, after) => {
    const pin = readPin(before, 'values-staging.yaml', key);
    const out = setPin(before, pin, target);
    expect(out.text).toBe(after);
    expect(pinMatches(readPin(out.text, 'values-staging.yaml', key), target)).toBe(true);
  });
});

// A registry move (issue 38, item 5): the digest is written with the repository that holds it, never beside the old one.
describe('setPin: the repository moves with the digest', () => {
  const NEW = 'registry.acme.example/platform/api';
  test.each<[string, string, PinTarget, string]>([
    [
      'map style: repository written in the same edit, its comment kept',
      'api:\n  image:\n    repository: ghcr.io/acme/api # the api\n    tag: "1.7.2"\n    digest: ' + D1 + '\n',
      { tag: '1.7.3', digest: D2, repository: NEW },
      'api:\n  image:\n    repository: registry.acme.example/platform/api # the api\n    tag: "1.7.3"\n    digest: ' + D2 + '\n',
    ],
    [
      'map style with registry: and repository: split',
      'api:\n  image:\n    registry: ghcr.io\n    repository: acme/api\n    tag: "1.7.2"\n    digest: ' + D1 + '\n',
      { tag: '1.7.3', digest: D2, repository: NEW },
      'api:\n  image:\n    registry: registry.acme.example\n    repository: platform/api\n    tag: "1.7.3"\n    digest: ' + D2 + '\n',
    ],
    [
      'a chart that names the key image:',
      'api:\n  image:\n    image: "ghcr.io/acme/api"\n    tag: "1.7.2"\n',
      { tag: '1.7.3', digest: D2, repository: NEW },
      'api:\n  image:\n    image: "registry.acme.example/platform/api"\n    tag: "1.7.3"\n    digest: "' + D2 + '"\n',
    ],
    [
      'string style',
      'api:\n  image: ghcr.io/acme/api:1.7.2@' + D1 + '\n',
      { tag: '1.7.3', digest: D2, repository: NEW },
      'api:\n  image: registry.acme.example/platform/api:1.7.3@' + D2 + '\n',
    ],
    [
      'the same image spelled another way is no move (docker.io/library/nginx = nginx)',
      'web:\n  image:\n    repository: nginx\n    tag: "1.27"\n    digest: ' + D1 + '\n',
      { tag: '1.27', digest: D2, repository: 'docker.io/library/nginx' },
      'web:\n  image:\n    repository: nginx\n    tag: "1.27"\n    digest: ' + D2 + '\n',
    ],
  ])('%s', (_name, before, target, after) => {
    const key = before.split(':')[0] + '.image';
    const out = setPin(before, readPin(before, 'values-prod.yaml', key), target);
    expect(out.text).toBe(after);
    expect(pinMatches(readPin(out.text, 'values-prod.yaml', key), target)).toBe(true);
  });

  test('only the repository moves (same digest): not a match, so it is written', () => {
    const before = 'api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.7.3"\n    digest: ' + D2 + '\n';
    const pin = readPin(before, 'values-prod.yaml', 'api.image');
    expect(pinMatches(pin, { tag: '1.7.3', digest: D2, repository: NEW })).toBe(false);
    expect(setPin(before, pin, { tag: '1.7.3', digest: D2, repository: NEW }).text).toContain(`repository: ${NEW}\n`);
  });

  test('a split registry: map and a repository without a registry host: refused, naming both', () => {
    const before = 'api:\n  image:\n    registry: ghcr.io\n    repository: acme/api\n    tag: "1.7.2"\n';
    const e = userError(() => setPin(before, readPin(before, 'values-prod.yaml', 'api.image'), { digest: D2, repository: 'acme/api' }));
    expect([e.file, e.line, e.message]).toEqual([
      'values-prod.yaml',
      5,
      'api.image pulls ghcr.io/acme/api, but the promoted digest is in acme/api, which has no registry host to write in registry:',
    ]);
  });
});

// setPins applies many pins in one pass; it must write exactly what setPin one pin at a time writes.
describe('setPins: one pass equals pin by pin', () => {
  const text = [
    '# prod',
    'services:',
    '  api:',
    '    image:',
    '      repository: ghcr.io/acme/api   # built by CI',
    '      tag: "1.7.2"',
    `      digest: ${D1}`,
    '  worker:',
    '    image:',
    '      repository: ghcr.io/acme/worker',
    '      tag: 0.9.0',
    '      pullPolicy: IfNotPresent',
    '  web:',
    '    image: ghcr.io/acme/web:2.0.0@' + D1,
    'global:',
    '  imageTag: v1.0.0',
    '',
  ].join('\n');
  test.each<[string, [string, PinTarget][]]>([
    [
      'map, map with a created digest, one-string, bare tag',
      [
        ['services.api.image', { tag: '1.7.3', digest: D2 }],
        ['services.worker.image', { tag: '0.9.1', digest: D2 }],
        ['services.web.image', { tag: '2.1.0', digest: D2 }],
        ['global.imageTag', { tag: 'v1.1.0' }],
      ],
    ],
    ['one pin', [['services.worker.image', { tag: '0.9.1', digest: D1 }]]],
    ['nothing to change', [['services.api.image', { tag: '1.7.2', digest: D1 }]]],
  ])('%s', (_name, targets) => {
    const sequential = targets.reduce((t, [key, target]) => setPin(t, readPin(t, 'values-prod.yaml', key), target).text, text);
    const batch = setPins(
      text,
      targets.map(([key, target]) => ({ pin: readPin(text, 'values-prod.yaml', key), target })),
    );
    expect(batch.text).toBe(sequential);
    for (const [key, target] of targets) expect(pinMatches(readPin(batch.text, 'values-prod.yaml', key), target)).toBe(true);
  });
});

describe('readPin', () => {
  test.each<[string, string, string, Partial<ReturnType<typeof readPin>>]>([
    [
      'map',
      'a:\n  image:\n    registry: ghcr.io\n    repository: acme/api\n    tag: "1.0"\n    digest: ' + D1 + '\n',
      'a.image',
      { style: 'map', repository: 'ghcr.io/acme/api', tag: '1.0', digest: D1, line: 5 },
    ],
    [
      'string',
      'image: ghcr.io/acme/api:2.0@' + D2 + '\n',
      'image',
      { style: 'string', repository: 'ghcr.io/acme/api', tag: '2.0', digest: D2, line: 1 },
    ],
    ['string without digest', 'image: ghcr.io/acme/api:2.0\n', 'image', { style: 'string', tag: '2.0', digest: undefined }],
    ['tag', 'global:\n  imageTag: v1\n', 'global.imageTag', { style: 'tag', tag: 'v1', line: 2 }],
  ])('%s', (_n, text, key, want) => {
    expect(readPin(text, 'v.yaml', key)).toMatchObject(want);
  });

  test('a missing key names the file, the line of the deepest mapping found and the key', () => {
    const e = userError(() => readPin('services:\n  api:\n    image:\n      tag: 1\n', 'values-prod.yaml', 'services.worker.image'));
    expect(e.format()).toBe(
      'values-prod.yaml:2: values key services.worker.image not found (services.worker is missing) — add the image under services.worker.image, or fix values-key in the config',
    );
  });

  test('a tag-only key refuses a digest', () => {
    const text = 'global:\n  imageTag: v1\n';
    const e = userError(() => setPin(text, readPin(text, 'v.yaml', 'global.imageTag'), { tag: 'v2', digest: D1 }));
    expect(e.line).toBe(2);
    expect(e.message).toContain('holds only a tag');
  });

  test('an aliased tag is refused, not edited', () => {
    const text = 'defaults: &d\n  tag: 1.0.0\napi:\n  image: *d\n';
    expect(() => setPin(text, readPin(text, 'v.yaml', 'api.image'), { tag: '2.0.0' })).toThrow(UserError);
  });
});

const APPS = [
  '# dev applications',
  'apiVersion: argoproj.io/v1alpha1',
  'kind: Application',
  'metadata:',
  '  name: data-platform-prod',
  'spec:',
  '  source:',
  '    repoURL: https://github.com/254CARBON/HMCo.git',
  '    path: helm/charts/data-platform',
  '    targetRevision: main',
  '---',
  'apiVersion: argoproj.io/v1alpha1',
  'kind: Application',
  'metadata:',
  '  name: ml-platform-prod',
  'spec:',
  '  sources:',
  '    - repoURL: https://github.com/acme/config.git',
  '      targetRevision: main',
  '      ref: values',
  '    - repoURL: ghcr.io/acme/charts',
  '      chart: ml-platform',
  "      targetRevision: '1.0.0'  # chart",
  '---',
  'apiVersion: argoproj.io/v1alpha1',
  'kind: AppProject',
  'metadata:',
  '  name: prod',
  'spec: {}',
  '',
].join('\n');

describe('Application targetRevision', () => {
  test.each<[string, string | undefined, string[], number | undefined, number, string]>([
    ['by metadata.name in a multi-document file', 'data-platform-prod', [], 0, 10, 'main'],
    ['by chart of a multi-source Application', 'ml-platform', [], 1, 23, '1.0.0'],
    ['by metadata.name, multi-source: the source with a chart', 'ml-platform-prod', [], 1, 23, '1.0.0'],
    ['by path folder name', 'data-platform', [], 0, 10, 'main'],
    ['by config chart folder', undefined, ['charts/ml-platform'], 1, 23, '1.0.0'],
  ])('%s', (_n, name, charts, document, line, current) => {
    const rev = findChartRevision(APPS, 'apps.yaml', name, charts);
    expect(rev).toMatchObject({ document, line, current });
  });

  test('editing one document leaves the others byte for byte', () => {
    const rev = findChartRevision(APPS, 'apps.yaml', 'ml-platform', []);
    const after = setChartRevision(APPS, rev, '1.1.0');
    expect(after).toBe(APPS.replace("      targetRevision: '1.0.0'  # chart", "      targetRevision: '1.1.0'  # chart"));
    const rev2 = findChartRevision(after, 'apps.yaml', 'data-platform-prod', []);
    expect(setChartRevision(after, rev2, '2.0.0')).toBe(
      after.replace(
        '    targetRevision: main\n---\napiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ml',
        '    targetRevision: 2.0.0\n---\napiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ml',
      ),
    );
  });

  test('single Application (seed 003): spec.source.targetRevision', () => {
    const text =
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: sample-app-staging\nspec:\n  source:\n    chart: sample-app\n    targetRevision: 0.1.0-sha-abc1234     # Updated by CI\n';
    const rev = findChartRevision(text, 'apps/staging/sample-app.yaml', undefined);
    expect(setChartRevision(text, rev, '1.2.0')).toBe(text.replace('0.1.0-sha-abc1234', '1.2.0'));
  });

  test('a multi-document file edited without a document index is refused (Chart.yaml and values stay single-document)', () => {
    expect(() => setScalar(APPS, 'apps.yaml', ['metadata', 'name'], 'x')).toThrow('more than one YAML document');
  });

  test.each<[string, string, string | undefined, string]>([
    ['no matching Application', APPS, 'nope', 'no Application in the file matches'],
    ['several and no hint', APPS, undefined, 'no Application in the file matches the configured charts'],
    [
      'no chart source',
      'kind: Application\nmetadata:\n  name: a\nspec:\n  sources:\n    - repoURL: x\n      ref: values\n    - repoURL: y\n      ref: other\n',
      undefined,
      'has no source with the chart',
    ],
    ['not an Application', 'kind: ConfigMap\ndata: {}\n', undefined, 'no ArgoCD Application'],
  ])('%s', (_n, text, name, message) => {
    expect(userError(() => findChartRevision(text, 'apps.yaml', name)).message).toContain(message);
  });

  test('file#name splits', () => {
    expect(splitApplicationRef('environments/prod/argocd-applications.yaml#data-platform-prod')).toEqual({
      file: 'environments/prod/argocd-applications.yaml',
      name: 'data-platform-prod',
    });
    expect(splitApplicationRef('apps/prod.yaml')).toEqual({ file: 'apps/prod.yaml' });
  });
});

// Many services under one mapping take the indexed lookup; it must find what a scan finds.
describe('readPin over a large services mapping', () => {
  const names = Array.from({ length: 40 }, (_, i) => `svc-${i}`);
  const text =
    [
      'services:',
      ...names.flatMap((n, i) => [`  ${n}:`, '    image:', `      repository: ghcr.io/acme/${n}`, `      tag: "1.${i}.0"`]),
    ].join('\n') + '\n';
  test.each([0, 17, 39])('service %i', (i) => {
    expect(readPin(text, 'v.yaml', `services.svc-${i}.image`)).toMatchObject({
      style: 'map',
      tag: `1.${i}.0`,
      repository: `ghcr.io/acme/svc-${i}`,
      line: 2 + i * 4 + 3,
    });
  });
  test('a service that is not there is refused at the mapping', () => {
    const e = userError(() => readPin(text, 'v.yaml', 'services.svc-40.image'));
    expect(e.message).toContain('services.svc-40 is missing');
    expect(e.line).toBe(2);
  });
});
