import { UserError, UserErrors } from '../../src/errors.ts';
import { parseConfigText } from '../../src/config/config.ts';
import { checksGreen, planPromotion } from '../../src/promote/plan.ts';
import type { PlanWorld } from '../../src/promote/plan-world.ts';
import { planWorldDouble } from './ports-double.ts';
import { promotionSideBySide } from '../../src/promote/status-tables.ts';
import { changesOutput, pullBody, pullTitle } from '../../src/promote/publish/report.ts';
import { layoutFrom } from '../../src/promote/layout.ts';
import { checkRoute, parseFrom, targetNamed, type PromoteRequest } from '../../src/promote/request.ts';
import { ParseCache } from '../../src/text/parse-cache.ts';
import { YAML_DOCUMENT } from '../../src/yaml/read.ts';
import { PIN_INDEX } from '../../src/deploy/pins/pin-index.ts';
import { digest, promoteRequestFor, type RequestOver, userError } from '../helpers.ts';

const d = digest;
const CONFIG = parseConfigText(
  [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
    '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
    'environments:',
    '  - { name: dev, values: values-dev.yaml, auto-merge: true }',
    '  - { name: staging, values: values-staging.yaml }',
    '  - { name: prod, values: values-prod.yaml, application: apps/prod.yaml, protected: true }',
    '',
  ].join('\n'),
  '.github/lockstep.yml',
);

const values = (api: [string, string?], worker: [string, string?]) =>
  [
    'services:',
    '  api:',
    '    image:',
    '      repository: ghcr.io/acme/api',
    `      tag: "${api[0]}"`,
    ...(api[1] ? [`      digest: ${api[1]}`] : []),
    '  worker:',
    '    image:',
    '      repository: ghcr.io/acme/worker',
    `      tag: "${worker[0]}"`,
    ...(worker[1] ? [`      digest: ${worker[1]}`] : []),
    '',
  ].join('\n');

// Multi-source, as Argo CD reads a values file of this repository beside a chart from a registry (deployer-reads.ts).
const APP =
  'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: myapp-prod\nspec:\n  sources:\n    - chart: myapp\n      targetRevision: 1.0.0\n      helm: { valueFiles: [$values/values-prod.yaml] }\n    - { repoURL: https://github.com/acme/gitops, ref: values }\n';

function world(
  files: Record<string, string>,
  extra: Partial<PlanWorld> = {},
  local: Record<string, string> = {},
): PlanWorld & { resolved: string[] } {
  const resolved: string[] = [];
  return {
    resolved,
    ...planWorldDouble(),
    readBase: async (p) => files[p],
    readAt: async (c, p) => files[`${c}:${p}`],
    resolveRef: async (r) => (r === 'v1.0.0' ? 'c'.repeat(40) : undefined),
    lastCommit: async () => 'f'.repeat(40),
    readLocal: (p) => local[p],
    resolveDigest: async (ref) => {
      resolved.push(`${ref.registry}/${ref.repository}:${ref.tag}`);
      if (ref.tag === 'missing') throw new UserError(`could not resolve ${ref.original}: manifest unknown`);
      return d('9');
    },
    ...extra,
  };
}

const request = (over: RequestOver) => promoteRequestFor(CONFIG, over);

const BASE = {
  'values-dev.yaml': values(['1.1.0', d('1')], ['0.9.1', d('2')]),
  'values-staging.yaml': values(['1.0.0', d('3')], ['0.9.1', d('2')]),
  'values-prod.yaml': values(['1.0.0', d('3')], ['0.9.0', d('4')]),
  'apps/prod.yaml': APP,
};

async function plan(over: Partial<PromoteRequest>, w = world(BASE)) {
  const req = request(over);
  return planPromotion(req, checkRoute(req), w);
}

