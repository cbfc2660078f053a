import { appsOf, configIndexOf, configNameOf, expandFleets, isFleet, matchesOf, pairApps, withDocuments } from '../../src/deploy/fleet.ts';
import { applicationIds } from '../../src/deploy/argocd/documents.ts';
import { isPattern } from '../../src/text/glob.ts';
import { UserError } from '../../src/errors.ts';

// An environment of many apps (issue 72, item 8): a deployer key naming a glob or a folder names every match, each
// an app whose id is what the wildcards matched; apps of two environments pair by id.

const PATHS = [
  '.github/lockstep.yml',
  'apps/prod/a042.yaml',
  'apps/prod/a043.yaml',
  'apps/prod/README.md',
  'apps/staging/a042.yaml',
  'apps/staging/a044.yml',
  'charts/a042/Chart.yaml',
  'charts/a042/values-prod.yaml',
  'charts/a042/values-staging.yaml',
  'charts/a043/values-prod.yaml',
  'clusters/eu/apps/api.yaml',
  'clusters/us/apps/api.yaml',
  'deploy/web/overlays/prod/kustomization.yaml',
  'deploy/jobs/overlays/prod/Kustomization',
  'deploy/empty/overlays/prod/patch.yaml',
];

test('what names many apps: a glob or a folder; a plain path or a #name does not', () => {
  expect(['apps/prod/*.yaml', 'charts/*/values-prod.yaml', 'apps/prod/', 'apps/{a,b}.yaml', 'apps/a?.yaml'].map(isPattern)).toEqual([
    true,
    true,
    true,
    true,
    true,
  ]);
  expect(['apps/prod/myapp.yaml', 'apps/prod.yaml#myapp-prod', 'charts/myapp/values-prod.yaml'].map(isPattern)).toEqual([
    false,
    false,
    false,
  ]);
  expect(isFleet({ name: 'prod', values: 'charts/myapp/values-prod.yaml', application: 'apps/prod/myapp.yaml' })).toBe(false);
  expect(isFleet({ name: 'prod', values: 'charts/myapp/values-prod.yaml', application: 'apps/prod/*.yaml' })).toBe(true);
});

test('an app id is what the wildcards matched: a file stem, a chart folder, segments joined by /', () => {
  const where = { key: 'application' };
  expect([...matchesOf('apps/prod/*.yaml', PATHS, where)]).toEqual([
    ['a042', 'apps/prod/a042.yaml'],
    ['a043', 'apps/prod/a043.yaml'],
  ]);
  expect([...matchesOf('charts/*/values-prod.yaml', PATHS, where)]).toEqual([
    ['a042', 'charts/a042/values-prod.yaml'],
    ['a043', 'charts/a043/values-prod.yaml'],
  ]);
  expect([...matchesOf('clusters/*/apps/*.yaml', PATHS, where)]).toEqual([
    ['eu/api', 'clusters/eu/apps/api.yaml'],
    ['us/api', 'clusters/us/apps/api.yaml'],
  ]);
  // A folder names its .yaml and .yml files, each by its stem.
  expect([...matchesOf('apps/staging/', PATHS, where)]).toEqual([
    ['a042', 'apps/staging/a042.yaml'],
    ['a044', 'apps/staging/a044.yml'],
  ]);
});

test('two files one app id: refused at the config line, saying both', () => {
  const paths = ['apps/prod/a042.yaml', 'apps/prod/a042.yml'];
  let error: unknown;
  try {
    matchesOf('apps/prod/', paths, { key: 'application', file: '.github/lockstep.yml', line: 7 });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).message).toBe(
    "application: 'apps/prod/' names two files as app a042: apps/prod/a042.yaml and apps/prod/a042.yml",
  );
  expect([(error as UserError).file, (error as UserError).line]).toEqual(['.github/lockstep.yml', 7]);
});

