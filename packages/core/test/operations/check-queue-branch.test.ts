import { Inputs, mapInputs } from '../../src/contract/inputs.ts';
import { queueBranchOf } from '../../src/git/queue-branch.ts';
import { checkRequest } from '../../src/operations/check/request.ts';
import { testWorld } from '../test-world.ts';

// A merge queue entry named by its branch, as `lockstep check` on a checkout of one passes it: the request reads
// the pull request and the commit the entry was built on from the head, as it reads them from a merge_group event.

const A = 'a'.repeat(40);
const B = `0123456789abcdef${'0'.repeat(48)}`;

describe('queueBranchOf: the queue branch GitHub writes, in every form a ref names it', () => {
  test.each([
    [`gh-readonly-queue/main/pr-2-${A}`, { baseBranch: 'main', pull: 2, entryBase: A }],
    [`refs/heads/gh-readonly-queue/main/pr-2-${A}`, { baseBranch: 'main', pull: 2, entryBase: A }],
    [`refs/remotes/origin/gh-readonly-queue/release/1.x/pr-817-${A}`, { baseBranch: 'release/1.x', pull: 817, entryBase: A }],
    [`upstream/gh-readonly-queue/main/pr-9-${B}`, { baseBranch: 'main', pull: 9, entryBase: B }],
  ])('%s', (ref, entry) => {
    expect(queueBranchOf(ref)).toEqual(entry);
  });

  test.each([
    ['a branch of another shape', 'feature/gh-readonly-queue'],
    ['no pull request number', `gh-readonly-queue/main/pr--${A}`],
    ['a short sha', 'gh-readonly-queue/main/pr-2-abc1234'],
    ['an upper-case sha', `gh-readonly-queue/main/pr-2-${A.toUpperCase()}`],
    ['a line break after it', `gh-readonly-queue/main/pr-2-${A}\n::error::forged`],
    ['a line break inside', `gh-readonly-queue/ma\nin/pr-2-${A}`],
    ['a base branch that starts with a dash', `gh-readonly-queue/--upload-pack=touch/pr-2-${A}`],
    ['a base branch with ..', `gh-readonly-queue/main/../x/pr-2-${A}`],
    ['a base branch with a space', `gh-readonly-queue/ma in/pr-2-${A}`],
    ['a base branch ending .lock', `gh-readonly-queue/main.lock/pr-2-${A}`],
    ['a remote name holding a slash', `refs/remotes/a/b/gh-readonly-queue/main/pr-2-${A}`],
  ])('%s: none', (_what, ref) => {
    expect(queueBranchOf(ref)).toBeUndefined();
  });
});

describe('checkRequest: a head naming a queue branch is the queue entry', () => {
  const request = (values: Record<string, string>, payload: Record<string, unknown> = {}) =>
    checkRequest(new Inputs(mapInputs(values)), testWorld('.', { event: () => ({ payload }) }));

  test('base and head given (the CLI): the entry comes from the head, whatever the base', () => {
    expect(request({ base: 'refs/remotes/origin/main', head: `refs/heads/gh-readonly-queue/main/pr-2-${A}` })).toMatchObject({
      base: 'refs/remotes/origin/main',
      head: `refs/heads/gh-readonly-queue/main/pr-2-${A}`,
      queue: { pull: 2, entryBase: A },
    });
    expect(request({ base: 'main', head: `origin/gh-readonly-queue/main/pr-5-${B}` }).queue).toEqual({ pull: 5, entryBase: B });
  });

  test('any other head: no queue entry', () => {
    expect(request({ base: 'main', head: 'feature/x' }).queue).toBeUndefined();
    expect(request({ base: 'main' }).queue).toBeUndefined();
  });

  test("a merge group's event still decides its own entry", () => {
    const group = {
      merge_group: { base_sha: 'c'.repeat(40), head_sha: 'd'.repeat(40), head_ref: `refs/heads/gh-readonly-queue/main/pr-7-${B}` },
    };
    expect(request({}, group).queue).toEqual({ pull: 7, entryBase: B });
  });
});
