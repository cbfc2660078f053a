import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployment } from '../../../../action-tests/harness/overlay-fixture.ts';
import { UserError } from '../../src/errors.ts';
import { gitHubDouble } from './ports-double.ts';
import { MINUTE, overlay, promoteAt, promoteWithGitHub, repository } from './gates/rendered-history-repo.ts';

// Issue 72: staging's overlay has no images: entry, so staging runs the image its shared base names. The base
// named api@sha256:a… at 09:30 and moved to sha256:b… at 10:00; at 10:10 staging's overlay took an annotation
// (the last change of its pin place, which moved no image). What staging ran, and the commit that brought what it
// runs now, are read on its render's history (the real kubectl kustomize), not its overlay's.

const T = Date.parse('2026-11-23T09:30:00Z');
const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;
const C = `sha256:${'c'.repeat(64)}`;
const CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api }',
  'environments:',
  '  - { name: staging, kustomization: deploy/overlays/staging }',
  '  - { name: prod, kustomization: deploy/overlays/prod }',
  '',
].join('\n');

const baseDigest = (digest: string) => ({ 'deploy/base/api.yaml': deployment('api', `ghcr.io/acme/api@${digest}`) });

/** The base took sha256:a… at 09:30 and sha256:b… at 10:00; staging's overlay an annotation at 10:10. */
function landed() {
  return repository(CONFIG, [
    { at: T, files: baseDigest(A), message: 'base: api a (#41)' },
    { at: T + 30 * MINUTE, files: baseDigest(B), message: 'base: api b (#43)' },
    {
      at: T + 40 * MINUTE,
      files: { 'deploy/overlays/staging/kustomization.yaml': overlay('staging', ['commonAnnotations:', '  team: web']) },
      message: 'staging: an annotation (#44)',
    },
  ]);
}

/** A digests file naming api at `digest`, written beside the repository's files (not committed). */
function digests(dir: string, digest: string): Record<string, string> {
  const entry = { image: 'ghcr.io/acme/api', tag: '1.4.0', digest, sha: 'f'.repeat(40) };
  writeFileSync(join(dir, 'image-digests.json'), JSON.stringify({ api: entry }));
  return { digests: 'image-digests.json' };
}

describe('verify-source on a digest staging ran by its base (a digests file naming it)', () => {
  test('sha256:a…, which the base set at 09:30: verified as run in staging from that commit', async () => {
    const { dir, shas } = landed();
    const { r } = await promoteAt(dir, T + 60 * MINUTE, digests(dir, A));
    expect(r.outcome).toBe('dry-run');
    expect(r.plan.changes.map((c) => [c.service, c.newDigest, c.verified])).toEqual([
      ['api', A, `staging (from ${shas[0].slice(0, 12)} (2026-11-23 09:30 UTC); no require-checks read)`],
    ]);
  });

  test('sha256:b…, which the base sets now: verified as what staging runs, its render read at the base', async () => {
    const { dir } = landed();
    const { r } = await promoteAt(dir, T + 60 * MINUTE, digests(dir, B));
    expect(r.plan.changes.map((c) => [c.service, c.newDigest, c.verified])).toEqual([['api', B, 'staging']]);
  });

  test('sha256:c…, which staging never ran: refused, naming what staging runs by its render', async () => {
    const { dir } = landed();
    await expect(promoteAt(dir, T + 60 * MINUTE, digests(dir, C))).rejects.toThrow(
      new UserError('api: sha256:cccccccccccc is not what staging runs now (sha256:bbbbbbbbbbbb); it never ran there'),
    );
  });
});

test("require-checks with no build sha: read on the commit that moved staging's base image, not the overlay's last change", async () => {
  const { dir, shas } = landed();
  const asked: string[] = [];
  const github = gitHubDouble({
    checkStates: async (sha, names) => (asked.push(sha), names.map((name) => ({ name, state: 'success' as const }))),
  });
  const { r } = await promoteWithGitHub(dir, T + 60 * MINUTE, github, { 'require-checks': 'e2e' });
  expect(r.outcome).toBe('dry-run');
  expect(asked).toEqual([shas[1]]);
});

test('with require-checks, the checks of a digest staging ran by its base are read on the commit that set it there', async () => {
  const { dir, shas } = landed();
  const asked: string[] = [];
  const github = gitHubDouble({
    checkStates: async (sha, names) => (asked.push(sha), names.map((name) => ({ name, state: 'success' as const }))),
  });
  const { r } = await promoteWithGitHub(dir, T + 60 * MINUTE, github, { ...digests(dir, A), 'require-checks': 'e2e' });
  expect(r.outcome).toBe('dry-run');
  expect(r.plan.changes.map((c) => c.verified)).toEqual([`staging (from ${shas[0].slice(0, 12)} (2026-11-23 09:30 UTC); e2e green there)`]);
  expect(asked).toEqual([shas[0], 'f'.repeat(40)]);
});
