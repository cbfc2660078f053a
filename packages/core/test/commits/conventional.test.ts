import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  analyzeCommits,
  CommitAnalyzer,
  commitBump,
  parseCommitMessage,
  type Bump,
  type ParsedCommit,
} from '../../src/commits/conventional.ts';
import { latestStable, nextVersion, versionsFromTags, type NextVersionRequest } from '../../src/commits/version.ts';
import { UserError } from '../../src/errors.ts';

const one = (message: string) => analyzeCommits([{ sha: 'a'.repeat(40), parents: ['p'], message }]).bump;

describe('commit classification', () => {
  test.each<[string, string, Bump]>([
    ['feat', 'feat: add login', 'minor'],
    ['feat with scope', 'feat(api): add login', 'minor'],
    ['scope with slash and dot', 'feat(libs/a.b): add', 'minor'],
    ['fix', 'fix: crash on empty input', 'patch'],
    ['fix with scope', 'fix(worker): retry', 'patch'],
    ['perf', 'perf: cache lookups', 'patch'],
    ['chore', 'chore: bump deps', 'none'],
    ['docs', 'docs: readme', 'none'],
    ['ci, build, refactor, test, style', 'refactor: tidy', 'none'],
    ['upper-case type', 'FEAT: shout', 'minor'],
    ['bang', 'feat!: drop node 18', 'major'],
    ['bang with scope', 'fix(api)!: rename field', 'major'],
    ['bang on chore', 'chore!: drop support', 'major'],
    ['BREAKING CHANGE footer', 'feat: x\n\nBREAKING CHANGE: config key renamed', 'major'],
    ['BREAKING-CHANGE footer', 'fix: x\n\nBREAKING-CHANGE: output format changed', 'major'],
    ['footer after body', 'fix: x\n\nsome body text\n\nBREAKING CHANGE: gone', 'major'],
    ['lower-case breaking change is prose', 'fix: x\n\nbreaking change: not really', 'patch'],
    ['Breaking Change mixed case is prose', 'feat: x\n\nBreaking Change: nope', 'minor'],
    ['breaking change inside a sentence', 'fix: x\n\nThis is a BREAKING CHANGE: for nobody', 'patch'],
    ['not conventional', 'Update README.md', 'none'],
    ['missing space after colon', 'feat:add', 'none'],
    ['empty message', '', 'none'],
    ['blank lines only', '\n\n\n', 'none'],
    ['CRLF with footer', 'fix: x\r\n\r\nBREAKING CHANGE: crlf footer\r\n', 'major'],
    ['CRLF plain', 'feat: crlf\r\n\r\nbody\r\n', 'minor'],
    ['squash body with feat lines does not count', 'chore: squash (#12)\n\n* feat: inner one\n* fix: inner two\n\nfeat!: quoted', 'none'],
    ['bot quoting upstream notes', 'chore(deps): bump lib from 1.0 to 2.0\n\nfeat: upstream feature\nBREAKING: upstream', 'none'],
    ['nested commit block counts', 'chore: update\n\nBEGIN_NESTED_COMMIT\nfeat(a): nested feature\nEND_NESTED_COMMIT', 'minor'],
    [
      'nested breaking block',
      'fix: outer\n\nBEGIN_NESTED_COMMIT\nfeat!: nested break\nEND_NESTED_COMMIT\nBEGIN_NESTED_COMMIT\nfix: two\nEND_NESTED_COMMIT',
      'major',
    ],
    ['squash-merge subject with PR number', 'feat: add export (#123)', 'minor'],
    ['merge subject alone', 'Merge pull request #5 from acme/feature', 'none'],
    ['revert outside the range is a patch', 'revert: feat: old thing\n\nThis reverts commit 1234567890abcdef.', 'patch'],
    ['non-UTF-8 bytes decoded loosely', Buffer.from([0x66, 0x69, 0x78, 0x3a, 0x20, 0xe9, 0x74, 0xe9]).toString('utf8'), 'patch'],
    ['comment-like hash line in body', 'feat: x\n\n# not a comment\n', 'minor'],
    ['Release-As alone', 'chore: release 2.0.0\n\nRelease-As: 2.0.0', 'none'],
  ])('%s', (_name, message, expected) => {
    expect(one(message)).toBe(expected);
  });

  test('non-UTF-8 message keeps a printable subject', () => {
    const [c] = parseCommitMessage('x', Buffer.from('fix: caf\xe9', 'latin1').toString('utf8'));
    expect(c.type).toBe('fix');
    expect(c.subject).toContain('caf');
  });

  test('nested blocks are commits of their own with the same sha', () => {
    const parsed = parseCommitMessage(
      'abc',
      'chore: several\n\nBEGIN_NESTED_COMMIT\nfix(x): one\nEND_NESTED_COMMIT\nBEGIN_NESTED_COMMIT\nfeat: two\nEND_NESTED_COMMIT\n',
    );
    expect(parsed.map((p) => [p.type, p.subject, p.nested, p.sha])).toEqual([
      ['chore', 'several', false, 'abc'],
      ['fix', 'one', true, 'abc'],
      ['feat', 'two', true, 'abc'],
    ]);
  });

  test('breaking notes carry their description; bang without footer uses the subject', () => {
    expect(parseCommitMessage('s', 'feat(api)!: drop v1 (#9)')[0]).toMatchObject({
      breaking: true,
      breakingNotes: ['drop v1'],
      pr: 9,
      scope: 'api',
      subject: 'drop v1',
    });
    expect(parseCommitMessage('s', 'fix: x\n\nBREAKING CHANGE: the flag is gone\nand more')[0].breakingNotes).toEqual([
      'the flag is gone\nand more',
    ]);
  });

  test('Release-As footer is read', () => {
    expect(analyzeCommits([{ sha: 'a', parents: [], message: 'chore: cut\n\nRelease-As: 3.1.0' }]).releaseAs).toBe('3.1.0');
  });

  test('a revert cancels the commit it names when both are in the range', () => {
    const a = analyzeCommits([
      { sha: 'b'.repeat(40), parents: ['x'], message: `revert: feat!: risky\n\nThis reverts commit ${'a'.repeat(40)}.` },
      { sha: 'a'.repeat(40), parents: ['y'], message: 'feat!: risky' },
      { sha: 'c'.repeat(40), parents: ['z'], message: 'fix: small' },
    ]);
    expect(a.bump).toBe('patch');
    expect(a.cancelled.map((c) => c.sha[0])).toEqual(['b', 'a']);
  });

  test('git\'s own Revert "…" form cancels by sha', () => {
    const a = analyzeCommits([
      { sha: 'd'.repeat(40), parents: ['x'], message: `Revert "feat: thing"\n\nThis reverts commit ${'e'.repeat(12)}.` },
      { sha: 'e'.repeat(40), parents: ['y'], message: 'feat: thing' },
    ]);
    expect(a.bump).toBe('none');
  });

  test.each([
    ['the same header', 'revert: feat(api): add export', 'feat(api): add export'],
    ['squash suffixes on both sides', 'revert: feat(api): add export (#12) (#15)', 'feat(api): add export (#12)'],
    ['the revert squashed, the feature not', 'revert: feat(api): add export (#15)', 'feat(api): add export'],
  ])('a revert without a sha cancels the earlier commit with %s', (_n, revert, feat) => {
    const a = analyzeCommits([
      { sha: 'r'.repeat(40), parents: ['x'], message: revert },
      { sha: 'f'.repeat(40), parents: ['y'], message: feat },
      { sha: 'c'.repeat(40), parents: ['z'], message: 'fix: small' },
    ]);
    expect(a.bump).toBe('patch');
    expect(a.cancelled.map((c) => c.sha[0])).toEqual(['r', 'f']);
  });

  test('a revert without a sha cancels the earlier commit, not a later one with the same header', () => {
    const a = analyzeCommits([
      { sha: '3'.repeat(40), parents: ['2'], message: 'feat: cache layer' },
      { sha: '2'.repeat(40), parents: ['1'], message: 'revert: feat: cache layer' },
      { sha: '1'.repeat(40), parents: ['0'], message: 'feat: cache layer' },
    ]);
    expect(a.commits.map((c) => c.sha[0])).toEqual(['3']);
    expect(a.bump).toBe('minor');
  });

  test('a revert naming nothing in the range cancels nothing', () => {
    const a = analyzeCommits([
      { sha: 'r'.repeat(40), parents: ['x'], message: 'revert: feat: older than the last release' },
      { sha: 'f'.repeat(40), parents: ['y'], message: 'feat: something else' },
    ]);
    expect(a.cancelled).toEqual([]);
    expect(a.bump).toBe('minor');
  });

  test('merge commits are skipped; the commits they bring count', () => {
    const a = analyzeCommits([
      { sha: 'm', parents: ['a', 'b'], message: 'Merge pull request #3 from x/y\n\nfeat!: title of the PR' },
      { sha: 'b', parents: ['a'], message: 'fix: brought in' },
    ]);
    expect(a.bump).toBe('patch');
    expect(a.commits.map((c) => c.sha)).toEqual(['b']);
  });

  // The parser reads only the header of a message whose body cannot matter; these bodies all can, and must be read.
  test.each<[string, string, Partial<ParsedCommit>]>([
    [
      'a BREAKING CHANGE footer after a paragraph',
      'fix(db): retry\n\nMore words here.\n\nBREAKING CHANGE: the pool is gone',
      { type: 'fix', breaking: true, breakingNotes: ['the pool is gone'] },
    ],
    ['a BREAKING-CHANGE footer', 'feat: x\n\nBREAKING-CHANGE: y', { breaking: true, breakingNotes: ['y'] }],
    ['breaking change in lower case is prose', 'fix: x\n\nbreaking change: not a footer', { breaking: false, breakingNotes: [] }],
    ['a Release-As footer under a body', 'chore: cut\n\nbody\n\nRelease-As: 3.1.0', { releaseAs: '3.1.0' }],
    [
      'a revert sentence in the body',
      'Revert "feat: x"\n\nThis reverts commit abcdef1234.',
      { type: 'revert', reverts: 'abcdef1234', revertsHeader: 'feat: x' },
    ],
    [
      'a merge subject with the header below it',
      'Merge branch topic\n\nfeat(ui): add a filter',
      { type: 'feat', scope: 'ui', subject: 'add a filter' },
    ],
    ['a GPG line before the header', 'gpg: signature\nfix(api): guard (#7)', { type: 'fix', scope: 'api', pr: 7 }],
    [
      'leading blank lines',
      '\n\nfeat: late header (#3)\n\nbody',
      { type: 'feat', subject: 'late header', pr: 3, header: 'feat: late header (#3)' },
    ],
    [
      'a plain body',
      'perf(core)!: drop a copy (#9)\n\nWhy: it was slow.\nCloses #8',
      { type: 'perf', breaking: true, breakingNotes: ['drop a copy'], pr: 9 },
    ],
  ])('%s', (_name, message, expected) => {
    expect(parseCommitMessage('a'.repeat(40), message)[0]).toMatchObject(expected);
  });

  test('commitBump of a non-conventional commit is none even with a footer', () => {
    expect(commitBump(parseCommitMessage('s', 'Update x\n\nBREAKING CHANGE: y')[0])).toBe('none');
  });
});

