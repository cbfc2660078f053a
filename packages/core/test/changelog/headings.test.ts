import { hasVersionSection, versionHeadings } from '../../src/changelog/headings.ts';

const KEEP_A_CHANGELOG = `# Changelog

All notable changes to this chart are documented here.

## [Unreleased]

### Added
- a readiness probe

## [1.4.0] - 2024-05-21

### Changed
- bump redis to 18.1.0

## [1.3.1-rc.1] - 2024-05-01
## [v1.3.0](https://github.com/acme/charts/compare/v1.2.0...v1.3.0) (2024-04-02)

[Unreleased]: https://github.com/acme/charts/compare/v1.4.0...HEAD
[1.4.0]: https://github.com/acme/charts/compare/v1.3.0...v1.4.0
`;

describe('versionHeadings', () => {
  test('Keep a Changelog: every version section, Unreleased and link references skipped', () => {
    expect(versionHeadings(KEEP_A_CHANGELOG).map(({ version, line, level, style }) => ({ version, line, level, style }))).toEqual([
      { version: '1.4.0', line: 10, level: 2, style: 'keepachangelog' },
      { version: '1.3.1-rc.1', line: 15, level: 2, style: 'keepachangelog' },
      { version: '1.3.0', line: 16, level: 2, style: 'keepachangelog' },
    ]);
  });

  test('offset and raw point at the heading', () => {
    const [h] = versionHeadings(KEEP_A_CHANGELOG);
    expect(KEEP_A_CHANGELOG.slice(h.offset, h.offset + h.raw.length)).toBe('## [1.4.0] - 2024-05-21');
    expect(h.raw).toBe('## [1.4.0] - 2024-05-21');
  });

  test.each([
    ['## [1.2.3] - 2024-05-21', '1.2.3', 'keepachangelog', 2],
    ['## [1.2.3]', '1.2.3', 'keepachangelog', 2],
    ['## 1.2.3 (2024-05-21)', '1.2.3', 'parens', 2],
    ['### 1.2.3 (2024-05-21)', '1.2.3', 'parens', 3],
    ['## v1.2.3', '1.2.3', 'v', 2],
    ['## v1.2.3 - 2024-05-21', '1.2.3', 'v', 2],
    ['## 1.2.3', '1.2.3', 'plain', 2],
    ['## 1.2.3 - 2024-05-21', '1.2.3', 'plain', 2],
    ['# 2.0.0', '2.0.0', 'plain', 1],
    ['## Version 1.2.3', '1.2.3', 'plain', 2],
    ['## Release v1.2.3', '1.2.3', 'v', 2],
    ['## 0.0.0-pr-12-abc1234', '0.0.0-pr-12-abc1234', 'plain', 2],
    ['## [1.0.0+build.5] - 2024-01-01', '1.0.0+build.5', 'keepachangelog', 2],
    ['## 1.2.3 (2024-05-21)\r', '1.2.3', 'parens', 2],
  ])('%j → %s (%s)', (line, version, style, level) => {
    expect(versionHeadings(`# Changelog\n\n${line}\n- x\n`)).toEqual([
      { version, line: 3, offset: '# Changelog\n\n'.length, level, style, raw: line.replace(/\r$/, '') },
    ]);
  });

  test.each([
    ['## [Unreleased]'],
    ['## Unreleased'],
    ['## Upgrading to 1.2.3'],
    ['## 1.2'],
    ['## 01.2.3'],
    ['#### not a version'],
    ['##1.2.3'],
    ['- 1.2.3'],
    ['    ## 1.2.3'],
    ['##### 1.2.3'],
    ['## 1.2.3.4'],
    ['## 1.2.3x'],
  ])('%j is not a version heading', (line) => {
    expect(versionHeadings(`${line}\n`)).toEqual([]);
  });

  test.each([
    ['## 2024-05-21 — 1.2.3', '1.2.3'],
    ['## 2024-05-21 - v1.2.3', '1.2.3'],
    ['## [2024-05-21] 1.2.3', '1.2.3'],
    ['## 2024-05-21: [1.2.3]', '1.2.3'],
    ['### 2024-05-21 1.2.3-rc.1', '1.2.3-rc.1'],
  ])('date-first %j → %s', (line, version) => {
    expect(versionHeadings(`# Changelog\n\n${line}\n- x\n`)).toEqual([
      { version, line: 3, offset: '# Changelog\n\n'.length, level: line.indexOf(' '), style: 'date-first', raw: line },
    ]);
    expect(hasVersionSection(`${line}\n`, version)).toBe(true);
  });

  test.each([
    ['1.2.3\n=====', '1.2.3', 1, 'plain'],
    ['v1.2.3\n------', '1.2.3', 2, 'v'],
    ['[1.2.3] - 2024-05-21\n--------------------', '1.2.3', 2, 'keepachangelog'],
    ['1.2.3 (2024-05-21)\r\n---', '1.2.3', 2, 'parens'],
    ['2024-05-21 — 1.2.3\n==', '1.2.3', 1, 'date-first'],
  ])('setext %j → %s (level %d, %s)', (heading, version, level, style) => {
    const [raw, underline] = heading.split(/\r?\n/);
    expect(versionHeadings(`Changelog\n=========\n\n${heading}\n\n- x\n`)).toEqual([
      { version, line: 4, offset: 'Changelog\n=========\n\n'.length, level, style, raw, underline },
    ]);
  });

  test.each([
    ['a paragraph line over a thematic break', 'Some text\n1.2.3\n---\n'],
    ['a list item over ---', '- 1.2.3\n---\n'],
    ['a version in fenced code over ===', '```\n1.2.3\n===\n```\n'],
    ['prose over ===', 'Release notes\n=====\n'],
  ])('setext: %s is not a version heading', (_n, text) => {
    expect(versionHeadings(text)).toEqual([]);
  });

  test('headings inside fenced code are ignored', () => {
    const text = [
      '# Changelog',
      '',
      '## 1.1.0',
      '',
      '```markdown',
      '## 9.9.9',
      '```',
      '',
      '~~~',
      '## 8.8.8',
      '~~~',
      '',
      '## 1.0.0',
      '',
    ].join('\n');
    expect(versionHeadings(text).map((h) => [h.version, h.line])).toEqual([
      ['1.1.0', 3],
      ['1.0.0', 13],
    ]);
  });

  test('a fence of one kind is not closed by the other kind', () => {
    const text = ['## 1.1.0', '```', '~~~', '## 9.9.9', '```', '## 1.0.0'].join('\n');
    expect(versionHeadings(text).map((h) => h.version)).toEqual(['1.1.0', '1.0.0']);
  });
});

describe('hasVersionSection', () => {
  test.each([
    ['1.4.0', true],
    ['1.3.0', true],
    ['1.3.1-rc.1', true],
    ['1.3.1', false],
    ['9.9.9', false],
  ])('%s → %s', (version, has) => {
    expect(hasVersionSection(KEEP_A_CHANGELOG, version)).toBe(has);
  });

  test.each([
    ['## 2.0.0 (2024-06-01)\n', '2.0.0', true],
    ['## v2.0.0\n', '2.0.0', true],
    ['```\n## 2.0.0\n```\n', '2.0.0', false],
  ])('%j has %s: %s', (text, version, has) => {
    expect(hasVersionSection(text, version)).toBe(has);
  });
});
