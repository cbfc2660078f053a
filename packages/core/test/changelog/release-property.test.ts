// Property-style check of the changelog editor over generated real-world
// styles (Keep a Changelog with link references, `## 1.2.3 (date)`, `## v1.2.3`,
// release-please headings with links, bitnami `<small>` headings), line
// endings, BOM, final newline, Unreleased content with nested lists and code.
import { versionHeadings } from '../../src/changelog/headings.ts';
import { releaseChangelog } from '../../src/changelog/release.ts';
import { rng } from '../../../../action-tests/harness/random.ts';

type Style = 'keep' | 'parens' | 'v' | 'release-please' | 'small';
const heading = (style: Style, v: string, prev: string, date: string) =>
  style === 'keep'
    ? `## [${v}] - ${date}`
    : style === 'parens'
      ? `## ${v} (${date})`
      : style === 'v'
        ? `## v${v}`
        : style === 'release-please'
          ? `## [${v}](https://github.com/o/r/compare/v${prev}...v${v}) (${date})`
          : `## <small>${v} (${date})</small>`;

function generate(seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const style = pick<Style>(['keep', 'parens', 'v', 'release-please', 'small']);
  const eol = pick(['\n', '\r\n']);
  const bullet = pick(['-', '*']);
  const refs = style === 'keep' && r() < 0.6;
  const unreleased = style === 'keep' ? pick(['none', 'empty', 'entries']) : 'none';
  const versions = ['1.2.3', '1.2.2', '1.1.0', '1.0.0'].slice(0, 1 + Math.floor(r() * 4));
  const lines: string[] = ['# Changelog', ''];
  if (r() < 0.5) lines.push('All notable changes to this chart are documented here.', '');
  if (unreleased !== 'none') {
    lines.push('## [Unreleased]', '');
    if (unreleased === 'entries') {
      lines.push(
        '### Added',
        '',
        `${bullet} Topology spread constraints`,
        `  ${bullet} nested detail: \`::x\``,
        '',
        '```yaml',
        '## 9.9.9 not a heading',
        '```',
        '',
      );
    }
  }
  versions.forEach((v, i) => {
    lines.push(heading(style, v, versions[i + 1] ?? '0.9.0', `2024-0${5 - Math.min(i, 4)}-2${i}`), '');
    if (style === 'release-please' || (style === 'keep' && r() < 0.5)) lines.push('### Bug Fixes', '');
    lines.push(`${bullet} Fix ${v} ([#${100 + i}](https://github.com/o/r/pull/${100 + i}))`, '');
  });
  if (refs) {
    if (unreleased !== 'none') lines.push(`[Unreleased]: https://github.com/o/r/compare/v${versions[0]}...HEAD`);
    versions.forEach((v, i) =>
      lines.push(`[${v}]: https://github.com/o/r/${versions[i + 1] ? `compare/v${versions[i + 1]}...v${v}` : `releases/tag/v${v}`}`),
    );
    lines.push('');
  }
  let text = lines.join(eol);
  if (r() < 0.3) text = text.replace(/(\r?\n)+$/, '');
  if (r() < 0.2) text = `\ufeff${text}`;
  return { text, style, describe: `seed ${seed}: style=${style} eol=${JSON.stringify(eol)} refs=${refs} unreleased=${unreleased}` };
}

describe('releaseChangelog on generated changelogs', () => {
  test('keeps every existing line byte for byte and in order, adds one section above the newest, and a re-run changes nothing', () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 600; seed++) {
      const g = generate(seed);
      const req = { version: '1.3.0', date: '2026-11-21', entries: ['Update appVersion to 2.0.0'] };
      const out = releaseChangelog(g.text, req).text!;
      const problems: string[] = [];
      if (out.startsWith('\ufeff') !== g.text.startsWith('\ufeff')) problems.push('BOM changed');
      if (/\r?\n$/.test(out) !== /\r?\n$/.test(g.text)) problems.push('final newline changed');
      const crlf = g.text.includes('\r\n');
      if (crlf && /[^\r]\n/.test(out)) problems.push('a bare LF in a CRLF file');
      if (!crlf && out.includes('\r')) problems.push('a CR in an LF file');
      // Every old line, but the Unreleased compare reference (which moves on), is still there, in order.
      const before = g.text
        .replace(/^\ufeff/, '')
        .split('\n')
        .filter((l) => !/^\[Unreleased\]:/.test(l));
      const after = out.replace(/^\ufeff/, '').split('\n');
      let j = 0;
      for (const l of before) {
        while (j < after.length && after[j] !== l && after[j] !== l.replace(/\r$/, '')) j++;
        if (j === after.length) {
          problems.push(`line lost or changed: ${JSON.stringify(l)}`);
          break;
        }
        j++;
      }
      const hs = versionHeadings(out.replace(/^\ufeff/, ''));
      if (hs.filter((h) => h.version === '1.3.0').length !== 1) problems.push('not exactly one 1.3.0 section');
      if (hs[0]?.version !== '1.3.0') problems.push(`the new section is not the newest: ${hs[0]?.raw}`);
      else if (g.style !== 'keep' && hs[0].style !== versionHeadings(g.text.replace(/^\ufeff/, ''))[0].style)
        problems.push(`heading style changed: ${hs[0].raw}`);
      if (!out.includes('Update appVersion to 2.0.0')) problems.push('entry missing');
      if (releaseChangelog(out, req).text !== out) problems.push('a re-run changed the file');
      if (problems.length) failures.push(`${g.describe}\n  ${problems.join('\n  ')}\n--- before\n${g.text}\n--- after\n${out}`);
    }
    expect(failures.slice(0, 3)).toEqual([]);
  });
});
