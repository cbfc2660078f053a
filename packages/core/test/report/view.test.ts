import { parseConfigText } from '../../src/config/config.ts';
import { effectiveConfig, renderEffectiveConfig } from '../../src/config/effective.ts';
import { effective } from '../../src/settings/effective.ts';
import type { BumpResult } from '../../src/operations/bump/run.ts';
import type { DigestsResult } from '../../src/operations/digests/run.ts';
import { bumpView } from '../../src/operations/bump/view.ts';
import { digestsView } from '../../src/operations/digests/view.ts';
import { terminalDiff } from '../../src/report/terminal-diff.ts';
import { ansiStyle, plainStyle, renderMarkdown, renderTerminal, terminalSafe, type ResultView } from '../../src/report/view.ts';

const bump: BumpResult = {
  outputs: { version: '0.2.0', 'previous-version': '0.1.0', 'app-version': '1.1.0', 'changed-files': '[]', charts: '[]' },
  charts: [
    {
      path: 'charts/app',
      name: 'app',
      'previous-version': '0.1.0',
      version: '0.2.0',
      'previous-app-version': '1.0.0',
      'app-version': '1.1.0',
      cascaded: false,
      files: ['charts/app/Chart.yaml', 'charts/app/CHANGELOG.md'],
    },
    {
      path: 'charts/umbrella',
      name: 'umbrella',
      'previous-version': '3.0.0',
      version: '3.0.1',
      'previous-app-version': '',
      'app-version': '',
      cascaded: true,
      files: [],
    },
  ],
  notes: ['app (charts/app): a <note>'],
  warnings: [{ message: 'digest did not match', file: 'charts/umbrella/Chart.lock', line: 8 }],
  changes: [{ path: 'charts/app/Chart.yaml', before: 'version: 0.1.0\n', after: 'version: 0.2.0\n' }],
  diff: '',
  dryRun: true,
};

describe('one result, two renderings', () => {
  test('bump: the job summary Markdown', () => {
    expect(renderMarkdown(bumpView(bump))).toBe(
      [
        '### bump-chart',
        '',
        'Dry run: 1 file(s) would change; nothing was written.',
        '',
        '| Chart | Version | appVersion | Files changed |',
        '| --- | --- | --- | --- |',
        '| app (charts/app) | 0.1.0 → 0.2.0 | 1.0.0 → 1.1.0 | charts/app/Chart.yaml<br>charts/app/CHANGELOG.md |',
        '| umbrella (charts/umbrella) — cascaded | 3.0.0 → 3.0.1 | — (unchanged) | none |',
        '',
        '**Notes**',
        '',
        '- app (charts/app): a &lt;note&gt;',
        '',
        '**Warnings**',
        '',
        '- charts/umbrella/Chart.lock:8: digest did not match',
        '',
      ].join('\n'),
    );
  });

  test('bump: the terminal table, same rows, a multi-line cell continued below', () => {
    expect(renderTerminal(bumpView(bump))).toBe(
      [
        'Chart                                  Version        appVersion     Files changed',
        'app (charts/app)                       0.1.0 → 0.2.0  1.0.0 → 1.1.0  charts/app/Chart.yaml',
        '                                                                     charts/app/CHANGELOG.md',
        'umbrella (charts/umbrella) — cascaded  3.0.0 → 3.0.1  — (unchanged)  none',
        '',
        'Dry run: 1 file(s) would change; nothing was written.',
        '',
        'note: app (charts/app): a <note>',
        '',
        'warning: charts/umbrella/Chart.lock:8: digest did not match',
        '',
      ].join('\n'),
    );
  });

  const digests = {
    path: 'image-digests.json',
    changed: true,
    written: true,
    kept: 1,
    dropped: [],
    rows: [{ name: 'api', image: 'ghcr.io/acme/api', tag: '1.0.0', digest: `sha256:${'a'.repeat(64)}`, kind: 'manifest' }],
    warnings: ['api: a | pipe'],
  } as unknown as DigestsResult;

  test('digests: table first, then the status, warnings as ⚠️ bullets', () => {
    expect(renderMarkdown(digestsView(digests))).toBe(
      [
        '### capture-digests',
        '',
        '| name | image | tag | digest | platform / index |',
        '| --- | --- | --- | --- | --- |',
        `| api | ghcr.io/acme/api | 1.0.0 | sha256:${'a'.repeat(64)} | manifest |`,
        '',
        // A view's strings are plain text, escaped: no code span around the path, `|` backslash-escaped.
        'Wrote image-digests.json; kept 1 other entry from the existing file.',
        '',
        '- ⚠️ api: a \\| pipe',
        '',
      ].join('\n'),
    );
    expect(renderTerminal(digestsView(digests))).toContain(`api   ghcr.io/acme/api  1.0.0  sha256:${'a'.repeat(64)}  manifest\n`);
  });

  test('colour only where asked: the header bold, warnings yellow', () => {
    const v: ResultView = { title: 't', status: 's', headers: ['h'], rows: [['x']], notes: [], warnings: ['w'] };
    expect(renderTerminal(v, ansiStyle)).toBe('\u001b[1mh\u001b[22m\nx\n\ns\n\n\u001b[33mwarning: w\u001b[39m\n');
    expect(renderTerminal(v, plainStyle)).not.toContain('\u001b');
  });
});

