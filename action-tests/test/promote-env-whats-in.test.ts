import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitFixture } from '../harness/git-fixture.ts';
import { digest, environmentValues } from '../harness/promote-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';

// End-to-end (issue 18, item 1): the committed promote-env bundle tells in the
// pull request and the job summary what a promotion ships — the release notes
// between what the target runs and what is promoted (breaking first, each with
// its pull request), the compare link and commit count; for a pin without a
// version the merged pull requests of its commit range; for a rollback what goes.

const REPO = 'acme/monorepo';
const d = digest;

const CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
  '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
  'environments:',
  '  - { name: dev, values: charts/myapp/values-dev.yaml }',
  '  - { name: staging, values: charts/myapp/values-staging.yaml }',
  '  - { name: prod, values: charts/myapp/values-prod.yaml, protected: true }',
  '',
].join('\n');

const values = (env: string, api: [string, string], worker: [string, string] = ['0.9.1', d('b')]) => environmentValues(env, api, worker);

/** The root changelog as prepare-release writes it, plus a hostile entry and a section past what is promoted. */
const CHANGELOG = (upTo: string) =>
  [
    '# Changelog',
    '',
    ...(upTo === '1.5.0'
      ? [
          '## [1.5.0](https://github.com/acme/monorepo/compare/v1.4.0...v1.5.0) (2026-11-21)',
          '',
          '### Features',
          '',
          '* not promoted yet ([#30](https://github.com/acme/monorepo/pull/30))',
          '',
        ]
      : []),
    '## [1.4.0](https://github.com/acme/monorepo/compare/v1.3.0...v1.4.0) (2026-11-20)',
    '',
    '### ⚠ BREAKING CHANGES',
    '',
    '* **api:** the v1 endpoints are gone ([#14](https://github.com/acme/monorepo/pull/14)) ([abc1234](https://github.com/acme/monorepo/commit/abc1234))',
    '',
    '### Features',
    '',
    '* **api:** paged listings ([#13](https://github.com/acme/monorepo/pull/13))',
    '* <img src=x onerror=alert(1)> [click](javascript:alert(1)) ([#15](https://github.com/acme/monorepo/pull/15))',
    '',
    '## [1.3.0](https://github.com/acme/monorepo/compare/v1.2.0...v1.3.0) (2026-11-10)',
    '',
    '### Bug Fixes',
    '',
    '* retry the database connect ([#12](https://github.com/acme/monorepo/pull/12))',
    '',
    '## 1.2.0 (2026-11-01)',
    '',
    '### Features',
    '',
    '* already in prod ([#10](https://github.com/acme/monorepo/pull/10))',
    '',
  ].join('\n');

let fixture: GitFixture;
let double: GitHubDouble;

afterEach(async () => {
  await double.stop();
  fixture.cleanup();
});

function run(ws: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': double.token, ...inputs },
    env: { ...double.env(), HOME: ws },
    timeoutMs: 90000,
  });
}

function expectOk(r: ActionRun): void {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(double.violations).toEqual([]);
}

/** The "What's in this promotion" section of a body or summary, up to the next block it does not own. */
function whatsIn(text: string): string {
  const at = text.indexOf("### What's in this promotion");
  if (at < 0) return '';
  const ends = ['<details><summary>Every environment', '\nRequired checks:', '\nEvery environment:']
    .map((m) => text.indexOf(m, at))
    .filter((i) => i > at);
  return text.slice(at, ends.length > 0 ? Math.min(...ends) : text.length).trim();
}