describe('rules, before any network', () => {
  test.each<[string, RequestOver, string]>([
    ['a skip', { from: { kind: 'env', env: 'dev' }, to: 'prod' }, 'promotion dev → prod skips staging'],
    ['backwards', { from: { kind: 'env', env: 'prod' }, to: 'staging' }, 'cannot promote from prod to staging'],
    ['unknown target', { to: 'stagign' }, "input 'to' is 'stagign', an unknown environment (did you mean staging?)"],
    ['unknown source', { from: { kind: 'env', env: 'qa' } }, "input 'from' is 'qa', an unknown environment"],
    [
      'direct into protected',
      { from: { kind: 'env', env: 'staging' }, to: 'prod', push: 'direct' },
      'push: direct is refused for the protected environment prod',
    ],
    [
      'auto-merge into protected',
      { from: { kind: 'env', env: 'staging' }, to: 'prod', autoMerge: true },
      'auto-merge is refused for the protected environment prod',
    ],
    ['unknown service', { only: ['web'] }, "service 'web' is not configured"],
    ['chart-version without application', { chartVersion: '1.2.0' }, 'chart-version is set but environment staging has no application'],
    ['no source into staging', { from: { kind: 'none' } }, "input 'from' is required to promote into staging"],
    ['digests and version', { digests: 'd.json', version: '1.0.0' }, 'the digests input and the version input were both given'],
    [
      'rollback with a version',
      { from: { kind: 'ref', ref: 'v1' }, version: '1.0.0' },
      'a rollback (from: ref:…) takes its pins from that ref',
    ],
  ])('%s', (_n, over, message) => {
    const e = userError(() => checkRoute(request(over)));
    expect(e.message).toContain(message);
  });

  test('allow-skip permits dev → prod', () => {
    expect(checkRoute(request({ from: { kind: 'env', env: 'dev' }, to: 'prod', allowSkip: true })).to.name).toBe('prod');
  });

  test('the promotion graph: a step along an edge (the environment before, or one of its after: environments, fan-in or fan-out), nothing else', () => {
    const fanIn = parseConfigText(
      [
        'services:',
        '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
        'environments:',
        '  - { name: dev, values: values-dev.yaml }',
        '  - { name: staging-e2e, values: values-e2e.yaml }',
        '  - { name: staging-perf, values: values-perf.yaml }',
        '  - { name: canary, values: values-canary.yaml }',
        '  - { name: prod, values: values-prod.yaml, after: [staging-e2e, staging-perf, canary] }',
        '  - { name: dr, values: values-dr.yaml, after: [staging-perf] }',
        '',
      ].join('\n'),
      '.github/lockstep.yml',
    );
    const route = (from: string, to: string) => checkRoute(promoteRequestFor(fanIn, { from: { kind: 'env', env: from }, to }));
    expect([route('staging-e2e', 'prod').to.name, route('staging-perf', 'prod').to.name]).toEqual(['prod', 'prod']);
    // Not from a listed environment: refused, naming the environments it is promoted from.
    expect(userError(() => route('dev', 'prod')).message).toBe(
      'cannot promote from dev to prod: prod is promoted from staging-e2e, staging-perf, canary (its after:)',
    );
    // Fan-out (issue 75): dr follows staging-perf as prod does, past canary and prod, without allow-skip.
    expect(route('staging-perf', 'dr').to.name).toBe('dr');
    expect(route('staging-perf', 'dr').before?.name).toBe('staging-perf');
    // Between two environments that follow the same one there is no edge: canary → prod is one, prod → dr is not.
    expect(userError(() => route('prod', 'dr')).message).toBe(
      'cannot promote from prod to dr: dr is promoted from staging-perf (its after:)',
    );
    // Without after:, the environment before it: staging-e2e → staging-perf skips nothing, dev → staging-perf skips staging-e2e.
    expect(route('staging-e2e', 'staging-perf').before?.name).toBe('staging-e2e');
    expect(userError(() => route('dev', 'staging-perf')).message).toBe('promotion dev → staging-perf skips staging-e2e');
  });

  test('the route holds the target resolved once: its place, its settings, the environment before it, its branch', () => {
    const config = parseConfigText(
      [
        'services:',
        '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
        'environments:',
        '  - { name: dev, values: values-dev.yaml }',
        '  - { name: staging, values: values-staging.yaml, min-soak: 2h, wait: draft }',
        '  - { name: prod, values: values-prod.yaml, auto-merge: true, values-drift: off, render: off }',
        '',
      ].join('\n'),
      '.github/lockstep.yml',
    );
    const route = checkRoute(promoteRequestFor(config, { from: { kind: 'env', env: 'staging' }, to: 'prod' }));
    expect(route.branch).toBe('promote/prod');
    expect([route.to.name, route.to.index, route.to.values, route.to.protected]).toEqual(['prod', 2, 'values-prod.yaml', false]);
    expect(route.to.settings).toEqual({
      autoMerge: true,
      valuesDrift: 'off',
      validate: 'warn',
      render: 'off',
      valuesContract: 'warn',
      minSoak: undefined,
      wait: 'refuse',
    });
    // The source and the environment before the target are one here: both staging, with its soak time and wait.
    expect([route.from?.name, route.from?.index, route.from?.settings.minSoak, route.from?.settings.wait]).toEqual([
      'staging',
      1,
      2 * 60 * 60 * 1000,
      'draft',
    ]);
    expect([route.before?.name, route.before?.index]).toEqual(['staging', 1]);
    // A rollback has no source; the first environment has nothing before it.
    const rollback = checkRoute(promoteRequestFor(config, { from: { kind: 'ref', ref: 'v1' }, to: 'prod' }));
    expect([rollback.from, rollback.before?.name]).toEqual([undefined, 'staging']);
    const first = checkRoute(promoteRequestFor(config, { from: { kind: 'none' }, to: 'dev', digests: 'd.json' }));
    expect([first.to.index, first.from, first.before, first.branch]).toEqual([0, undefined, undefined, 'promote/dev']);
  });

  test('targetNamed: the one check that `to` names an environment, also for the environment a record is limited to', () => {
    const req = request({});
    expect(targetNamed(req, 'prod')).toBe(2);
    const e = userError(() => targetNamed(req, 'prd'));
    expect(e.message).toBe("input 'to' is 'prd', an unknown environment (did you mean prod?)");
    expect(e.hint).toBe('environments, in order: dev, staging, prod');
  });

  test.each<[string, string]>([
    ['ref:', 'not ref:<sha-or-tag>'],
    ['ref:--upload-pack=x', 'not ref:<sha-or-tag>'],
    ['ref:a..b', 'not ref:<sha-or-tag>'],
  ])('malformed %s', (text, message) => {
    expect(userError(() => parseFrom(text)).message).toContain(message);
  });
  test.each<[string, unknown]>([
    ['dev', { kind: 'env', env: 'dev' }],
    ['ref:v1.4.0', { kind: 'ref', ref: 'v1.4.0' }],
    ['ref:3f2a9c1', { kind: 'ref', ref: '3f2a9c1' }],
    ['', { kind: 'none' }],
  ])('from %j', (text, want) => expect(parseFrom(text)).toEqual(want));

  test("an environment's config keys are PromoteEnvironment's without a line of their own; its promote settings are resolved apart", () => {
    const config = parseConfigText(
      [
        'services:',
        '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
        'environments:',
        '  - name: prod',
        '    values: values-prod.yaml',
        '    url: https://prod.example.com',
        '    kube-version: "1.31"',
        '    hydrate: { branch: environment/prod }',
        '    auto-merge: true',
        '',
      ].join('\n'),
      '.github/lockstep.yml',
    );
    const [prod] = layoutFrom(config, { environments: [], services: [] }).environments;
    expect([prod.url, prod.kubeVersion, prod.hydrate?.branch, prod.valuesLine]).toEqual([
      'https://prod.example.com',
      '1.31',
      'environment/prod',
      5,
    ]);
    // @ts-expect-error auto-merge is a promote setting: read from the route's resolved settings, not off the environment
    expect(prod.autoMerge).toBeUndefined();
  });

  test('templates without config: {env} and {service}', () => {
    const layout = layoutFrom(parseConfigText('', undefined), {
      environments: ['staging', 'prod'],
      valuesFile: 'environments/{env}/values.yaml',
      valuesKey: 'image',
      services: ['sample-app'],
    });
    expect(layout.environments.map((e) => e.values)).toEqual(['environments/staging/values.yaml', 'environments/prod/values.yaml']);
    expect(layout.services).toEqual([{ name: 'sample-app', valuesKey: 'image' }]);
  });

  test('overlay environments: services need only an image; a values environment beside them still needs values-key', () => {
    const services = ['services:', '  api: { image: ghcr.io/acme/api }'];
    const overlays = parseConfigText(
      [
        ...services,
        'environments:',
        '  - { name: dev, kustomization: deploy/overlays/dev }',
        '  - { name: prod, kustomization: apps/prod.yaml }',
        '',
      ].join('\n'),
      '.github/lockstep.yml',
    );
    const layout = layoutFrom(overlays, { environments: [], services: [] });
    expect(layout.services).toEqual([{ name: 'api', image: 'ghcr.io/acme/api' }]);
    expect(layout.environments.map((e) => [e.name, e.values, e.kustomization, e.kustomizationLine])).toEqual([
      ['dev', 'deploy/overlays/dev', 'deploy/overlays/dev', 4],
      ['prod', 'apps/prod.yaml', 'apps/prod.yaml', 5],
    ]);
    const mixed = parseConfigText(
      [
        ...services,
        'environments:',
        '  - { name: dev, values: charts/app/values-dev.yaml }',
        '  - { name: prod, kustomization: deploy/overlays/prod }',
        '',
      ].join('\n'),
      '.github/lockstep.yml',
    );
    expect(userError(() => layoutFrom(mixed, { environments: [], services: [] })).message).toBe("service 'api' has no values-key");
  });
});