test('a glob past the project’s bounds is refused before picomatch sees it', () => {
  expect(() => matchesOf('**/**/**/*.yaml', PATHS, { key: 'values', file: 'c.yml', line: 3 })).toThrow(
    /^values: '\*\*\/\*\*\/\*\*\/\*\.yaml' /,
  );
});

test('an overlay glob names the folders holding a kustomization', () => {
  const fleet = appsOf({ name: 'prod', kustomization: 'deploy/*/overlays/prod' }, PATHS)!;
  expect(fleet.apps.map((a) => [a.id, a.env.name, a.env.kustomization, a.env.fleet])).toEqual([
    ['jobs', 'prod/jobs', 'deploy/jobs/overlays/prod', 'prod'],
    ['web', 'prod/web', 'deploy/web/overlays/prod', 'prod'],
  ]);
});

test('values and Applications named by two globs: one app per id both name; an id one names is partial', () => {
  const fleet = appsOf({ name: 'prod', values: 'charts/*/values-prod.yaml', application: 'apps/prod/*.yaml', protected: true }, PATHS)!;
  expect(fleet.apps.map((a) => a.env)).toEqual([
    {
      name: 'prod/a042',
      values: 'charts/a042/values-prod.yaml',
      application: 'apps/prod/a042.yaml',
      protected: true,
      app: 'a042',
      fleet: 'prod',
    },
    {
      name: 'prod/a043',
      values: 'charts/a043/values-prod.yaml',
      application: 'apps/prod/a043.yaml',
      protected: true,
      app: 'a043',
      fleet: 'prod',
    },
  ]);
  expect(fleet.partial).toEqual([]);
  const staging = appsOf({ name: 'staging', values: 'charts/*/values-staging.yaml', application: 'apps/staging/' }, PATHS)!;
  expect(staging.apps.map((a) => a.id)).toEqual(['a042']);
  expect(staging.partial).toEqual(["a044: application matches apps/staging/a044.yml, values's charts/*/values-staging.yaml matches none"]);
});

test('pairs by id: what both name promotes, what one names is said', () => {
  const from = appsOf({ name: 'staging', application: 'apps/staging/' }, PATHS)!;
  const to = appsOf({ name: 'prod', application: 'apps/prod/*.yaml' }, PATHS)!;
  const p = pairApps(from, to);
  expect(p.pairs.map((x) => [x.id, x.from.env.application, x.to.env.application])).toEqual([
    ['a042', 'apps/staging/a042.yaml', 'apps/prod/a042.yaml'],
  ]);
  expect([p.onlyFrom, p.onlyTo]).toEqual([['a044'], ['a043']]);
});

test('expandFleets: each environment of many apps replaced in place; its apps know the config entry they came from', () => {
  const envs = [
    { name: 'dev', values: 'environments/dev/values.yaml' },
    { name: 'prod', application: 'apps/prod/*.yaml' },
    { name: 'qa', application: 'apps/qa/*.yaml' },
  ];
  const out = expandFleets(envs, PATHS);
  expect(out.map((e) => e.name)).toEqual(['dev', 'prod/a042', 'prod/a043']);
  expect(out.map((e, i) => configIndexOf(e, i))).toEqual([0, 1, 1]);
  expect(out.map(configNameOf)).toEqual(['dev', 'prod', 'prod']);
  // With paths under a working directory: matched in the repository, said as the config writes them.
  const under = expandFleets([{ name: 'prod', application: 'apps/*.yaml' }], ['ops/apps/x.yaml'], {
    inRepo: (p) => `ops/${p}`,
    fromRepo: (p) => p.slice(4),
  });
  expect(under).toEqual([{ name: 'prod/x', application: 'apps/x.yaml', app: 'x', fleet: 'prod' }]);
});

