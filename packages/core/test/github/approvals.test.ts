import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../../../../action-tests/harness/github-double/index.ts';
import { approvers, environmentReviewers, isTeamMember } from '../../src/github/approvals.ts';
import { createGitHub, type GitHub } from '../../src/github/client.ts';

// The approval gate's reads against the OpenAPI-validated double: reviews, team memberships, an Environment's reviewers.
const REPO = 'acme/deploy';
let fixture: GitFixture;
let double: GitHubDouble;

beforeEach(async () => {
  fixture = GitFixture.create({ 'README.md': 'x\n' });
  double = await startGitHubDouble({
    repositories: [{ fullName: REPO, path: fixture.origin }],
    teams: { 'acme/platform': ['alice'], 'acme/release': ['dan'] },
    environments: { 'acme/deploy:prod': { users: ['carol'], teams: ['release'] } },
  });
});
afterEach(async () => {
  expect(double.violations).toEqual([]);
  await double.stop();
  fixture.cleanup();
});

const client = (): GitHub =>
  createGitHub({
    token: double.token,
    repository: REPO,
    env: double.env(),
    minMutationGapMs: 0,
    sleep: async () => {},
    log: () => {},
    budget: 100,
  });

test("a reviewer's latest deciding review counts: a later change request undoes an approval, a comment does not", async () => {
  const pull = double.seedPull(REPO, { head: 'main', base: 'main', title: 'promote' });
  double.addReview(REPO, pull.number, { login: 'alice', state: 'APPROVED' });
  double.addReview(REPO, pull.number, { login: 'alice', state: 'COMMENTED' });
  double.addReview(REPO, pull.number, { login: 'bob', state: 'APPROVED' });
  double.addReview(REPO, pull.number, { login: 'bob', state: 'CHANGES_REQUESTED' });
  expect(await approvers(client(), pull.number)).toEqual({ approved: ['alice'], stale: [] });
});

test('an approval given before a later push is stale: only reviews of the head commit approve it', async () => {
  const pull = double.seedPull(REPO, { head: 'main', base: 'main', title: 'promote' });
  double.addReview(REPO, pull.number, { login: 'alice', state: 'APPROVED', commitId: 'a'.repeat(40) });
  double.addReview(REPO, pull.number, { login: 'carol', state: 'APPROVED' });
  double.addReview(REPO, pull.number, { login: 'dan', state: 'APPROVED', commitId: 'b'.repeat(40) });
  double.addReview(REPO, pull.number, { login: 'dan', state: 'APPROVED' });
  expect(await approvers(client(), pull.number)).toEqual({ approved: ['carol', 'dan'], stale: ['alice'] });
});

test('team membership: a member is, anyone else (or an unknown team) is not', async () => {
  expect(await isTeamMember(client(), 'acme', 'platform', 'alice')).toBe(true);
  expect(await isTeamMember(client(), 'acme', 'platform', 'mallory')).toBe(false);
  expect(await isTeamMember(client(), 'acme', 'nope', 'alice')).toBe(false);
});

test("a GitHub Environment's required reviewers: users and the owner's teams; none for an unknown environment", async () => {
  expect(await environmentReviewers(client(), 'prod')).toEqual({ users: ['carol'], teams: [{ org: 'acme', slug: 'release' }] });
  expect(await environmentReviewers(client(), 'staging')).toBeUndefined();
});
