import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommitMessage } from '../../src/commits/conventional.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import { commitsSince, findLastRelease } from '../../src/release/history.ts';
import { changelogWithNotes, notesFromChangelog, prependChangelog, renderNotes, renderNotesParts } from '../../src/release/notes.ts';
import { matchFiles, planReleaseFiles, readVersionFile, writeVersionFile, type ReleaseFilesRequest } from '../../src/release/plan.ts';
import { globMatcher } from '../../src/text/glob.ts';
import { UserError, UserErrors } from '../../src/errors.ts';
import { joinText } from '../../src/text/parts.ts';
import { userError } from '../helpers.ts';

const ctx = {
  version: '1.5.0',
  previous: '1.4.2',
  tagPrefix: 'v',
  serverUrl: 'https://github.com',
  repository: 'acme/mono',
  date: '2026-11-22',
};
const commit = (sha: string, msg: string) => parseCommitMessage(sha.padEnd(40, '0'), msg);

describe('release notes', () => {
  test('a commit text that starts like a block (heading, list, quote, ordered list) stays text inside its bullet', () => {
    const notes = renderNotes(
      [
        ...commit('aaaaaaa', 'feat: # Release approved ✅'),
        ...commit('bbbbbbb', 'fix: - [x] checked'),
        ...commit('ccccccc', 'fix: 1. first'),
        ...commit('ddddddd', 'perf: > quoted'),
      ],
      { ...ctx, repository: undefined },
    );
    expect(notes.split('\n').filter((l) => l.startsWith('* '))).toEqual([
      '* \\# Release approved ✅ (aaaaaaa)',
      '* \\- \\[x\\] checked (bbbbbbb)',
      '* 1\\. first (ccccccc)',
      '* \\> quoted (ddddddd)',
    ]);
  });

  test('breaking first with descriptions, then Features, Bug Fixes, Performance, Reverts; links', () => {
    const notes = renderNotes(
      [
        ...commit('aaaaaaa', 'fix(api): handle <empty> body (#12)'),
        ...commit('bbbbbbb', 'feat!: new config format\n\nBREAKING CHANGE: `charts` moved under `release`'),
        ...commit('ccccccc', 'perf: faster'),
        ...commit('ddddddd', 'feat(ui): dark mode (#14)'),
        ...commit('eeeeeee', 'revert: fix: old\n\nThis reverts commit 1234567.'),
        ...commit('fffffff', 'chore: not listed'),
      ],
      ctx,
    );
    expect(notes).toMatchSnapshot();
    const order = ['BREAKING CHANGES', 'Features', 'Bug Fixes', 'Performance', 'Reverts'].map((h) =>
      notes.indexOf(`### ${h.startsWith('BREAKING') ? '⚠ ' : ''}${h}`),
    );
    expect(order.every((o, i) => o > 0 && (i === 0 || o > order[i - 1]))).toBe(true);
    expect(notes).toContain('(https://github.com/acme/mono/compare/v1.4.2...v1.5.0)');
    expect(notes).toContain('[#12](https://github.com/acme/mono/pull/12)');
    expect(notes).toContain('handle \\<empty\\> body');
    expect(notes).not.toContain('not listed');
  });

  test.each<[string, string | undefined, RegExp]>([
    ['created when missing', undefined, /^# Changelog\n\n## \[1.5.0\]/],
    [
      'below the title, above older sections',
      '# Changelog\n\nAll notable changes.\n\n## 1.4.2 (2026-01-01)\n\n* old\n',
      /All notable changes.\n\n## \[1.5.0\][\s\S]*\n\n## 1.4.2/,
    ],
    ['CRLF kept', '# Changelog\r\n\r\n## 1.4.2\r\n', /\r\n## \[1.5.0\][^\n]*\r\n/],
  ])('CHANGELOG.md %s', (_n, before, expected) => {
    const notes = renderNotes(commit('aaaaaaa', 'feat: x'), ctx);
    const after = prependChangelog(before, '1.5.0', notes);
    expect(after).toMatch(expected);
    expect(prependChangelog(after, '1.5.0', notes)).toBe(after);
    expect(notesFromChangelog(after, '1.5.0')).toContain('* x');
  });
});

describe('release notes and CHANGELOG.md, byte for byte', () => {
  const notes = '## 1.5.0 (2026-11-22)\n\n### Features\n\n* a (1111111)\n* b (2222222)\n';
  test.each<[string, string | undefined, string]>([
    ['new file', undefined, `# Changelog\n\n${notes}`],
    ['title only', '# Changelog\n', `# Changelog\n\n${notes}`],
    ['title only, no final newline', '# Changelog', `# Changelog\n\n${notes}`],
    ['sections only', '## 1.4.2\n\n* old\n', `${notes}\n## 1.4.2\n\n* old\n`],
    [
      "CRLF: every line of the notes gets the file's line ending",
      '\ufeff# Changelog\r\n\r\n\r\n## 1.4.2\r\n',
      '\ufeff# Changelog\r\n\r\n## 1.5.0 (2026-11-22)\r\n\r\n### Features\r\n\r\n* a (1111111)\r\n* b (2222222)\r\n\r\n## 1.4.2\r\n',
    ],
    [
      'mixed endings, LF first: a CRLF line among the older sections takes the LF too',
      '# Changelog\n\n## 1.4.2\r\n\r\n* old\n',
      '# Changelog\n\n## 1.5.0 (2026-11-22)\n\n### Features\n\n* a (1111111)\n* b (2222222)\n\n## 1.4.2\n\n* old\n',
    ],
    [
      'mixed endings, CRLF first: an LF line among the older sections takes the CRLF too',
      '# Changelog\r\n\r\n## 1.4.2\n* old\r\n',
      '# Changelog\r\n\r\n## 1.5.0 (2026-11-22)\r\n\r\n### Features\r\n\r\n* a (1111111)\r\n* b (2222222)\r\n\r\n## 1.4.2\r\n* old\r\n',
    ],
    [
      'a lone \\r inside a line is no line ending: it stays where it is',
      '# Change\rlog\n\n## 1.4.2\n* old\rer\n',
      '# Change\rlog\n\n## 1.5.0 (2026-11-22)\n\n### Features\n\n* a (1111111)\n* b (2222222)\n\n## 1.4.2\n* old\rer\n',
    ],
  ])('%s', (_n, before, expected) => expect(prependChangelog(before, '1.5.0', notes)).toBe(expected));

  test('a thousand-line section (joined in batches) reads as one list in commit order', () => {
    const commits = Array.from({ length: 1_300 }, (_, i) =>
      commit(`${i}`.padStart(7, 'a'), i % 650 === 7 ? `feat!: n${i}` : i % 2 ? `fix: n${i}` : `feat: n${i}`),
    ).flat();
    const notes = renderNotes(commits, { ...ctx, repository: undefined });
    const lines = notes.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      '## 1.5.0 (2026-11-22)',
      '',
      '### ⚠ BREAKING CHANGES',
      '',
      '* n7 (aaaaaa7)',
      '* n657 (aaaa657)',
      '',
      '### Features',
    ]);
    expect(lines.filter((l) => l.startsWith('* ')).length).toBe(2 + 650 + 650);
    const fixes = lines.slice(lines.indexOf('### Bug Fixes') + 2);
    expect(fixes.slice(0, 2)).toEqual(['* n1 (aaaaaa1)', '* n3 (aaaaaa3)']);
    expect(fixes.slice(-3)).toEqual(['* n1297 (aaa1297)', '* n1299 (aaa1299)', '']);
    // The odd ones but n7 and n657 (breaking features), and the blank line the notes end with.
    expect(fixes).toHaveLength(648 + 1);
    expect(notes.endsWith('* n1299 (aaa1299)\n')).toBe(true);
  });
});

