import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployment } from '../../../../action-tests/harness/overlay-fixture.ts';
import { environmentValues } from '../../../../action-tests/harness/promote-fixture.ts';
import { UserError } from '../../src/errors.ts';
import { runGit } from '../helpers.ts';
import { gitHubDouble } from './ports-double.ts';
import { MINUTE, overlay, promoteAt, promoteWithGitHub, repository, shallowClone } from './gates/rendered-history-repo.ts';

// Issue 72: where staging ran a digest it no longer runs, and where it took the pin it runs, are read on the base
// branch's first-parent history. In a clone holding only the tip (actions/checkout's default fetch-depth: 1) that
// history is one commit; it is deepened, as the soak gate deepens it, until the answer is on it.

const T = Date.parse('2026-11-23T09:30:00Z');
const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;
const C = `sha256:${'c'.repeat(64)}`;
const W = `sha256:${'d'.repeat(64)}`;
const README = (text: string) => ({ 'README.md': `${text}\n` });

/** A digests file naming api at `digest`, written beside the repository's files (not committed). */
function digests(dir: string, digest: string, tag: string): Record<string, string> {
  const entry = { image: 'ghcr.io/acme/api', tag, digest, sha: 'f'.repeat(40) };
  writeFileSync(join(dir, 'image-digests.json'), JSON.stringify({ api: entry }));
  return { digests: 'image-digests.json' };
}

const isShallow = (dir: string) => runGit(dir, 'rev-parse', '--is-shallow-repository');

describe("staging's values file pins api: it took 1.8.0 (sha256:a…) at 09:30, 1.9.0 (sha256:b…) at 09:40, then two README changes", () => {
  const CONFIG = [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
    'environments:',
    '  - { name: staging, values: envs/staging.yaml }',
    '  - { name: prod, values: envs/prod.yaml }',
    '',
  ].join('\n');
  const values = (env: string, tag: string, digest: string) => ({
    [`envs/${env}.yaml`]: environmentValues(env, [tag, digest], ['0.9.1', W]),
  });
  const landed = () =>
    repository(
      CONFIG,
      [
        { at: T, files: values('staging', '1.8.0', A), message: 'staging: api 1.8.0' },
        { at: T + 10 * MINUTE, files: values('staging', '1.9.0', B), message: 'staging: api 1.9.0' },
        { at: T + 20 * MINUTE, files: README('environments, promoted'), message: 'readme' },
        { at: T + 30 * MINUTE, files: README('environments, promoted in waves'), message: 'readme again' },
      ],
      { ...README('environments'), ...values('staging', '1.7.0', C), ...values('prod', '1.7.0', C) },
    );

  test('in a clone of the tip, sha256:a… is verified as run in staging from the commit three back that set it', async () => {
    const { origin, shas } = landed();
    const dir = shallowClone(origin);
    const { r } = await promoteAt(dir, T + 60 * MINUTE, digests(dir, A, '1.8.0'));
    expect(r.outcome).toBe('dry-run');
    expect(r.plan.changes.map((c) => [c.service, c.newDigest, c.verified])).toEqual([
      ['api', A, `staging (from ${shas[0].slice(0, 12)} (2026-11-23 09:30 UTC); no require-checks read)`],
    ]);
  });

  test('in a clone of the tip, sha256:e…, which staging never ran, is refused once the whole history is read', async () => {
    const { origin } = landed();
    const dir = shallowClone(origin);
    const E = `sha256:${'e'.repeat(64)}`;
    await expect(promoteAt(dir, T + 60 * MINUTE, digests(dir, E, '2.0.0'))).rejects.toThrow(
      new UserError('api: sha256:eeeeeeeeeeee is not what staging runs now (sha256:bbbbbbbbbbbb); it never ran there'),
    );
    expect(isShallow(dir)).toBe('false');
  });

  test('in a clone of the tip, require-checks with no build sha are read on the last change of staging’s values file, not on the tip', async () => {
    const { origin, shas } = landed();
    const dir = shallowClone(origin);
    const asked: string[] = [];
    const github = gitHubDouble({
      checkStates: async (sha, names) => (asked.push(sha), names.map((name) => ({ name, state: 'success' as const }))),
    });
    const { r } = await promoteWithGitHub(dir, T + 60 * MINUTE, github, { 'require-checks': 'e2e' });
    expect(r.outcome).toBe('dry-run');
    // shas[1] is 'staging: api 1.9.0'; the clone's one commit (the tip, 'readme again') set nothing of staging's.
    expect(asked).toEqual([shas[1]]);
  });
});

describe("staging runs its shared base's image (its overlay has no images: entry): a… at 09:30, b… at 10:00, then an overlay annotation and a README change", () => {
  const CONFIG = [
    'services:',
    '  api: { image: ghcr.io/acme/api }',
    'environments:',
    '  - { name: staging, kustomization: deploy/overlays/staging }',
    '  - { name: prod, kustomization: deploy/overlays/prod }',
    '',
  ].join('\n');
  const baseDigest = (digest: string) => ({ 'deploy/base/api.yaml': deployment('api', `ghcr.io/acme/api@${digest}`) });
  const landed = () =>
    repository(CONFIG, [
      { at: T, files: baseDigest(A), message: 'base: api a (#41)' },
      { at: T + 30 * MINUTE, files: baseDigest(B), message: 'base: api b (#43)' },
      {
        at: T + 40 * MINUTE,
        files: { 'deploy/overlays/staging/kustomization.yaml': overlay('staging', ['commonAnnotations:', '  team: web']) },
        message: 'staging: an annotation (#44)',
      },
      { at: T + 50 * MINUTE, files: README('environments, promoted'), message: 'readme' },
    ]);

  test('in a clone of the tip, sha256:a… is verified as run in staging from the base change that set it', async () => {
    const { origin, shas } = landed();
    const dir = shallowClone(origin);
    const { r } = await promoteAt(dir, T + 60 * MINUTE, digests(dir, A, '1.4.0'));
    expect(r.outcome).toBe('dry-run');
    expect(r.plan.changes.map((c) => [c.service, c.newDigest, c.verified])).toEqual([
      ['api', A, `staging (from ${shas[0].slice(0, 12)} (2026-11-23 09:30 UTC); no require-checks read)`],
    ]);
  });

  test('in a clone of the tip, require-checks with no build sha are read on the commit that moved the base image to b…', async () => {
    const { origin, shas } = landed();
    const dir = shallowClone(origin);
    const asked: string[] = [];
    const github = gitHubDouble({
      checkStates: async (sha, names) => (asked.push(sha), names.map((name) => ({ name, state: 'success' as const }))),
    });
    const { r } = await promoteWithGitHub(dir, T + 60 * MINUTE, github, { 'require-checks': 'e2e' });
    expect(r.outcome).toBe('dry-run');
    expect(asked).toEqual([shas[1]]);
  });
});
