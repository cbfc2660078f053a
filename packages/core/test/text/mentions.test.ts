import { inertReferences } from '../../src/text/mentions.ts';

// U+200D written out, so each expected value reads as what GitHub receives.
const Z = '\u200d';

describe('inertReferences: mentions and foreign closing keywords copied from commits', () => {
  test.each([
    // Mentions of users and teams.
    ['ping @octocat and @acme/everyone', `ping @${Z}octocat and @${Z}acme/everyone`],
    ['@octocat at the start', `@${Z}octocat at the start`],
    ['(@octocat) [@octocat] "@octocat"', `(@${Z}octocat) [@${Z}octocat] "@${Z}octocat"`],
    ['`@types/node` in a code span', `\`@${Z}types/node\` in a code span`],
    ['thanks,@octocat.', `thanks,@${Z}octocat.`],
    ['-@octocat', `-@${Z}octocat`],
    ['line one\n@octocat', `line one\n@${Z}octocat`],
    ['@OctoCat-2', `@${Z}OctoCat-2`],
    // Not mentions: addresses, a lone @, @ before punctuation.
    ['mail a@b.com or first.last@example.org', 'mail a@b.com or first.last@example.org'],
    ['user_name@host.example', 'user_name@host.example'],
    ['@ alone, @@, @-x, @_x', `@ alone, @@, @-x, @_x`],
    // Closing keywords aimed at another repository.
    ['closes other-org/repo#1', `c${Z}loses other-org/repo#1`],
    ['fixes owner/repo#2', `f${Z}ixes owner/repo#2`],
    ['Fix: owner/repo#2', `F${Z}ix: owner/repo#2`],
    ['RESOLVED owner/my.repo#33', `R${Z}ESOLVED owner/my.repo#33`],
    ['resolve owner/repo#3 and close owner/x#4', `r${Z}esolve owner/repo#3 and c${Z}lose owner/x#4`],
    ['Closed https://github.com/other/repo/issues/9', `C${Z}losed https://github.com/other/repo/issues/9`],
    ['fixed: https://github.example.com/o/r/pull/10', `f${Z}ixed: https://github.example.com/o/r/pull/10`],
    ['closes <https://github.com/o/r/issues/1>', `c${Z}loses <https://github.com/o/r/issues/1>`],
    // This repository's own references stay live, and words that only contain a keyword are no keyword.
    ['closes #1', 'closes #1'],
    ['Closes: #1', 'Closes: #1'],
    ['fixes GH-12', 'fixes GH-12'],
    ['see owner/repo#2', 'see owner/repo#2'],
    ['prefixes owner/repo#2', 'prefixes owner/repo#2'],
    ['enclosed owner/repo#2', 'enclosed owner/repo#2'],
    ['fixes the build', 'fixes the build'],
    ['closes https://github.com/o/r/blob/main/x.ts', 'closes https://github.com/o/r/blob/main/x.ts'],
  ])('%j', (input, expected) => {
    expect(inertReferences(input)).toBe(expected);
  });

  test('applied twice it changes nothing more', () => {
    const once = inertReferences('ping @octocat, closes o/r#1');
    expect(inertReferences(once)).toBe(once);
  });
});
