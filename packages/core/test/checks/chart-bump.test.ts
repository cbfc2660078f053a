import { checkChartBumps } from '../../src/checks/chart-bump.ts';
import { formatProblem } from '../../src/checks/problem.ts';
import { type ChartBumpInput } from '../../src/checks/types.ts';
import { changedChartsOutput, type CheckResult } from '../../src/operations/check/run.ts';
import { checkMarkdown } from '../../src/operations/check/view.ts';
import { UserErrors } from '../../src/errors.ts';

type Files = Record<string, string>;

const chart = (name: string, version: string, extra = '') =>
  `apiVersion: v2\nname: ${name}\ndescription: A Helm chart\ntype: application\nversion: ${version}\nappVersion: "1.7.3"\n${extra}`;
const VALUES = 'replicaCount: 1\nimage:\n  repository: ghcr.io/acme/api\n  pullPolicy: IfNotPresent\n  tag: ""\n';
const HELMIGNORE = '.git/\n*.orig\nci/\nunittests/\n';

const BASE: Files = {
  'charts/myapp/Chart.yaml': chart('myapp', '1.4.2'),
  'charts/myapp/values.yaml': VALUES,
  'charts/myapp/.helmignore': HELMIGNORE,
  'charts/myapp/templates/deployment.yaml': 'kind: Deployment\n',
  'charts/myapp/ci/ct-values.yaml': 'replicaCount: 2\n',
  'charts/other/Chart.yaml': chart('other', '0.3.0'),
  'charts/other/templates/svc.yaml': 'kind: Service\n',
  'README.md': '# charts\n',
};

async function run(head: Files, opts: Partial<Omit<ChartBumpInput, 'base'>> & { base?: Files; tips?: Record<string, Files> } = {}) {
  const base = opts.base ?? BASE;
  const paths = new Set([...Object.keys(base), ...Object.keys(head)]);
  return checkChartBumps({
    base: new Set(Object.keys(base)),
    head: new Set(Object.keys(head)),
    changed: [...paths].filter((p) => base[p] !== head[p]),
    readFile: async (side, p) => (side === 'base' ? base : head)[p],
    otherBases: Object.entries(opts.tips ?? {}).map(([label, files]) => ({
      label,
      readFile: async (p: string) => files[p],
      judges: () => true,
    })),
    takenBy: opts.takenBy ?? (async () => undefined),
    published: opts.published ?? (async () => undefined),
    breaking: opts.breaking ?? 'error',
    changelog: opts.changelog ?? 'auto',
    charts: opts.charts,
    localDependencyCandidates: opts.localDependencyCandidates,
    protectedFiles: opts.protectedFiles,
    protectedGlobs: opts.protectedGlobs,
    configuredFiles: opts.configuredFiles,
    ignore: opts.ignore,
    prefix: opts.prefix,
    chartsOptional: opts.chartsOptional,
    deploymentState: opts.deploymentState,
  });
}
const edit = (changes: Record<string, string | null>, from: Files = BASE): Files => {
  const out = { ...from };
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
};
const summary = (plan: Awaited<ReturnType<typeof run>>) =>
  plan.charts.map((c) => ({
    path: c.path,
    base: c.base,
    head: c.head,
    required: c.required,
    ok: c.ok,
    problems: c.problems.map(formatProblem),
  }));

