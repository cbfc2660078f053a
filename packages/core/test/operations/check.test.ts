import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { Inputs, mapInputs } from '../../src/contract/inputs.ts';
import type { ChartCheck } from '../../src/checks/types.ts';
import { UserError, UserErrors } from '../../src/errors.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import { type GitSpawner } from '../../src/git/spawn.ts';
import { asRepo } from '../../src/git/repo.ts';
import { checkRequest as requestOf, type CheckEventPayload } from '../../src/operations/check/request.ts';
import { run as runCheck, type CheckResult } from '../../src/operations/check/run.ts';
import { literalPrefix } from '../../src/operations/check/targets.ts';
import { checkFailure, checkLogLine, checkMarkdown, checkView, checkWarnings, howToFix } from '../../src/operations/check/view.ts';
import type { RunEvent } from '../../src/contract/world.ts';
import { collectingReporter } from '../../src/report/reporter.ts';
import { renderTerminal } from '../../src/report/view.ts';
import { testWorld } from '../test-world.ts';

const inputs = (values: Record<string, string>) => new Inputs(mapInputs(values));
/** The event a test gives the request (no payload: an unreadable event file); none at all is a terminal's. */
type CheckEvent = Omit<RunEvent, 'payload'> & { payload?: CheckEventPayload };
const checkRequest = (given: Inputs, event?: CheckEvent) =>
  requestOf(given, testWorld('.', { event: () => ({ ...event, payload: { ...event?.payload } }) }));
/** The world of a check run: the fixture's folder, git through `git` when given. */
const checkWorld = (w: { workspace: string; git?: (cwd: string) => GitSpawner; reporter: ReturnType<typeof collectingReporter> }) =>
  testWorld(w.workspace, { reporter: w.reporter, services: w.git ? { repo: (cwd) => asRepo(w.git!(cwd)) } : {} });
const chart = (name: string, v: string) => `apiVersion: v2\nname: ${name}\nversion: ${v}\n`;
const fixtures: GitFixture[] = [];
afterAll(() => fixtures.forEach((f) => f.cleanup()));

describe('checkRequest: inputs and the event become the request', () => {
  const pr: CheckEvent = {
    name: 'pull_request',
    payload: { pull_request: { base: { sha: 'b'.repeat(40), ref: 'main' }, head: { sha: 'h'.repeat(40) } } },
  };
  const queue: CheckEvent = {
    name: 'merge_group',
    payload: { merge_group: { base_sha: 'c'.repeat(40), base_ref: 'refs/heads/release/1.x', head_sha: 'd'.repeat(40) } },
  };
  test.each<[string, Record<string, string>, CheckEvent | undefined, Partial<ReturnType<typeof checkRequest>>]>([
    ['a pull request: its base, head and base branch', {}, pr, { base: 'b'.repeat(40), head: 'h'.repeat(40), baseBranch: 'main' }],
    [
      'a merge group: its base, head and branch without refs/heads/',
      {},
      queue,
      { base: 'c'.repeat(40), head: 'd'.repeat(40), baseBranch: 'release/1.x' },
    ],
    ['base given: no base branch tip is compared', { base: 'main' }, pr, { base: 'main', head: 'h'.repeat(40), baseBranch: undefined }],
    ['base and head given, no event (the CLI)', { base: 'v1', head: 'v2' }, undefined, { base: 'v1', head: 'v2', baseBranch: undefined }],
    ['head defaults to HEAD', { base: 'main' }, undefined, { head: 'HEAD' }],
    [
      'lists and choices',
      {
        base: 'main',
        charts: 'charts/a, charts/b',
        'protected-values': 'charts/*/values-prod.yaml',
        ignore: 'README.md',
        breaking: 'warn',
        changelog: 'off',
      },
      undefined,
      {
        charts: ['charts/a', 'charts/b'],
        protectedGlobs: ['charts/*/values-prod.yaml'],
        ignore: ['README.md'],
        breaking: 'warn',
        changelog: 'off',
      },
    ],
    [
      'defaults',
      { base: 'main' },
      undefined,
      // The table's defaults, as the runner passes them; changelog not given: the config decides.
      { workingDirectory: '.', config: '.github/lockstep.yml', charts: [], breaking: 'error' },
    ],
  ])('%s', (_what, values, event, expected) => {
    expect(checkRequest(inputs(values), event)).toMatchObject(expected);
  });

  test.each<[string, Record<string, string>, CheckEvent | undefined, string]>([
    ['no base and no pull request', {}, { name: 'push', payload: {} }, "input 'base' is not set and the event is not a pull request"],
    [
      'a pull request whose event file is lost',
      {},
      { name: 'pull_request', problem: 'is missing (GITHUB_EVENT_PATH is not set)' },
      'the pull_request event file is missing (GITHUB_EVENT_PATH is not set)',
    ],
    ['a bad choice', { base: 'main', breaking: 'sometimes' }, undefined, "input 'breaking' is 'sometimes'"],
  ])('%s is a user error', (_what, values, event, message) => {
    expect(() => checkRequest(inputs(values), event)).toThrow(UserError);
    expect(() => checkRequest(inputs(values), event)).toThrow(message);
  });

  test.each([
    ['charts/*', 'charts'],
    ['deploy/charts/{a,b}', 'deploy/charts'],
    ['charts/myapp', 'charts/myapp'],
    ['**/values-prod.yaml', '.'],
    ['  charts\\win\\*', 'charts/win'],
  ])('literalPrefix(%j) is %j', (pattern, prefix) => {
    expect(literalPrefix(pattern)).toBe(prefix);
  });
});