describe('notes in parts, kept in parts in CHANGELOG.md', () => {
  // 1,300 lines: three batches of lines, the first with the ⚠ heading, the others ASCII.
  const commits = Array.from({ length: 1_300 }, (_, i) =>
    commit(`${i}`.padStart(7, 'a'), i % 650 === 7 ? `feat!: n${i}` : i % 2 ? `fix: n${i}` : `feat: n${i}`),
  ).flat();
  const parts = renderNotesParts(commits, { ...ctx, repository: undefined });
  const notes = parts.join('');

  test("the parts are batches of lines with a \\n between each two and the notes' final \\n last", () => {
    expect(parts).toHaveLength(6);
    expect(parts.filter((_, i) => i % 2 === 1)).toEqual(['\n', '\n', '\n']);
    expect(parts[0].startsWith('## 1.5.0 (2026-11-22)\n\n### ⚠ BREAKING CHANGES\n\n* n7 (aaaaaa7)\n')).toBe(true);
    expect(parts[4].endsWith('\n* n1299 (aaa1299)')).toBe(true);
    // Only the first batch holds the ⚠: the others are ASCII (stored one byte per character until joined).
    expect([parts[2], parts[4]].every((p) => /^[\x20-\x7e\n]+$/.test(p))).toBe(true);
    expect(renderNotes(commits, { ...ctx, repository: undefined })).toBe(notes);
  });

  test.each<[string, string | undefined]>([
    ['new file', undefined],
    ['empty file', '\n'],
    ['title only, no final newline', '# Changelog'],
    ['below the title, above older sections', '# Changelog\n\nAll notable changes.\n\n## 1.4.2 (2026-01-01)\n\n* old\n'],
    ['sections only', '## 1.4.2\n\n* old\n'],
    ['BOM and CRLF', '\ufeff# Changelog\r\n\r\n\r\n## 1.4.2\r\n'],
    ['the version already there', '# Changelog\n\n## [1.5.0] (2026-11-22)\n\n* x\n'],
  ])('%s: the text prependChangelog makes of the joined notes, and the notes themselves', (_n, before) => {
    const whole = changelogWithNotes(before, '1.5.0', notes);
    const inParts = changelogWithNotes(before, '1.5.0', parts);
    expect(whole.text).toBe(prependChangelog(before, '1.5.0', notes));
    expect(whole.notes).toBe(notes);
    expect(joinText(inParts.text)).toBe(whole.text);
    expect(joinText(inParts.notes)).toBe(notes);
  });

  test.each<[string, string | undefined, string, string]>([
    ['new file', undefined, '# Changelog\n\n', '\n'],
    ['empty file', '\n', '# Changelog\n\n', '\n'],
    ['title only, no final newline', '# Changelog', '# Changelog\n\n', '\n'],
    [
      'below the title, above older sections',
      '# Changelog\n\nAll notable changes.\n\n## 1.4.2\n\n* old\n',
      '# Changelog\n\nAll notable changes.\n\n',
      '\n\n## 1.4.2\n\n* old\n',
    ],
    ['sections only', '## 1.4.2\n\n* old\n', '', '\n\n## 1.4.2\n\n* old\n'],
    ['a BOM', '\ufeff# Changelog\n', '\ufeff# Changelog\n\n', '\n'],
  ])(
    "%s, \\n line endings: the new text is the notes' own parts between a head and a tail, the notes those parts",
    (_n, before, head, tail) => {
      const r = changelogWithNotes(before, '1.5.0', parts);
      // Never joined: the ⚠ in the first batch would make the whole text two bytes per character.
      expect(r.notes).toBe(parts);
      expect(r.text).toEqual([head, ...parts.slice(0, -1), tail]);
    },
  );

  test('CRLF line endings: the notes are joined and split for them, the text one string', () => {
    const r = changelogWithNotes('# Changelog\r\n\r\n## 1.4.2\r\n', '1.5.0', parts);
    expect(typeof r.text).toBe('string');
    expect(r.text).toBe(`# Changelog\r\n\r\n${notes.trimEnd().split('\n').join('\r\n')}\r\n\r\n## 1.4.2\r\n`);
    expect(r.notes).toBe(notes);
  });

  test.each<[string, string[]]>([
    ['no final \\n part', ['## 1.5.0\n\n* a (1111111)']],
    ['white space before the final \\n', ['## 1.5.0\n\n* a (1111111)  ', '\n']],
    ['an empty part before the final \\n', ['## 1.5.0\n\n* a (1111111)\n', '', '\n']],
    ['only a \\n', ['\n']],
  ])('notes in parts that are not their block and one \\n (%s) make what the joined notes make', (_n, given) => {
    for (const before of [undefined, '# Changelog\n\n## 1.4.2\n', '# Changelog\r\n']) {
      const r = changelogWithNotes(before, '1.5.0', given);
      expect(r.text).toBe(prependChangelog(before, '1.5.0', given.join('')));
      expect(r.notes).toBe(given.join(''));
      expect(typeof r.text).toBe('string');
    }
  });

  test('planReleaseFiles takes the notes in parts: the CHANGELOG.md edit and the notes it hands back are those of the joined notes', () => {
    const files: Record<string, string> = { '.version': '1.4.2\n', 'CHANGELOG.md': '# Changelog\n\n## 1.4.2\n\n* old\n' };
    const request = (n: string | string[]): ReleaseFilesRequest => ({
      version: '1.5.0',
      versionFile: '.version',
      packages: [],
      pins: [],
      charts: [],
      allCharts: [],
      chartVersionPolicy: 'independent',
      changelog: 'auto',
      notes: n,
      date: '2026-11-22',
      read: (f) => files[f],
    });
    const a = planReleaseFiles(request(parts));
    const b = planReleaseFiles(request(notes));
    expect(a.notes).toBe(parts);
    expect(b.notes).toBe(notes);
    const edit = (p: typeof a) => p.edits.find((e) => e.path === 'CHANGELOG.md')!;
    expect(edit(a).update(files['CHANGELOG.md'])).toEqual(['# Changelog\n\n', ...parts.slice(0, -1), '\n\n## 1.4.2\n\n* old\n']);
    expect(edit(b).update(files['CHANGELOG.md'])).toBe(`# Changelog\n\n${notes}\n## 1.4.2\n\n* old\n`);
    // Another text than the one read (a concurrent writer) gets the notes prepended to it.
    expect(edit(a).update('## 1.4.3\n')).toBe(`${notes}\n## 1.4.3\n`);
    expect(a.rows).toEqual(b.rows);
  });
});