/** A history with releases v1.2.0, v1.3.0 and v1.4.0 of api (one commit each between them, and two unreleased ones after). */
function releasedHistory(): void {
  fixture = GitFixture.create({
    '.github/lockstep.yml': CONFIG,
    'CHANGELOG.md': CHANGELOG('1.2.0'),
    'charts/myapp/values-dev.yaml': values('dev', ['1.2.0', d('2')]),
    'charts/myapp/values-staging.yaml': values('staging', ['1.2.0', d('2')]),
    'charts/myapp/values-prod.yaml': values('prod', ['1.2.0', d('2')]),
  });
  fixture.git('tag', 'v1.2.0');
  fixture.commit('fix: retry the database connect (#12)', { 'src/db.txt': 'retry\n' });
  fixture.commit('chore(release): 1.3.0', { 'CHANGELOG.md': CHANGELOG('1.3.0') });
  fixture.git('tag', 'v1.3.0');
  fixture.commit('feat(api)!: the v1 endpoints are gone (#14)', { 'src/v1.txt': 'gone\n' });
  fixture.commit('chore(release): 1.4.0', { 'CHANGELOG.md': CHANGELOG('1.4.0') });
  fixture.git('tag', 'v1.4.0');
  fixture.commit('feat: not promoted yet (#30)', { 'src/next.txt': 'next\n' });
  fixture.commit('chore(release): 1.5.0', { 'CHANGELOG.md': CHANGELOG('1.5.0') });
  fixture.git('tag', 'v1.5.0');
  fixture.commit('staging runs 1.4.0', {
    'charts/myapp/values-dev.yaml': values('dev', ['1.5.0', d('5')]),
    'charts/myapp/values-staging.yaml': values('staging', ['1.4.0', d('4')]),
  });
  fixture.git('push', '--quiet', 'origin', 'main', '--tags');
}

/** Promotes staging → prod in `ws` under GIT_TRACE2_EVENT; the argv of every git process the run started. */
async function promoteTraced(ws: string, name: string): Promise<string[][]> {
  const trace = join(ws, '..', `${name}-${process.pid}.json`);
  const r = await runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': double.token, from: 'staging', to: 'prod' },
    env: { ...double.env(), HOME: ws, GIT_TRACE2_EVENT: trace },
    timeoutMs: 90000,
  });
  expectOk(r);
  return readFileSync(trace, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { event: string; argv?: string[] })
    .filter((e) => e.event === 'start')
    .map((e) => e.argv!);
}
test('staging 1.4.0 → prod 1.2.0: the 1.3.0 and 1.4.0 entries of api only, breaking first, linked, with v1.2.0...v1.4.0 and its commit count', async () => {
  releasedHistory();
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  const r = await run(fixture.clone('main'), { from: 'staging', to: 'prod' });
  expectOk(r);
  const [pull] = double.pulls(REPO);
  const server = double.env().GITHUB_SERVER_URL;
  const expected = [
    "### What's in this promotion",
    '',
    '#### api: 1.2.0 → 1.4.0',
    '',
    `Compare [v1.2.0...v1.4.0](${server}/acme/monorepo/compare/v1.2.0...v1.4.0) · 4 commits`,
    '',
    `- **⚠ Breaking** · 1.4.0 · api: the v1 endpoints are gone ([#14](${server}/acme/monorepo/pull/14))`,
    `- 1.4.0 · api: paged listings ([#13](${server}/acme/monorepo/pull/13))`,
    `- 1.4.0 · &lt;img src=x onerror=alert(1)&gt; click ([#15](${server}/acme/monorepo/pull/15))`,
    `- 1.3.0 · retry the database connect ([#12](${server}/acme/monorepo/pull/12))`,
  ].join('\n');
  expect(whatsIn(pull.body ?? '')).toBe(expected);
  expect(whatsIn(r.summary)).toBe(expected);
  // worker's pin did not change: it is not listed; 1.2.0 is already in prod and 1.5.0 is not promoted.
  expect(whatsIn(pull.body ?? '')).not.toMatch(/worker|already in prod|not promoted yet|javascript:/);
});

test('a rollback to a tag says what goes away, in the same form', async () => {
  releasedHistory();
  fixture.git('tag', 'prod-good');
  fixture.commit('prod runs 1.4.0', { 'charts/myapp/values-prod.yaml': values('prod', ['1.4.0', d('4')]) });
  fixture.git('push', '--quiet', 'origin', 'main', 'prod-good');
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  const r = await run(fixture.clone('main'), { from: 'ref:prod-good', to: 'prod' });
  expectOk(r);
  const [pull] = double.pulls(REPO);
  const server = double.env().GITHUB_SERVER_URL;
  const section = whatsIn(pull.body ?? '');
  expect(section.split('\n').slice(0, 6)).toEqual([
    "### What's in this promotion",
    '',
    '#### api: 1.4.0 → 1.2.0 — removes',
    '',
    `Compare [v1.2.0...v1.4.0](${server}/acme/monorepo/compare/v1.2.0...v1.4.0) · 4 commits`,
    '',
  ]);
  expect(section).toContain(`- **⚠ Breaking** · 1.4.0 · api: the v1 endpoints are gone ([#14](${server}/acme/monorepo/pull/14))`);
  expect(section).toContain('- 1.3.0 · retry the database connect');
  expect(section).not.toContain('already in prod');
});