describe('sources', () => {
  test('copy from dev: only api changes (worker already matches); verified in dev', async () => {
    const p = await plan({});
    expect(p.changes).toEqual([
      {
        service: 'api',
        file: 'values-staging.yaml',
        line: 5,
        oldTag: '1.0.0',
        newTag: '1.1.0',
        oldDigest: d('3'),
        newDigest: d('1'),
        verified: 'dev',
        sourceCommit: undefined,
      },
    ]);
    expect(p.unchanged).toEqual(['worker']);
    expect(p.files).toHaveLength(1);
    expect(p.files[0].after).toBe(values(['1.1.0', d('1')], ['0.9.1', d('2')]));
    expect(JSON.parse(changesOutput(p))).toEqual([
      {
        service: 'api',
        file: 'values-staging.yaml',
        line: 5,
        'old-tag': '1.0.0',
        'new-tag': '1.1.0',
        'old-digest': d('3'),
        'new-digest': d('1'),
      },
    ]);
    expect(pullTitle('dev', 'staging', p)).toBe('promote: dev → staging (api)');
    expect(pullBody({ plan: p, fromLabel: 'dev', to: 'staging', baseSha: 'a'.repeat(40), base: 'main' })).toContain(
      'gh workflow run rollback.yml -f to=staging -f ref=' + 'a'.repeat(40) + ' -f services=api',
    );
  });

  test('digests file into dev (first environment): no verification, sha kept as source commit', async () => {
    const file = JSON.stringify({
      api: { tag: '1.2.0', sha: 'abc1234', digest: d('5') },
      web: { tag: '2.0.0', sha: 'abc1234', digest: d('6') },
    });
    const p = await plan(
      { from: { kind: 'none' }, to: 'dev', digests: 'component-tags.json' },
      world(BASE, {}, { 'component-tags.json': file }),
    );
    expect(p.changes.map((c) => [c.service, c.newTag, c.newDigest, c.verified, c.sourceCommit])).toEqual([
      ['api', '1.2.0', d('5'), 'first environment', 'abc1234'],
    ]);
    expect(p.notes.join()).toContain('web');
  });

  test('digests file into staging: a digest dev does not pin is refused (verify-source)', async () => {
    const file = JSON.stringify({ api: { tag: '1.2.0', sha: 'abc1234', digest: d('5') } });
    const e = await plan({ digests: 'd.json' }, world(BASE, {}, { 'd.json': file })).catch((x) => x);
    expect(e).toBeInstanceOf(UserError);
    expect(e.format()).toBe(
      `values-dev.yaml:5: api: ${d('5').slice(0, 19)} is not what dev runs now (${d('1').slice(0, 19)}); it never ran there — promote it into dev first, or set verify-source: false`,
    );
    const ok = await plan({ digests: 'd.json', verifySource: false }, world(BASE, {}, { 'd.json': file }));
    expect(ok.changes[0].verified).toBe('not verified (verify-source: false)');
  });

  test('explicit version into prod with chart-version: resolved through the registry, chart edited', async () => {
    const files = { ...BASE, 'values-staging.yaml': values(['2.0.0', d('9')], ['2.0.0', d('9')]) };
    const w = world(files);
    const req = request({ from: { kind: 'env', env: 'staging' }, to: 'prod', version: '2.0.0', chartVersion: '1.1.0' });
    const p = await planPromotion(req, checkRoute(req), w);
    expect(w.resolved).toEqual(['ghcr.io/acme/api:2.0.0', 'ghcr.io/acme/worker:2.0.0']);
    expect(p.changes.map((c) => [c.service, c.newTag, c.newDigest, c.verified])).toEqual([
      ['api', '2.0.0', d('9'), 'staging'],
      ['worker', '2.0.0', d('9'), 'staging'],
    ]);
    expect(p.chart).toEqual({ file: 'apps/prod.yaml', line: 8, application: 'myapp-prod', chart: 'myapp', old: '1.0.0', new: '1.1.0' });
    expect(p.files.map((f) => f.path)).toEqual(['values-prod.yaml', 'apps/prod.yaml']);
    expect(p.files[1].after).toBe(APP.replace('targetRevision: 1.0.0', 'targetRevision: 1.1.0'));
    // The side-by-side table of the job summary shows the target as the plan leaves it.
    const table = await promotionSideBySide(req, 2, w.readBase, new Map(p.files.map((f) => [f.path, f.after])), new ParseCache());
    expect(table.environments).toEqual(['dev', 'staging', 'prod (after)']);
    expect(table.rows.at(-1)).toEqual({ service: 'chart version', cells: ['—', '—', '1.1.0'] });
  });

  test('protected target, a tag that does not resolve: UserError, nothing planned', async () => {
    const files = { ...BASE, 'values-staging.yaml': values(['missing'], ['missing']) };
    const e = await plan({ from: { kind: 'env', env: 'staging' }, to: 'prod' }, world(files)).catch((x) => x);
    expect(e).toBeInstanceOf(UserErrors);
    expect(e.message).toContain('could not resolve');
  });

  test('protected target without resolve-digests: a bare tag is an error at the target line', async () => {
    const e = await plan({ from: { kind: 'env', env: 'staging' }, to: 'prod', version: '2.0.0', resolveDigests: false }).catch((x) => x);
    expect(e).toBeInstanceOf(UserErrors);
    expect((e as UserErrors).errors[0].format()).toBe(
      'values-prod.yaml:5: api: a tag without a digest cannot be promoted into the protected environment prod — set resolve-digests: true (the default for protected environments) or promote from a digests file',
    );
  });

  test('rollback from a tag restores the target pins and chart version at that ref', async () => {
    const c = 'c'.repeat(40);
    const files = {
      ...BASE,
      [`${c}:values-prod.yaml`]: values(['0.8.0', d('7')], ['0.9.0', d('4')]),
      [`${c}:apps/prod.yaml`]: APP.replace('1.0.0', '0.9.0'),
    };
    const p = await plan({ from: { kind: 'ref', ref: 'v1.0.0' }, to: 'prod' }, world(files));
    expect(p.changes.map((x) => [x.service, x.newTag, x.newDigest, x.verified, x.sourceCommit])).toEqual([
      ['api', '0.8.0', d('7'), 'prod at v1.0.0', c],
    ]);
    expect(p.chart?.new).toBe('0.9.0');
  });

  test('a rollback ref that does not exist', async () => {
    const e = await plan({ from: { kind: 'ref', ref: 'v9.9.9' }, to: 'prod' }).catch((x) => x);
    expect(e.message).toContain('ref v9.9.9 is not a commit or tag');
  });

  test.each<[string, Record<string, string>, string]>([
    ['not JSON', { 'd.json': '{"api": ' }, 'd.json:1: the digests file is not valid JSON'],
    [
      'with a tag that is not a tag',
      { 'd.json': '{"api": {"tag": "1.0\\n::error::x", "digest": "' + d('2') + '"}}' },
      "d.json:1: entry 'api' has an invalid tag",
    ],
    [
      'lacks a service',
      { 'd.json': '{"worker": {"tag": "1", "digest": "' + d('2') + '"}}' },
      "the digests file has no entry for service 'api'",
    ],
  ])('digests file %s', async (_n, local, message) => {
    const e = await plan({ digests: 'd.json', only: ['api'] }, world(BASE, {}, local)).catch((x) => x);
    expect(e).toBeInstanceOf(UserError);
    expect(e.format()).toContain(message);
  });

  describe("a digests entry whose image is not the service's (a matrix mix-up) is refused, nothing planned", () => {
    const nginx = (image: string) =>
      `{\n  "worker": {"tag": "0.9.1", "digest": "${d('2')}", "image": "ghcr.io/acme/worker"},\n  "api": {"tag": "1.27", "digest": "${d('1')}", "image": "${image}"}\n}\n`;
    test.each([['docker.io/library/nginx'], ['nginx'], ['ghcr.io/acme/api-old'], ['ghcr.io/acme/api/v2']])(
      'entry image %s',
      async (image) => {
        const e = await plan({ digests: 'd.json' }, world(BASE, {}, { 'd.json': nginx(image) })).catch((x) => x);
        expect(e).toBeInstanceOf(UserError);
        expect(e.format()).toBe(
          `d.json:3: entry 'api' is the image ${image}, but api is ghcr.io/acme/api (services.api.image in .github/lockstep.yml) — fix the digests file (each matrix job records its own service) or the config`,
        );
      },
    );
    test('the values file names another repository (no image in the config): named with its file:line', async () => {
      const req = request({ digests: 'd.json' });
      req.services = req.services.map((s) => ({ ...s, image: undefined }));
      const e = await planPromotion(req, checkRoute(req), world(BASE, {}, { 'd.json': nginx('docker.io/library/nginx') })).catch((x) => x);
      expect(e).toBeInstanceOf(UserError);
      expect(e.format()).toBe(
        "d.json:3: entry 'api' is the image docker.io/library/nginx, but api is ghcr.io/acme/api (values-staging.yaml:5) — fix the digests file (each matrix job records its own service) or the config",
      );
    });
    test.each([
      ['the same spelling', 'ghcr.io/acme/api', 'ghcr.io/acme/api'],
      ['Docker Hub: short name in the config, full in the file', 'nginx', 'docker.io/library/nginx'],
      ['Docker Hub: index.docker.io in the config, short in the file', 'index.docker.io/library/nginx', 'nginx'],
      ['Docker Hub: registry-1.docker.io', 'registry-1.docker.io/library/nginx', 'docker.io/library/nginx'],
    ])('%s: accepted', async (_n, configured, recorded) => {
      const req = request({ digests: 'd.json', verifySource: false });
      req.services = req.services.map((s) => (s.name === 'api' ? { ...s, image: configured } : s));
      const files = {
        ...BASE,
        'values-staging.yaml': BASE['values-staging.yaml'].replace('repository: ghcr.io/acme/api', `repository: ${configured}`),
      };
      const p = await planPromotion(req, checkRoute(req), world(files, {}, { 'd.json': nginx(recorded) }));
      expect(p.changes.map((c) => [c.service, c.newTag, c.newDigest])).toEqual([['api', '1.27', d('1')]]);
    });
  });

  test('values key not found in the target file names file:line', async () => {
    const files = { ...BASE, 'values-staging.yaml': 'services:\n  api:\n    image:\n      tag: "1"\n' };
    const e = await plan({}, world(files)).catch((x) => x);
    expect(e.format()).toContain('values-staging.yaml:2: values key services.worker.image not found');
  });

  test('already matching: nothing to change', async () => {
    const files = { ...BASE, 'values-staging.yaml': BASE['values-dev.yaml'] };
    const p = await plan({}, world(files));
    expect(p.files).toEqual([]);
    expect(p.unchanged).toEqual(['api', 'worker']);
  });
});

