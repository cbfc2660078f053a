import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { startGitHttpServer, type GitHttpServer } from '../harness/git-http.ts';
import { liveMarkdown } from '../harness/markdown.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const chart = (name: string, version: string, extra = '') =>
  `apiVersion: v2\nname: ${name}\ndescription: ${name} chart\ntype: application\nversion: ${version}\nappVersion: "1.7.3"\n${extra}`;
const VALUES = `replicaCount: 1\nimage:\n  repository: ghcr.io/acme/api\n  pullPolicy: IfNotPresent\n  tag: ""\nservice:\n  port: 80\n`;
const PROD = `image:\n  repository: ghcr.io/acme/api\n  tag: "1.7.3"\n  digest: ${DIGEST}\n`;
const SCHEMA = `{\n  "type": "object",\n  "properties": {\n    "replicaCount": { "type": "integer" },\n    "image": { "type": "object" }\n  }\n}\n`;

// These cases are about bumps, changelogs and pins: the fixture's chart reads none of its values, so the values contract
// is off here (chart-bump-check-values-contract.test.ts is its own end-to-end case).
const REPO: Files = {
  '.github/lockstep.yml':
    'charts: [charts/*]\nvalues-contract: off\nenvironments:\n  - { name: dev, values: charts/myapp/values-dev.yaml }\n  - { name: prod, values: charts/myapp/values-prod.yaml, protected: true }\n',
  'charts/myapp/Chart.yaml': chart('myapp', '1.4.2'),
  'charts/myapp/values.yaml': VALUES,
  'charts/myapp/values.schema.json': SCHEMA,
  'charts/myapp/values-dev.yaml': 'image:\n  tag: latest\n',
  'charts/myapp/values-prod.yaml': PROD,
  'charts/myapp/.helmignore': '.git/\n*.orig\nci/\nhack/\nunittests/\n',
  'charts/myapp/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
  'charts/myapp/ci/ct-values.yaml': 'replicaCount: 2\n',
  'charts/myapp/charts/common/Chart.yaml': chart('common', '2.1.0'),
  'charts/myapp/charts/common/templates/_helpers.tpl': '{{- define "common.name" -}}x{{- end -}}\n',
  'charts/other/Chart.yaml': chart('other', '0.3.0'),
  'charts/other/templates/svc.yaml': 'kind: Service\n',
  'libs/README.md': 'not a chart\n',
};

const newRepo = fixturesRemovedAfterAll();

/** A repository with main, and a pull request branch `pr` made of `changes` on top (or on `from`). */
function pullRequest(changes: Files, opts: { mainAfter?: Files; from?: string; files?: Files } = {}) {
  const repo = newRepo(opts.files ?? REPO);
  const fork = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('feat: change charts', changes);
  repo.push('pr');
  repo.checkout('main');
  const base = opts.mainAfter ? repo.commit('main moves on', opts.mainAfter) : fork;
  repo.push('main');
  repo.checkout('pr');
  const event = { pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } };
  return { repo, base, head, event };
}

async function check(pr: ReturnType<typeof pullRequest>, inputs: Record<string, string> = {}, workspace = pr.repo.dir): Promise<ActionRun> {
  return runAction('chart-bump-check', { workspace, eventName: 'pull_request', event: pr.event, inputs });
}

function charts(
  run: ActionRun,
): { path: string; name: string; base: string | null; head: string | null; required: string; ok: boolean; problems: string[] }[] {
  expect(run.outputs['changed-charts']).not.toContain('\n');
  return JSON.parse(run.outputs['changed-charts']);
}

const errors = (run: ActionRun) =>
  run.annotations.filter((a) => a.level === 'error').map((a) => `${a.file}:${a.line}: ${a.message.replace(/^\S+:\d+: /, '')}`);