test('a digest-only pin lists the merged pull requests of its commit range: (#N) subjects, else GitHub’s commits → pulls', async () => {
  fixture = GitFixture.create({
    '.github/lockstep.yml': CONFIG,
    'charts/myapp/values-dev.yaml': values('dev', ['sha-0000000', d('1')]),
    'charts/myapp/values-staging.yaml': values('staging', ['sha-0000000', d('1')]),
    'charts/myapp/values-prod.yaml': values('prod', ['sha-0000000', d('1')]),
  });
  const first = fixture.git('rev-parse', 'HEAD').slice(0, 7);
  fixture.commit('pin the first build', {
    'charts/myapp/values-dev.yaml': values('dev', [`sha-${first}`, d('1')]),
    'charts/myapp/values-staging.yaml': values('staging', [`sha-${first}`, d('1')]),
  });
  fixture.git('push', '--quiet', 'origin', 'main');
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  // Two source pull requests merged by GitHub: one squashed with its number in the subject, one titled without it.
  const merge = async (branch: string, title: string, body: Record<string, string>) => {
    fixture.git('checkout', '--quiet', '-b', branch, 'origin/main');
    fixture.commit(`work on ${branch}`, { [`src/${branch}.txt`]: `${branch}\n` });
    fixture.git('push', '--quiet', 'origin', branch);
    const p = double.seedPull(REPO, { head: branch, title });
    const res = await fetch(`${double.url}/repos/${REPO}/pulls/${p.number}/merge`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${double.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ merge_method: 'squash', ...body }),
    });
    expect(res.status).toBe(200);
    fixture.git('fetch', '--quiet', 'origin');
  };
  await merge('paging', 'feat: paged listings <b>now</b>', {});
  await merge('tidy', 'refactor: tidy the handlers', { commit_title: 'refactor: tidy the handlers' });
  fixture.git('checkout', '--quiet', 'main');
  fixture.git('reset', '--quiet', '--hard', 'origin/main');
  const built = fixture.commit('chore: a direct push, no pull request', { 'src/direct.txt': 'x\n' });
  fixture.commit('dev runs the new build', { 'charts/myapp/values-dev.yaml': values('dev', [`sha-${first}`, d('9')]) });
  fixture.git('push', '--quiet', 'origin', 'main');

  const ws = fixture.clone('main');
  writeFileSync(join(ws, 'image-digests.json'), JSON.stringify({ api: { digest: d('9'), image: 'ghcr.io/acme/api', sha: built } }));
  const r = await run(ws, { to: 'staging', digests: 'image-digests.json' });
  expectOk(r);
  const [, , pull] = double.pulls(REPO);
  const server = double.env().GITHUB_SERVER_URL;
  const firstFull = execFileSync('git', ['--git-dir', fixture.origin, 'rev-parse', first], { encoding: 'utf8' }).trim();
  expect(whatsIn(pull.body ?? '')).toBe(
    [
      "### What's in this promotion",
      '',
      `#### api: sha-${first} → ${built.slice(0, 12)}`,
      '',
      `Compare [${firstFull.slice(0, 12)}...${built.slice(0, 12)}](${server}/acme/monorepo/compare/${firstFull.slice(0, 12)}...${built.slice(0, 12)}) · 4 commits`,
      '',
      `- [#2](${server}/acme/monorepo/pull/2) refactor: tidy the handlers`,
      `- [#1](${server}/acme/monorepo/pull/1) feat: paged listings &lt;b&gt;now&lt;/b&gt;`,
    ].join('\n'),
  );
  expect(double.count('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls')).toBeGreaterThan(0);
  expect(whatsIn(r.summary)).toBe(whatsIn(pull.body ?? ''));
});