describe('what an analyzer keeps of each commit', () => {
  const messages = [
    'feat(api): add login (#12)\n',
    'fix: handle it\n\nA body that\nspans lines.\n',
    'feat(ui)!: new layout (#7)\n\nBREAKING CHANGE: the old one is gone (#7)\nBREAKING-CHANGE: and the other\n',
    'feat!: bang only\n',
    'chore: cut\n\nRelease-As: 3.1.0\n',
    `revert: feat: x (#3)\n\nThis reverts commit ${'f'.repeat(40)}.\n`,
    'Revert "fix: y"\n\nno sha given\n',
    'docs: a\n\nBEGIN_NESTED_COMMIT\nfix(core): nested one\nEND_NESTED_COMMIT\n',
    'not a conventional header\n',
    'fix:   spaced subject   \n',
    `feat: ${'long '.repeat(8_000)}end (#9)\n`,
    'feat(é): ünïcode ⚠ subject\n\nbody ⚠\n',
  ];
  const raw = messages.map((message, i) => ({ sha: `${i}`.repeat(40).slice(0, 40), parents: ['p'], message }));

  test('each commit reads and prints (JSON) as the ParsedCommit parsed from its message', () => {
    const kept = analyzeCommits(raw).commits;
    const parsed = raw.flatMap((r) => parseCommitMessage(r.sha, r.message)).filter((c) => !['f'.repeat(40)].includes(c.sha));
    // The revert names a commit not in the range: nothing is cancelled, every commit is kept.
    expect(kept).toHaveLength(parsed.length);
    expect(JSON.stringify(kept, null, 2)).toBe(JSON.stringify(parsed, null, 2));
    const fields = [
      'sha',
      'type',
      'scope',
      'subject',
      'header',
      'breaking',
      'breakingNotes',
      'pr',
      'releaseAs',
      'reverts',
      'revertsHeader',
      'nested',
    ] as const;
    for (const [i, c] of kept.entries()) for (const f of fields) expect([i, f, c[f]]).toEqual([i, f, parsed[i][f]]);
    expect(kept[2].breakingNotes).toEqual(['the old one is gone', 'and the other']);
    expect(kept[3].breakingNotes).toEqual(['bang only']);
    // The nested block is a commit of its own: the long header is the twelfth.
    expect(kept[11].subject === `${'long '.repeat(8_000)}end`).toBe(true);
  });

  test('a commit kept does not hold its message: 20,000 commits with 2 KB bodies keep far less than their messages', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const body = 'A line of the body that explains the change at some length.\n'.repeat(32);
    const analyzer = new CommitAnalyzer();
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20_000; i++) {
      // Each message a string of its own, as git log gives them.
      const message = `fix(api): handle case ${i} (#${i})\n\n${body}${i}\n`;
      analyzer.add({ sha: i.toString(16).padStart(40, '0'), parents: ['p'], message: Buffer.from(message).toString() });
    }
    gc();
    const keptMB = (process.memoryUsage().heapUsed - before) / (1024 * 1024);
    expect(analyzer.analysis().commits).toHaveLength(20_000);
    // The messages are ~39 MB; a header sliced from each held all of it (measured ~45 MB kept). Now ~5 MB.
    expect(keptMB).toBeLessThan(12);
  });
});

