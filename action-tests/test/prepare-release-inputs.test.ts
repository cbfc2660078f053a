import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GIT_ENV } from '../harness/git-fixture.ts';
import { api, checkout, fx, gh, git, originRef, originShow, REPO, run, useReleaseFixture } from '../harness/prepare-release-fixture.ts';

// prepare-release through its committed bundle on Node 24 (the fixture: ../harness/prepare-release-fixture.ts):
// prereleases and the author and committer inputs, inert mentions, defaults without a config file, dry runs,
// bad input, a version already published, and notes over GitHub's limits.

useReleaseFixture();

test('prerelease rc: X.Y.Z-rc.N counted from tags, published as a pre-release; author and committer inputs', async () => {
  fx.git('tag', '-a', '-m', 'rc', 'v1.5.0-rc.1');
  fx.git('push', '--quiet', 'origin', 'refs/tags/v1.5.0-rc.1');
  const inputs = { prerelease: 'rc', author: 'Release Bot <release-bot@example.com>', committer: 'Ops <ops@example.com>' };
  const r = await run(checkout(), inputs);
  expect(r.outputs).toMatchObject({ version: '1.5.0-rc.2', branch: 'chore/release-1.5.0-rc.2' });
  const ref = 'refs/heads/chore/release-1.5.0-rc.2';
  expect(git(fx.origin, 'log', '-1', '--format=%an <%ae>|%cn <%ce>', ref)).toBe(
    'Release Bot <release-bot@example.com>|Ops <ops@example.com>',
  );
  await api('PUT', `/repos/${REPO}/pulls/1/merge`, { merge_method: 'rebase' });
  const p = await run(checkout(), inputs);
  expect(p.outputs).toMatchObject({ released: 'true', tag: 'v1.5.0-rc.2' });
  expect(gh.releases(REPO)).toEqual([expect.objectContaining({ tag: 'v1.5.0-rc.2', prerelease: true })]);
});

test('commit text pings no one and closes nothing elsewhere: mentions and foreign closing keywords are inert in the release PR body, CHANGELOG.md and summary', async () => {
  const Z = '\u200d';
  fx.commit(
    'fix: ping @octocat and @acme/everyone, closes other-org/repo#1, Fixes: https://github.com/o/r/issues/2, closes #13, mail a@b.com (#14)',
    {
      'services/api/app.py': 'pinged\n',
    },
  );
  fx.git('push', '--quiet', 'origin', 'main');
  const r = await run(checkout());
  expect(r.code).toBe(0);
  const line = `ping @${Z}octocat and @${Z}acme/everyone, c${Z}loses other-org/repo#1, F${Z}ixes: https://github.com/o/r/issues/2, closes #13, mail a@b.com`;
  const [pull] = gh.pulls(REPO);
  expect(pull.body).toContain(line);
  expect(originShow('chore/release-1.5.0', 'CHANGELOG.md')).toContain(line);
  expect(r.summary).toContain(line);
  for (const text of [pull.body ?? '', r.summary]) {
    expect(text).not.toMatch(/(^|[^\w\u200d])@(octocat|acme\/everyone)/);
    expect(text).not.toMatch(/\bcloses other-org\/repo#1/i);
  }
});

test('no config file: defaults (.version, tag prefix v, every chart)', async () => {
  const dir = checkout();
  git(dir, 'rm', '-q', '.github/lockstep.yml');
  git(dir, 'commit', '-qm', 'chore: no config');
  const r = await run(dir, { 'dry-run': 'true' });
  expect(r.code).toBe(0);
  expect(r.outputs.version).toBe('1.5.0');
  expect(r.stdout).toContain('+++ b/charts/myapp/Chart.yaml');
  expect(r.stdout).toContain('+++ b/.version');
  expect(r.stdout).not.toContain('+++ b/libs/liba/pyproject.toml');
});

test('a dry run never loads the GitHub client: none of the bundle files it loads holds Octokit', async () => {
  // Node 24's module.registerHooks sees every file the bundle loads, the chunks its import()s bring included.
  const preload = join(fx.root, 'loaded-hook.mjs');
  const loaded = join(fx.root, 'loaded.txt');
  writeFileSync(
    preload,
    `import { registerHooks } from 'node:module';\nimport { appendFileSync } from 'node:fs';\n` +
      `registerHooks({ load(url, context, next) { appendFileSync(process.env.LOADED_FILE, url + '\\n'); return next(url, context); } });\n`,
  );
  const r = await run(checkout(), { 'dry-run': 'true' }, { env: { NODE_OPTIONS: `--import=${preload}`, LOADED_FILE: loaded } });
  expect(r.code).toBe(0);
  expect(r.outputs.version).toBe('1.5.0');
  const files = readFileSync(loaded, 'utf8')
    .split('\n')
    .filter((u) => u.includes('/actions/prepare-release/dist/'))
    .map((u) => new URL(u).pathname);
  // Not vacuous: the run loaded its chunks (the release code, the YAML library) through the hook.
  expect(files.length).toBeGreaterThan(2);
  expect(files.filter((f) => readFileSync(f, 'utf8').includes('class Octokit'))).toEqual([]);
});

test('dry run on a fork PR with a read-only token: version, notes and diff, nothing mutated', async () => {
  gh.readOnly = true;
  const dir = checkout();
  const before = git(dir, 'status', '--porcelain');
  const event = { pull_request: { number: 7, head: { repo: { full_name: 'fork/mono' } }, base: { repo: { full_name: REPO } } } };
  const r = await run(dir, {}, { eventName: 'pull_request', event });
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ version: '1.5.0', bump: 'minor', 'pr-number': '', released: 'false' });
  expect(r.outputs.notes).toContain('add export');
  expect(r.stdout).toContain('Diff (dry run: nothing written)');
  expect(r.stdout).toContain('+1.5.0');
  expect(r.stdout).toMatch(/Would run node -e .* in services\/api/);
  expect(git(dir, 'status', '--porcelain')).toBe(before);
  expect(gh.log.filter((l) => l.method !== 'GET')).toEqual([]);
  expect(originRef('refs/heads/chore/release-1.5.0')).toBeUndefined();
});