test('a version origin has no tag for costs one tag listing, not a failing fetch per spelling (issue 22: one fetch for what a run needs)', async () => {
  releasedHistory();
  // worker moves 0.9.1 → 0.9.2 in staging; neither version has a tag (v0.9.2, 0.9.2 …) here or on origin.
  fixture.commit('staging runs worker 0.9.2', {
    'charts/myapp/values-staging.yaml': values('staging', ['1.4.0', d('4')], ['0.9.2', d('c')]),
  });
  fixture.git('push', '--quiet', 'origin', 'main');
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  const ws = fixture.clone('main');
  const starts = (await promoteTraced(ws, 'trace2')).map((argv) => argv.join(' '));
  expect(starts.filter((a) => / ls-remote --tags /.test(a))).toHaveLength(1);
  expect(starts.filter((a) => / fetch /.test(a) && a.includes('refs/tags/'))).toEqual([]);
  // api's section is what the first test reads: its tags were found here, worker's versions have none.
  const [pull] = double.pulls(REPO);
  expect(
    whatsIn(pull.body ?? '')
      .split('\n')
      .slice(0, 3),
  ).toEqual(["### What's in this promotion", '', '#### api: 1.2.0 → 1.4.0']);
});

test('the tags what’s-in needs are fetched together: one fetch for v1.2.0 and v1.4.0 into a fetch-depth 1 checkout (issue 22: one fetch for what a run needs)', async () => {
  releasedHistory();
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  // actions/checkout's default: the tip only, no tags.
  const ws = fixture.clone('main', 1);
  expect(execFileSync('git', ['tag', '--list'], { cwd: ws, encoding: 'utf8' })).toBe('');
  const starts = await promoteTraced(ws, 'trace2-tags');
  const tagFetches = starts.filter((a) => a.includes('fetch') && a.some((x) => x.includes('refs/tags/')));
  expect(tagFetches.map((a) => a.filter((x) => x.includes('refs/tags/')))).toEqual([
    ['+refs/tags/v1.2.0:refs/tags/v1.2.0', '+refs/tags/v1.4.0:refs/tags/v1.4.0'],
  ]);
  const [pull] = double.pulls(REPO);
  expect(
    whatsIn(pull.body ?? '')
      .split('\n')
      .slice(0, 3),
  ).toEqual(["### What's in this promotion", '', '#### api: 1.2.0 → 1.4.0']);
  // The tags' commits, fetched together, give the range and the release notes at v1.4.0.
  expect(pull.body).toContain(
    `Compare [v1.2.0...v1.4.0](${double.env().GITHUB_SERVER_URL}/acme/monorepo/compare/v1.2.0...v1.4.0) · 4 commits`,
  );
  expect(pull.body).toContain('- **⚠ Breaking** · 1.4.0 · api: the v1 endpoints are gone');
});