describe('require-checks', () => {
  test.each<[string, 'success' | 'pending' | 'failure', boolean]>([
    ['green', 'success', true],
    ['pending', 'pending', false],
    ['red', 'failure', false],
  ])('%s', async (_n, state, green) => {
    const asked: string[] = [];
    const w = world(BASE, { checkStates: async (sha, names) => (asked.push(sha), names.map((name) => ({ name, state }))) });
    const p = await plan({ requireChecks: ['e2e-tests'] }, w);
    expect(asked).toEqual(['f'.repeat(40)]);
    expect(checksGreen(p)).toBe(green);
  });
});

describe("the run's parses", () => {
  test('once the edit is checked, the target as it was before is let go; the edited target and the other environments stay for their readers', async () => {
    const req = request({ from: { kind: 'env', env: 'staging' }, to: 'prod' });
    const cache = new ParseCache();
    const p = await planPromotion(req, checkRoute(req), world(BASE), cache);
    expect(p.files.map((f) => f.path)).toEqual(['values-prod.yaml']);
    const after = p.files[0].after;
    expect(after).toBe(values(['1.0.0', d('3')], ['0.9.1', d('2')]));
    // Before this, the pre-edit document stayed in the cache until the run ended (a 4 MB document at 500 services).
    expect(cache.peek(YAML_DOCUMENT, BASE['values-prod.yaml'], 'values-prod.yaml')).toBeUndefined();
    expect(cache.peek(YAML_DOCUMENT, after, 'values-prod.yaml')?.text).toBe(after);
    // The source's pins are read through the pin index: the yaml package never parses it.
    expect(cache.peek(PIN_INDEX, BASE['values-staging.yaml'])).toBeDefined();
    expect(cache.peek(YAML_DOCUMENT, BASE['values-staging.yaml'], 'values-staging.yaml')).toBeUndefined();
    // staging → prod reads those two environments, not dev (issue 58: a fleet's promotion reads what it acts on).
    expect(cache.peek(YAML_DOCUMENT, BASE['values-dev.yaml'], 'values-dev.yaml')).toBeUndefined();
    expect(cache.peek(PIN_INDEX, BASE['values-dev.yaml'])).toBeUndefined();
    // A plan made again on the same base (a moved base, re-planned) parses the pre-edit text anew and plans the same.
    const again = await planPromotion(req, checkRoute(req), world(BASE), cache);
    expect(again.files).toEqual(p.files);
  });
});