describe('next version', () => {
  const base: NextVersionRequest = { bump: 'none', initialVersion: '0.1.0', preMajor: 'minor', existing: [] };
  test.each<[string, Partial<NextVersionRequest>, string | undefined]>([
    ['patch', { last: '1.2.3', bump: 'patch' }, '1.2.4'],
    ['minor resets patch', { last: '1.2.3', bump: 'minor' }, '1.3.0'],
    ['major resets both', { last: '1.2.3', bump: 'major' }, '2.0.0'],
    ['none releases nothing', { last: '1.2.3', bump: 'none' }, undefined],
    ['0.x breaking → minor', { last: '0.4.2', bump: 'major' }, '0.5.0'],
    ['0.x breaking with pre-major major', { last: '0.4.2', bump: 'major', preMajor: 'major' }, '1.0.0'],
    ['0.x feat → minor', { last: '0.4.2', bump: 'minor' }, '0.5.0'],
    ['0.x fix → patch', { last: '0.4.2', bump: 'patch' }, '0.4.3'],
    ['no release yet → initial', { bump: 'patch' }, '0.1.0'],
    ['no release yet, nothing releasable → initial', { bump: 'none', initialVersion: '1.0.0' }, '1.0.0'],
    ['rc counts from 1', { last: '1.2.3', bump: 'minor', prerelease: 'rc' }, '1.3.0-rc.1'],
    [
      'rc counts up from tags',
      { last: '1.2.3', bump: 'minor', prerelease: 'rc', existing: ['1.3.0-rc.1', '1.3.0-rc.9', '1.2.0-rc.20'] },
      '1.3.0-rc.10',
    ],
    [
      'rc counted by number, not in git tag --list order',
      { last: '1.4.2', bump: 'minor', prerelease: 'rc', existing: ['1.5.0-rc.1', '1.5.0-rc.10', '1.5.0-rc.2', '1.5.0-rc.9'] },
      '1.5.0-rc.11',
    ],
    ['rc of another id ignored', { last: '1.2.3', bump: 'patch', prerelease: 'rc', existing: ['1.2.4-beta.4'] }, '1.2.4-rc.1'],
    ['explicit wins', { last: '1.2.3', bump: 'patch', explicit: '2.0.0' }, '2.0.0'],
    ['Release-As wins over bump', { last: '1.2.3', bump: 'patch', releaseAs: '1.5.0' }, '1.5.0'],
    ['Release-As lower than last is ignored', { last: '1.2.3', bump: 'patch', releaseAs: '1.0.0' }, '1.2.4'],
  ])('%s', (_n, over, expected) => {
    expect(nextVersion({ ...base, ...over }).version).toBe(expected);
  });

  test.each([
    ['not SemVer', 'v1.2', /not a SemVer/],
    ['not greater', '1.2.3', /not greater than the last release 1.2.3/],
    ['lower', '1.0.0', /not greater/],
  ])('explicit version %s is a user error naming the input', (_n, explicit, msg) => {
    expect(() => nextVersion({ ...base, last: '1.2.3', explicit })).toThrow(UserError);
    expect(() => nextVersion({ ...base, last: '1.2.3', explicit })).toThrow(msg);
    expect(() => nextVersion({ ...base, last: '1.2.3', explicit })).toThrow(/input 'version'/);
  });

  test('tags: exact prefix and SemVer only; pre-releases never the last release', () => {
    const v = versionsFromTags(['v1.0.0', 'v1.10.0', 'v1.9.0', 'v2.0.0-rc.1', 'v01.2.3', 'v1.2', 'x1.0.0', 'vv3.0.0', 'api-v9.0.0'], 'v');
    expect(v).toEqual(['1.0.0', '1.10.0', '1.9.0', '2.0.0-rc.1']);
    expect(latestStable(v)).toBe('1.10.0');
    expect(latestStable(['1.0.0-rc.1'])).toBeUndefined();
  });
});