describe('checkChartBumps', () => {
  test("an environment's values file kept in the chart folder is deployment state: a promotion's pin there needs no bump (issue 72 item 6)", async () => {
    const base = { ...BASE, 'charts/myapp/values-prod.yaml': 'image:\n  tag: 1.7.2\n' };
    const pinned = edit({ 'charts/myapp/values-prod.yaml': `image:\n  tag: 1.7.3\n  digest: sha256:${'b'.repeat(64)}\n` }, base);
    const state = ['charts/myapp/values-prod.yaml', 'charts/myapp/values.yaml'];
    expect(await run(pinned, { base, deploymentState: state })).toMatchObject({ ok: true, charts: [] });
    // Without it (no environment names the file) it is chart content, as helm package packs it.
    expect(summary(await run(pinned, { base }))).toEqual([expect.objectContaining({ path: 'charts/myapp', ok: false, required: 'patch' })]);
    // The chart's own values.yaml stays chart content though an environment names it.
    const defaults = edit({ 'charts/myapp/values.yaml': `${VALUES}extra: 1\n` }, base);
    expect(summary(await run(defaults, { base, deploymentState: state }))).toEqual([
      expect.objectContaining({ path: 'charts/myapp', ok: false }),
    ]);
  });

  test('no change at all: nothing to check', async () => {
    const plan = await run(BASE);
    expect(plan).toMatchObject({ ok: true, charts: [] });
  });

  test('charts: absent with environments (chartsOptional): no chart folder is no chart to check, not an error', async () => {
    const noCharts: Files = { 'envs/prod.yaml': 'image: { tag: "1.0.0" }\n', 'README.md': '# deploy\n' };
    const every = [{ pattern: '.', written: '.', input: 'working-directory' }];
    await expect(run(edit({ 'README.md': '# deploy!\n' }, noCharts), { base: noCharts, charts: every })).rejects.toThrow(
      "'.' matches no chart (no folder holding a Chart.yaml) at the head or the base",
    );
    const plan = await run(edit({ 'README.md': '# deploy!\n' }, noCharts), { base: noCharts, charts: every, chartsOptional: true });
    expect(plan).toMatchObject({ ok: true, charts: [], noChartFolder: true });
    // Where a chart folder exists, chartsOptional changes nothing: every chart is checked.
    const withChart = await run(edit({ 'charts/myapp/templates/deployment.yaml': 'kind: Deployment\nspec: {}\n' }), {
      charts: every,
      chartsOptional: true,
    });
    expect(withChart.noChartFolder).toBeUndefined();
    expect(summary(withChart).map((c) => [c.path, c.ok])).toEqual([['charts/myapp', false]]);
  });

  test('a changed template without a bump fails at the version line', async () => {
    const plan = await run(edit({ 'charts/myapp/templates/deployment.yaml': 'kind: Deployment\nspec: {}\n' }));
    expect(plan.ok).toBe(false);
    expect(summary(plan)).toEqual([
      {
        path: 'charts/myapp',
        base: '1.4.2',
        head: '1.4.2',
        required: 'patch',
        ok: false,
        problems: ['charts/myapp/Chart.yaml:5: charts/myapp changed but version 1.4.2 was not bumped — needs 1.4.3 or higher'],
      },
    ]);
  });

  test("one chart's bump never excuses another's", async () => {
    const plan = await run(
      edit({
        'charts/myapp/templates/deployment.yaml': 'kind: Deployment\nspec: {}\n',
        'charts/myapp/Chart.yaml': chart('myapp', '1.4.3'),
        'charts/other/templates/svc.yaml': 'kind: Service\nspec: {}\n',
      }),
    );
    expect(plan.charts.map((c) => [c.path, c.ok])).toEqual([
      ['charts/myapp', true],
      ['charts/other', false],
    ]);
  });

  test.each<[string, Record<string, string | null>]>([
    ['a ci/ values file', { 'charts/myapp/ci/ct-values.yaml': 'replicaCount: 3\n' }],
    ['a new unittests/ file', { 'charts/myapp/unittests/deployment_test.yaml': 'suite: x\n' }],
    ['an .orig leftover', { 'charts/myapp/templates/deployment.yaml.orig': 'x\n' }],
    ['a file outside every chart', { 'README.md': '# charts!\n' }],
    ['a hidden file under templates/', { 'charts/other/templates/.keep': '' }],
  ])('%s needs no bump', async (_n, changes) => {
    const plan = await run(edit(changes));
    expect(plan).toMatchObject({ ok: true, charts: [] });
  });

  test('a change to .helmignore itself is packaged, so it needs a bump', async () => {
    const plan = await run(edit({ 'charts/myapp/.helmignore': `${HELMIGNORE}hack/\n` }));
    expect(plan.charts.map((c) => [c.path, c.ok])).toEqual([['charts/myapp', false]]);
  });

  test('a file un-ignored by the head .helmignore counts', async () => {
    const plan = await run(edit({ 'charts/myapp/.helmignore': '.git/\n', 'charts/myapp/ci/ct-values.yaml': 'replicaCount: 5\n' }));
    expect(plan.charts[0].reasons[0]).toBe('2 packaged files changed');
  });

  test('a removed values key with a patch bump fails at the removed key', async () => {
    const plan = await run(
      edit({
        'charts/myapp/values.yaml': VALUES.replace('  pullPolicy: IfNotPresent\n', ''),
        'charts/myapp/Chart.yaml': chart('myapp', '1.4.3'),
      }),
    );
    expect(summary(plan)[0]).toEqual({
      path: 'charts/myapp',
      base: '1.4.2',
      head: '1.4.3',
      required: 'major',
      ok: false,
      problems: [
        'charts/myapp/values.yaml:4: key image.pullPolicy removed (line 4 is where it was before this change) — breaking, needs 2.0.0 or higher',
        'charts/myapp/Chart.yaml:5: version 1.4.3 is not a major bump over 1.4.2 but the change is breaking — needs 2.0.0 or higher',
      ],
    });
  });

  test.each<['warn' | 'off', boolean, number, string]>([
    ['warn', true, 5, 'major'],
    ['off', true, 0, 'patch'],
  ])('breaking: %s', async (mode, ok, warnings, required) => {
    const plan = await run(edit({ 'charts/myapp/values.yaml': 'image: {}\n', 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3') }), {
      breaking: mode,
    });
    expect(plan.ok).toBe(ok);
    expect(plan.charts[0].problems.filter((p) => p.level === 'warning')).toHaveLength(warnings);
    expect(plan.charts[0].required).toBe(required);
  });

  test('deleting values.yaml removes every key: breaking', async () => {
    const plan = await run(edit({ 'charts/myapp/values.yaml': null, 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3') }));
    expect(summary(plan)[0]).toMatchObject({ required: 'major', ok: false });
    expect(summary(plan)[0].problems[0]).toBe(
      'charts/myapp/values.yaml:1: key replicaCount removed (line 1 is where it was before this change) — breaking, needs 2.0.0 or higher',
    );
  });

  test('a major bump covers a breaking change', async () => {
    const plan = await run(edit({ 'charts/myapp/values.yaml': 'image: {}\n', 'charts/myapp/Chart.yaml': chart('myapp', '2.0.0') }));
    expect(plan.ok).toBe(true);
    expect(plan.charts[0].reasons).toContain('breaking: key replicaCount removed (+3 more)');
  });

  test('a stricter schema below 1.0.0 needs a minor bump', async () => {
    const schema = (required: string[]) => JSON.stringify({ type: 'object', required, properties: { a: { type: 'string' } } }, null, 2);
    const base = edit({ 'charts/other/values.schema.json': schema([]) });
    const patch = await run(
      edit({ 'charts/other/values.schema.json': schema(['a']), 'charts/other/Chart.yaml': chart('other', '0.3.1') }, base),
      { base },
    );
    expect(summary(patch)[0].problems[0]).toBe(
      'charts/other/values.schema.json:3: schema (root): property a is now required — breaking, needs 0.4.0 or higher',
    );
    expect(patch.charts[0].required).toBe('minor');
    const minor = await run(
      edit({ 'charts/other/values.schema.json': schema(['a']), 'charts/other/Chart.yaml': chart('other', '0.4.0') }, base),
      { base },
    );
    expect(minor.ok).toBe(true);
  });

  test('a newly required key that values.yaml gives a default is a patch (Helm validates the merged values)', async () => {
    const schema = (required: string[]) => JSON.stringify({ type: 'object', required, properties: { a: { type: 'string' } } }, null, 2);
    const base = edit({ 'charts/other/values.schema.json': schema([]) });
    const plan = await run(
      edit(
        {
          'charts/other/values.schema.json': schema(['a']),
          'charts/other/values.yaml': 'a: x\n',
          'charts/other/Chart.yaml': chart('other', '0.3.1'),
        },
        base,
      ),
      { base },
    );
    expect(summary(plan)).toMatchObject([{ required: 'patch', ok: true, problems: [] }]);
  });

  test('a new chart needs only a valid version', async () => {
    const ok = await run(edit({ 'charts/new/Chart.yaml': chart('new', '0.1.0'), 'charts/new/templates/a.yaml': 'x: 1\n' }));
    expect(summary(ok)).toEqual([{ path: 'charts/new', base: null, head: '0.1.0', required: 'none', ok: true, problems: [] }]);
    const bad = await run(edit({ 'charts/new/Chart.yaml': chart('new', '"0.1"') }));
    expect(summary(bad)[0].problems).toEqual([
      'charts/new/Chart.yaml:5: version 0.1 is not valid SemVer 2 — use MAJOR.MINOR.PATCH: write version: 0.1.0',
    ]);
  });

  test('a chart moved to a new folder keeps its version history', async () => {
    const move = (files: Files, extra: Record<string, string | null> = {}) => {
      const out: Files = {};
      for (const [k, v] of Object.entries(files)) out[k.replace(/^charts\/myapp\//, 'stable/myapp/')] = v;
      return edit(extra, out);
    };
    const rows = (plan: Awaited<ReturnType<typeof run>>) => plan.charts.map((c) => [c.path, c.status, c.base, c.head, c.ok]);
    // A pure move packages the same chart: no bump needed.
    expect(rows(await run(move(BASE)))).toEqual([
      ['charts/myapp', 'deleted', '1.4.2', null, true],
      ['stable/myapp', 'changed', '1.4.2', '1.4.2', true],
    ]);
    // Moved and edited without a bump: fails like any changed chart.
    const edited = await run(move(BASE, { 'stable/myapp/templates/deployment.yaml': 'kind: Deployment\nspec: {}\n' }));
    expect(rows(edited)[1]).toEqual(['stable/myapp', 'changed', '1.4.2', '1.4.2', false]);
    expect(summary(edited)[1].problems).toEqual([
      'stable/myapp/Chart.yaml:5: stable/myapp changed but version 1.4.2 was not bumped — needs 1.4.3 or higher',
    ]);
    // A values key removed on the way is breaking, pointed at the old file's line.
    const removed = await run(
      move(BASE, {
        'stable/myapp/values.yaml': VALUES.replace('  pullPolicy: IfNotPresent\n', ''),
        'stable/myapp/Chart.yaml': chart('myapp', '1.4.3'),
      }),
    );
    expect(summary(removed)[1].problems[0]).toBe(
      'charts/myapp/values.yaml:4: key image.pullPolicy removed (line 4 is where it was before this change) — breaking, needs 2.0.0 or higher',
    );
  });

  test('a deleted chart passes', async () => {
    const plan = await run(edit({ 'charts/other/Chart.yaml': null, 'charts/other/templates/svc.yaml': null }));
    expect(summary(plan)).toEqual([{ path: 'charts/other', base: '0.3.0', head: null, required: 'none', ok: true, problems: [] }]);
  });

  test('an unquoted ambiguous version is an error at its line', async () => {
    const plan = await run(edit({ 'charts/other/Chart.yaml': chart('other', '0.10') }));
    expect(summary(plan)[0].problems).toEqual([
      'charts/other/Chart.yaml:5: version: 0.10 is read as a number, not the string written — it is not SemVer 2 either: write version: 0.10.0 (to quote it as "0.10" is not enough)',
    ]);
  });

  test('a duplicate key in Chart.yaml is an error at its line', async () => {
    const plan = await run(edit({ 'charts/other/Chart.yaml': chart('other', '0.3.1', 'version: 0.3.2\n') }));
    expect(summary(plan)[0].problems[0]).toMatch(/^charts\/other\/Chart.yaml:7: duplicate key 'version'/);
  });

  test('a subchart change needs the parent bumped', async () => {
    const base = edit({
      'charts/myapp/charts/common/Chart.yaml': chart('common', '2.1.0'),
      'charts/myapp/charts/common/templates/_h.tpl': '{{- define "x" -}}{{- end -}}\n',
    });
    const plan = await run(edit({ 'charts/myapp/charts/common/templates/_h.tpl': '{{- define "y" -}}{{- end -}}\n' }, base), { base });
    expect(plan.charts.map((c) => [c.path, c.ok])).toEqual([['charts/myapp', false]]);
  });

  test("a vendored subchart's own .helmignore does not apply: helm package reads only the parent's", async () => {
    const base = edit({
      'charts/myapp/charts/common/Chart.yaml': chart('common', '2.1.0'),
      'charts/myapp/charts/common/.helmignore': 'docs/\n',
      'charts/myapp/charts/common/docs/usage.md': 'a\n',
      'charts/myapp/charts/common/ci/values.yaml': 'a: 1\n',
    });
    const docs = await run(edit({ 'charts/myapp/charts/common/docs/usage.md': 'b\n' }, base), { base });
    expect(docs.charts.map((c) => [c.path, c.ok])).toEqual([['charts/myapp', false]]);
    // The parent's ci/ pattern has no slash inside, so it matches a ci/ folder at any depth.
    const ci = await run(edit({ 'charts/myapp/charts/common/ci/values.yaml': 'a: 2\n' }, base), { base });
    expect(ci.charts).toEqual([]);
  });

  test('a file:// dependency change needs the dependent bumped too', async () => {
    const base = edit({
      'libs/common/Chart.yaml': chart('common', '1.0.0'),
      'libs/common/templates/_h.tpl': 'a\n',
      'charts/other/Chart.yaml': chart(
        'other',
        '0.3.0',
        'dependencies:\n  - name: common\n    version: 1.x.x\n    repository: file://../../libs/common\n',
      ),
    });
    const plan = await run(edit({ 'libs/common/templates/_h.tpl': 'b\n', 'libs/common/Chart.yaml': chart('common', '1.0.1') }, base), {
      base,
    });
    expect(plan.charts.map((c) => [c.path, c.ok, c.reasons.join('; ')])).toEqual([
      ['charts/other', false, 'file:// dependency libs/common changed'],
      ['libs/common', true, '2 packaged files changed'],
    ]);
    // With the candidates a `git grep` found, only those Chart.yaml files are read.
    const head = edit({ 'libs/common/templates/_h.tpl': 'b\n', 'libs/common/Chart.yaml': chart('common', '1.0.1') }, base);
    const found = await run(head, { base, localDependencyCandidates: ['charts/other/Chart.yaml'] });
    expect(found.charts.map((c) => c.path)).toEqual(['charts/other', 'libs/common']);
    const none = await run(head, { base, localDependencyCandidates: [] });
    expect(none.charts.map((c) => c.path)).toEqual(['libs/common']);
  });

  test('two pull requests cannot take the same version: the base branch tip counts', async () => {
    const head = edit({
      'charts/myapp/templates/deployment.yaml': 'kind: Deployment\nspec: {}\n',
      'charts/myapp/Chart.yaml': chart('myapp', '1.4.3'),
    });
    const plan = await run(head, { tips: { 'the tip of main': edit({ 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3') }) } });
    expect(summary(plan)[0]).toMatchObject({
      base: '1.4.3',
      ok: false,
      problems: ['charts/myapp/Chart.yaml:5: version 1.4.3 is not greater than 1.4.3 on the tip of main — needs 1.4.4 or higher'],
    });
  });

  test('a changed appVersion without a bump says so', async () => {
    const plan = await run(edit({ 'charts/other/Chart.yaml': chart('other', '0.3.0').replace('1.7.3', '1.8.0') }));
    expect(summary(plan)[0].problems[0]).toBe(
      'charts/other/Chart.yaml:5: charts/other changed (appVersion 1.7.3 → 1.8.0) but version 0.3.0 was not bumped — needs 0.3.1 or higher',
    );
  });

  test.each<['auto' | 'required' | 'off', Files, string[]]>([
    ['auto', { 'charts/other/CHANGELOG.md': '# Changelog\n\n## [0.3.1] - 2024-05-21\n- fix\n\n## [0.3.0] - 2024-05-01\n' }, []],
    ['auto', { 'charts/other/CHANGELOG.md': '# Changelog\n\n## 0.3.1 (2024-05-21)\n' }, []],
    ['auto', { 'charts/other/CHANGELOG.md': '# Changelog\n\n## v0.3.1\n' }, []],
    [
      'auto',
      { 'charts/other/CHANGELOG.md': '# Changelog\n\n## [0.3.0] - 2024-05-01\n' },
      ['charts/other/CHANGELOG.md:1: CHANGELOG.md has no section for 0.3.1 — add a heading such as `## [0.3.1] - YYYY-MM-DD`'],
    ],
    ['off', { 'charts/other/CHANGELOG.md': '# Changelog\n' }, []],
    ['auto', {}, []],
    [
      'required',
      {},
      ['charts/other/CHANGELOG.md: charts/other has no CHANGELOG.md — add one with a `## [0.3.1]` section (changelog: required)'],
    ],
  ])('changelog %s %#', async (mode, files, problems) => {
    const plan = await run(edit({ ...files, 'charts/other/Chart.yaml': chart('other', '0.3.1') }), { changelog: mode });
    expect(summary(plan)[0].problems).toEqual(problems);
  });

  test('Chart.lock and dependencies must agree with in-repo subcharts', async () => {
    const deps = 'dependencies:\n  - name: common\n    version: 2.0.x\n    repository: oci://registry-1.docker.io/bitnamicharts\n';
    const base = edit({
      'charts/myapp/Chart.yaml': chart('myapp', '1.4.2', deps),
      'charts/myapp/Chart.lock':
        'dependencies:\n- name: common\n  repository: oci://registry-1.docker.io/bitnamicharts\n  version: 2.0.3\ndigest: sha256:1\n',
      'charts/myapp/charts/common/Chart.yaml': chart('common', '2.0.3'),
    });
    const plan = await run(
      edit(
        { 'charts/myapp/charts/common/Chart.yaml': chart('common', '2.1.0'), 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3', deps) },
        base,
      ),
      { base },
    );
    expect(summary(plan)[0].problems).toEqual([
      "charts/myapp/Chart.yaml:8: dependency common requires version 2.0.x but charts/myapp/charts/common is 2.1.0 — set the dependency's version to 2.1.0",
      'charts/myapp/Chart.lock:2: Chart.lock pins common 2.0.3 but charts/myapp/charts/common is 2.1.0 — run `helm dependency update` and commit Chart.lock',
    ]);
  });

  describe('Chart.lock names follow Chart.yaml dependencies', () => {
    const dep = (name: string) => `  - name: ${name}\n    version: 1.x\n    repository: oci://registry-1.docker.io/bitnamicharts\n`;
    const entry = (name: string) => `- name: ${name}\n  repository: oci://registry-1.docker.io/bitnamicharts\n  version: 1.2.3\n`;
    const lock = (...names: string[]) => `dependencies:\n${names.map(entry).join('')}digest: sha256:1\ngenerated: "2024-05-21T10:00:00Z"\n`;
    const base = edit({
      'charts/myapp/Chart.yaml': chart('myapp', '1.4.2', `dependencies:\n${dep('redis')}`),
      'charts/myapp/Chart.lock': lock('redis'),
    });
    test.each<[string, string[], string[], string[]]>([
      ['in step', ['redis', 'postgresql'], ['redis', 'postgresql'], []],
      [
        'a dependency added to Chart.yaml only',
        ['redis', 'postgresql'],
        ['redis'],
        [
          'charts/myapp/Chart.lock:1: Chart.lock has no entry for dependency postgresql (charts/myapp/Chart.yaml:11) — run `helm dependency update` and commit Chart.lock',
        ],
      ],
      [
        'a dependency removed from Chart.yaml only',
        ['postgresql'],
        ['redis', 'postgresql'],
        [
          'charts/myapp/Chart.lock:2: Chart.lock lists redis, which is no longer a dependency in charts/myapp/Chart.yaml — run `helm dependency update` and commit Chart.lock',
        ],
      ],
      [
        'every dependency removed, the lock kept',
        [],
        ['redis'],
        [
          'charts/myapp/Chart.lock:2: Chart.lock lists redis, which is no longer a dependency in charts/myapp/Chart.yaml — run `helm dependency update` and commit Chart.lock',
        ],
      ],
    ])('%s', async (_n, declared, locked, problems) => {
      const deps = declared.length > 0 ? `dependencies:\n${declared.map(dep).join('')}` : '';
      const plan = await run(
        edit({ 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3', deps), 'charts/myapp/Chart.lock': lock(...locked) }, base),
        { base },
      );
      expect(summary(plan)[0].problems).toEqual(problems);
    });
  });

  test.each<[string, boolean]>([
    ['">= 2.0.0, < 3.0.0"', true],
    ['">=2.0.0,<3.0.0"', true],
    ['~2.1', true],
    ['"^2 || ^3"', true],
    ['">= 2.0.0, < 2.1.0"', false],
  ])('a dependency constraint %s in Helm syntax is read as Helm reads it (satisfied: %s)', async (constraint, satisfied) => {
    const deps = `dependencies:\n  - name: common\n    version: ${constraint}\n    repository: file://./charts/common\n`;
    const base = edit({
      'charts/myapp/Chart.yaml': chart('myapp', '1.4.2', deps),
      'charts/myapp/charts/common/Chart.yaml': chart('common', '2.1.0'),
    });
    const plan = await run(
      edit(
        { 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3', deps), 'charts/myapp/charts/common/Chart.yaml': chart('common', '2.1.1') },
        base,
      ),
      { base },
    );
    expect(summary(plan)[0].problems).toEqual(
      satisfied
        ? []
        : [
            `charts/myapp/Chart.yaml:8: dependency common requires version ${constraint.replace(/"/g, '')} but charts/myapp/charts/common is 2.1.1 — set the dependency's version to 2.1.1`,
          ],
    );
  });

  test('protected values files must pin digests, wherever they live', async () => {
    const prod = 'services:\n  api:\n    image:\n      repository: ghcr.io/acme/api\n      tag: latest\n';
    const plan = await run(edit({ 'charts/myapp/values-prod.yaml': prod, 'envs/prod.yaml': 'image: ghcr.io/acme/web:1.0\n' }), {
      protectedFiles: ['charts/myapp/values-prod.yaml'],
      protectedGlobs: ['envs/*.yaml'],
    });
    expect(plan.ok).toBe(false);
    expect(plan.protectedFiles).toEqual(['charts/myapp/values-prod.yaml', 'envs/prod.yaml']);
    expect(plan.protectedProblems.map(formatProblem)).toEqual([
      'charts/myapp/values-prod.yaml:5: image at services.api.image uses the tag latest — use a release tag and pin the digest',
      'charts/myapp/values-prod.yaml:4: image at services.api.image is not pinned by digest — set digest: sha256:<64 hex> (capture-digests records it)',
      'envs/prod.yaml:1: image at image is not pinned by digest — write repo:tag@sha256:<64 hex>',
    ]);
  });

  describe('ignore: packaged files whose changes need no bump', () => {
    const readme = { 'charts/myapp/README.md': '# myapp\nnew docs\n', 'charts/myapp/docs/usage.md': 'x\n' };
    const base = edit({ 'charts/myapp/README.md': '# myapp\n', 'charts/myapp/docs/usage.md': 'w\n' });
    test.each<[string, string[] | undefined, Record<string, string>, string[]]>([
      ['without ignore a README change needs a bump', undefined, readme, ['charts/myapp']],
      ['README.md and docs/** ignored: nothing to check', ['README.md', 'docs/**'], readme, []],
      ['a ./-prefixed glob is relative to the chart too', ['./README.md', 'docs/*.md'], readme, []],
      [
        'ignored files do not excuse a template change',
        ['README.md', 'docs/**'],
        { ...readme, 'charts/myapp/templates/deployment.yaml': 'kind: Deployment\nspec: {}\n' },
        ['charts/myapp'],
      ],
      [
        'globs are relative to each chart, not the repository',
        ['charts/myapp/README.md'],
        { 'charts/myapp/README.md': '# myapp\nnew docs\n' },
        ['charts/myapp'],
      ],
    ])('%s', async (_what, ignore, changes, failing) => {
      const plan = await run(edit(changes, base), { base, ignore });
      expect(plan.charts.filter((c) => !c.ok).map((c) => c.path)).toEqual(failing);
    });
  });

  describe('versions are compared as SemVer, never as strings', () => {
    const bumpTo = (from: string, to: string, tip?: string) =>
      run(
        edit(
          { 'charts/other/Chart.yaml': chart('other', to), 'charts/other/templates/svc.yaml': 'changed\n' },
          edit({ 'charts/other/Chart.yaml': chart('other', from) }),
        ),
        {
          base: edit({ 'charts/other/Chart.yaml': chart('other', from) }),
          tips: tip ? { 'the tip of main': { 'charts/other/Chart.yaml': chart('other', tip) } } : undefined,
        },
      );
    test.each<[string, string, boolean]>([
      ['0.9.0', '0.10.0', true],
      ['0.10.0', '0.9.0', false],
      ['1.9.9', '1.10.0', true],
      ['1.10.0', '1.9.9', false],
      ['1.0.0-rc.9', '1.0.0-rc.10', true],
      ['1.0.0-rc.10', '1.0.0-rc.9', false],
      ['1.0.0-rc.1', '1.0.0', true],
      ['1.0.0', '1.0.0-rc.1', false],
      ['1.0.0+build.1', '1.0.0+build.2', false],
      ['1.0.0+build.2', '1.0.1+build.1', true],
    ])('%s → %s passes: %s', async (from, to, ok) => {
      const plan = await bumpTo(from, to);
      expect(summary(plan).map((c) => [c.path, c.base, c.head, c.ok])).toEqual([['charts/other', from, to, ok]]);
    });

    test.each<[string, string, string, boolean]>([
      // The base branch tip already took 0.10.0: 0.10.0 is not above it, however the strings sort.
      ['0.9.0', '0.10.0', '0.10.0', false],
      ['0.9.0', '0.11.0', '0.10.0', true],
      ['1.0.0-rc.9', '1.0.0-rc.10', '1.0.0-rc.10', false],
    ])('merge base %s, head %s, base tip %s: passes %s', async (from, to, tip, ok) => {
      const plan = await bumpTo(from, to, tip);
      expect(summary(plan).map((c) => [c.base, c.ok])).toEqual([[tip, ok]]);
    });
  });

  describe('a breaking change inside a subchart is breaking for the parent', () => {
    const UMBRELLA: Files = {
      'charts/umbrella/Chart.yaml': chart(
        'umbrella',
        '1.2.0',
        'dependencies:\n  - name: web\n    version: 0.4.0\n    alias: frontend\n  - name: lib\n    version: 1.0.0\n    repository: file://../lib\n',
      ),
      'charts/umbrella/values.yaml': 'frontend:\n  replicaCount: 1\n',
      'charts/umbrella/charts/web/Chart.yaml': chart('web', '0.4.0'),
      'charts/umbrella/charts/web/values.yaml': VALUES,
      'charts/umbrella/charts/web/charts/db/Chart.yaml': chart('db', '1.0.0'),
      'charts/umbrella/charts/web/charts/db/values.yaml': 'storage: 1Gi\n',
      'charts/lib/Chart.yaml': chart('lib', '1.0.0'),
      'charts/lib/values.yaml': 'feature:\n  enabled: true\n',
    };
    test.each<[string, Record<string, string | null>, string, boolean, string[]]>([
      [
        'a vendored subchart key removed, under its alias',
        { 'charts/umbrella/charts/web/values.yaml': VALUES.replace('  pullPolicy: IfNotPresent\n', '') },
        '1.2.1',
        false,
        [
          'charts/umbrella/charts/web/values.yaml:4: key frontend.image.pullPolicy removed in subchart charts/umbrella/charts/web (line 4 is where it was before this change) — breaking, needs 2.0.0 or higher',
          'charts/umbrella/Chart.yaml:5: version 1.2.1 is not a major bump over 1.2.0 but the change is breaking — needs 2.0.0 or higher',
        ],
      ],
      [
        'a nested subchart key changes type',
        { 'charts/umbrella/charts/web/charts/db/values.yaml': 'storage:\n  size: 1Gi\n' },
        '1.3.0',
        false,
        [
          'charts/umbrella/charts/web/charts/db/values.yaml:2: key frontend.db.storage changed type from string to map in subchart charts/umbrella/charts/web/charts/db — breaking, needs 2.0.0 or higher',
          'charts/umbrella/Chart.yaml:5: version 1.3.0 is not a major bump over 1.2.0 but the change is breaking — needs 2.0.0 or higher',
        ],
      ],
      [
        'a vendored subchart change with a major bump',
        { 'charts/umbrella/charts/web/values.yaml': VALUES.replace('  pullPolicy: IfNotPresent\n', '') },
        '2.0.0',
        true,
        [],
      ],
      ['an added subchart key is not breaking', { 'charts/umbrella/charts/web/values.yaml': `${VALUES}extra: 1\n` }, '1.2.1', true, []],
    ])('%s', async (_what, changes, version, ok, problems) => {
      const head = edit(
        {
          ...changes,
          'charts/umbrella/Chart.yaml': UMBRELLA['charts/umbrella/Chart.yaml'].replace('version: 1.2.0', `version: ${version}`),
        },
        UMBRELLA,
      );
      const plan = await run(head, { base: UMBRELLA });
      const umbrella = summary(plan).find((c) => c.path === 'charts/umbrella')!;
      expect(umbrella).toMatchObject({
        ok,
        required: changes['charts/umbrella/charts/web/values.yaml']?.includes('extra') ? 'patch' : 'major',
        problems,
      });
    });

    test('a file:// dependency key removed needs the parent at least as far', async () => {
      const head = edit(
        {
          'charts/lib/values.yaml': 'feature: {}\n',
          'charts/lib/Chart.yaml': chart('lib', '2.0.0'),
          'charts/umbrella/Chart.yaml': UMBRELLA['charts/umbrella/Chart.yaml']
            .replace('version: 1.2.0', 'version: 1.2.1')
            .replace('version: 1.0.0', 'version: 2.0.0'),
        },
        UMBRELLA,
      );
      const plan = await run(head, { base: UMBRELLA });
      expect(summary(plan)).toEqual([
        { path: 'charts/lib', base: '1.0.0', head: '2.0.0', required: 'major', ok: true, problems: [] },
        {
          path: 'charts/umbrella',
          base: '1.2.0',
          head: '1.2.1',
          required: 'major',
          ok: false,
          problems: [
            'charts/lib/values.yaml:2: key lib.feature.enabled removed in subchart charts/lib (line 2 is where it was before this change) — breaking, needs 2.0.0 or higher',
            'charts/umbrella/Chart.yaml:5: version 1.2.1 is not a major bump over 1.2.0 but the change is breaking — needs 2.0.0 or higher',
          ],
        },
      ]);
    });
  });

  describe('a pattern or configured path that matches nothing fails, with the nearest existing path', () => {
    const failure = async (opts: Parameters<typeof run>[1], head: Files = BASE) => {
      try {
        await run(head, opts);
      } catch (e) {
        expect(e).toBeInstanceOf(UserErrors);
        return (e as UserErrors).errors.map((x) => x.format());
      }
      throw new Error('expected UserErrors');
    };
    test.each<[string, Parameters<typeof run>[1], string]>([
      [
        'a glob with a typo in its folder',
        { charts: ['chart/*'] },
        "input 'charts': 'chart/*' matches no chart (no folder holding a Chart.yaml) at the head or the base — did you mean charts/*?",
      ],
      [
        'a chart folder with a typo',
        { charts: ['charts/ohter'] },
        "input 'charts': 'charts/ohter' matches no chart (no folder holding a Chart.yaml) at the head or the base — did you mean charts/other?",
      ],
      [
        'a folder far from any chart',
        { charts: ['deploy/helm'] },
        "input 'charts': 'deploy/helm' matches no chart (no folder holding a Chart.yaml) at the head or the base — charts here: charts/myapp, charts/other, deploy/charts/web",
      ],
      [
        'a protected-values glob with a typo',
        { protectedGlobs: ['charts/*/values-prd.yaml'] },
        "input 'protected-values': 'charts/*/values-prd.yaml' matches no file at the head or the base — did you mean charts/*/values-prod.yaml?",
      ],
      [
        'a configured protected file with a typo, at its config line',
        {
          protectedFiles: [
            { pattern: 'charts/myapp/values-prdo.yaml', key: 'environments[1].values', file: '.github/lockstep.yml', line: 4 },
          ],
        },
        ".github/lockstep.yml:4: environments[1].values: 'charts/myapp/values-prdo.yaml' does not exist at the head or the base — did you mean charts/myapp/values-prod.yaml?",
      ],
      [
        'a config charts glob, shown relative to working-directory',
        {
          charts: [{ pattern: 'deploy/chart/*', written: 'chart/*', key: 'charts', file: '.github/lockstep.yml', line: 2 }],
          prefix: 'deploy',
        },
        ".github/lockstep.yml:2: charts: 'chart/*' matches no chart (no folder holding a Chart.yaml) at the head or the base — did you mean charts/*?",
      ],
    ])('%s', async (_what, opts, expected) => {
      const head = edit({ 'charts/myapp/values-prod.yaml': 'image: {}\n', 'deploy/charts/web/Chart.yaml': chart('web', '1.0.0') });
      const base = edit({ 'charts/myapp/values-prod.yaml': 'image: {}\n', 'deploy/charts/web/Chart.yaml': chart('web', '1.0.0') });
      expect(await failure({ ...opts, base }, head)).toEqual([expected]);
    });

    test('every unmatched target is reported at once', async () => {
      expect(await failure({ charts: ['charts/myapp', 'charts/wbe'], protectedGlobs: ['envs/*.yaml'] })).toHaveLength(2);
    });

    test.each<[string, Parameters<typeof run>[1], Files]>([
      [
        'a chart only at the base (deleted by the PR)',
        { charts: ['charts/other'] },
        edit({ 'charts/other/Chart.yaml': null, 'charts/other/templates/svc.yaml': null }),
      ],
      [
        'a chart only at the head (added by the PR)',
        { charts: ['charts/fresh'] },
        edit({ 'charts/fresh/Chart.yaml': chart('fresh', '0.1.0') }),
      ],
      [
        'patterns that match but nothing changed',
        { charts: ['charts/*'], protectedGlobs: ['charts/*/values.yaml'], protectedFiles: ['charts/myapp/values.yaml'] },
        BASE,
      ],
    ])('%s is not an error', async (_what, opts, head) => {
      // Only the check itself decides: no error about what the patterns name.
      await expect(run(head, opts)).resolves.toHaveProperty('charts');
    });
  });

  test('charts patterns limit what is checked', async () => {
    const head = edit({ 'charts/myapp/templates/deployment.yaml': 'x\n', 'charts/other/templates/svc.yaml': 'y\n' });
    expect((await run(head, { charts: ['charts/other'] })).charts.map((c) => c.path)).toEqual(['charts/other']);
    expect((await run(head, { charts: ['charts/'] })).charts.map((c) => c.path)).toEqual(['charts/myapp', 'charts/other']);
  });

  test('a chart at the repository root', async () => {
    const base: Files = { 'Chart.yaml': chart('root', '1.0.0'), 'templates/a.yaml': 'a\n', '.helmignore': 'docs/\n', 'docs/x.md': 'x\n' };
    expect((await run(edit({ 'docs/x.md': 'y\n' }, base), { base })).charts).toEqual([]);
    const plan = await run(edit({ 'templates/a.yaml': 'b\n' }, base), { base });
    expect(summary(plan)[0]).toMatchObject({ path: '.', ok: false });
  });

  test('outputs and summary', async () => {
    const plan = await run(edit({ 'charts/myapp/templates/deployment.yaml': 'x\n', 'charts/other/Chart.yaml': chart('other', '0.3.1') }));
    const out = changedChartsOutput(plan);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    expect(out.map((c) => [c.name, c.ok])).toEqual([
      ['myapp', false],
      ['other', true],
    ]);
    const md = renderSummary(plan);
    expect(md).toContain('| myapp (charts/myapp) | 1.4.2 → 1.4.2 | patch | ❌ fail |');
    expect(md).toContain('| other (charts/other) | 0.3.0 → 0.3.1 | patch | ✅ pass |');
    expect(md).toContain(
      '**How to fix**\n\n- myapp (`charts/myapp`): write `version: 1.4.3` in `charts/myapp/Chart.yaml`, or run bump-chart with `charts: charts/myapp` and `level: patch`\n',
    );
    // Each problem appears once: in the table.
    expect(md.split('charts/myapp changed but version 1.4.2 was not bumped')).toHaveLength(2);
  });

  test.each<[string, Record<string, string | null>, string]>([
    [
      'a breaking change bumped as a patch',
      {
        'charts/myapp/values.yaml': VALUES.replace('  pullPolicy: IfNotPresent\n', ''),
        'charts/myapp/Chart.yaml': chart('myapp', '1.4.3'),
      },
      '- myapp (`charts/myapp`): write `version: 2.0.0` in `charts/myapp/Chart.yaml`, or run bump-chart with `charts: charts/myapp` and `level: major`',
    ],
    [
      'a version bump plus a stale CHANGELOG',
      { 'charts/myapp/CHANGELOG.md': '# Changelog\n\n## [1.4.1] - 2024-01-01\n- x\n', 'charts/myapp/templates/deployment.yaml': 'y\n' },
      // A hint is plain text: its backticks and brackets are escaped, shown as written.
      '- myapp (`charts/myapp`): write `version: 1.4.3` in `charts/myapp/Chart.yaml`, or run bump-chart with `charts: charts/myapp` and `level: patch`; then add a heading such as \\`## \\[1.4.3\\] - YYYY-MM-DD\\`',
    ],
    [
      'no version problem: the other fixes only',
      { 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3'), 'charts/myapp/CHANGELOG.md': '# Changelog\n' },
      '- myapp (`charts/myapp`): add a heading such as \\`## \\[1.4.3\\] - YYYY-MM-DD\\`',
    ],
  ])('how to fix: %s', async (_what, changes, line) => {
    const plan = await run(edit(changes));
    const md = renderSummary(plan);
    expect(md.split('\n')).toContain(line);
  });
});

/** The job summary of a plan, as the operation's result carries it. */
function renderSummary(plan: Awaited<ReturnType<typeof checkChartBumps>>): string {
  const result: CheckResult = {
    ...plan,
    outputs: { ok: String(plan.ok), 'changed-charts': '[]' },
    range: { base: 'a'.repeat(40), head: 'b'.repeat(40), fetched: [] },
  };
  return checkMarkdown(result);
}

test('a PR touching many charts reads a bounded number of charts at a time, and checks them all', async () => {
  // Memory follows the charts in flight: a 1,000-chart PR once held every chart's documents at once.
  const names = Array.from({ length: 60 }, (_, i) => `c${String(i).padStart(2, '0')}`);
  const base: Files = Object.fromEntries(
    names.flatMap((n) => [
      [`charts/${n}/Chart.yaml`, chart(n, '1.0.0')],
      [`charts/${n}/values.yaml`, VALUES],
    ]),
  );
  const head: Files = Object.fromEntries(
    names.flatMap((n) => [
      [`charts/${n}/Chart.yaml`, chart(n, '1.0.1')],
      [`charts/${n}/values.yaml`, `${VALUES}extra: 1\n`],
    ]),
  );
  const open = new Map<string, number>();
  let most = 0;
  const plan = await checkChartBumps({
    base: new Set(Object.keys(base)),
    head: new Set(Object.keys(head)),
    changed: Object.keys(head),
    localDependencyCandidates: [],
    takenBy: async () => undefined,
    published: async () => undefined,
    readFile: async (side, p) => {
      // values.yaml is read (and parsed) inside each chart's own check.
      if (!p.endsWith('/values.yaml')) return (side === 'base' ? base : head)[p];
      const dir = p.split('/').slice(0, 2).join('/');
      open.set(dir, (open.get(dir) ?? 0) + 1);
      most = Math.max(most, [...open.values()].filter((n) => n > 0).length);
      await new Promise((r) => setImmediate(r));
      open.set(dir, open.get(dir)! - 1);
      return (side === 'base' ? base : head)[p];
    },
    breaking: 'error',
    changelog: 'auto',
  });
  expect(plan.charts.map((c) => [c.path, c.ok])).toEqual(names.map((n) => [`charts/${n}`, true]));
  expect(most).toBeGreaterThan(1);
  expect(most).toBeLessThanOrEqual(16);
});
