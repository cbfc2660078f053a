import { UserError } from '../../src/errors.ts';
import type { PullRef } from '../../src/github/pulls.ts';
import type { ReleaseApi } from '../../src/release/ports.ts';
import { releaseOfSubject } from '../../src/release/publish.ts';
import { mergeGroupOf, queuedReleasePull } from '../../src/release/queued.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const QUEUE_REF = `refs/heads/gh-readonly-queue/main/pr-12-${B}`;

/** A merge_group payload as GitHub sends it, with `group` fields replaced. */
const payload = (group: Record<string, unknown> = {}) => ({
  action: 'checks_requested',
  merge_group: { head_sha: A, head_ref: QUEUE_REF, base_sha: B, base_ref: 'refs/heads/main', ...group },
});

describe('mergeGroupOf: the payload read as untrusted text', () => {
  test("GitHub's shape: the head commit and the entry its head ref names", () => {
    expect(mergeGroupOf(payload())).toEqual({ headSha: A, headRef: QUEUE_REF, entry: { baseBranch: 'main', pull: 12, entryBase: B } });
    expect(
      mergeGroupOf(payload({ head_ref: `refs/heads/gh-readonly-queue/release/v2/pr-3-${B}`, base_ref: 'refs/heads/release/v2' })).entry,
    ).toEqual({
      baseBranch: 'release/v2',
      pull: 3,
      entryBase: B,
    });
  });

  test.each([
    ['no merge_group object', { action: 'checks_requested' }, "the merge_group event's payload has no merge_group object"],
    [
      'head_sha not a commit name',
      payload({ head_sha: 'HEAD' }),
      `the merge_group event's merge_group.head_sha "HEAD" is not a commit name`,
    ],
    ['head_sha missing', payload({ head_sha: undefined }), `the merge_group event's merge_group.head_sha "nothing" is not a commit name`],
    [
      'head_ref a branch of the base',
      payload({ head_ref: 'refs/heads/main' }),
      `the merge_group event's merge_group.head_ref "refs/heads/main" is not a merge queue branch (refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>)`,
    ],
    [
      'head_ref with a line break',
      payload({ head_ref: `${QUEUE_REF}\n::error::x` }),
      `the merge_group event's merge_group.head_ref "${QUEUE_REF}\\n::error::x" is not a merge queue branch (refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>)`,
    ],
    [
      'head_ref without refs/heads/',
      payload({ head_ref: `gh-readonly-queue/main/pr-12-${B}` }),
      `the merge_group event's merge_group.head_ref "gh-readonly-queue/main/pr-12-${B}" is not a merge queue branch (refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>)`,
    ],
    [
      'head_ref not a string',
      payload({ head_ref: 12 }),
      `the merge_group event's merge_group.head_ref "12" is not a merge queue branch (refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>)`,
    ],
    [
      'base_ref another branch than the head ref queues into',
      payload({ base_ref: 'refs/heads/dev' }),
      `the merge_group event's merge_group.base_ref "refs/heads/dev" is not the branch its head_ref queues into (refs/heads/main)`,
    ],
  ])('%s: refused in one line naming the field', (_, event, message) => {
    const thrown = (() => {
      try {
        mergeGroupOf(event);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).detail).toBe(message);
  });
});

describe('queuedReleasePull: a queue branch counts only when its whole name is the PR into the base', () => {
  const pull = (number: number) => ({ number, head: `chore/release-1.${number}.0` }) as PullRef;
  const api = (refs: string[]) => {
    const asked: string[] = [];
    const matchingRefs = async (prefix: string) => (asked.push(prefix), refs.filter((r) => r.startsWith(`refs/${prefix}`)));
    return { api: { matchingRefs } as unknown as ReleaseApi, asked };
  };

  test.each([
    ['its queue branch', [QUEUE_REF], QUEUE_REF],
    ['a branch of another PR whose number starts alike', [`refs/heads/gh-readonly-queue/main/pr-120-${B}`], undefined],
    ['a name whose sha is not a commit name', ['refs/heads/gh-readonly-queue/main/pr-12-notacommit'], undefined],
    ['a queue branch into another base', [`refs/heads/gh-readonly-queue/dev/pr-12-${B}`], undefined],
    ['a queue branch into a base below main/', [`refs/heads/gh-readonly-queue/main/x/pr-12-${B}`], undefined],
    ['no branch', [], undefined],
  ])('%s', async (_, refs, found) => {
    const { api: a, asked } = api(refs);
    const queued = await queuedReleasePull(a, 'main', [pull(12)]);
    expect(queued?.ref).toBe(found);
    expect(asked).toEqual(['heads/gh-readonly-queue/main/pr-12-']);
  });

  test('asks for each open release PR until one is queued', async () => {
    const { api: a, asked } = api([`refs/heads/gh-readonly-queue/main/pr-4-${B}`]);
    expect((await queuedReleasePull(a, 'main', [pull(3), pull(4), pull(5)]))?.pull.number).toBe(4);
    expect(asked).toEqual(['heads/gh-readonly-queue/main/pr-3-', 'heads/gh-readonly-queue/main/pr-4-']);
  });
});

describe('releaseOfSubject: the release a merge commit says it merged', () => {
  test.each([
    ['chore(release): 1.5.0 (#12)', { version: '1.5.0', pull: 12 }],
    ['chore(release): 1.5.0', { version: '1.5.0' }],
    ['Merge pull request #12 from acme/chore/release-1.5.0', { version: '1.5.0', pull: 12 }],
    ['chore(release): 2.0.0-rc.1 (#3)', { version: '2.0.0-rc.1', pull: 3 }],
    ['chore(release): v1.5.0 (#12)', undefined],
    ['chore(release): 1.5 (#12)', undefined],
    ['Merge pull request #12 from acme/feat/release-1.5.0', undefined],
    ['feat: chore(release): 1.5.0', undefined],
  ])('%s', (subject, found) => {
    expect(releaseOfSubject(subject, 'chore/release-')).toEqual(found);
  });
});
