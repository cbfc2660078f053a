import { parseConfigText } from '../../src/config/config.ts';
import { planPromotion } from '../../src/promote/plan.ts';
import { checkRoute } from '../../src/promote/request.ts';
import { digest, promoteRequestFor } from '../helpers.ts';
import { planWorldDouble } from './ports-double.ts';

// Issue 72 item 4: a chart version copied from the source environment that is a range is never written over the
// target's different version without a word: the promotion is refused at the target's version line; an explicit
// chart-version (one exact version) goes through.

const CONFIG = parseConfigText(
  [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: api.image }',
    'environments:',
    '  - { name: staging, values: envs/staging.yaml, application: apps/staging.yaml }',
    '  - { name: production, values: envs/production.yaml, application: apps/production.yaml }',
    '',
  ].join('\n'),
  '.github/lockstep.yml',
);
const app = (name: string, revision: string) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    `metadata: { name: podinfo-${name} }`,
    'spec:',
    '  sources:',
    '    - repoURL: https://stefanprodan.github.io/podinfo',
    '      chart: podinfo',
    `      targetRevision: "${revision}"`,
    `      helm: { valueFiles: [$values/envs/${name}.yaml] }`,
    '    - { repoURL: https://github.com/acme/deploy, targetRevision: main, ref: values }',
    '',
  ].join('\n');
const pin = (tag: string) => `api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "${tag}"\n    digest: ${digest('a')}\n`;
const files: Record<string, string> = {
  'envs/staging.yaml': pin('1.2.0'),
  'envs/production.yaml': pin('1.1.0'),
  'apps/staging.yaml': app('staging', '>=6.5.0 <7.0.0'),
  'apps/production.yaml': app('production', '6.4.x'),
};
const world = { ...planWorldDouble(), readBase: async (p: string) => files[p] };

test("staging's range is not copied over production's other range: refused at production's targetRevision line", async () => {
  const req = promoteRequestFor(CONFIG, { from: { kind: 'env', env: 'staging' }, to: 'production' });
  const e = await planPromotion(req, checkRoute(req), world).then(
    () => undefined,
    (x: unknown) => x as { format(): string },
  );
  expect(e?.format()).toBe(
    `apps/production.yaml:8: staging's chart version is the range ">=6.5.0 <7.0.0", not one version: copying it over production's "6.4.x" would change which versions production may run, with none reviewed — pass chart-version to one exact version (the one staging runs), or write the range in apps/production.yaml yourself; nothing was written`,
  );
});

test('an explicit chart-version, one exact version, is written', async () => {
  const req = promoteRequestFor(CONFIG, { from: { kind: 'env', env: 'staging' }, to: 'production', chartVersion: '6.5.4' });
  const plan = await planPromotion(req, checkRoute(req), world);
  expect(plan.chart).toMatchObject({ file: 'apps/production.yaml', old: '6.4.x', new: '6.5.4' });
});
