import { codeBlock, codeSpan, escapeMarkdown, escapeTableCell, inertNotes } from '../src/report/markdown.ts';

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
    ['## [1.5.0](https://x/compare/v1...v2) (2026-11-23)\n\n### Features\n\n* **api:** add export ([#12](https://x/pull/12))', '## [1.5.0](https://x/compare/v1...v2) (2026-11-23)\n\n### Features\n\n* **api:** add export ([#12](https://x/pull/12))'],
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
