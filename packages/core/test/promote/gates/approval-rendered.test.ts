import { gitHubDouble } from '../ports-double.ts';
import { baseImage, MINUTE, overlay, promoteWithGitHub, repository } from './rendered-history-repo.ts';

// Issue 72: prod needs the pull request that brought what staging runs approved by acme/platform. Staging's
// overlay has no images: entry: it runs the shared base's image, so the pull request that counts is the one that
// changed the base's image (#41), not the later one that changed only staging's overlay (#42, the last change of
// staging's pin place, which moved no image).

const T = Date.parse('2026-11-23T09:30:00Z');
const CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api }',
  'environments:',
  '  - { name: staging, kustomization: deploy/overlays/staging }',
  '  - name: prod',
  '    kustomization: deploy/overlays/prod',
  '    approval: { teams: [acme/platform] }',
  '',
].join('\n');

/** #41 moved the base's api to 1.4.0 at 09:30; #42 gave staging's overlay an annotation at 09:40 (same image). */
function landed() {
  return repository(CONFIG, [
    { at: T, files: baseImage('1.4.0'), message: 'base: api 1.4.0 (#41)' },
    {
      at: T + 10 * MINUTE,
      files: { 'deploy/overlays/staging/kustomization.yaml': overlay('staging', ['commonAnnotations:', '  team: web']) },
      message: 'staging: an annotation (#42)',
    },
  ]);
}

/** GitHub: #41 and #42 merged as the two commits; alice (acme/platform) approved #41, nobody #42. */
function github(shas: string[], asked: string[]) {
  const pulls = new Map([
    [shas[0], 41],
    [shas[1], 42],
  ]);
  return gitHubDouble({
    mergedPullOf: async (sha) => {
      const number = pulls.get(sha);
      return number === undefined ? undefined : { number, mergedAt: '2026-11-23T09:45:00Z' };
    },
    approvals: async (n) => {
      asked.push(`reviews #${n}`);
      return { approved: n === 41 ? ['alice'] : [], stale: [] };
    },
    teamMember: async (org, slug, login) => `${org}/${slug}` === 'acme/platform' && login === 'alice',
  });
}

test("the pull request that changed the base's image is the one whose approval counts", async () => {
  const { dir, shas } = landed();
  const asked: string[] = [];
  const { r, holds } = await promoteWithGitHub(dir, T + 60 * MINUTE, github(shas, asked));
  expect(holds).toEqual([]);
  expect(r.outcome).toBe('dry-run');
  expect(asked).toEqual(['reviews #41']);
  expect(r.notes).toContain(
    'Approved: #41 (the change of what staging runs, by its render) was approved by @alice (member of acme/platform).',
  );
});

test('without an approval of it, prod waits for that pull request, named as such', async () => {
  const { dir, shas } = landed();
  const pulls = github(shas, []);
  const { r, holds } = await promoteWithGitHub(dir, T + 60 * MINUTE, { ...pulls, approvals: async () => ({ approved: [], stale: [] }) });
  expect(r.outcome).toBe('held');
  expect(holds).toEqual([
    'prod waits for #41 (the change of what staging runs, by its render) to be approved by a member of acme/platform: not approved yet',
  ]);
});
