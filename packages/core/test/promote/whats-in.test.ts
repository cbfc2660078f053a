import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { indexSections, sectionsBetween, sectionsInRange, versionSections } from '../../src/changelog/sections.ts';
import type { PromotionPlan } from '../../src/promote/plan.ts';
import { PULL_BODY_CAP, pullBody, whatsInLines } from '../../src/promote/publish/report.ts';
import { whatsIn, type WhatsInPorts } from '../../src/promote/whats-in.ts';
import { whatsInDouble } from './ports-double.ts';

const plan = (over: Partial<PromotionPlan>): PromotionPlan => ({
  changes: [],
  files: [],
  services: ['api'],
  unchanged: [],
  sourceLabel: 'staging',
  checks: [],
  drift: { environments: ['staging', 'prod'], rows: [] },
  notes: [],
  ...over,
});

const apiChange = (oldTag: string, newTag: string) => ({
  service: 'api',
  file: 'values-prod.yaml',
  line: 6,
  oldTag,
  newTag,
  verified: 'staging',
});

/** Ports over fixed files and tags; no history (commitsBetween absent). */
function ports(files: Record<string, string>, tags: Record<string, string>): WhatsInPorts {
  return whatsInDouble({ readAt: async (c, p) => files[`${c}:${p}`], resolveRef: async (r) => tags[r] });
}

describe('versionSections', () => {
  test('Keep a Changelog groups, a breaking bullet of its own, pull requests cited as (#N) and links', () => {
    const text = [
      '# Changelog',
      '',
      '## [2.0.0] - 2026-11-01',
      '',
      '### Removed',
      '',
      '- BREAKING: `ingress.enabled` is gone (#7)',
      '- [docs](https://x/y) moved, see https://github.com/a/b/pull/8',
      '',
      '## [1.0.0] - 2026-10-01',
      '',
      '### Added',
      '',
      '- first',
    ].join('\n');
    expect(versionSections(text)).toEqual([
      {
        version: '2.0.0',
        entries: [
          { text: 'BREAKING: ingress.enabled is gone', breaking: true, pulls: [7] },
          { text: 'docs moved, see https://github.com/a/b/pull/8', breaking: false, pulls: [8] },
        ],
      },
      { version: '1.0.0', entries: [{ text: 'first', breaking: false, pulls: [] }] },
    ]);
  });

  test('sectionsBetween: after from, up to to, newest first; nothing when to is not newer', () => {
    const s = versionSections('## 1.4.0\n- d\n## 1.3.0\n- c\n## 1.2.0\n- b\n');
    expect(sectionsBetween(s, '1.2.0', '1.4.0').map((x) => x.version)).toEqual(['1.4.0', '1.3.0']);
    expect(sectionsBetween(s, '1.4.0', '1.2.0')).toEqual([]);
    expect(sectionsBetween(s, 'latest', '1.4.0')).toEqual([]);
  });
});