describe('terminal text', () => {
  test.each([
    ['plain', 'plain'],
    ['tab\tkept', 'tab\tkept'],
    ['\u001b[31mred', '\\x1b[31mred'],
    ['bell\u0007', 'bell\\x07'],
    ['c1\u009b', 'c1\\x9b'],
  ])('terminalSafe(%j)', (input, shown) => {
    expect(terminalSafe(input)).toBe(shown);
  });

  test('terminalDiff: git-style, coloured by line kind, CR shown, a new file from /dev/null', () => {
    const changes = [
      { path: 'a.yaml', before: 'x: 1\r\ny: 2\r\n', after: 'x: 1\r\ny: 3\r\n' },
      { path: 'new.txt', before: undefined, after: 'hello\n' },
      { path: 'same', before: 's', after: 's' },
    ];
    expect(terminalDiff(changes)).toBe(
      [
        '--- a/a.yaml',
        '+++ b/a.yaml',
        '@@ -1,2 +1,2 @@',
        ' x: 1^M',
        '-y: 2^M',
        '+y: 3^M',
        '--- /dev/null',
        '+++ b/new.txt',
        '@@ -0,0 +1,1 @@',
        '+hello',
        '',
      ].join('\n'),
    );
    const coloured = terminalDiff(changes, ansiStyle);
    expect(coloured).toContain('\u001b[31m-y: 2^M\u001b[39m');
    expect(coloured).toContain('\u001b[32m+y: 3^M\u001b[39m');
    expect(coloured).toContain('\u001b[36m@@ -1,2 +1,2 @@\u001b[39m');
    expect(terminalDiff([])).toBe('');
  });
});

describe('effective configuration', () => {
  test('kebab-case keys as the file writes them, defaults filled in', () => {
    const c = parseConfigText(
      'services:\n  api: { image: ghcr.io/acme/api, values-key: services.api.image }\nenvironments:\n  - { name: prod, values: v.yaml, protected: true }\n',
      '.github/lockstep.yml',
    );
    expect(effectiveConfig(c)).toMatchObject({
      'version-file': '.version',
      'tag-prefix': 'v',
      'chart-version-policy': 'independent',
      services: { api: { image: 'ghcr.io/acme/api', 'values-key': 'services.api.image' } },
      environments: [{ name: 'prod', values: 'v.yaml', protected: true }],
    });
    // An environment's keys an input overrides, as the run resolves them (settings/effective.ts).
    expect(effective(c).values.environments).toMatchObject([{ 'auto-merge': false, 'values-drift': 'error', wait: 'refuse' }]);
    expect(renderEffectiveConfig(c).split('\n')[0]).toBe('# effective configuration: .github/lockstep.yml with defaults filled in');
    // What it prints is itself a valid configuration.
    expect(effectiveConfig(parseConfigText(renderEffectiveConfig(c).replace(/^charts: .*\n/m, ''), 'x.yml'))).toEqual(effectiveConfig(c));
  });
});
