import { UserError, UserErrors } from '../../src/errors.ts';
import { parseConfigText } from '../../src/config/config.ts';
import { planPromotion } from '../../src/promote/plan.ts';
import { planWorldDouble } from './ports-double.ts';
import { checkRoute } from '../../src/promote/request.ts';
import { digest as d, promoteRequestFor } from '../helpers.ts';

// The Flux resources a promotion edits, validated against their kinds' schemas (@kubernetes-models/flux-cd) as
// the merge leaves them: a finding at the field's file:line with its path, refused before anything is written
// in error mode (a protected target's default), said as a note in warn mode, skipped when off. A field a
// kustomize patch leaves out (interval, the chart's sourceRef) is not a finding, and a document the edits did
// not change is not judged here.

const PATCH = 'apps/production/podinfo-values.yaml';

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
    '  values:',
    '    image:',
    '      repository: ghcr.io/acme/podinfo',
    `      tag: '${tag}'`,
    `      digest: ${digestOf}`,
    '',
  ].join('\n');

const STAGING = patch('6.5.4', '6.5.4', d('a'));
const BAD = ['      reconcileStrategy: Revisions', '  timout: 5m', '  suspend: "no"'];

async function plan(prod: string, files: Record<string, string>) {
  const config = parseConfigText(
    [
      'services:',
      '  podinfo: { image: ghcr.io/acme/podinfo, values-key: image }',
      'environments:',
      '  - { name: staging, helmrelease: apps/staging/podinfo-values.yaml }',
      `  - { name: production, ${prod} }`,
      '',
    ].join('\n'),
    '.github/lockstep.yml',
  );
  const req = promoteRequestFor(config, { from: { kind: 'env', env: 'staging' }, to: 'production' });
  const world = planWorldDouble({
    readBase: async (p) => files[p],
    lastCommit: async () => 'f'.repeat(40),
    resolveDigest: async () => d('9'),
  });
  return planPromotion(req, checkRoute(req), world);
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

const HINT = 'fix the field in the file, or set validate: warn under production in the config; nothing was written';

test('protected production (validate: error): a value outside the enum, a misspelt field, a string for a boolean, each at its line', async () => {
  expect(
    await failure(
      plan(`helmrelease: ${PATCH}, protected: true`, {
        'apps/staging/podinfo-values.yaml': STAGING,
        [PATCH]: patch('6.5.0', '6.5.0', d('b'), BAD),
      }),
    ),
  ).toEqual([
    `${PATCH}:10: validate: production: HelmRelease podinfo: spec.chart.spec.reconcileStrategy: expected one of "ChartVersion", "Revision" — ${HINT}`,
    `${PATCH}:11: validate: production: HelmRelease podinfo: spec.timout: unknown field — ${HINT}`,
    `${PATCH}:12: validate: production: HelmRelease podinfo: spec.suspend: expected boolean — ${HINT}`,
  ]);
});

test('validate: warn: the findings are notes of the plan at file:line, the edit goes on', async () => {
  const p = await plan(`helmrelease: ${PATCH}, validate: warn`, {
    'apps/staging/podinfo-values.yaml': STAGING,
    [PATCH]: patch('6.5.0', '6.5.0', d('b'), BAD),
  });
  expect(p.files.map((f) => f.path)).toEqual([PATCH]);
  expect(p.notes.filter((n) => n.startsWith('validate:'))).toEqual([
    `validate: production: ${PATCH}:10: HelmRelease podinfo: spec.chart.spec.reconcileStrategy: expected one of "ChartVersion", "Revision"`,
    `validate: production: ${PATCH}:11: HelmRelease podinfo: spec.timout: unknown field`,
    `validate: production: ${PATCH}:12: HelmRelease podinfo: spec.suspend: expected boolean`,
  ]);
});

test('validate: off: nothing is judged', async () => {
  const p = await plan(`helmrelease: ${PATCH}, protected: true, validate: off`, {
    'apps/staging/podinfo-values.yaml': STAGING,
    [PATCH]: patch('6.5.0', '6.5.0', d('b'), BAD),
  });
  expect(p.files.map((f) => f.path)).toEqual([PATCH]);
  expect(p.notes.filter((n) => n.includes('validate'))).toEqual([]);
});

test('a kustomize patch without interval or the chart’s sourceRef passes; an untouched HelmRepository beside it is not judged here', async () => {
  const repo = 'apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: podinfo\nspec:\n  interval: 5\n---\n';
  const p = await plan(`helmrelease: apps/production/release.yaml#podinfo, protected: true`, {
    'apps/staging/podinfo-values.yaml': STAGING,
    'apps/production/release.yaml': repo + patch('6.5.0', '6.5.0', d('b')),
  });
  expect(p.files[0].after).toBe(repo + patch('6.5.4', '6.5.4', d('a')));
  expect(p.notes.filter((n) => n.includes('validate'))).toEqual([]);
});

test('a Flux Kustomization whose spec.images are promoted: a string for prune refused at its line', async () => {
  const ks = (tag: string, digestOf: string, extra = '') =>
    `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\nspec:\n  path: ./apps/production\n${extra}  images:\n    - name: ghcr.io/acme/podinfo # pinned by promotion\n      newTag: "${tag}"\n      digest: ${digestOf}\n`;
  const config = parseConfigText(
    [
      'services:',
      '  podinfo: { image: ghcr.io/acme/podinfo }',
      'environments:',
      '  - { name: staging, flux-kustomization: clusters/staging/apps.yaml }',
      '  - { name: production, flux-kustomization: clusters/production/apps.yaml, protected: true }',
      '',
    ].join('\n'),
    '.github/lockstep.yml',
  );
  const files: Record<string, string> = {
    'clusters/staging/apps.yaml': ks('6.5.4', d('a')),
    'clusters/production/apps.yaml': ks('6.5.0', d('b'), '  prune: "true"\n'),
  };
  const req = promoteRequestFor(config, { from: { kind: 'env', env: 'staging' }, to: 'production' });
  const world = planWorldDouble({
    readBase: async (p) => files[p],
    lastCommit: async () => 'f'.repeat(40),
    resolveDigest: async () => d('9'),
  });
  expect(await failure(planPromotion(req, checkRoute(req), world))).toEqual([
    `clusters/production/apps.yaml:7: validate: production: Kustomization apps: spec.prune: expected boolean — ${HINT}`,
  ]);
});

test('a Flux API the package does not describe: said as not validated, not refused, as in a render', async () => {
  const v9 = (text: string) => text.replace('helm.toolkit.fluxcd.io/v2', 'helm.toolkit.fluxcd.io/v9');
  const p = await plan(`helmrelease: ${PATCH}, protected: true`, {
    'apps/staging/podinfo-values.yaml': v9(STAGING),
    [PATCH]: v9(patch('6.5.0', '6.5.0', d('b'))),
  });
  expect(p.files.map((f) => f.path)).toEqual([PATCH]);
  expect(p.notes.filter((n) => n.startsWith('validate:'))).toEqual([
    `validate: production: ${PATCH}:1: not validated: no schema for helm.toolkit.fluxcd.io/v9 HelmRelease`,
  ]);
});

test('an alias bomb of ten levels in the edited HelmRelease is refused at its document, not expanded', async () => {
  const bomb = [
    '  a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]',
    '  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
    '  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
    // Ten levels: the edit check compared 10^10 leaves here before edits/same-data.ts (it ran for minutes).
    ...'defghij'.split('').map((n, i) => `  ${n}: &${n} [${Array(10).fill(`*${'cdefghij'[i]}`).join(', ')}]`),
  ];
  const errors = await failure(
    plan(`helmrelease: ${PATCH}, protected: true`, {
      'apps/staging/podinfo-values.yaml': STAGING,
      [PATCH]: patch('6.5.0', '6.5.0', d('b'), bomb),
    }),
  );
  expect(errors).toEqual([
    `${PATCH}:1: validate: production: the document cannot be read as data: Excessive alias count indicates a resource exhaustion attack — ${HINT}`,
  ]);
});
