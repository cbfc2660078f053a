import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { branchVerification, verificationOf } from '../harness/commit-mode.ts';
import {
  api,
  checkout,
  fx,
  gh,
  git,
  inCommitMode,
  originRef,
  originShow,
  REPO,
  run,
  useReleaseFixture,
} from '../harness/prepare-release-fixture.ts';

// prepare-release through its committed bundle on Node 24 (the fixture: ../harness/prepare-release-fixture.ts):
// what commit-mode api alone does — which commits GitHub shows as Verified, the tag made through the API, races on
// the ref, a lost 502, a blob over GitHub's limit.

useReleaseFixture();

describe('commit-mode api', () => {
  inCommitMode('api', () => {
    const BRANCH = 'chore/release-1.5.0';
    const writes = (from = 0) => gh.log.slice(from).filter((l) => l.method !== 'GET');

    test('the summary, log and PR body say which commits GitHub shows as Verified; a kept human commit is re-created, old and new ids named', async () => {
      const first = await run(checkout());
      expect(first.code).toBe(0);
      const [made] = await branchVerification(gh, REPO, fx.origin, BRANCH);
      expect(made).toMatchObject({ subject: 'chore(release): 1.5.0', lockstep: true, verified: true, reason: 'valid' });
      expect(first.summary).toContain(`| ${made.sha.slice(0, 12)} | lockstep's, authored by GitHub | Verified |`);
      expect(first.summary).toContain(`Created ${BRANCH} through the GitHub API.`);
      expect(first.stdout).toContain(`${made.sha.slice(0, 12)} (lockstep's, authored by GitHub; built locally as `);
      expect(gh.pulls(REPO)[0].body).toContain(
        'The release commit is created through the GitHub API (commit-mode: api) and signed by GitHub: it shows as Verified.',
      );

      const byHand = fx.editByHand(BRANCH, { 'README.md': 'mono, released by hand\n' }, { message: 'docs: readme | <b>by hand</b>' });
      fx.commit('fix: another bug (#14)', { 'services/api/other.py': 'x\n' });
      fx.push('main');
      const second = await run(checkout());
      expect(second.code).toBe(0);
      const [human, release] = await branchVerification(gh, REPO, fx.origin, BRANCH);
      expect(human).toMatchObject({ subject: 'docs: readme | <b>by hand</b>', lockstep: false, verified: false, reason: 'unsigned' });
      expect(release).toMatchObject({ subject: 'chore(release): 1.5.0', lockstep: true, verified: true });
      // The person stays the author; lockstep's identity is the committer of the re-created commit.
      expect(git(fx.origin, 'log', '-1', '--format=%an <%ae>|%cn <%ce>', `refs/heads/${BRANCH}`)).toBe(
        'Fixture Author <author@example.com>|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
      );
      expect(second.summary).toContain(
        `| ${human.sha.slice(0, 12)} | someone else's ${byHand.slice(0, 12)}, re-created with its author as a new commit | not verified (unsigned): a signature the original had does not carry over |`,
      );
      expect(second.summary).toContain(`| ${release.sha.slice(0, 12)} | lockstep's, authored by GitHub | Verified |`);
      expect(second.summary).toContain(
        `Regenerated the release commit on ${BRANCH} through the GitHub API and moved the branch with a lease (commits pushed on top of it were re-applied).`,
      );
      expect(gh.pulls(REPO)).toHaveLength(1);
    });

    test("a reviewer's Verified web-editor commit re-created on a rebuild is said to be re-created unsigned, not to keep its status", async () => {
      await run(checkout());
      // The reviewer's edit in GitHub's web editor: a commit GitHub creates and signs, then the branch fast-forwarded.
      const tip = originRef(`refs/heads/${BRANCH}`)!;
      const blob = (await api('POST', `/repos/${REPO}/git/blobs`, { content: 'reviewed\n', encoding: 'utf-8' })) as { sha: string };
      const tree = (await api('POST', `/repos/${REPO}/git/trees`, {
        base_tree: git(fx.origin, 'rev-parse', `${tip}^{tree}`),
        tree: [{ path: 'REVIEW.md', mode: '100644', type: 'blob', sha: blob.sha }],
      })) as { sha: string };
      const web = (await api('POST', `/repos/${REPO}/git/commits`, { message: 'docs: reviewed', tree: tree.sha, parents: [tip] })) as {
        sha: string;
      };
      await api('PATCH', `/repos/${REPO}/git/refs/heads/${BRANCH}`, { sha: web.sha, force: false });
      expect(await verificationOf(gh, REPO, web.sha)).toEqual({ verified: true, reason: 'valid' });
      fx.commit('fix: another bug (#14)', { 'services/api/other.py': 'x\n' });
      fx.push('main');
      const r = await run(checkout());
      expect(r.code).toBe(0);
      const now = originRef(`refs/heads/${BRANCH}`)!;
      expect(git(fx.origin, 'log', '-1', '--format=%s', now)).toBe('docs: reviewed');
      expect(now).not.toBe(web.sha);
      expect(await verificationOf(gh, REPO, now)).toEqual({ verified: false, reason: 'unsigned' });
      const row = `| ${now.slice(0, 12)} | someone else's ${web.sha.slice(0, 12)}, re-created with its author as a new commit | not verified (unsigned): a signature the original had does not carry over |`;
      expect(r.summary).toContain(row);
      expect(r.summary).not.toContain('keeps its original status');
      expect(r.stdout).toContain(
        `${now.slice(0, 12)} (someone else's ${web.sha.slice(0, 12)}, re-created with its author as a new commit; built locally as `,
      );
      expect(gh.pulls(REPO)[0].body).toContain(
        'Commits others pushed to this branch are re-created with their author as new commits, which GitHub does not sign: a signature they had (Verified, e.g. from GitHub’s web editor) does not carry over',
      );
      expect(gh.violations).toEqual([]);
    });

    test('the author and committer inputs are said not to apply to what GitHub signs', async () => {
      const r = await run(checkout(), { author: 'Release Bot <release-bot@example.com>', committer: 'Ops <ops@example.com>' });
      expect(r.code).toBe(0);
      expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
        'commit-mode api: the author setting is not used — GitHub authors and signs the release commit itself (a custom author would leave it unverified)',
        "commit-mode api: the committer setting applies only to others' commits re-applied on the release branch and to nothing lockstep authors (GitHub commits and signs those itself)",
      ]);
      expect((await branchVerification(gh, REPO, fx.origin, BRANCH))[0]).toMatchObject({ lockstep: true, verified: true });
    });

    test('merge → the annotated tag is made through the API and shows as Verified', async () => {
      await run(checkout());
      await api('PUT', `/repos/${REPO}/pulls/1/merge`, { merge_method: 'squash' });
      const r = await run(checkout());
      expect(r.code).toBe(0);
      const tagObject = originRef('refs/tags/v1.5.0')!;
      expect(git(fx.origin, 'cat-file', '-t', tagObject)).toBe('tag');
      expect(git(fx.origin, 'rev-parse', 'refs/tags/v1.5.0^{commit}')).toBe(git(fx.origin, 'rev-parse', 'main'));
      expect(gh.count('POST /repos/{owner}/{repo}/git/tags', 201)).toBe(1);
      const tag = (await api('GET', `/repos/${REPO}/git/tags/${tagObject}`)) as {
        verification: { verified: boolean; reason: string };
        message: string;
      };
      expect(tag.verification).toMatchObject({ verified: true, reason: 'valid' });
      expect(tag.message).toBe('Release 1.5.0\n');
      expect(r.summary).toContain(`as v1.5.0 (annotated) through the GitHub API; GitHub shows the tag as Verified.`);
    });

    test('a race (the branch appears between the read and the update) is rebuilt once and succeeds', async () => {
      let raced = false;
      gh.tamper('GET /repos/{owner}/{repo}/git/ref/{ref}', (body) => {
        if (!raced) {
          raced = true;
          // Someone creates the release branch with a commit of theirs right after lockstep read it.
          const twin = fx.clone('main');
          writeFileSync(join(twin, 'NOTES.md'), 'twin\n');
          git(twin, 'add', 'NOTES.md');
          git(twin, 'commit', '-qm', 'docs: a twin was first');
          git(twin, 'push', '-q', 'origin', `HEAD:refs/heads/${BRANCH}`);
        }
        return body;
      });
      const r = await run(checkout());
      expect(r.code).toBe(0);
      expect(raced).toBe(true);
      const ref = `refs/heads/${BRANCH}`;
      expect(git(fx.origin, 'log', '--format=%s', `main..${ref}`).split('\n')).toEqual(['docs: a twin was first', 'chore(release): 1.5.0']);
      expect(git(fx.origin, 'rev-parse', `${ref}~2`)).toBe(git(fx.origin, 'rev-parse', 'main'));
      expect(originShow(ref, 'NOTES.md')).toBe('twin');
      expect(originShow(ref, '.version')).toBe('1.5.0');
      // Round one: its commit, refused ref create; round two: the release commit and the twin's re-created, one ref move
      // (not a fast-forward of the twin's commit: GraphQL's updateRefs from it, no forced REST update).
      expect(gh.count('POST /repos/{owner}/{repo}/git/commits', 201)).toBe(3);
      expect(gh.count('PATCH /repos/{owner}/{repo}/git/refs/{ref}')).toBe(0);
      const swaps = gh.log.filter((e) => e.path === '/graphql' && e.requestBody.includes('updateRefs'));
      expect(swaps.map((e) => JSON.parse(e.responseBody) as unknown)).toEqual([{ data: { updateRefs: { clientMutationId: null } } }]);
      expect(gh.pulls(REPO)).toHaveLength(1);
      expect(gh.violations).toEqual([]);
    });

    test('a commit pushed between the read and a rebuilt update is kept: the ref moves by compare-and-swap, the run rebuilds once', async () => {
      await run(checkout());
      fx.commit('fix: another bug (#14)', { 'services/api/other.py': 'x\n' });
      fx.push('main');
      const ref = `refs/heads/${BRANCH}`;
      const read = originRef(ref)!;
      let raced = false;
      let reviewed = '';
      gh.tamper('GET /repos/{owner}/{repo}/git/ref/{ref}', (body) => {
        if (!raced) {
          raced = true;
          // A reviewer pushes to the release branch right after lockstep read it (the rebuild is not a fast-forward).
          const reviewer = fx.clone(BRANCH);
          writeFileSync(join(reviewer, 'REVIEW.md'), 'reviewed\n');
          git(reviewer, 'add', 'REVIEW.md');
          git(reviewer, 'commit', '-qm', 'docs: reviewed during the run');
          git(reviewer, 'push', '-q', 'origin', `HEAD:${ref}`);
          reviewed = git(reviewer, 'rev-parse', 'HEAD');
        }
        return body;
      });
      const before = gh.log.length;
      const r = await run(checkout());
      gh.tamper('GET /repos/{owner}/{repo}/git/ref/{ref}', undefined);
      expect(r.code).toBe(0);
      expect(raced).toBe(true);
      // The reviewer's commit is on the branch, on top of the rebuilt release commit, which sits on main's new tip.
      expect(git(fx.origin, 'log', '--format=%s', `main..${ref}`).split('\n')).toEqual([
        'docs: reviewed during the run',
        'chore(release): 1.5.0',
      ]);
      expect(git(fx.origin, 'rev-parse', `${ref}~2`)).toBe(git(fx.origin, 'rev-parse', 'main'));
      expect(originShow(ref, 'REVIEW.md')).toBe('reviewed');
      expect(originShow(ref, 'services/api/other.py')).toBe('x');
      // No forced REST update: the first swap (from the commit read) was refused, the second (from the reviewer's) made.
      const writes = gh.log.slice(before);
      expect(writes.filter((e) => e.route === 'PATCH /repos/{owner}/{repo}/git/refs/{ref}')).toEqual([]);
      const swaps = writes
        .filter((e) => e.method === 'POST' && e.path === '/graphql')
        .map((e) => JSON.parse(e.requestBody) as { variables: { refUpdates: { beforeOid: string; force: boolean }[] } })
        .filter((b) => b.variables.refUpdates);
      expect(swaps.map((b) => b.variables.refUpdates[0])).toEqual([
        expect.objectContaining({ beforeOid: read, force: true }),
        expect.objectContaining({ beforeOid: reviewed, force: true }),
      ]);
      expect(gh.violations).toEqual([]);
    });

    test('a lost 502 after the commit create makes no second commit on the branch', async () => {
      const fault = gh.fault({ route: 'POST /repos/{owner}/{repo}/git/commits', kind: '502-after' });
      const r = await run(checkout());
      expect(r.code).toBe(0);
      expect(fault.hits).toBe(1);
      const ref = `refs/heads/${BRANCH}`;
      expect(git(fx.origin, 'rev-list', '--count', `main..${ref}`)).toBe('1');
      expect(git(fx.origin, 'rev-parse', `${ref}^`)).toBe(git(fx.origin, 'rev-parse', 'main'));
      expect((await branchVerification(gh, REPO, fx.origin, BRANCH))[0]).toMatchObject({ lockstep: true, verified: true });
      expect(gh.pulls(REPO)).toHaveLength(1);
    });

    test('a 200 MB file is refused before any write, naming the file and the limit', async () => {
      await run(checkout());
      fx.editByHand(BRANCH, { 'assets/big.bin': Buffer.alloc(200 * 1024 * 1024) }, { message: 'chore: a large asset' });
      fx.commit('fix: another bug (#14)', { 'services/api/other.py': 'x\n' });
      fx.push('main');
      const tip = originRef(`refs/heads/${BRANCH}`);
      const before = gh.log.length;
      const r = await run(checkout());
      expect(r.code).toBe(1);
      const errors = r.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0].message).toContain(
        "'assets/big.bin' is 200.0 MiB, over GitHub's 100 MiB limit for a blob created through the API — nothing was written",
      );
      expect(writes(before)).toEqual([]);
      expect(originRef(`refs/heads/${BRANCH}`)).toBe(tip);
    }, 120_000);
  });
});