describe('whatsIn', () => {
  test('asks for every tag it resolves in one fetchTags call before resolving any: each group the spellings in the order tried', async () => {
    const calls: string[] = [];
    const p = whatsInDouble({
      readAt: async () => undefined,
      resolveRef: async (r) => {
        calls.push(`resolve ${r}`);
        return undefined;
      },
      fetchTags: async (groups) => {
        calls.push(`fetch ${JSON.stringify(groups)}`);
      },
    });
    await whatsIn(
      plan({
        changes: [
          apiChange('1.2.0', '1.4.0'),
          { ...apiChange('sha-abc1234', '0.9.2'), service: 'worker' },
          { ...apiChange('0.3.0', 'sha-def5678'), service: 'web' },
        ],
        chart: { file: 'apps/prod.yaml', line: 11, application: 'myapp-prod', old: '1.4.0', new: '2.0.0' },
      }),
      p,
      { baseSha: 'base', tagPrefix: 'api-v', charts: ['charts/myapp'], rollback: false },
    );
    expect(calls[0]).toBe(
      `fetch ${JSON.stringify([
        ['api-v1.2.0', 'v1.2.0', '1.2.0'],
        ['api-v1.4.0', 'v1.4.0', '1.4.0'],
        ['api-v0.9.2', 'v0.9.2', '0.9.2'],
        ['api-v0.3.0', 'v0.3.0', '0.3.0'],
        ['myapp-1.4.0'],
        ['myapp-2.0.0'],
      ])}`,
    );
    expect(calls.filter((c) => c.startsWith('fetch'))).toHaveLength(1);
  });

  test("a chart version change lists the chart's CHANGELOG.md sections; no tag means no compare link, said in a note", async () => {
    const w = await whatsIn(
      plan({ chart: { file: 'apps/prod.yaml', line: 11, application: 'myapp-prod', old: '1.4.0', new: '2.0.0' } }),
      ports({ 'base:charts/myapp/CHANGELOG.md': '## 2.0.0\n### Removed\n- `ingress.enabled` (#7)\n## 1.4.0\n- old\n' }, {}),
      { baseSha: 'base', tagPrefix: 'v', charts: ['charts/myapp'], rollback: false },
    );
    expect(w.shipments).toEqual([
      {
        subjects: ['chart myapp'],
        direction: 'adds',
        from: '1.4.0',
        to: '2.0.0',
        entries: [{ version: '2.0.0', text: 'ingress.enabled', breaking: false, pulls: [7] }],
        pulls: [],
        notes: ['no tag myapp-1.4.0 or myapp-2.0.0 in the repository'],
      },
    ]);
  });

  test.each([
    ['charts/*', { chart: 'myapp' }],
    ['charts/**', { chart: 'myapp', chartPath: 'charts/myapp' }],
    ['charts/{myapp,gateway}', { chart: 'myapp' }],
  ])('with charts: [%s] the chart is the Application’s, read from its own folder and escapes read once', async (glob, named) => {
    const w = await whatsIn(
      plan({ chart: { file: 'apps/prod.yaml', line: 11, application: 'myapp-prod', ...named, old: '1.4.0', new: '2.0.0' } }),
      ports(
        {
          'base:charts/myapp/CHANGELOG.md': '## 2.0.0\n- route /v1/\\* and \\_private\\_ (see `a\\*b`)\n## 1.4.0\n- old\n',
          'base:charts/gateway/CHANGELOG.md': '## 2.0.0\n- gateway\n',
        },
        {},
      ),
      { baseSha: 'base', tagPrefix: 'v', charts: [glob], rollback: false },
    );
    expect(w.shipments).toEqual([
      {
        subjects: ['chart myapp'],
        direction: 'adds',
        from: '1.4.0',
        to: '2.0.0',
        entries: [{ version: '2.0.0', text: 'route /v1/* and _private_ (see a\\*b)', breaking: false, pulls: [] }],
        pulls: [],
        notes: ['no tag myapp-1.4.0 or myapp-2.0.0 in the repository'],
      },
    ]);
  });

  test('a release with thousands of entries: the first ten open, the rest folded, the body under GitHub’s 65,536 characters', async () => {
    const entries = Array.from({ length: 5000 }, (_, i) => `- change number ${i} with some words to make it long (#${i + 1})`).join('\n');
    const files = { 'c14:CHANGELOG.md': `## 1.4.0\n${entries}\n## 1.2.0\n- old\n` };
    const p = plan({ changes: [apiChange('v1.2.0', 'v1.4.0')] });
    const w = await whatsIn(p, ports(files, { 'v1.2.0': 'c12', 'v1.4.0': 'c14' }), {
      baseSha: 'base',
      tagPrefix: 'v',
      charts: [],
      rollback: false,
      repoUrl: 'https://github.com/acme/app',
    });
    expect(w.shipments[0].entries).toHaveLength(5000);
    const body = pullBody({
      plan: p,
      fromLabel: 'staging',
      to: 'prod',
      baseSha: 'b'.repeat(40),
      base: 'main',
      whatsIn: w,
      repoUrl: 'https://github.com/acme/app',
    });
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(PULL_BODY_CAP);
    expect(body).toContain(
      '- 1.4.0 · change number 9 with some words to make it long ([#10](https://github.com/acme/app/pull/10))\n\n<details><summary>4990 more</summary>',
    );
    expect(body).toMatch(/_… \d+ lines \(\d+ KiB\) of this list left out to fit the size limit\._/);
    // The fold is closed before the rest of the body, whose rollback command is still there.
    expect(body).toContain('</details>\n_…');
    expect(body).toContain('gh workflow run rollback.yml -f to=prod');
  });

  test('the ranges of every move are asked together, once, before any shipment is made; none is asked on its own', async () => {
    const calls: string[] = [];
    const tags: Record<string, string> = { 'v1.0.0': 'c10', 'v1.1.0': 'c11', 'v1.2.0': 'c12' };
    const p = whatsInDouble({
      readAt: async () => undefined,
      resolveRef: async (r) => tags[r],
      commitsBetween: async (a, b) => (calls.push(`log ${a}..${b}`), []),
      commitsInRanges: async (ranges) => {
        calls.push(`walk ${ranges.map((r) => `${r.from}..${r.to}`).join(' ')}`);
        return new Map([
          [
            'c10..c12',
            [
              { sha: 'a'.repeat(40), subject: 'x' },
              { sha: 'b'.repeat(40), subject: 'y' },
            ],
          ],
          ['c11..c12', [{ sha: 'b'.repeat(40), subject: 'y' }]],
        ]);
      },
    });
    const change = (service: string, oldTag: string, newTag: string) => ({ ...apiChange(oldTag, newTag), service });
    const w = await whatsIn(
      plan({ changes: [change('api', 'v1.0.0', 'v1.2.0'), change('worker', 'v1.1.0', 'v1.2.0'), change('web', 'v1.0.0', 'v1.2.0')] }),
      p,
      { baseSha: 'base', tagPrefix: 'v', charts: [], rollback: false },
    );
    expect(calls).toEqual(['walk c10..c12 c11..c12']);
    expect(w.shipments.map((s) => [s.subjects, s.commits])).toEqual([
      [['api', 'web'], 2],
      [['worker'], 1],
    ]);
  });

  test('services moving between the same versions share one shipment, and each distinct range is read once', async () => {
    const calls: string[] = [];
    const files: Record<string, string> = {
      'c12:CHANGELOG.md': '## 1.2.0\n- twelve\n## 1.1.0\n- eleven\n## 1.0.0\n- first\n',
    };
    const tags: Record<string, string> = { 'v1.0.0': 'c10', 'v1.1.0': 'c11', 'v1.2.0': 'c12' };
    const p = whatsInDouble({
      readAt: async (c, path) => (calls.push(`read ${c}:${path}`), files[`${c}:${path}`]),
      resolveRef: async (r) => (calls.push(`resolve ${r}`), tags[r]),
      commitsBetween: async (a, b) => (calls.push(`log ${a}..${b}`), [{ sha: 'f'.repeat(40), subject: `between ${a} and ${b}` }]),
    });
    const change = (service: string, oldTag: string, newTag: string) => ({ ...apiChange(oldTag, newTag), service });
    const w = await whatsIn(
      plan({
        changes: [
          change('api', 'v1.0.0', 'v1.2.0'),
          change('worker', 'v1.1.0', 'v1.2.0'),
          change('web', 'v1.0.0', 'v1.2.0'),
          change('cron', 'v1.0.0', 'v1.2.0'),
        ],
      }),
      p,
      { baseSha: 'base', tagPrefix: 'v', charts: [], rollback: false },
    );
    expect(w.shipments).toEqual([
      {
        subjects: ['api', 'web', 'cron'],
        direction: 'adds',
        from: '1.0.0',
        to: '1.2.0',
        range: 'v1.0.0...v1.2.0',
        commits: 1,
        entries: [
          { version: '1.2.0', text: 'twelve', breaking: false, pulls: [] },
          { version: '1.1.0', text: 'eleven', breaking: false, pulls: [] },
        ],
        pulls: [],
        notes: [],
      },
      {
        subjects: ['worker'],
        direction: 'adds',
        from: '1.1.0',
        to: '1.2.0',
        range: 'v1.1.0...v1.2.0',
        commits: 1,
        entries: [{ version: '1.2.0', text: 'twelve', breaking: false, pulls: [] }],
        pulls: [],
        notes: [],
      },
    ]);
    // Four services, two distinct ranges: each tag resolved once (every end before any range), each range read once, the changelog once.
    expect(calls).toEqual(['resolve v1.0.0', 'resolve v1.2.0', 'resolve v1.1.0', 'log c10..c12', 'read c12:CHANGELOG.md', 'log c11..c12']);
    expect(whatsInLines(w)).toEqual([
      'ships api, web, cron: 1.0.0 → 1.2.0 (1 commit, 2 release-note entries)',
      'ships worker: 1.1.0 → 1.2.0 (1 commit, 1 release-note entry)',
    ]);
  });

  test('a shipment of many services counts them in its heading and lists them once, folded', async () => {
    const services = Array.from({ length: 7 }, (_, i) => `svc-${i}`);
    const p = plan({ changes: services.map((service) => ({ ...apiChange('v1.0.0', 'v1.1.0'), service })) });
    const w = await whatsIn(p, ports({ 'c11:CHANGELOG.md': '## 1.1.0\n- one change (#4)\n' }, { 'v1.0.0': 'c10', 'v1.1.0': 'c11' }), {
      baseSha: 'base',
      tagPrefix: 'v',
      charts: [],
      rollback: false,
    });
    const body = pullBody({ plan: p, fromLabel: 'staging', to: 'prod', baseSha: 'b'.repeat(40), base: 'main', whatsIn: w });
    expect(body).toContain(
      [
        "### What's in this promotion",
        '',
        '#### 7 services: 1.0.0 → 1.1.0',
        '',
        '<details><summary>Services</summary>',
        '',
        'svc-0, svc-1, svc-2, svc-3, svc-4, svc-5, svc-6',
        '',
        '</details>',
        '',
        'Compare `v1.0.0...v1.1.0`',
        '',
        '- 1.1.0 · one change (#4)',
      ].join('\n'),
    );
    // The notes are there once, not once per service.
    expect(body.split('one change').length - 1).toBe(1);
    expect(whatsInLines(w)).toEqual([
      'ships 7 services (svc-0 … svc-6): 1.0.0 → 1.1.0 (1 release-note entry); the commits between them are not in the local history (check out with fetch-depth: 0 to count them)',
    ]);
  });
});