describe('runCheck on a real repository', () => {
  function repo() {
    const f = GitFixture.create({
      'charts/myapp/Chart.yaml': chart('myapp', '1.0.0'),
      'charts/myapp/templates/a.yaml': 'a\n',
      'README.md': 'x\n',
    });
    fixtures.push(f);
    const base = f.git('rev-parse', 'HEAD');
    return { f, base };
  }

  test('git starts before runCheck first waits: the overlap with loading the libraries', async () => {
    const { f, base } = repo();
    const head = f.commit('change', { 'charts/myapp/templates/a.yaml': 'b\n' });
    const calls: string[] = [];
    const real = gitSpawner(f.dir);
    const git = (): GitSpawner => (args) => {
      calls.push(args.join(' '));
      return real(args);
    };
    const running = runCheck(checkRequest(inputs({ base, head })), checkWorld({ workspace: f.dir, git, reporter: collectingReporter() }));
    // Synchronously, before any await: the diff and the listing of the head were spawned through the world's git.
    expect(calls.some((c) => c.startsWith('diff'))).toBe(true);
    expect(calls.some((c) => c.startsWith('ls-tree'))).toBe(true);
    const r = await running;
    expect(r.ok).toBe(false);
    expect(r.outputs.ok).toBe('false');
    expect(JSON.parse(r.outputs['changed-charts'])).toEqual([
      {
        path: 'charts/myapp',
        name: 'myapp',
        base: '1.0.0',
        head: '1.0.0',
        required: 'patch',
        ok: false,
        problems: ['charts/myapp/Chart.yaml:3: charts/myapp changed but version 1.0.0 was not bumped — needs 1.0.1 or higher'],
      },
    ]);
    expect(r.range).toMatchObject({ base, head, fetched: [] });
    const failure = checkFailure(r)!;
    expect(failure).toBeInstanceOf(UserErrors);
    expect(failure.summarized).toBe(true);
    expect(failure.errors.map((e) => e.format())).toEqual([
      'charts/myapp/Chart.yaml:3: charts/myapp changed but version 1.0.0 was not bumped — needs 1.0.1 or higher',
    ]);
  });

  test('a passing check: no failure; a file outside the charts changes nothing', async () => {
    const { f, base } = repo();
    const head = f.commit('docs', { 'README.md': 'y\n' });
    const r = await runCheck(checkRequest(inputs({ base, head })), checkWorld({ workspace: f.dir, reporter: collectingReporter() }));
    expect(r).toMatchObject({ ok: true, charts: [], outputs: { ok: 'true', 'changed-charts': '[]' } });
    expect(checkFailure(r)).toBeUndefined();
  });

  test('user mistakes are thrown before git is asked anything', async () => {
    const { f, base } = repo();
    const calls: string[] = [];
    const git = (): GitSpawner => async (args) => {
      calls.push(args.join(' '));
      return { code: 0, stdout: Buffer.alloc(0), stderr: '' };
    };
    const world = checkWorld({ workspace: f.dir, git, reporter: collectingReporter() });
    await expect(runCheck(checkRequest(inputs({ base, charts: '../elsewhere/*' })), world)).rejects.toThrow(
      'charts: ../elsewhere is outside the workspace',
    );
    await expect(runCheck(checkRequest(inputs({ base, 'working-directory': 'nope' })), world)).rejects.toThrow(
      "working-directory 'nope' does not exist",
    );
    expect(calls).toEqual([]);
  });
});