describe('bad input: one line naming the input or file:line, exit 1, nothing written, pushed or called', () => {
  test.each<[string, Record<string, string>, Record<string, string | null>, RegExp]>([
    ['unparsable version file', {}, { '.version': 'one point five\n' }, /^\.version:1: version file holds 'one point five'/],
    ['version input not SemVer', { version: 'v2' }, {}, /input 'version' is 'v2', not a SemVer version/],
    [
      'version not greater than the last release',
      { version: '1.4.2' },
      {},
      /input 'version' 1.4.2 is not greater than the last release 1.4.2/,
    ],
    ['unknown pre-major', { 'pre-major': 'patch' }, {}, /input 'pre-major' is 'patch'/],
    ['lock command not found', { 'lock-command': '[no-such-locker-xyz, lock]' }, {}, /lock-command 'no-such-locker-xyz' was not found/],
    [
      'lock command fails',
      { 'lock-command': '[node, -e, "process.exit(3)"]' },
      {},
      /lock-command 'node -e process.exit\(3\)' exited with 3 in services\/api; the workspace was restored/,
    ],
    [
      'pin table that does not exist',
      { pins: '- {files: services/*/pyproject.toml, table: tool.poetry.group.main.dependencies, names: [liba]}' },
      {},
      /pin table 'tool.poetry.group.main.dependencies' does not exist/,
    ],
    ['missing token outside dry run', { 'github-token': '' }, {}, /input 'github-token' is empty/],
  ])('%s', async (_n, inputs, edits, message) => {
    const dir = checkout();
    for (const [p, c] of Object.entries(edits)) if (c !== null) writeFileSync(join(dir, p), c);
    if (Object.keys(edits).length) git(dir, 'commit', '-qam', 'chore: edit');
    const before = {
      status: git(dir, 'status', '--porcelain', '--ignored'),
      lock: readFileSync(join(dir, 'services/api/poetry.lock'), 'utf8'),
    };
    const r = await run(dir, inputs);
    expect(r.code).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(message);
    expect(errors[0].message).not.toMatch(/\n|at .*\.js:\d+/);
    expect(git(dir, 'status', '--porcelain', '--ignored')).toBe(before.status);
    expect(readFileSync(join(dir, 'services/api/poetry.lock'), 'utf8')).toBe(before.lock);
    expect(gh.log.filter((l) => l.method !== 'GET')).toEqual([]);
    expect(originRef('refs/heads/chore/release-1.5.0')).toBeUndefined();
  });
});