describe('version file', () => {
  test.each<[string | undefined, string]>([
    [undefined, '2.0.0\n'],
    ['1.0.0\n', '2.0.0\n'],
    ['1.0.0', '2.0.0'],
    ['1.0.0\r\n', '2.0.0\r\n'],
    ['\ufeff1.0.0\n', '\ufeff2.0.0\n'],
  ])('%j → %j', (before, after) => expect(writeVersionFile(before, '2.0.0')).toBe(after));

  test('an unparsable version file is a user error at file:1', () => {
    expect(() => readVersionFile('one point two\n', '.version')).toThrow(UserError);
    expect(userError(() => readVersionFile('v1.2\n', '.version')).format()).toMatch(/^\.version:1: version file holds 'v1.2'/);
  });
});

describe('planReleaseFiles', () => {
  const files: Record<string, string> = {
    '.version': '1.4.2\n',
    'libs/liba/pyproject.toml': '[tool.poetry]\nname = "liba"\nversion = "1.4.2"\n',
    'services/api/pyproject.toml':
      '[tool.poetry]\nname = "api"\nversion = "0.0.0"\n\n[tool.poetry.group.prod.dependencies]\nliba = "1.4.2"\n',
    'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 0.13.0 # chart\nappVersion: "1.4.2"\n',
  };
  const req = (over: Partial<ReleaseFilesRequest> = {}): ReleaseFilesRequest => ({
    version: '1.5.0',
    versionFile: '.version',
    packages: ['libs/liba/pyproject.toml'],
    pins: [
      {
        pattern: 'services/*/pyproject.toml',
        files: ['services/api/pyproject.toml'],
        table: 'tool.poetry.group.prod.dependencies',
        names: ['liba'],
      },
    ],
    charts: ['charts/myapp'],
    allCharts: ['charts/myapp'],
    chartVersionPolicy: 'independent',
    changelog: 'auto',
    notes: '## 1.5.0 (2026-11-22)\n\n### Features\n\n* x\n',
    date: '2026-11-22',
    read: (p) => files[p],
    ...over,
  });

  test('every file of a release, with rows and lock folders', () => {
    const plan = planReleaseFiles(req());
    expect(plan.rows.map((r) => `${r.file} ${r.what} ${r.from}→${r.to}`)).toEqual([
      '.version version 1.4.2→1.5.0',
      'libs/liba/pyproject.toml version 1.4.2→1.5.0',
      'services/api/pyproject.toml pin liba 1.4.2→1.5.0',
      'charts/myapp/Chart.yaml chart myapp version 0.13.0→0.13.1',
      'charts/myapp/Chart.yaml chart myapp appVersion 1.4.2→1.5.0',
      'CHANGELOG.md release notes (new file)→1.5.0',
    ]);
    expect(plan.lockDirs).toEqual(['services/api']);
    const chart = plan.edits
      .filter((e) => e.path === 'charts/myapp/Chart.yaml')
      .reduce<string | undefined>((t, e) => {
        const u = e.update(t);
        return u === undefined ? u : joinText(u);
      }, files['charts/myapp/Chart.yaml']);
    expect(chart).toBe('apiVersion: v2\nname: myapp\nversion: 0.13.1 # chart\nappVersion: "1.5.0"\n');
  });

  test('a package that also pins another: both edits apply in turn; each edit redoes its work on a text other than the one read', () => {
    const apply = (plan: ReturnType<typeof planReleaseFiles>, path: string, start: string | undefined) =>
      plan.edits
        .filter((e) => e.path === path)
        .reduce<string | undefined>((t, e) => {
          const u = e.update(t);
          return u === undefined ? u : joinText(u);
        }, start);
    const both = 'services/api/pyproject.toml';
    const plan = planReleaseFiles(req({ packages: ['libs/liba/pyproject.toml', both] }));
    expect(plan.edits.filter((e) => e.path === both)).toHaveLength(2);
    expect(apply(plan, both, files[both])).toBe(
      '[tool.poetry]\nname = "api"\nversion = "1.5.0"\n\n[tool.poetry.group.prod.dependencies]\nliba = "1.5.0"\n',
    );
    // The file changed after planning (a comment added): the edits are made on the text they are given.
    expect(apply(plan, both, `# pinned by lockstep\n${files[both]}`)).toBe(
      '# pinned by lockstep\n[tool.poetry]\nname = "api"\nversion = "1.5.0"\n\n[tool.poetry.group.prod.dependencies]\nliba = "1.5.0"\n',
    );
    expect(apply(plan, 'libs/liba/pyproject.toml', `${files['libs/liba/pyproject.toml']}# end\n`)).toBe(
      '[tool.poetry]\nname = "liba"\nversion = "1.5.0"\n# end\n',
    );
    expect(apply(plan, 'libs/liba/pyproject.toml', undefined)).toBeUndefined();
  });

  test('charts: [] bumps no chart', () => {
    expect(planReleaseFiles(req({ charts: [] })).rows.some((r) => r.file.endsWith('Chart.yaml'))).toBe(false);
  });

  test('several problems are reported together', () => {
    const bad: Record<string, string> = { ...files, '.version': 'nope\n' };
    try {
      planReleaseFiles(
        req({
          read: (p) => bad[p],
          pins: [
            {
              pattern: 'x',
              files: ['services/api/pyproject.toml'],
              table: 'tool.nope',
              names: ['liba'],
              where: { file: '.github/lockstep.yml', line: 4 },
            },
          ],
        }),
      );
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(UserErrors);
      const msgs = (e as UserErrors).errors.map((x) => x.format());
      expect(msgs[0]).toMatch(/^\.version:1:/);
      expect(msgs[1]).toMatch(/^\.github\/lockstep\.yml:4: pin table 'tool.nope' does not exist/);
    }
  });
});