describe('chart-bump-check (bundled, Node 24)', () => {
  test('working-directory below the repository top: charts and protected paths are relative to it', async () => {
    const files = Object.fromEntries(Object.entries(REPO).map(([k, v]) => [`deploy/${k}`, v]));
    const pr = pullRequest(
      {
        'deploy/charts/myapp/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec: {}\n',
        'deploy/charts/myapp/values-prod.yaml': PROD.replace('"1.7.3"', 'latest'),
      },
      { files },
    );
    const run = await check(pr, { 'working-directory': 'deploy' });
    expect(run.code).toBe(1);
    expect(charts(run).map((c) => [c.path, c.ok])).toEqual([['deploy/charts/myapp', false]]);
    expect(errors(run)).toEqual([
      'deploy/charts/myapp/Chart.yaml:5: deploy/charts/myapp changed but version 1.4.2 was not bumped — needs 1.4.3 or higher',
      'deploy/charts/myapp/values-prod.yaml:3: image at image uses the tag latest — use a release tag and pin the digest',
    ]);
  });

  test('a PR that forgot the bump fails at the version line', async () => {
    const pr = pullRequest({ 'charts/myapp/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec: {}\n' });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(charts(run)).toEqual([
      {
        path: 'charts/myapp',
        name: 'myapp',
        base: '1.4.2',
        head: '1.4.2',
        required: 'patch',
        ok: false,
        problems: ['charts/myapp/Chart.yaml:5: charts/myapp changed but version 1.4.2 was not bumped — needs 1.4.3 or higher'],
      },
    ]);
    expect(errors(run)).toEqual([
      'charts/myapp/Chart.yaml:5: charts/myapp changed but version 1.4.2 was not bumped — needs 1.4.3 or higher',
    ]);
    expect(run.summary).toContain('| Chart | Version (base → head) | Required | Result | Why |');
    expect(run.summary).toContain('| myapp (charts/myapp) | 1.4.2 → 1.4.2 | patch | ❌ fail |');
    expect(run.summary).toContain('| charts/myapp/values-prod.yaml | ✅ every image this file pins is pinned by digest |');
    // Each problem once (in the table), then how to fix it; no second list of the same errors.
    expect(run.summary.split('changed but version 1.4.2 was not bumped')).toHaveLength(2);
    expect(run.summary).toContain(
      '- myapp (`charts/myapp`): write `version: 1.4.3` in `charts/myapp/Chart.yaml`, or run bump-chart with `charts: charts/myapp` and `level: patch`',
    );
    expect(run.summary).not.toContain('### lockstep: failed');
  });

  test('a Chart.yaml name written to forge the summary stays text: no heading, link, image or HTML of its own', async () => {
    // What an attacker puts in a fork PR: line breaks to start a block, a forged verdict, a disguised link,
    // a tracking image, raw HTML, emphasis and a table pipe.
    const hostile =
      '"other\\n\\n### chart-bump-check: passed ✅\\n\\nAll good. [Approve here](https://evil.example/approve) ' +
      '![pixel](https://evil.example/p.png) <img src=\\"https://evil.example/i.png\\"> `tick` **bold** _it_ | x |\\n# h1\\n- item"';
    const pr = pullRequest({
      'charts/other/Chart.yaml': chart('other', '0.3.0').replace('name: other', `name: ${hostile}`),
      'charts/other/templates/svc.yaml': 'kind: Service\nspec: {}\n',
    });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(charts(run)[0].name).toContain('### chart-bump-check: passed ✅');
    const live = liveMarkdown(run.summary);
    expect(live.headings).toEqual(['chart-bump-check: failed']);
    expect(live.images).toEqual([]);
    expect(live.html.filter((h) => h !== '<br>')).toEqual([]);
    // A bare URL may be linked (GitHub does that in any comment), but never behind other text.
    expect(live.links.filter((l) => l.text !== l.href)).toEqual([]);
    expect(run.summary).not.toMatch(/<strong>|<em>/);
    // The table keeps its five columns, and the name is shown as written in the Chart cell (line breaks as <br>).
    expect(live.tables[0].map((r) => r.length)).toEqual([5, 5]);
    expect(live.tables[0][1][0]).toBe(
      'other<br><br>### chart-bump-check: passed ✅<br><br>All good. [Approve here](https://evil.example/approve) ![pixel](https://evil.example/p.png) <img src="https://evil.example/i.png"> `tick` **bold** _it_ | x |<br># h1<br>- item (charts/other)',
    );
    // The fix line names the chart as written, folded onto its one line.
    expect(live.text).toContain(
      'other ⏎  ⏎ ### chart-bump-check: passed ✅ ⏎  ⏎ All good. [Approve here](https://evil.example/approve) ![pixel](https://evil.example/p.png) <img src="https://evil.example/i.png"> `tick` **bold** _it_ | x | ⏎ # h1 ⏎ - item (charts/other): write version: 0.3.1',
    );
  });

  test('bumping one of two changed charts fails the other only', async () => {
    const pr = pullRequest({
      'charts/myapp/templates/deployment.yaml': 'kind: Deployment\n',
      'charts/myapp/Chart.yaml': chart('myapp', '1.4.3'),
      'charts/other/templates/svc.yaml': 'kind: Service\nspec: {}\n',
    });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(charts(run).map((c) => [c.path, c.ok])).toEqual([
      ['charts/myapp', true],
      ['charts/other', false],
    ]);
    expect(errors(run)).toEqual([
      'charts/other/Chart.yaml:5: charts/other changed but version 0.3.0 was not bumped — needs 0.3.1 or higher',
    ]);
  });

  test('a change only to files .helmignore leaves out passes', async () => {
    const pr = pullRequest({
      'charts/myapp/ci/ct-values.yaml': 'replicaCount: 3\n',
      'charts/myapp/hack/gen.sh': 'echo\n',
      'libs/README.md': 'changed\n',
    });
    const run = await check(pr);
    expect(run.code).toBe(0);
    expect(run.outputs.ok).toBe('true');
    expect(charts(run)).toEqual([]);
    expect(run.annotations).toEqual([]);
    expect(run.summary).toContain('No chart changed in a way `helm package` would see.');
  });

  test('ignore: a README-only change passes without a bump (input or config), still fails without ignore', async () => {
    const files = { ...REPO, 'charts/myapp/README.md': '# myapp\n' };
    const pr = pullRequest({ 'charts/myapp/README.md': '# myapp\n\nHow to install.\n' }, { files });
    const strict = await check(pr);
    expect([strict.code, charts(strict).map((c) => [c.path, c.ok])]).toEqual([1, [['charts/myapp', false]]]);
    const ignored = await check(pr, { ignore: 'README.md' });
    expect([ignored.code, ignored.outputs.ok, charts(ignored)]).toEqual([0, 'true', []]);
    const configured = pullRequest(
      { 'charts/myapp/README.md': '# myapp\n\nHow to install.\n' },
      { files: { ...files, '.github/lockstep.yml': `${String(REPO['.github/lockstep.yml'])}ignore: [README.md]\n` } },
    );
    const viaConfig = await check(configured);
    expect([viaConfig.code, viaConfig.outputs.ok]).toEqual([0, 'true']);
  });

  test('a removed values key with a patch bump fails at the removed key', async () => {
    const pr = pullRequest({
      'charts/myapp/values.yaml': VALUES.replace('  pullPolicy: IfNotPresent\n', ''),
      'charts/myapp/Chart.yaml': chart('myapp', '1.4.3'),
    });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      'charts/myapp/values.yaml:4: key image.pullPolicy removed (line 4 is where it was before this change) — breaking, needs 2.0.0 or higher',
      'charts/myapp/Chart.yaml:5: version 1.4.3 is not a major bump over 1.4.2 but the change is breaking — needs 2.0.0 or higher',
    ]);
    expect(charts(run)[0].required).toBe('major');
    expect(run.summary).toContain(
      'write `version: 2.0.0` in `charts/myapp/Chart.yaml`, or run bump-chart with `charts: charts/myapp` and `level: major`',
    );
    expect(run.summary.split('key image.pullPolicy removed')).toHaveLength(2);
  });

  test('breaking: warn reports a warning annotation and passes', async () => {
    const pr = pullRequest({
      'charts/myapp/values.yaml': VALUES.replace('  pullPolicy: IfNotPresent\n', ''),
      'charts/myapp/Chart.yaml': chart('myapp', '1.4.3'),
    });
    const run = await check(pr, { breaking: 'warn' });
    expect(run.code).toBe(0);
    expect(run.outputs.ok).toBe('true');
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => `${a.file}:${a.line}`)).toEqual([
      'charts/myapp/values.yaml:4',
      'charts/myapp/Chart.yaml:5',
    ]);
  });

  test('tag: 1.10 quoted as "1.10" is a fix, not a breaking type change; a different string still is', async () => {
    const files = { ...REPO, 'charts/myapp/values.yaml': VALUES.replace('tag: ""', 'tag: 1.10') };
    const bumped = { 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3') };
    const quoted = await check(pullRequest({ ...bumped, 'charts/myapp/values.yaml': VALUES.replace('tag: ""', 'tag: "1.10"') }, { files }));
    expect([quoted.code, quoted.outputs.ok, charts(quoted)[0].required]).toEqual([0, 'true', 'patch']);
    const other = await check(pullRequest({ ...bumped, 'charts/myapp/values.yaml': VALUES.replace('tag: ""', 'tag: "v1.10"') }, { files }));
    expect(other.code).toBe(1);
    expect(errors(other)[0]).toBe(
      'charts/myapp/values.yaml:5: key image.tag changed type from number to string — breaking, needs 2.0.0 or higher',
    );
  });

  test.each([
    ['setext', 'Changelog\n=========\n\n0.3.1\n-----\n\n- svc spec\n\n0.3.0\n-----\n\n- first\n'],
    ['date-first', '# Changelog\n\n## 2024-05-21 — 0.3.1\n\n- svc spec\n\n## [2024-05-01] 0.3.0\n\n- first\n'],
  ])('a %s changelog heading counts as the section for the new version', async (_style, changelog) => {
    const files = { ...REPO, 'charts/other/CHANGELOG.md': changelog.replace(/\n[^\n]*0\.3\.1[^]*?(?=\n[^\n]*0\.3\.0)/, '') };
    const change = { 'charts/other/Chart.yaml': chart('other', '0.3.1'), 'charts/other/templates/svc.yaml': 'kind: Service\nspec: {}\n' };
    const ok = await check(pullRequest({ ...change, 'charts/other/CHANGELOG.md': changelog }, { files }));
    expect([ok.code, ok.outputs.ok]).toEqual([0, 'true']);
    const missing = await check(pullRequest(change, { files }));
    expect(errors(missing)).toEqual([
      'charts/other/CHANGELOG.md:1: CHANGELOG.md has no section for 0.3.1 — add a heading such as `## [0.3.1] - YYYY-MM-DD`',
    ]);
  });

  test('a stricter values.schema.json needs a major bump', async () => {
    // ingress has no default in values.yaml, so users who never set it now fail validation.
    const stricter = SCHEMA.replace('"type": "object",\n  "properties"', '"type": "object",\n  "required": ["ingress"],\n  "properties"');
    const pr = pullRequest({ 'charts/myapp/values.schema.json': stricter, 'charts/myapp/Chart.yaml': chart('myapp', '1.5.0') });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(errors(run)[0]).toBe(
      'charts/myapp/values.schema.json:3: schema (root): property ingress is now required — breaking, needs 2.0.0 or higher',
    );
    const ok = await check(
      pullRequest({ 'charts/myapp/values.schema.json': stricter, 'charts/myapp/Chart.yaml': chart('myapp', '2.0.0') }),
    );
    expect([ok.code, ok.outputs.ok]).toEqual([0, 'true']);
  });

  test('a values.schema.json that is not JSON fails at the line of the syntax error (the JSON error locator is loaded only then)', async () => {
    const broken = SCHEMA.replace('"type": "object",\n  "properties"', '"type": "object",\n  "required": [ingress],\n  "properties"');
    const run = await check(pullRequest({ 'charts/myapp/values.schema.json': broken, 'charts/myapp/Chart.yaml': chart('myapp', '1.5.0') }));
    expect(run.code).toBe(1);
    expect(errors(run)).toContainEqual(
      expect.stringMatching(/^charts\/myapp\/values\.schema\.json:3: invalid JSON: [a-z ]+ — fix the JSON syntax$/),
    );
  });

  test('a protected values file with latest fails at the tag line', async () => {
    const pr = pullRequest({
      'charts/myapp/values-prod.yaml': PROD.replace('"1.7.3"', 'latest'),
      'charts/myapp/Chart.yaml': chart('myapp', '1.4.3'),
    });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      'charts/myapp/values-prod.yaml:3: image at image uses the tag latest — use a release tag and pin the digest',
    ]);
    // The dev environment is not protected: its `latest` is fine; a protected-values glob makes it protected.
    const globbed = await check(pr, { 'protected-values': 'charts/*/values-dev.yaml' });
    expect(errors(globbed)).toContain(
      'charts/myapp/values-dev.yaml:2: image at image uses the tag latest — use a release tag and pin the digest',
    );
  });

  test('a shallow clone (fetch-depth 1) fetches what it needs', async () => {
    const pr = pullRequest(
      { 'charts/other/templates/svc.yaml': 'kind: Service\nspec: {}\n' },
      { mainAfter: { 'charts/myapp/templates/deployment.yaml': 'kind: Deployment # main\n' } },
    );
    const clone = pr.repo.clone('main', 1);
    const run = await check(pr, {}, clone);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(charts(run).map((c) => [c.path, c.base, c.head, c.ok])).toEqual([['charts/other', '0.3.0', '0.3.0', false]]);
    expect(run.summary).toMatch(/Fetched from origin: fetched/);
  });

  test('a shallow clone that cannot fetch fails naming the commit, never comparing the wrong tree', async () => {
    const pr = pullRequest({ 'charts/other/templates/svc.yaml': 'kind: Service\nspec: {}\n' });
    const clone = pr.repo.clone('main', 1);
    pr.repo.git('-C', clone, 'remote', 'set-url', 'origin', `${pr.repo.root}/gone.git`);
    const run = await check(pr, {}, clone);
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBeUndefined();
    expect(run.annotations.map((a) => a.message)).toEqual([
      `input 'head': commit ${pr.head} does not exist in this repository or on origin — set \`fetch-depth: 0\` on actions/checkout (or fetch the commit before this step)`,
    ]);
  });

  test('a shallow clone: a base name that is wrong is named, a base tag only on origin is fetched', async () => {
    const pr = pullRequest({ 'charts/other/templates/svc.yaml': 'kind: Service\nspec: {}\n' });
    pr.repo.git('tag', 'v1.4.2', pr.base);
    pr.repo.git('push', 'origin', 'v1.4.2');
    const clone = pr.repo.clone('main', 1);
    const wrong = await check(pr, { base: 'mian' }, clone);
    expect(wrong.code).toBe(1);
    expect(wrong.annotations.map((a) => a.message)).toEqual([
      "input 'base': ref 'mian' does not exist in this repository or on origin — set 'base' to an existing branch, tag or commit",
    ]);
    const tag = await check(pr, { base: 'v1.4.2' }, clone);
    expect(tag.code).toBe(1);
    expect(charts(tag).map((c) => [c.path, c.base, c.head, c.ok])).toEqual([['charts/other', '0.3.0', '0.3.0', false]]);
  });

  test('a merge queue event supplies base and head', async () => {
    const pr = pullRequest({ 'charts/other/templates/svc.yaml': 'kind: Service\nspec: {}\n' });
    const event = { merge_group: { base_sha: pr.base, base_ref: 'refs/heads/main', head_sha: pr.head } };
    const run = await runAction('chart-bump-check', { workspace: pr.repo.dir, eventName: 'merge_group', event });
    expect(run.code).toBe(1);
    expect(charts(run).map((c) => [c.path, c.ok])).toEqual([['charts/other', false]]);
  });

  test('a new chart needs only a valid version; a deleted chart passes', async () => {
    const pr = pullRequest({
      'charts/fresh/Chart.yaml': chart('fresh', '0.1.0'),
      'charts/fresh/templates/cm.yaml': 'kind: ConfigMap\n',
      'charts/other/Chart.yaml': null,
      'charts/other/templates/svc.yaml': null,
    });
    const run = await check(pr);
    expect(run.code).toBe(0);
    expect(charts(run)).toEqual([
      { path: 'charts/fresh', name: 'fresh', base: null, head: '0.1.0', required: 'none', ok: true, problems: [] },
      { path: 'charts/other', name: 'other', base: '0.3.0', head: null, required: 'none', ok: true, problems: [] },
    ]);
  });

  test('a subchart change with the parent not bumped fails the parent', async () => {
    const pr = pullRequest({ 'charts/myapp/charts/common/templates/_helpers.tpl': '{{- define "common.name" -}}y{{- end -}}\n' });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(charts(run).map((c) => [c.path, c.ok])).toEqual([['charts/myapp', false]]);
  });

  test('an umbrella with a patch bump fails when its subchart drops web.image.pullPolicy', async () => {
    const files: Files = {
      ...REPO,
      'charts/umbrella/Chart.yaml': chart('umbrella', '3.1.0', 'dependencies:\n  - name: web\n    version: 0.4.0\n'),
      'charts/umbrella/values.yaml': 'web:\n  replicaCount: 2\n',
      'charts/umbrella/charts/web/Chart.yaml': chart('web', '0.4.0'),
      'charts/umbrella/charts/web/values.yaml': VALUES,
    };
    const pr = pullRequest(
      {
        'charts/umbrella/charts/web/values.yaml': VALUES.replace('  pullPolicy: IfNotPresent\n', ''),
        'charts/umbrella/Chart.yaml': files['charts/umbrella/Chart.yaml']!.toString().replace('version: 3.1.0', 'version: 3.1.1'),
      },
      { files },
    );
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(charts(run).map((c) => [c.path, c.required, c.ok])).toEqual([['charts/umbrella', 'major', false]]);
    expect(errors(run)).toEqual([
      'charts/umbrella/charts/web/values.yaml:4: key web.image.pullPolicy removed in subchart charts/umbrella/charts/web (line 4 is where it was before this change) — breaking, needs 4.0.0 or higher',
      'charts/umbrella/Chart.yaml:5: version 3.1.1 is not a major bump over 3.1.0 but the change is breaking — needs 4.0.0 or higher',
    ]);
  });

  test('a file:// dependency change needs its dependents bumped, and Chart.lock must follow', async () => {
    const repo = pullRequest({}).repo;
    repo.checkout('main');
    repo.commit('add a library chart and a dependent', {
      'charts/lib/Chart.yaml': chart('lib', '1.0.0').replace('type: application', 'type: library'),
      'charts/lib/templates/_x.tpl': 'a\n',
      'charts/web/Chart.yaml': chart('web', '0.2.0', 'dependencies:\n  - name: lib\n    version: 1.0.0\n    repository: file://../lib\n'),
      'charts/web/Chart.lock':
        'dependencies:\n- name: lib\n  repository: file://../lib\n  version: 1.0.0\ndigest: sha256:0\ngenerated: "2024-05-21T10:00:00Z"\n',
      'charts/web/templates/cm.yaml': 'kind: ConfigMap\n',
    });
    const base = repo.git('rev-parse', 'HEAD');
    repo.checkout('lib-fix', true);
    const head = repo.commit('fix(lib): helper', {
      'charts/lib/templates/_x.tpl': 'b\n',
      'charts/lib/Chart.yaml': chart('lib', '1.0.1').replace('type: application', 'type: library'),
    });
    const run = await runAction('chart-bump-check', {
      workspace: repo.dir,
      eventName: 'pull_request',
      event: { pull_request: { base: { sha: base, ref: 'main' }, head: { sha: head } } },
    });
    expect(run.code).toBe(1);
    expect(charts(run).map((c) => [c.path, c.ok])).toEqual([
      ['charts/lib', true],
      ['charts/web', false],
    ]);
    expect(errors(run)).toEqual([
      "charts/web/Chart.yaml:8: dependency lib requires version 1.0.0 but charts/lib is 1.0.1 — set the dependency's version to 1.0.1",
      'charts/web/Chart.lock:2: Chart.lock pins lib 1.0.0 but charts/lib is 1.0.1 — run `helm dependency update` and commit Chart.lock',
      'charts/web/Chart.yaml:5: charts/web changed but version 0.2.0 was not bumped — needs 0.2.1 or higher',
    ]);
  });

  test('an umbrella whose file:// subchart moved to a version its range admits, bumped but with Chart.lock left behind, is flagged at the lock', async () => {
    const repo = pullRequest({}).repo;
    repo.checkout('main');
    repo.commit('add an umbrella over api', {
      'charts/api/Chart.yaml': chart('api', '1.2.0'),
      'charts/api/templates/d.yaml': 'kind: Deployment\n',
      'charts/umbrella/Chart.yaml': chart(
        'umbrella',
        '0.1.0',
        'dependencies:\n  - name: api\n    version: ^1.2.0\n    repository: file://../api\n',
      ),
      'charts/umbrella/Chart.lock':
        'dependencies:\n- name: api\n  repository: file://../api\n  version: 1.2.0\ndigest: sha256:0\ngenerated: "2024-05-21T10:00:00Z"\n',
    });
    const base = repo.git('rev-parse', 'HEAD');
    repo.checkout('api-change', true);
    const head = repo.commit('feat(api): more', {
      'charts/api/templates/d.yaml': 'kind: Deployment\nspec: {}\n',
      'charts/api/Chart.yaml': chart('api', '1.3.0'),
      'charts/umbrella/Chart.yaml': chart(
        'umbrella',
        '0.1.1',
        'dependencies:\n  - name: api\n    version: ^1.2.0\n    repository: file://../api\n',
      ),
    });
    const run = await runAction('chart-bump-check', {
      workspace: repo.dir,
      eventName: 'pull_request',
      event: { pull_request: { base: { sha: base, ref: 'main' }, head: { sha: head } } },
    });
    expect(run.code).toBe(1);
    expect(charts(run).map((c) => [c.path, c.ok])).toEqual([
      ['charts/api', true],
      ['charts/umbrella', false],
    ]);
    // publish-chart would vendor api at the version Chart.lock pins, and refuses the same mismatch.
    expect(errors(run)).toEqual([
      'charts/umbrella/Chart.lock:2: Chart.lock pins api 1.2.0 but charts/api is 1.3.0 — run `helm dependency update` and commit Chart.lock',
    ]);
  });

  test('Chart.lock must list the same dependency names as Chart.yaml', async () => {
    const dep = (name: string) => `  - name: ${name}\n    version: 1.x\n    repository: oci://registry-1.docker.io/bitnamicharts\n`;
    const lock = (...names: string[]) =>
      `dependencies:\n${names.map((n) => `- name: ${n}\n  repository: oci://registry-1.docker.io/bitnamicharts\n  version: 1.2.3\n`).join('')}digest: sha256:0\ngenerated: "2024-05-21T10:00:00Z"\n`;
    const files = {
      ...REPO,
      'charts/other/Chart.yaml': chart('other', '0.3.0', `dependencies:\n${dep('redis')}`),
      'charts/other/Chart.lock': lock('redis'),
    };
    const pr = pullRequest({ 'charts/other/Chart.yaml': chart('other', '0.3.1', `dependencies:\n${dep('postgresql')}`) }, { files });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      'charts/other/Chart.lock:1: Chart.lock has no entry for dependency postgresql (charts/other/Chart.yaml:8) — run `helm dependency update` and commit Chart.lock',
      'charts/other/Chart.lock:2: Chart.lock lists redis, which is no longer a dependency in charts/other/Chart.yaml — run `helm dependency update` and commit Chart.lock',
    ]);
    const fixed = await check(
      pullRequest(
        {
          'charts/other/Chart.yaml': chart('other', '0.3.1', `dependencies:\n${dep('postgresql')}`),
          'charts/other/Chart.lock': lock('postgresql'),
        },
        { files },
      ),
    );
    expect([fixed.code, fixed.outputs.ok]).toEqual([0, 'true']);
  });

  test.each<[string, string, number]>([
    ['0.9.0', '0.10.0', 0],
    ['0.10.0', '0.9.0', 1],
    ['1.9.9', '1.10.0', 0],
    ['1.0.0-rc.9', '1.0.0-rc.10', 0],
    ['1.0.0', '1.0.0-rc.1', 1],
    ['1.0.0+build.1', '1.0.0+build.2', 1],
  ])('SemVer order through the bundle: %s → %s exits %d', async (from, to, code) => {
    const files = { ...REPO, 'charts/other/Chart.yaml': chart('other', from) };
    const run = await check(
      pullRequest(
        { 'charts/other/Chart.yaml': chart('other', to), 'charts/other/templates/svc.yaml': 'kind: Service\nspec: {}\n' },
        { files },
      ),
    );
    expect([run.code, charts(run).map((c) => [c.base, c.head, c.ok])]).toEqual([code, [[from, to, code === 0]]]);
  });

  test('two PRs cannot bump to the same version: main already has it', async () => {
    const bump = { 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3'), 'charts/myapp/templates/deployment.yaml': 'kind: Deployment\n' };
    const pr = pullRequest(bump, { mainAfter: { 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3') } });
    // The event's base sha is the fork point (the PR branched earlier); the base branch tip moved.
    pr.event.pull_request.base.sha = pr.repo.git('merge-base', 'main', 'pr');
    const run = await check(pr);
    expect(run.code).toBe(1);
    // The commit that took the version landed on main after the PR forked: the refusal names it (no (#N) subject here).
    expect(errors(run)).toEqual([
      `charts/myapp/Chart.yaml:5: version 1.4.3 is not greater than 1.4.3 on the tip of main; 1.4.3 was taken by commit ${pr.base.slice(0, 12)} — needs 1.4.4 or higher`,
    ]);
  });

  describe('origin/main is fetched only when absent or stale (origin served over smart HTTP on loopback)', () => {
    const TOKEN = 'loopback-token';
    const servers: GitHttpServer[] = [];
    afterEach(async () => {
      for (const s of servers.splice(0)) await s.stop();
    });

    /** Serves the fixture's origin over HTTP and points the workspace's origin at it, with the header actions/checkout persists. */
    async function servedOrigin(pr: ReturnType<typeof pullRequest>, workspace: string): Promise<GitHttpServer> {
      const root = join(pr.repo.root, `served-${servers.length}`);
      mkdirSync(root);
      symlinkSync(pr.repo.origin, join(root, 'repo.git'));
      const server = await startGitHttpServer(root, TOKEN);
      servers.push(server);
      pr.repo.git('-C', workspace, 'remote', 'set-url', 'origin', `${server.url}/repo.git`);
      const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
      pr.repo.git('-C', workspace, 'config', `http.${server.url}/.extraheader`, `AUTHORIZATION: basic ${basic}`);
      return server;
    }
    /** How many `git fetch` processes reached the server: each opens with one ref advertisement request. */
    const fetchesSeen = (server: GitHttpServer) =>
      server.requests.filter((q) => q.method === 'GET' && q.url.includes('/info/refs?service=git-upload-pack')).length;
    /** The git commands a run started and the children they started, from git's own trace2 event log. */
    const traced = (file: string) => {
      const events = readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { event: string; argv?: string[] });
      return {
        commands: events
          .filter((e) => e.event === 'start')
          .map((e) => e.argv!.slice(1).find((a) => !a.startsWith('-') && !a.includes('='))),
        children: events.filter((e) => e.event === 'child_start').map((e) => e.argv!.join(' ')),
      };
    };

    test("origin/main already holds the pull request's base: no fetch at all, no note", async () => {
      const pr = pullRequest(
        { 'charts/other/Chart.yaml': chart('other', '0.3.1'), 'charts/other/templates/svc.yaml': 'x\n' },
        { mainAfter: { 'libs/README.md': 'main moved\n' } },
      );
      // The event's base is the fork point; the workspace's origin/main is main's tip, one commit past it.
      pr.event.pull_request.base.sha = pr.repo.git('merge-base', 'main', 'pr');
      const workspace = pr.repo.clone('pr');
      const server = await servedOrigin(pr, workspace);
      const run = await check(pr, {}, workspace);
      expect([run.code, run.outputs.ok]).toEqual([0, 'true']);
      expect(server.requests).toEqual([]);
      expect(run.summary).not.toContain('Fetched from origin');
    });

    test('a stale origin/main on a reused workspace is refreshed in one fetch, without git maintenance: a bump main already has still fails', async () => {
      const bump = { 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3'), 'charts/myapp/templates/deployment.yaml': 'kind: Deployment\n' };
      const pr = pullRequest(bump);
      // The self-hosted workspace was cloned when main was at the fork point: its origin/main stays there.
      const workspace = pr.repo.clone('pr');
      // Main moves; the author merges it into the PR (a synchronize event whose base sha is main's tip then) …
      pr.repo.checkout('main');
      const mid = pr.repo.commit('docs', { 'libs/README.md': 'docs\n' });
      pr.repo.push('main');
      pr.repo.checkout('pr');
      pr.repo.git('merge', '--quiet', '--no-edit', 'main');
      const head = pr.repo.git('rev-parse', 'HEAD');
      pr.repo.push('pr');
      // … the runner's checkout fetches the PR's new head only …
      pr.repo.git('-C', workspace, 'fetch', '--quiet', 'origin', '+refs/heads/pr:refs/remotes/origin/pr');
      pr.repo.git('-C', workspace, 'checkout', '--quiet', '--detach', head);
      // … and before the job runs, another PR bumps myapp to 1.4.3 on main.
      pr.repo.checkout('main');
      const tip = pr.repo.commit('another PR bumps myapp', { 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3') });
      pr.repo.push('main');
      pr.repo.checkout('pr');
      pr.event.pull_request.base.sha = mid;
      pr.event.pull_request.head.sha = head;
      expect(pr.repo.git('-C', workspace, 'rev-parse', 'origin/main')).toBe(pr.base);
      const server = await servedOrigin(pr, workspace);
      const trace = join(pr.repo.root, 'trace2.json');
      const run = await runAction('chart-bump-check', {
        workspace,
        eventName: 'pull_request',
        event: pr.event,
        env: { GIT_TRACE2_EVENT: trace },
      });
      expect(run.code).toBe(1);
      expect(errors(run)).toEqual([
        `charts/myapp/Chart.yaml:5: version 1.4.3 is not greater than 1.4.3 on the tip of main; 1.4.3 was taken by commit ${tip.slice(0, 12)} — needs 1.4.4 or higher`,
      ]);
      expect(run.summary).toContain(`refreshed origin/main from ${pr.base.slice(0, 12)} to ${tip.slice(0, 12)}`);
      expect(fetchesSeen(server)).toBe(1);
      const { commands, children } = traced(trace);
      expect(commands).toContain('fetch');
      expect(commands).not.toContain('maintenance');
      expect(children.filter((c) => c.includes('maintenance'))).toEqual([]);
    });

    test('a depth-1 checkout of the merge ref (no origin/main, no base, no head): all three in one fetch', async () => {
      const pr = pullRequest(
        { 'charts/other/Chart.yaml': chart('other', '0.3.1'), 'charts/other/templates/svc.yaml': 'x\n' },
        { mainAfter: { 'libs/README.md': 'main moved\n' } },
      );
      // GitHub's merge ref: the PR's head merged into the base.
      pr.repo.git('checkout', '--quiet', '--detach', 'main');
      pr.repo.git('merge', '--quiet', '--no-edit', 'pr');
      pr.repo.git('push', '--quiet', 'origin', 'HEAD:refs/pull/7/merge');
      pr.repo.checkout('pr');
      // As actions/checkout makes it: init, then one depth-1 fetch of the merge ref.
      const workspace = join(pr.repo.root, 'checkout');
      mkdirSync(workspace);
      pr.repo.git('-C', workspace, 'init', '--quiet');
      pr.repo.git('-C', workspace, 'remote', 'add', 'origin', `file://${pr.repo.origin}`);
      pr.repo.git('-C', workspace, 'fetch', '--quiet', '--depth=1', 'origin', '+refs/pull/7/merge:refs/remotes/pull/7/merge');
      pr.repo.git('-C', workspace, 'checkout', '--quiet', '--detach', 'refs/remotes/pull/7/merge');
      expect(pr.repo.git('-C', workspace, 'rev-parse', '--is-shallow-repository')).toBe('true');
      // Only now served over HTTP (the test's own git calls are synchronous and would block the server).
      const server = await servedOrigin(pr, workspace);
      const run = await check(pr, {}, workspace);
      expect(run.stderr).toBe('');
      expect([run.code, run.outputs.ok]).toEqual([0, 'true']);
      expect(charts(run).map((c) => [c.path, c.base, c.head, c.ok])).toEqual([['charts/other', '0.3.0', '0.3.1', true]]);
      expect(fetchesSeen(server)).toBe(1);
      expect(run.summary).toContain(`fetched ${pr.base.slice(0, 12)}, ${pr.head.slice(0, 12)} from origin`);
      expect(run.summary).toContain('fetched main from origin');
    });
  });

  test('inputs base and head take any ref', async () => {
    const pr = pullRequest({ 'charts/other/Chart.yaml': chart('other', '0.3.1'), 'charts/other/templates/svc.yaml': 'x\n' });
    const run = await runAction('chart-bump-check', { workspace: pr.repo.dir, inputs: { base: 'main', head: 'pr' } });
    expect([run.code, run.outputs.ok]).toEqual([0, 'true']);
  });

  describe('the guard never passes because its target vanished', () => {
    // The charts really fail (changed, not bumped) and prod uses `latest`: a typo must not hide that.
    const failing = {
      'charts/myapp/templates/deployment.yaml': 'kind: Deployment\nspec: {}\n',
      'charts/myapp/values-prod.yaml': PROD.replace('"1.7.3"', 'latest'),
    };
    test.each<[string, Files, Record<string, string>, string]>([
      [
        'charts: chart/*',
        {},
        { charts: 'chart/*' },
        "input 'charts': 'chart/*' matches no chart (no folder holding a Chart.yaml) at the head or the base — did you mean charts/*?",
      ],
      [
        'charts: charts/wbe',
        { 'charts/web/Chart.yaml': chart('web', '0.1.0') },
        { charts: 'charts/wbe' },
        "input 'charts': 'charts/wbe' matches no chart (no folder holding a Chart.yaml) at the head or the base — did you mean charts/web?",
      ],
      [
        'an unmatched protected-values glob',
        {},
        { 'protected-values': 'charts/*/values-prd.yaml' },
        "input 'protected-values': 'charts/*/values-prd.yaml' matches no file at the head or the base — did you mean charts/*/values-prod.yaml?",
      ],
      [
        "a typo'd environments values path",
        {
          '.github/lockstep.yml':
            'charts: [charts/*]\nenvironments:\n  - { name: dev, values: charts/myapp/values-dev.yaml }\n  - name: prod\n    values: charts/myapp/values-prdo.yaml\n    protected: true\n',
        },
        {},
        ".github/lockstep.yml:5: environments[1].values: 'charts/myapp/values-prdo.yaml' does not exist at the head or the base — did you mean charts/myapp/values-prod.yaml?",
      ],
    ])('%s exits 1 with the annotation', async (_what, extra, inputs, message) => {
      const pr = pullRequest(failing, { files: { ...REPO, ...extra } });
      const run = await check(pr, inputs);
      expect(run.code).toBe(1);
      expect(run.outputs.ok).not.toBe('true');
      const [file, line] = /^(?:(\S+):(\d+): )?/.exec(message)!.slice(1);
      expect(run.annotations.map((a) => [a.level, a.file, a.line, a.message])).toEqual([
        ['error', file, line ? Number(line) : undefined, message],
      ]);
      // As a reader sees the summary (the Markdown source escapes the glob's `*` and the `[1]`).
      expect(liveMarkdown(run.summary).text).toContain(message);
    });

    test('a real no-change PR (patterns match, nothing packaged changed) still passes', async () => {
      const pr = pullRequest({ 'libs/README.md': 'changed\n' });
      const run = await check(pr, { charts: 'charts/*', 'protected-values': 'charts/*/values-prod.yaml' });
      expect([run.code, run.outputs.ok]).toEqual([0, 'true']);
      expect(run.annotations).toEqual([]);
      expect(run.summary).toContain('No chart changed in a way `helm package` would see.');
    });
  });

  describe('bad input: one line naming file and line, exit 1', () => {
    test.each<[string, Files, Record<string, string>, string]>([
      [
        'an unquoted ambiguous version',
        { 'charts/other/Chart.yaml': chart('other', '0.10') },
        {},
        'charts/other/Chart.yaml:5: version: 0.10 is read as a number, not the string written — it is not SemVer 2 either: write version: 0.10.0 (to quote it as "0.10" is not enough)',
      ],
      [
        'a duplicate key',
        { 'charts/myapp/values.yaml': `${VALUES}replicaCount: 3\n`, 'charts/myapp/Chart.yaml': chart('myapp', '1.4.3') },
        {},
        "charts/myapp/values.yaml:8: duplicate key 'replicaCount' — YAML keeps only one of them — remove one of the duplicate keys",
      ],
      [
        'an unknown config key',
        { '.github/lockstep.yml': 'charts: [charts/*]\nchangelogs: auto\n' },
        {},
        ".github/lockstep.yml:2: unknown key 'changelogs' — did you mean changelog? (docs/configuration.md lists every key)",
      ],
    ])('%s', async (_n, files, inputs, expected) => {
      const run = await check(pullRequest(files), inputs);
      expect(run.code).toBe(1);
      expect(errors(run)).toEqual([expected.replace(/^(\S+:\d+): /, '$1: ')]);
      expect(run.stdout).not.toMatch(/^\s+at /m);
    });

    test('a base ref that does not exist names the input', async () => {
      const run = await check(pullRequest({}), { base: 'release/9.9' });
      expect(run.code).toBe(1);
      expect(run.annotations.map((a) => a.message)).toEqual([
        "input 'base': ref 'release/9.9' does not exist in this repository or on origin — set 'base' to an existing branch, tag or commit",
      ]);
    });

    test('no pull request and no base says to set base', async () => {
      const pr = pullRequest({});
      const run = await runAction('chart-bump-check', { workspace: pr.repo.dir, eventName: 'push', event: {} });
      expect(run.code).toBe(1);
      expect(run.annotations[0].message).toMatch(
        /^input 'base' is not set and the event is not a pull request — set base to the branch, tag or commit to compare with \(e\.g\. base: main\)$/,
      );
    });

    test.each([
      [
        'a working-directory that does not exist',
        'mnoo',
        "working-directory 'mnoo' does not exist — set working-directory to a folder of the checked-out repository, relative to the workspace",
      ],
      [
        'a workspace that is not a git repository',
        '.',
        "working-directory '.' (the workspace) is not a git repository — check out the repository first (actions/checkout)",
      ],
    ])('%s is a user error with an annotation and a summary', async (what, dir, message) => {
      const pr = pullRequest({});
      // Not a checkout: an empty temp folder beside the repository.
      const workspace = dir === '.' ? join(pr.repo.root, 'empty') : pr.repo.dir;
      if (dir === '.') mkdirSync(workspace);
      const run = await check(pr, { 'working-directory': dir }, workspace);
      expect(run.code).toBe(1);
      expect(run.annotations.map((a) => a.message)).toEqual([message]);
      expect(run.summary).toContain(`- ${message}`);
      expect(run.stdout).not.toMatch(/spawn git|exited \(128\)|internal error/);
    });

    test.each([
      ['missing', false, (p: string) => `the pull_request event file is missing (GITHUB_EVENT_PATH names ${p}, which does not exist)`],
      ['not JSON', true, (p: string) => `the pull_request event file ${p} is not valid JSON`],
    ])('a pull_request event file that is %s says so, not "not a pull request"', async (_what, write, expected) => {
      const pr = pullRequest({});
      const eventPath = join(pr.repo.root, 'event.json');
      if (write) writeFileSync(eventPath, '{ not json');
      const run = await runAction('chart-bump-check', {
        workspace: pr.repo.dir,
        eventName: 'pull_request',
        env: { GITHUB_EVENT_PATH: eventPath },
      });
      expect(run.code).toBe(1);
      expect(run.annotations.map((a) => a.message.replace(/ — .*$/, ''))).toEqual([expected(eventPath)]);
    });

    test('a charts path outside the workspace', async () => {
      const run = await check(pullRequest({}), { charts: '../elsewhere/*' });
      expect(run.code).toBe(1);
      expect(run.annotations[0].message).toBe('charts: ../elsewhere is outside the workspace — use a path inside the repository');
    });

    test('a charts path through a symbolic link', async () => {
      const pr = pullRequest({});
      symlinkSync('charts', join(pr.repo.dir, 'linked'));
      const run = await check(pr, { charts: 'linked/*' });
      expect(run.code).toBe(1);
      expect(run.annotations[0].message).toBe(
        'charts: linked passes through a symbolic link (linked) — point at the real path inside the repository',
      );
    });
  });
});
