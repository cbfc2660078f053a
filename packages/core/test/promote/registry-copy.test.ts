import type { ImagePin } from '../../src/deploy/pins/pins.ts';
import { UserError } from '../../src/errors.ts';
import { copiesOf, copyTarget, plannedCopy } from '../../src/promote/registry-copy.ts';
import type { PromoteEnvironment, Route } from '../../src/promote/request.ts';

// The plan's side of a promotion into an environment with registry: (promote/registry-copy.ts): where the copy
// goes, and the refusals made before any registry is asked — rows of the small language of image names.

const D = `sha256:${'a'.repeat(64)}`;
const dev = { name: 'dev', values: 'values-dev.yaml', protected: false } as PromoteEnvironment;
const prod = {
  name: 'prod',
  values: 'values-prod.yaml',
  protected: true,
  registry: 'registry.prod.example',
  registryLine: 12,
} as PromoteEnvironment;
const route = { from: dev, to: prod, branch: 'promote/prod' } as Route;
const req = { configFile: '.github/lockstep.yml' };
const pin = (over: Partial<ImagePin> = {}): ImagePin => ({
  style: 'map',
  file: 'values-prod.yaml',
  key: 'image',
  path: ['image'],
  line: 7,
  repository: 'ghcr.io/acme/api',
  tag: '1.0.0',
  digest: `sha256:${'b'.repeat(64)}`,
  ...over,
});

test.each([
  ['ghcr.io/acme/api', { from: 'ghcr.io/acme/api', to: 'registry.prod.example/acme/api' }],
  ['ghcr.io/acme/team/api:1.2.3', { from: 'ghcr.io/acme/team/api', to: 'registry.prod.example/acme/team/api' }],
  ['nginx', { from: 'registry-1.docker.io/library/nginx', to: 'registry.prod.example/library/nginx' }],
  ['localhost:5000/api', { from: 'localhost:5000/api', to: 'registry.prod.example/api' }],
  ['registry.prod.example/acme/api', undefined],
  [undefined, undefined],
])('copyTarget(%j) into registry.prod.example', (repository, expected) => {
  expect(copyTarget(repository, prod)).toEqual(expected);
});

test('an environment without registry: copies nothing', () => {
  expect(copyTarget('ghcr.io/acme/api', dev)).toBeUndefined();
});

test('a digest the source runs is copied to the same path in the target registry', () => {
  expect(plannedCopy('api', { tag: '1.1.0', digest: D, verified: 'dev' }, pin(), route, req, 'ghcr.io/acme/api')).toEqual({
    from: 'ghcr.io/acme/api',
    to: 'registry.prod.example/acme/api',
    digest: D,
  });
  // What it ran before (verify-source read it from its history) is copied too.
  expect(
    plannedCopy('api', { digest: D, verified: 'dev (landed in #12; no require-checks read)' }, pin(), route, req, 'ghcr.io/acme/api'),
  ).toMatchObject({
    digest: D,
  });
});

test.each([
  [
    'a tag without a digest',
    { tag: '1.1.0', verified: 'dev' },
    pin(),
    ".github/lockstep.yml:12: api: tag 1.1.0 has no digest; prod's registry: registry.prod.example takes images copied by digest — promote a digest (resolve-digests: true, or a source environment that pins one)",
  ],
  [
    'a digest the source never ran (verify-source off)',
    { digest: D, verified: 'not verified (verify-source: false)' },
    pin(),
    `.github/lockstep.yml:12: api: ${D.slice(0, 19)} is not a digest dev runs; lockstep copies into registry.prod.example only what the source environment ran — promote from dev with verify-source: true`,
  ],
  [
    'a digest from another environment',
    { digest: D, verified: 'development' },
    pin(),
    `.github/lockstep.yml:12: api: ${D.slice(0, 19)} is not a digest dev runs; lockstep copies into registry.prod.example only what the source environment ran — promote from dev with verify-source: true`,
  ],
  [
    'a target pin whose file writes no repository',
    { digest: D, verified: 'dev' },
    pin({ repository: undefined }),
    "values-prod.yaml:7: api: prod pins no repository here, so the copy in registry.prod.example would not be what its deployer pulls — write the image's repository (registry.prod.example/acme/api) beside its tag and digest",
  ],
])('refused: %s', (_, p, target, message) => {
  let thrown: unknown;
  try {
    plannedCopy('api', p, target, route, req, 'ghcr.io/acme/api');
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(UserError);
  expect((thrown as UserError).format()).toBe(message);
});

test('two services of one image share one copy', () => {
  const copy = { from: 'ghcr.io/acme/api', to: 'registry.prod.example/acme/api', digest: D };
  expect(copiesOf([{ copy }, { copy: { ...copy } }, {}])).toEqual([copy]);
});