describe('every Application of one file as an app (`#*`)', () => {
  const app = (name: string, sources: string[]) =>
    [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      `metadata: { name: ${name} }`,
      'spec:',
      '  sources:',
      ...sources.map((s) => `    - ${s}`),
      '',
    ].join('\n');
  const FILE = [
    app('api-prod', [
      '{ repoURL: ghcr.io/acme/charts, chart: api, targetRevision: 1.0.0 }',
      '{ repoURL: https://x.example/r.git, ref: values }',
    ]),
    app('web-prod', ['{ repoURL: https://x.example/r.git, path: helm/charts/web, targetRevision: main }']),
    app('db-eu', ['{ repoURL: ghcr.io/acme/charts, chart: db, targetRevision: 2.0.0 }']),
    app('db-us', ['{ repoURL: ghcr.io/acme/charts, chart: db, targetRevision: 2.0.0 }']),
    'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: not-an-app }\ndata: {}\n',
  ].join('---\n');

  test('an app per Application, known by its chart (else its path’s last folder; a chart named twice: metadata.name)', () => {
    expect(applicationIds(FILE, 'env/prod/apps.yaml')).toEqual(['api', 'web', 'db-eu', 'db-us']);
  });

  test('withDocuments lists each document as <file>#<id>, for a file and a glob of files; appsOf names them', async () => {
    const files: Record<string, string> = { 'env/prod/apps.yaml': FILE, 'clusters/eu/apps.yaml': app('x', ['{ chart: api }']) };
    const read = async (p: string) => files[p];
    const env = { name: 'prod', values: 'charts/*/values-prod.yaml', application: 'env/prod/apps.yaml#*' };
    const paths = await withDocuments([env], ['charts/api/values-prod.yaml', 'charts/web/values-prod.yaml', 'env/prod/apps.yaml'], read);
    expect(paths.slice(3)).toEqual([
      'env/prod/apps.yaml#api',
      'env/prod/apps.yaml#web',
      'env/prod/apps.yaml#db-eu',
      'env/prod/apps.yaml#db-us',
    ]);
    const fleet = appsOf(env, paths)!;
    expect(fleet.apps.map((a) => [a.id, a.env.application, a.env.values])).toEqual([
      ['api', 'env/prod/apps.yaml#api', 'charts/api/values-prod.yaml'],
      ['web', 'env/prod/apps.yaml#web', 'charts/web/values-prod.yaml'],
    ]);
    expect(fleet.partial).toEqual([
      "db-eu: application matches env/prod/apps.yaml#db-eu, values's charts/*/values-prod.yaml matches none",
      "db-us: application matches env/prod/apps.yaml#db-us, values's charts/*/values-prod.yaml matches none",
    ]);
    const globbed = await withDocuments([{ name: 'c', application: 'clusters/*/apps.yaml#*' }], ['clusters/eu/apps.yaml'], read);
    expect(globbed).toEqual(['clusters/eu/apps.yaml', 'clusters/eu/apps.yaml#api']);
    expect(appsOf({ name: 'c', application: 'clusters/*/apps.yaml#*' }, globbed)!.apps.map((a) => a.id)).toEqual(['eu/api']);
  });
});

test('a glob with #<name>: each matched file an app, its key keeping #<name>; the bare glob of the same files matched with it', () => {
  const prod = {
    name: 'prod',
    values: 'apps/prod/*.yaml',
    helmrelease: 'apps/prod/*.yaml#podinfo',
    application: 'charts/*/values-prod.yaml#api',
  };
  const fleet = appsOf(prod, PATHS)!;
  expect(fleet.partial).toEqual([]);
  expect(fleet.apps.map((a) => [a.id, a.env.values, a.env.helmrelease, a.env.application])).toEqual([
    ['a042', 'apps/prod/a042.yaml', 'apps/prod/a042.yaml#podinfo', 'charts/a042/values-prod.yaml#api'],
    ['a043', 'apps/prod/a043.yaml', 'apps/prod/a043.yaml#podinfo', 'charts/a043/values-prod.yaml#api'],
  ]);
});