describe('history (real git)', () => {
  let dir: string;
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' },
    });
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lockstep-history-'));
    const origin = join(dir, 'origin.git');
    const work = join(dir, 'work');
    git(dir, 'init', '-q', '--bare', '-b', 'main', origin);
    git(dir, 'init', '-q', '-b', 'main', work);
    const c = (msg: string) => {
      writeFileSync(join(work, 'f.txt'), msg);
      git(work, 'add', '.');
      git(work, 'commit', '-q', '-m', msg);
    };
    c('feat: first');
    git(work, 'tag', 'v0.9.0');
    for (let i = 0; i < 5; i++) c(`fix: f${i}`);
    git(work, 'tag', '-a', '-m', 'r', 'v1.10.0');
    c('fix: between');
    git(work, 'tag', 'v1.9.0'); // older by SemVer, newer by date: v1.10.0 still wins
    git(work, 'tag', 'v2.0.0-rc.1');
    for (let i = 0; i < 80; i++) c(`feat: f${i}`);
    git(work, 'remote', 'add', 'origin', origin);
    git(work, 'push', '-q', '--tags', 'origin', 'main');
    git(dir, 'clone', '-q', '--depth=1', '--no-tags', `file://${origin}`, join(dir, 'shallow'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('full clone: newest reachable SemVer tag, rc tags only counted', async () => {
    const g = gitSpawner(join(dir, 'work'));
    const last = await findLastRelease(g, 'v');
    expect(last.version).toBe('1.10.0');
    expect(last.allVersions).toContain('2.0.0-rc.1');
    expect(last.fetched).toEqual([]);
    const since = await commitsSince(g, last.sha);
    expect(since).toHaveLength(81);
    expect(since[0].message.trim()).toBe('feat: f79');
  });

  test('shallow clone: lists the tags and fetches the history since the last release', async () => {
    const g = gitSpawner(join(dir, 'shallow'));
    const last = await findLastRelease(g, 'v');
    expect(last.version).toBe('1.10.0');
    expect(last.fetched[0]).toBe('the tag list');
    expect(last.fetched.length).toBeGreaterThan(1);
    expect(await commitsSince(g, last.sha)).toHaveLength(81);
  });
});