describe('case 32: a version already published is refused before any edit', () => {
  test.each([
    ['a release tagged on another branch (the computed 1.5.0)', 'v1.5.0', {}, '1.5.0'],
    ['the same version with build metadata', 'v1.5.0+hotfix.1', {}, '1.5.0'],
    ['an explicit version that is an existing pre-release', 'v1.6.0-rc.1', { version: '1.6.0-rc.1' }, '1.6.0-rc.1'],
  ])('%s', async (_name, tag, inputs: Record<string, string>, version) => {
    // The tag sits on a maintenance branch, not in main's history, so main's last release stays v1.4.2.
    const maint = fx.clone('main');
    git(maint, 'checkout', '-q', '-b', 'release-1.x', 'v1.4.2');
    writeFileSync(join(maint, 'hotfix.txt'), 'x\n');
    git(maint, 'add', 'hotfix.txt');
    git(maint, 'commit', '-qm', 'fix: hotfix');
    git(maint, 'tag', '-a', '-m', tag, tag);
    git(maint, 'push', '-q', 'origin', 'release-1.x', tag);
    for (const dryRun of ['true', 'false']) {
      const dir = checkout();
      const r = await run(dir, { ...inputs, 'dry-run': dryRun });
      expect(r.code).toBe(1);
      const errors = r.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0].message).toContain(
        `version ${version} is already published: tag ${tag} exists (on ${git(fx.origin, 'rev-parse', `${tag}^{commit}`).slice(0, 12)})`,
      );
      expect(git(dir, 'status', '--porcelain')).toBe('');
    }
    expect(originRef(`refs/heads/chore/release-${version}`)).toBeUndefined();
    expect(gh.log.filter((l) => l.method !== 'GET')).toEqual([]);
    expect(gh.pulls(REPO)).toHaveLength(0);
  });
});

test('a release whose notes exceed GitHub limits: summary, notes output and log are cut with notes saying so', async () => {
  // 4,000 features with long subjects: about 1.3 MB of notes, over both the 1 MiB summary and the 1 MB output limits.
  const head = fx.git('rev-parse', 'HEAD');
  const stream: string[] = [];
  let time = 1_790_000_000;
  for (let i = 0; i < 4_000; i++) {
    const who = `Dev <dev@example.com> ${time++} +0000`;
    const msg = `feat(api): add the ${'very '.repeat(30)}long option number ${i} (#${2000 + i})`;
    stream.push('commit refs/heads/main', `author ${who}`, `committer ${who}`, `data ${Buffer.byteLength(msg)}`, msg);
    if (i === 0) stream.push(`from ${head}`);
    stream.push('M 100644 inline src/big.txt', `data ${String(i).length + 1}`, `${i}\n`);
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: fx.dir, input: `${stream.join('\n')}\n`, env: { ...process.env, ...GIT_ENV } });
  fx.git('reset', '--quiet', '--hard', 'main');
  fx.git('push', '--quiet', 'origin', 'main');
  const r = await run(fx.clone('main', 0), { 'dry-run': 'true' });
  expect(r.code).toBe(0);
  expect(r.outputs.version).toBe('1.5.0');

  const summary = Buffer.byteLength(r.summary);
  expect(summary).toBeLessThanOrEqual(1_000_000);
  expect(summary).toBeGreaterThan(990_000);
  const last = r.summary.trimEnd().split('\n');
  expect(last.at(-1)).toMatch(
    /^> \*\*Note:\*\* \d+ lines \(\d+ KiB\) of this summary were left out .* the full text is in CHANGELOG\.md once prepare-release runs without dry-run/,
  );
  expect(last.at(-2)).toBe('</details>');
  expect(r.summary).toContain('### prepare-release (dry run)');

  expect(Buffer.byteLength(r.outputs.notes)).toBeLessThanOrEqual(1_000_000);
  expect(r.outputs.notes).toContain('### Features');
  expect(r.outputs.notes.split('\n').at(-1)).toMatch(
    /^… \d+ lines \(\d+ KiB\) left out: GitHub limits a step output to 1 MB; the full text is in CHANGELOG\.md/,
  );
  expect(r.annotations).toContainEqual(
    expect.objectContaining({ level: 'warning', message: expect.stringMatching(/^The output 'notes' was cut to fit GitHub's 1 MB limit/) }),
  );

  // The log shows the head of the notes and of the diff, then one line each for the rest.
  expect(r.stdout).toMatch(/\n… \d+ more lines of notes not shown; the full notes are in CHANGELOG\.md/);
  expect(r.stdout).toMatch(/\n… \d+ more lines of the diff not shown; a run without dry-run makes them in the release PR\./);
  expect(r.stdout).toContain('+++ b/CHANGELOG.md');
  expect(Buffer.byteLength(r.stdout)).toBeLessThan(1_000_000);
}, 120_000);