describe('the two renderings of one result', () => {
  const failing: ChartCheck = {
    path: 'charts/myapp',
    name: 'myapp',
    base: '1.0.0',
    head: '1.0.0',
    required: 'patch',
    ok: false,
    status: 'changed',
    reasons: ['1 packaged file changed'],
    problems: [
      {
        level: 'error',
        file: 'charts/myapp/Chart.yaml',
        line: 3,
        message: 'charts/myapp changed but version 1.0.0 was not bumped',
        hint: 'needs 1.0.1 or higher',
      },
    ],
    fix: { version: '1.0.1', level: 'patch' },
  };
  const warned: ChartCheck = {
    path: 'charts/web',
    name: 'web <b>',
    base: '2.0.0',
    head: '2.0.1',
    required: 'major',
    ok: true,
    status: 'changed',
    reasons: ['1 packaged file changed'],
    problems: [
      { level: 'warning', file: 'charts/web/values.yaml', line: 4, message: 'key a removed', hint: 'breaking, needs 3.0.0 or higher' },
    ],
  };
  const result = (charts: ChartCheck[], extra: Partial<CheckResult> = {}): CheckResult => ({
    charts,
    protectedFiles: ['charts/myapp/values-prod.yaml'],
    protectedProblems: [],
    ok: charts.every((c) => c.ok),
    outputs: { ok: 'x', 'changed-charts': '[]' },
    range: { base: 'a'.repeat(40), head: 'b'.repeat(40), baseTip: 'c'.repeat(40), fetched: ['refreshed origin/main'] },
    ...extra,
  });

  test('the summary: verdict, compared commits, the charts table, how to fix, the protected files', () => {
    const md = checkMarkdown(result([failing, warned]));
    expect(
      md.startsWith(
        '### chart-bump-check: failed\n\nCompared head `bbbbbbbbbbbb` with their merge base (base `aaaaaaaaaaaa`, base branch tip `cccccccccccc`).\n',
      ),
    ).toBe(true);
    expect(md).toContain('Fetched from origin: refreshed origin/main.');
    expect(md).toContain(
      '| myapp (charts/myapp) | 1.0.0 → 1.0.0 | patch | ❌ fail | 1 packaged file changed<br>charts/myapp/Chart.yaml:3:',
    );
    // Names from files never become markup.
    expect(md).toContain('| web &lt;b&gt; (charts/web) | 2.0.0 → 2.0.1 | major |');
    expect(md).toContain('⚠️ pass with warnings | 1 packaged file changed<br>warning: charts/web/values.yaml:4: key a removed');
    expect(md).toContain(
      '**How to fix**\n\n- myapp (`charts/myapp`): write `version: 1.0.1` in `charts/myapp/Chart.yaml`, or run bump-chart with `charts: charts/myapp` and `level: patch`\n',
    );
    expect(md).toContain('| charts/myapp/values-prod.yaml | ✅ every image this file pins is pinned by digest |');
    // The file's own pins say nothing of what its environment renders: that is the environments' table, said per verdict.
    expect(md).not.toContain('✅ every image pinned by digest');
  });

  test('each protected environment: pinned only as its render judged it, else refused or not judged with the reason', () => {
    const md = checkMarkdown(
      result([warned], {
        protectedEnvironments: [
          { environment: 'prod', verdict: 'pinned', images: 3 },
          { environment: 'eu', verdict: 'refused', reason: '1 of 2 rendered images not pinned by digest' },
          { environment: 'us', verdict: 'not-judged', reason: 'no helm on PATH' },
          { environment: 'one', verdict: 'pinned', images: 1 },
        ],
      }),
    );
    expect(md).toContain(
      [
        '| Protected environment | Images it runs (its render at the head) |',
        '| --- | --- |',
        '| prod | ✅ every rendered image pinned by digest (3 images judged) |',
        '| eu | ❌ 1 of 2 rendered images not pinned by digest |',
        '| us | ⚪ not judged: no helm on PATH |',
        '| one | ✅ every rendered image pinned by digest (1 image judged) |',
      ].join('\n'),
    );
    const text = renderTerminal(
      checkView(result([warned], { protectedEnvironments: [{ environment: 'us', verdict: 'not-judged', reason: 'render is off' }] })),
    );
    expect(text).toContain('note: protected environment us: ⚪ not judged: render is off');
  });

  test('the terminal: the same rows, the fix and protected files as notes, warnings last, no Markdown', () => {
    const text = renderTerminal(checkView(result([failing, warned])));
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Chart +Version \(base → head\) +Required +Result +Why$/);
    expect(lines[1]).toMatch(/^myapp \(charts\/myapp\) +1\.0\.0 → 1\.0\.0 +patch +❌ fail +1 packaged file changed$/);
    expect(text).toContain(
      'Compared head bbbbbbbbbbbb with their merge base (base aaaaaaaaaaaa, base branch tip cccccccccccc). The check failed.',
    );
    expect(text).toContain(
      'note: how to fix: myapp (charts/myapp): write version: 1.0.1 in charts/myapp/Chart.yaml, or run lockstep bump --charts charts/myapp --level patch',
    );
    expect(text).toContain('note: protected charts/myapp/values-prod.yaml: ✅ every image this file pins is pinned by digest');
    expect(text).toContain('note: fetched from origin: refreshed origin/main');
    expect(lines.at(-2)).toBe('warning: charts/web/values.yaml:4: key a removed — breaking, needs 3.0.0 or higher');
    expect(text).not.toContain('`');
  });

  test('nothing changed: one sentence instead of a table in the summary', () => {
    const r = result([], { protectedFiles: [] });
    expect(checkMarkdown(r)).toContain('No chart changed in a way `helm package` would see.');
    expect(checkMarkdown(r)).not.toContain('| Chart |');
    expect(checkView(r).status).toContain('No chart changed in a way helm package would see. The check passed.');
  });

  test('warnings, log lines and fixes', () => {
    expect(checkWarnings(result([failing, warned])).map((p) => p.message)).toEqual(['key a removed']);
    expect([failing, warned].map(checkLogLine)).toEqual([
      'FAIL charts/myapp: 1.0.0 → 1.0.0 (required: patch)',
      'ok   charts/web: 2.0.0 → 2.0.1 (required: major)',
    ]);
    expect(howToFix({ ...failing, fix: undefined, problems: [] })).toBe('- myapp (`charts/myapp`): see the problems above');
  });
});