describe('matchFiles', () => {
  const files = [
    'libs/a/pyproject.toml',
    'libs/ab/pyproject.toml',
    'libs/a/pyproject.toml.bak',
    'packages/@acme/web/package.json',
    '.github/lockstep.yml',
    'a-b_c.d/E9.toml',
    'pyproject.toml',
  ];
  const picomatched = (glob: string) => files.filter(globMatcher(glob.replace(/^\.\//, ''))).sort();

  test('a path without glob characters is the one file of that name, as picomatch matches it', () => {
    const paths = [
      'libs/a/pyproject.toml',
      './libs/a/pyproject.toml',
      'packages/@acme/web/package.json',
      '.github/lockstep.yml',
      'a-b_c.d/E9.toml',
      'pyproject.toml',
    ];
    expect(paths.map((p) => matchFiles(files, p, 'packages'))).toEqual([
      ['libs/a/pyproject.toml'],
      ['libs/a/pyproject.toml'],
      ['packages/@acme/web/package.json'],
      ['.github/lockstep.yml'],
      ['a-b_c.d/E9.toml'],
      ['pyproject.toml'],
    ]);
    for (const p of paths) expect([p, matchFiles(files, p, 'packages')]).toEqual([p, picomatched(p)]);
  });

  test('globs, and paths with . or .. segments, are matched by picomatch', () => {
    for (const g of [
      'libs/*/pyproject.toml',
      'libs/a*/pyproject.toml',
      '**/pyproject.toml',
      'libs/{a,ab}/pyproject.toml',
      'libs/./a/pyproject.toml',
      'libs/../libs/a/pyproject.toml',
    ]) {
      let got: string[] | string;
      try {
        got = matchFiles(files, g, 'packages');
      } catch (e) {
        got = (e as Error).message;
      }
      expect([g, got]).toEqual([g, picomatched(g).length > 0 ? picomatched(g) : `packages '${g}' matches no file`]);
    }
    expect(matchFiles(files, 'libs/*/pyproject.toml', 'packages')).toEqual(['libs/a/pyproject.toml', 'libs/ab/pyproject.toml']);
  });

  test('a path that names no file, or a folder, is an error at its config line; a path over the glob length limit too', () => {
    expect(userError(() => matchFiles(files, 'libs/a', 'packages', { file: '.github/lockstep.yml', line: 4 }))).toMatchObject({
      message: "packages 'libs/a' matches no file",
      file: '.github/lockstep.yml',
      line: 4,
    });
    expect(userError(() => matchFiles(files, 'libs/c/pyproject.toml', 'pins.files'))).toMatchObject({
      message: "pins.files 'libs/c/pyproject.toml' matches no file",
    });
    const long = `${'x'.repeat(300)}/pyproject.toml`;
    expect(userError(() => matchFiles([...files, long], long, 'packages', { file: 'c.yml', line: 2 })).message).toBe(
      `packages: '${long}' is 315 characters long; lockstep matches globs of at most 256`,
    );
  });
});
