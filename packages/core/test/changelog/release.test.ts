import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasVersionSection, versionHeadings } from '../../src/changelog/headings.ts';
import { releaseChangelog, type ReleaseRequest } from '../../src/changelog/release.ts';

const req = (over: Partial<ReleaseRequest> = {}): ReleaseRequest => ({
  version: '1.3.0',
  date: '2026-11-21',
  fallbackEntries: ['Update appVersion to 2.0.0'],
  ...over,
});

const KEEP = `# Changelog

All notable changes to this chart are documented in this file.

## [Unreleased]

### Added

- Support for topology spread constraints

## [1.2.3] - 2024-05-21

### Fixed

- Probe timeout

[Unreleased]: https://github.com/acme/charts/compare/myapp-1.2.3...HEAD
[1.2.3]: https://github.com/acme/charts/compare/myapp-1.2.2...myapp-1.2.3
`;

describe('releaseChangelog', () => {
  test('moves Unreleased content and keeps link references current', () => {
    const r = releaseChangelog(KEEP, req());
    expect(r.changed).toBe(true);
    expect(r.text).toBe(`# Changelog

All notable changes to this chart are documented in this file.

## [Unreleased]

## [1.3.0] - 2026-11-21

### Added

- Support for topology spread constraints

## [1.2.3] - 2024-05-21

### Fixed

- Probe timeout

[Unreleased]: https://github.com/acme/charts/compare/myapp-1.3.0...HEAD
[1.3.0]: https://github.com/acme/charts/compare/myapp-1.2.3...myapp-1.3.0
[1.2.3]: https://github.com/acme/charts/compare/myapp-1.2.2...myapp-1.2.3
`);
    expect(r.entries).toEqual([{ kind: 'added', text: 'Support for topology spread constraints' }]);
  });

  test('a re-run changes nothing (idempotent) and reports the section entries', () => {
    const once = releaseChangelog(KEEP, req()).text!;
    const twice = releaseChangelog(once, req({ date: '2026-12-01', entries: ['Other'] }));
    expect(twice.changed).toBe(false);
    expect(twice.text).toBe(once);
    expect(twice.entries).toEqual([{ kind: 'added', text: 'Support for topology spread constraints' }]);
  });

  test('an existing version section is never duplicated', () => {
    const r = releaseChangelog(KEEP, req({ version: '1.2.3' }));
    expect(r.changed).toBe(false);
    expect(r.text).toBe(KEEP);
    expect(r.entries).toEqual([{ kind: 'fixed', text: 'Probe timeout' }]);
  });

  test('an explicit entry is added next to moved content, in its own group (never under another kind)', () => {
    const r = releaseChangelog(KEEP, req({ entries: ['Update appVersion to 2.0.0'] }));
    expect(r.text).toContain(
      '## [1.3.0] - 2026-11-21\n\n### Added\n\n- Support for topology spread constraints\n\n### Changed\n\n- Update appVersion to 2.0.0\n\n## [1.2.3]',
    );
    expect(r.entries).toEqual([
      { kind: 'added', text: 'Support for topology spread constraints' },
      { kind: 'changed', text: 'Update appVersion to 2.0.0' },
    ]);
  });

  test('the changelog entry follows the file: its group under Unreleased, its group name, its blank lines', () => {
    // Unreleased already has a Changed group: the entry joins it.
    const withChanged = KEEP.replace(
      '- Support for topology spread constraints\n',
      '- Support for topology spread constraints\n\n### Changed\n\n- Default replicas is 2\n',
    );
    expect(releaseChangelog(withChanged, req({ entries: ['Update appVersion to 2.0.0'] })).text).toContain(
      '### Added\n\n- Support for topology spread constraints\n\n### Changed\n\n- Default replicas is 2\n- Update appVersion to 2.0.0\n\n## [1.2.3]',
    );
    // No blank line after group headings, and the file calls the group "Changes".
    const tight = '# Changelog\n\n## [Unreleased]\n\n## [1.2.3] - 2024-05-21\n### Changes\n- Probe timeout\n### Fixed\n- x\n';
    expect(releaseChangelog(tight, req()).text).toBe(
      '# Changelog\n\n## [Unreleased]\n\n## [1.3.0] - 2026-11-21\n\n### Changes\n- Update appVersion to 2.0.0\n\n## [1.2.3] - 2024-05-21\n### Changes\n- Probe timeout\n### Fixed\n- x\n',
    );
    // Tight groups under Unreleased without a Changed group: a new one, tight too.
    const tightUnreleased = '# Changelog\n\n## [Unreleased]\n### Fixed\n- Probe timeout\n\n## [1.2.3] - 2024-05-21\n### Added\n- x\n';
    expect(releaseChangelog(tightUnreleased, req({ entries: ['Bump'] })).text).toContain(
      '## [1.3.0] - 2026-11-21\n\n### Fixed\n- Probe timeout\n\n### Changed\n- Bump\n\n## [1.2.3]',
    );
  });

  test('an explicit entry is left out only when Unreleased already has that exact entry, not one that merely contains it', () => {
    const text = '# Changelog\n\n## [Unreleased]\n\n- Update redis to 7.2.4\n- Fix the service port\n\n## [1.2.3] - 2024-05-21\n\n- a\n';
    expect(releaseChangelog(text, req({ entries: ['Update redis to 7.2'] })).text).toContain(
      '- Update redis to 7.2.4\n- Fix the service port\n- Update redis to 7.2\n\n## [1.2.3]',
    );
    expect(releaseChangelog(text, req({ entries: ['Fix the service port'] })).text).toContain(
      '## [1.3.0] - 2026-11-21\n\n- Update redis to 7.2.4\n- Fix the service port\n\n## [1.2.3]',
    );
  });

  test('empty Unreleased: the default entry under ### Changed (the file groups entries)', () => {
    const text = KEEP.replace('### Added\n\n- Support for topology spread constraints\n\n', '');
    const r = releaseChangelog(text, req());
    expect(r.text).toContain(
      '## [Unreleased]\n\n## [1.3.0] - 2026-11-21\n\n### Changed\n\n- Update appVersion to 2.0.0\n\n## [1.2.3] - 2024-05-21',
    );
    expect(r.entries).toEqual([{ kind: 'changed', text: 'Update appVersion to 2.0.0' }]);
  });

  test('no Unreleased section: none is added, and the new section goes above the newest version', () => {
    const text = '# Changelog\n\n## [1.2.3] - 2024-05-21\n\n- Probe timeout\n';
    expect(releaseChangelog(text, req()).text).toBe(
      '# Changelog\n\n## [1.3.0] - 2026-11-21\n\n- Update appVersion to 2.0.0\n\n## [1.2.3] - 2024-05-21\n\n- Probe timeout\n',
    );
  });

  test('other heading style: ## X.Y.Z (date), * bullets', () => {
    const text = '# Changelog\n\n## 16.3.2 (2024-05-21)\n\n* Fix the service port\n\n## 16.3.1 (2024-05-01)\n\n* Initial\n';
    expect(releaseChangelog(text, req({ version: '16.3.3' })).text).toBe(
      '# Changelog\n\n## 16.3.3 (2026-11-21)\n\n* Update appVersion to 2.0.0\n\n## 16.3.2 (2024-05-21)\n\n* Fix the service port\n\n## 16.3.1 (2024-05-01)\n\n* Initial\n',
    );
  });

  test('bitnami style: every older heading wrapped in <small>, the newest too after a release', () => {
    // bitnami/charts CHANGELOG.md: `## <small>16.3.2 (2024-05-21)</small>` for patch releases.
    const text =
      '# Changelog\n\n## <small>16.3.2 (2024-05-21)</small>\n\n* [bitnami/redis] Release 16.3.2 ([#123](https://github.com/bitnami/charts/pull/123))\n\n## 16.3.0 (2024-05-01)\n\n* Initial\n';
    expect(versionHeadings(text).map((h) => h.version)).toEqual(['16.3.2', '16.3.0']);
    expect(hasVersionSection(text, '16.3.2')).toBe(true);
    const out = releaseChangelog(text, req({ version: '16.3.3' })).text!;
    expect(out).toBe(
      '# Changelog\n\n## <small>16.3.3 (2026-11-21)</small>\n\n* Update appVersion to 2.0.0\n\n## <small>16.3.2 (2024-05-21)</small>\n\n* [bitnami/redis] Release 16.3.2 ([#123](https://github.com/bitnami/charts/pull/123))\n\n## 16.3.0 (2024-05-01)\n\n* Initial\n',
    );
    expect(releaseChangelog(out, req({ version: '16.3.3' })).text).toBe(out);
  });
  test('an Unreleased heading that links its compare view moves on to the new tag', () => {
    const text =
      '# Changelog\n\n## [Unreleased](https://github.com/o/r/compare/v1.2.3...HEAD)\n\n- x\n\n## [1.2.3](https://github.com/o/r/releases/tag/v1.2.3) - 2024-01-01\n\n- y\n';
    const out = releaseChangelog(text, req()).text!;
    expect(out).toBe(
      '# Changelog\n\n## [Unreleased](https://github.com/o/r/compare/v1.3.0...HEAD)\n\n## [1.3.0](https://github.com/o/r/releases/tag/v1.3.0) - 2026-11-21\n\n- x\n\n## [1.2.3](https://github.com/o/r/releases/tag/v1.2.3) - 2024-01-01\n\n- y\n',
    );
    expect(releaseChangelog(out, req()).text).toBe(out);
  });
  test('other heading style: ## v1.2.3', () => {
    const text = '## v1.2.3\n\n- a\n';
    expect(releaseChangelog(text, req({ version: '1.2.4' })).text).toBe('## v1.2.4\n\n- Update appVersion to 2.0.0\n\n## v1.2.3\n\n- a\n');
  });

  test.each([
    [
      'setext ===, length following the text',
      'Changelog\n=========\n\n1.2.3\n=====\n\n- a\n',
      'Changelog\n=========\n\n1.2.10\n======\n\n- Update appVersion to 2.0.0\n\n1.2.3\n=====\n\n- a\n',
    ],
    [
      'setext --- with a date, fixed-length underline',
      '# Changelog\n\n1.2.3 (2024-05-21)\n---\n\n- a\n',
      '# Changelog\n\n1.2.10 (2026-11-21)\n---\n\n- Update appVersion to 2.0.0\n\n1.2.3 (2024-05-21)\n---\n\n- a\n',
    ],
    [
      'date-first ## 2024-05-21 — 1.2.3',
      '# Changelog\n\n## 2024-05-21 — 1.2.3\n\n- a\n',
      '# Changelog\n\n## 2026-11-21 — 1.2.10\n\n- Update appVersion to 2.0.0\n\n## 2024-05-21 — 1.2.3\n\n- a\n',
    ],
    [
      'date-first ## [2024-05-21] 1.2.3',
      '## [2024-05-21] 1.2.3\n\n- a\n',
      '## [2026-11-21] 1.2.10\n\n- Update appVersion to 2.0.0\n\n## [2024-05-21] 1.2.3\n\n- a\n',
    ],
  ])("new sections keep the file's heading style: %s", (_n, text, expected) => {
    const out = releaseChangelog(text, req({ version: '1.2.10' }));
    expect(out.text).toBe(expected);
    expect(out.entries).toEqual([{ kind: 'changed', text: 'Update appVersion to 2.0.0' }]);
    expect(releaseChangelog(out.text, req({ version: '1.2.10' })).changed).toBe(false);
  });

  test("setext: a section's entries stop at the next setext heading", () => {
    const text = '1.2.3\n-----\n\n- a\n\n1.2.2\n-----\n\n- b\n';
    expect(releaseChangelog(text, req({ version: '1.2.3' })).entries).toEqual([{ kind: 'changed', text: 'a' }]);
  });

  test('release-please style heading with a compare link', () => {
    const text =
      '# Changelog\n\n## [1.2.3](https://github.com/acme/charts/compare/v1.2.2...v1.2.3) (2024-05-21)\n\n### Bug Fixes\n\n* probe\n';
    const out = releaseChangelog(text, req()).text!;
    expect(out).toContain(
      '## [1.3.0](https://github.com/acme/charts/compare/v1.2.3...v1.3.0) (2026-11-21)\n\n### Changed\n\n* Update appVersion to 2.0.0\n\n## [1.2.3]',
    );
    expect(hasVersionSection(out, '1.3.0')).toBe(true);
  });

  test('link references to release tags', () => {
    const text = '## [1.2.3] - 2024-05-21\n\n- a\n\n[1.2.3]: https://github.com/acme/charts/releases/tag/v1.2.3\n';
    expect(releaseChangelog(text, req()).text).toBe(
      '## [1.3.0] - 2026-11-21\n\n- Update appVersion to 2.0.0\n\n## [1.2.3] - 2024-05-21\n\n- a\n\n[1.3.0]: https://github.com/acme/charts/releases/tag/v1.3.0\n[1.2.3]: https://github.com/acme/charts/releases/tag/v1.2.3\n',
    );
  });

  test.each([
    [
      'an LF file with one CRLF line in its history',
      '# Changelog\n\n## [Unreleased]\n\n- thing\n\n## [1.2.3] - 2024-05-21\n\n- pasted from Windows\r\n- a\n',
      '# Changelog\n\n## [Unreleased]\n\n## [1.3.0] - 2026-11-21\n\n- thing\n\n## [1.2.3] - 2024-05-21\n\n- pasted from Windows\r\n- a\n',
    ],
    [
      'a CRLF file with one LF line in its history',
      '# Changelog\r\n\r\n## 1.2.3 (2024-05-21)\r\n\r\n* a\n* b\r\n',
      '# Changelog\r\n\r\n## 1.3.0 (2026-11-21)\r\n\r\n* Update appVersion to 2.0.0\r\n\r\n## 1.2.3 (2024-05-21)\r\n\r\n* a\n* b\r\n',
    ],
  ])('mixed line endings: %s keeps every existing line ending', (_name, text, expected) => {
    expect(releaseChangelog(text, req()).text).toBe(expected);
  });
  test('CRLF, BOM and a missing final newline are kept', () => {
    const text = '\ufeff# Changelog\r\n\r\n## [Unreleased]\r\n\r\n- thing\r\n\r\n## [1.2.3] - 2024-05-21\r\n\r\n- a';
    expect(releaseChangelog(text, req()).text).toBe(
      '\ufeff# Changelog\r\n\r\n## [Unreleased]\r\n\r\n## [1.3.0] - 2026-11-21\r\n\r\n- thing\r\n\r\n## [1.2.3] - 2024-05-21\r\n\r\n- a',
    );
  });

  test.each([
    [
      'with a final newline',
      '# Changelog\n\n## [Unreleased]\n\n- First\n',
      '# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-11-21\n\n- First\n',
    ],
    ['without one', '# Changelog\n\n## [Unreleased]\n\n- First', '# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-11-21\n\n- First'],
    ['CRLF, with one', '## [Unreleased]\r\n\r\n- First\r\n', '## [Unreleased]\r\n\r\n## [0.1.0] - 2026-11-21\r\n\r\n- First\r\n'],
  ])('Unreleased at the end of the file, %s: the final newline stays as it was', (_name, before, after) => {
    expect(releaseChangelog(before, req({ version: '0.1.0' })).text).toBe(after);
  });

  test('a title-only file gets its first section at the end', () => {
    expect(releaseChangelog('# Changelog\n\nNotes about this chart.\n', req()).text).toBe(
      '# Changelog\n\nNotes about this chart.\n\n## [1.3.0] - 2026-11-21\n\n### Changed\n\n- Update appVersion to 2.0.0\n',
    );
  });

  test('Unreleased only, with its reference', () => {
    const text = '# Changelog\n\n## [Unreleased]\n\n- First\n\n[Unreleased]: https://github.com/acme/charts/compare/v0.0.0...HEAD\n';
    expect(releaseChangelog(text, req({ version: '0.1.0' })).text).toBe(
      '# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-11-21\n\n- First\n\n[Unreleased]: https://github.com/acme/charts/compare/v0.1.0...HEAD\n[0.1.0]: https://github.com/acme/charts/compare/v0.0.0...v0.1.0\n',
    );
  });

  test('no file: nothing unless asked to create one', () => {
    expect(releaseChangelog(undefined, req())).toEqual({ text: undefined, entries: [], changed: false });
    expect(releaseChangelog('', req())).toEqual({ text: '', entries: [], changed: false });
  });

  test('no file, create: a Keep a Changelog file (snapshot)', () => {
    const r = releaseChangelog(undefined, req({ create: true, subject: 'the myapp chart' }));
    expect(r.changed).toBe(true);
    expect(r.text).toMatchSnapshot();
    expect(versionHeadings(r.text!).map((h) => [h.version, h.style])).toEqual([['1.3.0', 'keepachangelog']]);
    expect(releaseChangelog(r.text, req({ create: true })).changed).toBe(false);
  });

  test('release-please group names map to Artifact Hub kinds', () => {
    const text = '## [1.2.3](https://x/compare/v1.2.2...v1.2.3) (2024-05-21)\n\n### Features\n\n* a\n\n### Bug Fixes\n\n* b\n';
    expect(releaseChangelog(text, req({ version: '1.2.3' })).entries).toEqual([
      { kind: 'added', text: 'a' },
      { kind: 'fixed', text: 'b' },
    ]);
  });

  test('pre-release versions', () => {
    const r = releaseChangelog('## [1.2.3] - 2024-05-21\n\n- a\n', req({ version: '1.4.0-rc.2' }));
    expect(r.text!.startsWith('## [1.4.0-rc.2] - 2026-11-21\n')).toBe(true);
    expect(hasVersionSection(r.text!, '1.4.0-rc.2')).toBe(true);
  });
});

describe('realistic changelogs (snapshots)', () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'changelogs');
  test.each([
    ['keepachangelog.md', '2.5.0'],
    ['release-please.md', '16.3.3'],
    ['plain-versions.md', '0.9.2'],
  ])('%s → %s', (name, version) => {
    const before = readFileSync(join(dir, name), 'utf8');
    const r = releaseChangelog(before, req({ version }));
    expect(r.changed).toBe(true);
    expect(r.text).toMatchSnapshot();
    expect(versionHeadings(r.text!)[0].version).toBe(version);
    expect(versionHeadings(r.text!)[0].style).toBe(versionHeadings(before)[0].style);
    // Everything that was there is still there, in order.
    const after = r.text!.split('\n');
    let at = 0;
    for (const line of before.split('\n').filter((l) => !/^\[Unreleased\]:/.test(l))) {
      const found = after.indexOf(line, at);
      expect(found).toBeGreaterThanOrEqual(at);
      at = found;
    }
    expect(releaseChangelog(r.text, req({ version })).changed).toBe(false);
  });
});
