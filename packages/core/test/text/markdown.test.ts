import { codeBlock, codeSpan, escapeMarkdown, escapeTableCell, inertNotes, inertNotesText } from '../../src/text/markdown.ts';

// Literal expected strings: what an attacker writes, and the Markdown source lockstep must emit for it.

describe('escapeMarkdown: untrusted text inside a sentence, list item or heading', () => {
  test.each([
    ['myapp', 'myapp'],
    ['file(s) changed: 1.2.3 → 1.2.4', 'file(s) changed: 1.2.3 → 1.2.4'],
    ['[Approve here](https://evil.example/approve)', '\\[Approve here\\](https://evil.example/approve)'],
    ['![pixel](https://evil.example/p.png)', '!\\[pixel\\](https://evil.example/p.png)'],
    ['[ref]: https://evil.example', '\\[ref\\]: https://evil.example'],
    ['<img src="https://evil.example/i.png">', '&lt;img src="https://evil.example/i.png"&gt;'],
    ['</details><!-- hidden -->', '&lt;/details&gt;&lt;!-- hidden --&gt;'],
    ['<https://evil.example>', '&lt;https://evil.example&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['`code` and **bold** and *it*', '\\`code\\` and \\*\\*bold\\*\\* and \\*it\\*'],
    ['_it_ but values_prod_yaml stays', '\\_it\\_ but values_prod_yaml stays'],
    ['a | b', 'a \\| b'],
    ['back\\slash \\[', 'back\\\\slash \\\\\\['],
    ['# forged heading', '\\# forged heading'],
    ['  ## indented heading', '  \\## indented heading'],
    ['- nested item', '\\- nested item'],
    ['+ item', '\\+ item'],
    ['1. ordered', '1\\. ordered'],
    ['=== setext', '\\=== setext'],
    ['name\n\n### chart-bump-check: passed ✅\n\n- fake', 'name ⏎  ⏎ ### chart-bump-check: passed ✅ ⏎  ⏎ - fake'],
    ['a\r\nb\rc', 'a ⏎ b ⏎ c'],
    ['issue #12 and C# stay', 'issue #12 and C# stay'],
    // Without `_` (the pattern without Unicode tables) and with one, around characters outside the BMP.
    ['𝒳 [a]|`b`*c* \\ 😀', '𝒳 \\[a\\]\\|\\`b\\`\\*c\\* \\\\ 😀'],
    ['😀_x_😀 𝒳_𝒳 _ [a]', '😀\\_x\\_😀 𝒳_𝒳 \\_ \\[a\\]'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('escapeTableCell: one GFM table cell', () => {
  test.each([
    ['❌ fail', '❌ fail'],
    ['#1', '#1'],
    ['a | b', 'a \\| b'],
    ['one\ntwo\r\nthree', 'one<br>two<br>three'],
    ['[x](https://evil.example) ![](https://evil.example/p.png)', '\\[x\\](https://evil.example) !\\[\\](https://evil.example/p.png)'],
    ['<b>x</b>', '&lt;b&gt;x&lt;/b&gt;'],
    ['evil\n### heading', 'evil<br>### heading'],
  ])('%j → %j', (input, expected) => {
    expect(escapeTableCell(input)).toBe(expected);
  });
});

describe('codeSpan: untrusted text as code', () => {
  test.each<[string, boolean, string]>([
    ['charts/myapp', false, '`charts/myapp`'],
    ['a`b', false, "`a'b`"],
    ['<img src=x> [x](y)', false, '`<img src=x> [x](y)`'],
    ['line\n# heading', false, '`line ⏎ # heading`'],
    ['a|b', false, '`a|b`'],
    ['a|b', true, '`a\\|b`'],
  ])('%j (table: %s) → %j', (input, inTable, expected) => {
    expect(codeSpan(input, inTable)).toBe(expected);
  });
});

test('codeBlock: a fence longer than any backtick run inside', () => {
  expect(codeBlock('gh workflow run x', 'sh')).toBe('```sh\ngh workflow run x\n```');
  expect(codeBlock('a ``` b ```` c', 'sh')).toBe('`````sh\na ``` b ```` c\n`````');
});

describe('inertNotes: release notes keep their Markdown, lose raw HTML and images', () => {
  test.each([
    [
      '## [1.5.0](https://x/compare/v1...v2) (2026-11-23)\n\n### Features\n\n* **api:** add export ([#12](https://x/pull/12))',
      '## [1.5.0](https://x/compare/v1...v2) (2026-11-23)\n\n### Features\n\n* **api:** add export ([#12](https://x/pull/12))',
    ],
    ['* see ![pixel](https://evil.example/p.png)', '* see !\\[pixel](https://evil.example/p.png)'],
    ['</details>\n<img src="https://evil.example/i.png">', '&lt;/details>\n&lt;img src="https://evil.example/i.png">'],
    ['<!-- hidden -->', '&lt;!-- hidden -->'],
    ['escaped by renderNotes: \\<img\\> and \\!\\[x\\]', 'escaped by renderNotes: \\<img\\> and \\!\\[x\\]'],
    ['an escaped backslash then a tag: \\\\<b>', 'an escaped backslash then a tag: \\\\&lt;b>'],
    ['1 < 2 and a -> b', '1 < 2 and a -> b'],
  ])('%j → %j', (input, expected) => {
    expect(inertNotes(input)).toBe(expected);
  });
});

describe('inertNotesText: notes in parts made inert as their concatenation would be', () => {
  test('parts that meet at line breaks are made inert one by one, staying parts', () => {
    const parts = ['* <b>x</b> ![p](u)', '\n', '* \\<i>, \\\\<i> and 1 < 2', '\n'];
    expect(inertNotesText(parts)).toEqual(['* &lt;b>x&lt;/b> !\\[p](u)', '\n', '* \\<i>, \\\\&lt;i> and 1 < 2', '\n']);
    expect(inertNotesText(['a\n', '<b>'])).toEqual(['a\n', '&lt;b>']);
    expect(inertNotesText('<b>')).toBe('&lt;b>');
  });

  test('parts cut inside a line are joined first: a tag or an escape split across two parts is still seen', () => {
    // `<` at the end of one part, its letter in the next; a backslash escaping the `<` in the part before.
    expect(inertNotesText(['* x <', 'b> y\n'])).toBe('* x &lt;b> y\n');
    expect(inertNotesText(['* x \\', '<b> y\n'])).toBe('* x \\<b> y\n');
    expect(inertNotesText(['* !', '[p](u)\n'])).toBe('* !\\[p](u)\n');
    // An empty part between the two halves of a tag does not separate them.
    expect(inertNotesText(['* x <', '', 'b> y\n'])).toBe('* x &lt;b> y\n');
    expect(inertNotesText(['* a\n', '', '<b>\n'])).toEqual(['* a\n', '', '&lt;b>\n']);
  });
});

describe('PR bodies: untrusted names, paths and versions stay text', () => {
  test('the release PR table: a path, a pin and versions written as markup', async () => {
    const { prBody } = await import('../../src/release/branch.ts');
    const body = prBody(
      '1.5.0',
      '## 1.5.0 (2026-11-23)\n\n* <img src="https://evil.example/i.png"> ![p](https://evil.example/p.png)\n',
      [
        {
          file: 'services/a|b`c/pyproject.toml',
          what: 'pin [liba](https://evil.example)',
          from: '<b>^1.4.2</b>',
          to: '![x](https://evil.example/x.png)\n| forged | row |',
        },
      ],
      'chore/release-1.5.0',
    );
    expect(body.split('\n')).toContain(
      "| `services/a\\|b'c/pyproject.toml` | pin \\[liba\\](https://evil.example) | &lt;b&gt;^1.4.2&lt;/b&gt; | !\\[x\\](https://evil.example/x.png)<br>\\| forged \\| row \\| |",
    );
    expect(body).toContain('* &lt;img src="https://evil.example/i.png"> !\\[p](https://evil.example/p.png)\n');
  });

  test('notes in parts far over the body limit: the release PR body GitHub keeps is that of the joined notes', async () => {
    const { prBody } = await import('../../src/release/branch.ts');
    const { fitBody } = await import('../../src/github/pulls.ts');
    const lines = Array.from({ length: 6_000 }, (_, i) => `* **api:** fix <b>${i}</b> ([abc${i}](https://x/c/${i}))`);
    const parts = [
      '## 2.0.0 (2026-11-24)\n\n### ⚠ BREAKING CHANGES\n\n' + lines.slice(0, 3000).join('\n'),
      '\n',
      lines.slice(3000).join('\n'),
      '\n',
    ];
    const rows = [{ file: '.version', what: 'version', from: '1.0.0', to: '2.0.0' }];
    const inParts = fitBody(prBody('2.0.0', parts, rows, 'chore/release-2.0.0'));
    const joined = fitBody(prBody('2.0.0', parts.join(''), rows, 'chore/release-2.0.0'));
    expect(inParts).toBe(joined);
    expect(inParts.length).toBeLessThanOrEqual(65_536);
    expect(inParts).toContain('* **api:** fix &lt;b>0&lt;/b> ([abc0](https://x/c/0))\n');
    expect(inParts.endsWith("\n\n… truncated to fit GitHub's 65536-character limit")).toBe(true);
    // Short notes in parts make the body of the joined notes, files table included.
    expect(prBody('2.0.0', ['## 2.0.0\n\n* a', '\n'], rows, 'b')).toBe(prBody('2.0.0', '## 2.0.0\n\n* a\n', rows, 'b'));
    expect(prBody('2.0.0', ['## 2.0.0\n\n* a', '\n'], rows, 'b')).toContain('\n## 2.0.0\n\n* a\n\n### Files\n');
  });

  test('the promotion PR: a note, names and the base written as markup', async () => {
    const { pullBody } = await import('../../src/promote/publish/report.ts');
    const plan = {
      changes: [],
      files: [],
      services: [],
      unchanged: [],
      sourceLabel: 'ref:[x](https://evil.example)',
      checks: [],
      drift: { environments: ['dev'], rows: [] },
      notes: [],
    };
    const body = pullBody({
      plan,
      fromLabel: '**dev**',
      to: 'prod\n### Approved ✅',
      baseSha: 'a'.repeat(40),
      base: 'main`\n# x',
      notes: ['<img src=x>\n> [!NOTE]'],
    });
    const lines = body.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '> [!WARNING]',
      '> &lt;img src=x&gt; ⏎ &gt; \\[!NOTE\\]',
      '',
      "Promotes **\\*\\*dev\\*\\*** → **prod ⏎ ### Approved ✅** on `main' ⏎ # x` (base aaaaaaaaaaaa).",
      '',
    ]);
    expect(lines).toContain('Source: ref:\\[x\\](https://evil.example).');
  });
});