test('charts: [charts/*]: the chart is named by its name, read from its own folder and tags, its entries escaped once', async () => {
  const app = (rev: string) =>
    [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata:',
      '  name: myapp-prod',
      'spec:',
      '  sources:',
      '    - repoURL: ghcr.io/acme/charts',
      '      chart: myapp',
      `      targetRevision: ${rev}`,
      '      helm: { valueFiles: [$values/charts/myapp/values-prod.yaml] }',
      '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: main, ref: values }',
      '',
    ].join('\n');
  const chartLog = (name: string, entry: string) =>
    ['# Changelog', '', '## 0.14.0 (2026-11-20)', '', `- ${entry}`, '', '## 0.13.0 (2026-11-01)', '', `- ${name} first`, ''].join('\n');
  fixture = GitFixture.create({
    '.github/lockstep.yml': [
      'charts: [charts/*]',
      ...CONFIG.replace(
        'values-prod.yaml, protected: true }',
        'values-prod.yaml, application: apps/prod/myapp.yaml, protected: true, values-drift: off, values-contract: off }',
      ).split('\n'),
    ].join('\n'),
    'charts/gateway/Chart.yaml': 'apiVersion: v2\nname: gateway\nversion: 0.14.0\n',
    'charts/gateway/CHANGELOG.md': chartLog('gateway', 'a gateway entry that is not myapp’s'),
    'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 0.13.0\n',
    'charts/myapp/CHANGELOG.md': ['# Changelog', '', '## 0.13.0 (2026-11-01)', '', '- myapp first', ''].join('\n'),
    'charts/myapp/values-dev.yaml': values('dev', ['1.2.0', d('2')]),
    'charts/myapp/values-staging.yaml': values('staging', ['1.2.0', d('2')]),
    'charts/myapp/values-prod.yaml': values('prod', ['1.2.0', d('2')]),
    'apps/prod/myapp.yaml': app('0.13.0'),
  });
  fixture.git('tag', 'myapp-0.13.0');
  // As bump-chart writes a commit subject with Markdown characters: escaped once in CHANGELOG.md.
  fixture.commit('fix(myapp): route /v1/* to the new handler', {
    'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 0.14.0\n',
    'charts/myapp/CHANGELOG.md': chartLog('myapp', 'route /v1/\\* to the new handler, see `a\\*b`'),
  });
  fixture.git('tag', 'myapp-0.14.0');
  fixture.git('push', '--quiet', 'origin', 'main', '--tags');
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  const r = await run(fixture.clone('main'), { from: 'staging', to: 'prod', 'chart-version': '0.14.0' });
  expectOk(r);
  const [pull] = double.pulls(REPO);
  const server = double.env().GITHUB_SERVER_URL;
  const expected = [
    "### What's in this promotion",
    '',
    '#### chart myapp: 0.13.0 → 0.14.0',
    '',
    `Compare [myapp-0.13.0...myapp-0.14.0](${server}/acme/monorepo/compare/myapp-0.13.0...myapp-0.14.0) · 1 commit`,
    '',
    '- 0.14.0 · route /v1/\\* to the new handler, see a\\\\\\*b',
  ].join('\n');
  expect(whatsIn(pull.body ?? '')).toBe(expected);
  expect(whatsIn(r.summary)).toBe(expected);
  expect(pull.body).not.toMatch(/chart \\\*|no tag \\\*|gateway/);
});

test('subjects copied into the promotion body and summary ping no one and close nothing elsewhere; #N links stay', async () => {
  const Z = '\u200d';
  fixture = GitFixture.create({
    '.github/lockstep.yml': CONFIG,
    'charts/myapp/values-dev.yaml': values('dev', ['sha-0000000', d('1')]),
    'charts/myapp/values-staging.yaml': values('staging', ['sha-0000000', d('1')]),
    'charts/myapp/values-prod.yaml': values('prod', ['sha-0000000', d('1')]),
  });
  const first = fixture.git('rev-parse', 'HEAD').slice(0, 7);
  fixture.commit('pin the first build', {
    'charts/myapp/values-dev.yaml': values('dev', [`sha-${first}`, d('1')]),
    'charts/myapp/values-staging.yaml': values('staging', [`sha-${first}`, d('1')]),
  });
  fixture.commit('feat: ping @octocat and @acme/everyone, CLOSES other-org/repo#1, resolved https://github.com/o/r/pull/5 (#21)', {
    'src/a.txt': 'a\n',
  });
  const built = fixture.commit('fix: keep `@types/node` and a@b.com, closes #3 (#22)', { 'src/b.txt': 'b\n' });
  fixture.commit('dev runs the new build', { 'charts/myapp/values-dev.yaml': values('dev', [`sha-${first}`, d('9')]) });
  fixture.git('push', '--quiet', 'origin', 'main');
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  const ws = fixture.clone('main');
  writeFileSync(join(ws, 'image-digests.json'), JSON.stringify({ api: { digest: d('9'), image: 'ghcr.io/acme/api', sha: built } }));
  const r = await run(ws, { to: 'staging', digests: 'image-digests.json' });
  expectOk(r);
  const [pull] = double.pulls(REPO);
  const server = double.env().GITHUB_SERVER_URL;
  for (const text of [whatsIn(pull.body ?? ''), whatsIn(r.summary)]) {
    expect(text).toContain(`- [#22](${server}/acme/monorepo/pull/22) fix: keep \\\`@${Z}types/node\\\` and a@b.com, closes #3`);
    expect(text).toContain(
      `- [#21](${server}/acme/monorepo/pull/21) feat: ping @${Z}octocat and @${Z}acme/everyone, C${Z}LOSES other-org/repo#1, r${Z}esolved https://github.com/o/r/pull/5`,
    );
  }
});