describe('sectionsInRange', () => {
  const log = [
    '# Changelog',
    '',
    '## [1.3.0](https://x/compare/v1.2.0...v1.3.0) (2026-01-03)',
    '',
    '### ⚠ BREAKING CHANGES',
    '',
    '* **api:** drop v1 (#30)',
    '',
    '## [1.2.0](https://x/compare/v1.1.0...v1.2.0) (2026-01-02)',
    '',
    '### Features',
    '',
    '* **api:** add paging (#20)',
    '```',
    '## 9.9.9',
    '- not a section',
    '```',
    '',
    '## [1.1.0](https://x/compare/v1.0.0...v1.1.0) (2026-01-01)',
    '',
    '* first (#10)',
  ].join('\n');

  test('parses only the sections in range and gives what sectionsBetween gives on every section', () => {
    const index = indexSections(log);
    expect(sectionsInRange(index, '1.1.0', '1.3.0')).toEqual([
      { version: '1.3.0', entries: [{ text: 'api: drop v1', breaking: true, pulls: [30] }] },
      { version: '1.2.0', entries: [{ text: 'api: add paging', breaking: false, pulls: [20] }] },
    ]);
    for (const [a, b] of [
      ['1.0.0', '1.3.0'],
      ['1.1.0', '1.2.0'],
      ['1.2.0', '1.1.0'],
      ['1.3.0', '9.9.9'],
      ['x', '1.2.0'],
    ])
      expect(sectionsInRange(index, a, b)).toEqual(sectionsBetween(versionSections(log), a, b));
  });

  test('reads setext headings and CRLF line endings in place: each section ends where the next heading starts', () => {
    const crlf = ['1.2.0', '=====', '', '- b (#2)', '* a code `x` here', '', '1.1.0', '-----', '- a', ''].join('\r\n');
    expect(sectionsInRange(indexSections(`\ufeff${crlf}`), '1.0.0', '1.2.0')).toEqual([
      {
        version: '1.2.0',
        entries: [
          { text: 'b', breaking: false, pulls: [2] },
          { text: 'a code x here', breaking: false, pulls: [] },
        ],
      },
      { version: '1.1.0', entries: [{ text: 'a', breaking: false, pulls: [] }] },
    ]);
    // A last heading with no line after it is a section without entries.
    expect(sectionsInRange(indexSections('## 1.1.0\n- a\n## 1.2.0'), '1.0.0', '1.2.0')).toEqual([
      { version: '1.2.0', entries: [] },
      { version: '1.1.0', entries: [{ text: 'a', breaking: false, pulls: [] }] },
    ]);
  });

  test('an index of a 3.5 MB changelog keeps its text and headings, not its 84,000 lines', () => {
    const section = (v: number) =>
      [`## [1.${v}.0](https://x/compare/v1.${v - 1}.0...v1.${v}.0) (2026-01-01)`, '', '### Features', '']
        .concat(Array.from({ length: 166 }, (_, i) => `* **svc-${String(i).padStart(4, '0')}:** handle slow peers (#${v * 1000 + i})`))
        .concat('')
        .join('\n');
    const big = Array.from({ length: 500 }, (_, i) => section(500 - i)).join('\n');
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = getHeapStatistics().used_heap_size;
    const index = indexSections(big);
    gc();
    const held = getHeapStatistics().used_heap_size - before;
    expect(index.headings.length).toBe(500);
    expect(sectionsInRange(index, '1.498.0', '1.500.0').map((s) => [s.version, s.entries.length])).toEqual([
      ['1.500.0', 166],
      ['1.499.0', 166],
    ]);
    // The lines split once and kept were ~3.4 MB past a full collection (84,000 strings and their array).
    expect(held).toBeLessThan(1024 * 1024);
  });
});
