import { execFileSync } from 'node:child_process';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// Issue 16, "Writing to GitHub": a garbled or cut-off API reply (a captive portal's HTML page with
// status 200, JSON cut mid-way by a dropped connection, an empty object) is a failed request, never a
// success. Reads are retried, then fail naming the endpoint and what was wrong; a create whose reply
// was garbled is looked up before it is made again. Through the committed bundles on Node 24 against
// the GitHub REST double.

const REPO = 'acme/mono';
const TOKEN = `ghs_${'Q7'.repeat(18)}`;
const RELEASE_BY_TAG = 'GET /repos/{owner}/{repo}/releases/tags/{tag}';
const CREATE_RELEASE = 'POST /repos/{owner}/{repo}/releases';
const CREATE_PULL = 'POST /repos/{owner}/{repo}/pulls';
const LIST_PULLS = 'GET /repos/{owner}/{repo}/pulls';

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

let fx: GitFixture;
let gh: GitHubDouble;

beforeEach(async () => {
  fx = GitFixture.create({
    '.version': '1.4.2\n',
    'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 0.13.0\nappVersion: "1.4.2"\n',
    'README.md': 'mono\n',
  });
  fx.git('tag', '-a', '-m', 'v1.4.2', 'v1.4.2');
  fx.commit('feat(api): add export (#12)', { 'app.py': 'export\n' });
  fx.git('push', '--quiet', '--follow-tags', 'origin', 'main');
  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }], token: TOKEN });
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
  fx.cleanup();
});

function run(dir = fx.clone('main', 1)): Promise<ActionRun> {
  return runAction('prepare-release', {
    workspace: dir,
    inputs: { 'github-token': TOKEN },
    eventName: 'push',
    env: { ...gh.env(), ...GIT_ENV, GITHUB_REPOSITORY: REPO, GITHUB_REF: 'refs/heads/main', SOURCE_DATE_EPOCH: '1795000000' },
    timeoutMs: 120000,
  });
}

/** The release PR opened and merged: the next run on main publishes v1.5.0. */
async function mergedReleasePr(): Promise<void> {
  const opened = await run();
  expect(opened.outputs['pr-number']).toBe('1');
  const res = await fetch(`${gh.url}/repos/${REPO}/pulls/1/merge`, {
    method: 'PUT',
    headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: 'squash' }),
  });
  expect(res.status).toBe(200);
  gh.log.length = 0;
}

/** No write went to a pull request without its number (`PATCH …/pulls`, `…/pulls/undefined`). */
function noNumberlessRequests(): void {
  const numberless = gh.log.filter(
    (e) => (e.method === 'PATCH' && !/\/pulls\/\d+$/.test(e.path)) || /\/pulls\/(?!\d+(\/|$|\?))/.test(e.path),
  );
  expect(numberless.map((e) => `${e.method} ${e.path}`)).toEqual([]);
}

describe('publish mode: a garbled answer to GET /releases/tags/{tag} is not "the Release exists"', () => {
  test.each([
    [
      'an HTML page with status 200',
      'html-200' as const,
      /GET \/repos\/acme\/mono\/releases\/tags\/v1\.5\.0: the reply was not JSON \(text\/html\)/,
    ],
    [
      'JSON cut off mid-way',
      'truncated-json' as const,
      /GET \/repos\/acme\/mono\/releases\/tags\/v1\.5\.0: the reply was empty or cut off/,
    ],
    ['an empty object', 'empty-json' as const, /GET \/repos\/acme\/mono\/releases\/tags\/v1\.5\.0: .*missing numeric id/],
  ])('%s on every try: retried, then exit 1 naming the endpoint; no released=true, no Release', async (_name, kind, message) => {
    await mergedReleasePr();
    const fault = gh.fault({ route: RELEASE_BY_TAG, kind, times: 50 });
    const r = await run();
    expect(r.code).toBe(1);
    expect(fault.hits).toBeGreaterThan(1);
    expect(fault.hits).toBeLessThanOrEqual(4);
    const [error, ...more] = errors(r);
    expect(more).toEqual([]);
    expect(error).toMatch(message);
    expect(error).not.toMatch(/internal error|undefined/);
    expect(r.stdout).not.toMatch(/already exists: undefined/);
    expect(r.stdout).not.toMatch(/^\s+at /m);
    expect(r.outputs.released).toBeUndefined();
    expect(gh.releases(REPO)).toEqual([]);
    expect(gh.count(CREATE_RELEASE)).toBe(0);
  });

  test('one garbled answer, then a good one: the read is retried and the Release is created once', async () => {
    await mergedReleasePr();
    const fault = gh.fault({ route: RELEASE_BY_TAG, kind: 'html-200' });
    const r = await run();
    expect(errors(r)).toEqual([]);
    expect(r.code).toBe(0);
    expect(fault.hits).toBe(1);
    expect(r.outputs).toMatchObject({ released: 'true', tag: 'v1.5.0' });
    expect(gh.releases(REPO).map((x) => x.tag)).toEqual(['v1.5.0']);
  });

  test('the create of the Release landed but its answer was cut off: it is found, not made twice', async () => {
    await mergedReleasePr();
    gh.fault({ route: CREATE_RELEASE, kind: 'truncated-json', landed: true });
    const r = await run();
    expect(errors(r)).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs.released).toBe('true');
    expect(gh.count(CREATE_RELEASE)).toBe(1);
    expect(gh.releases(REPO)).toHaveLength(1);
    expect(r.stdout).toMatch(
      /Created the GitHub Release v1\.5\.0 as a draft and published it: http:\/\/127\.0\.0\.1:\d+\/acme\/mono\/releases\/tag\/v1\.5\.0/,
    );
  });
});

describe('pull-request mode: a garbled answer to POST /pulls', () => {
  test('an HTML 200 and nothing was created: looked up, created again, one PR; never a PATCH without a number', async () => {
    const fault = gh.fault({ route: CREATE_PULL, kind: 'html-200' });
    const r = await run();
    expect(errors(r)).toEqual([]);
    expect(r.code).toBe(0);
    expect(fault.hits).toBe(1);
    expect(gh.count(CREATE_PULL)).toBe(2);
    expect(gh.pulls(REPO)).toHaveLength(1);
    expect(r.outputs['pr-number']).toBe('1');
    noNumberlessRequests();
  });

  test('an HTML 200 after the PR was created: it is found, not opened twice', async () => {
    gh.fault({ route: CREATE_PULL, kind: 'html-200', landed: true });
    const r = await run();
    expect(errors(r)).toEqual([]);
    expect(r.code).toBe(0);
    expect(gh.count(CREATE_PULL)).toBe(1);
    expect(gh.pulls(REPO)).toHaveLength(1);
    expect(r.outputs['pr-number']).toBe('1');
    noNumberlessRequests();
  });

  test('an HTML 200 on every try: exit 1 naming POST /pulls and the HTML, a bounded number of creates, no PATCH', async () => {
    const fault = gh.fault({ route: CREATE_PULL, kind: 'html-200', times: 50 });
    const r = await run();
    expect(r.code).toBe(1);
    expect(fault.hits).toBeGreaterThan(1);
    expect(fault.hits).toBeLessThanOrEqual(3);
    const [error, ...more] = errors(r);
    expect(more).toEqual([]);
    expect(error).toMatch(/POST \/repos\/acme\/mono\/pulls: the reply was not JSON \(text\/html\)/);
    expect(error).not.toMatch(/internal error/);
    expect(gh.log.filter((e) => e.method === 'PATCH')).toEqual([]);
    expect(gh.pulls(REPO)).toEqual([]);
    noNumberlessRequests();
  });
});

describe('a non-JSON 200 on a paginated list (GET /pulls)', () => {
  test('exit 1 with a named API error, not an internal error; the echoed token is printed nowhere', async () => {
    // A proxy's page that echoes the request headers back: `authorization: token ghs_…` is in the body.
    const fault = gh.fault({ route: LIST_PULLS, kind: 'html-200', times: 50, echoHeaders: true });
    const r = await run();
    expect(r.code).toBe(1);
    expect(fault.hits).toBeGreaterThan(1);
    const [error, ...more] = errors(r);
    expect(more).toEqual([]);
    expect(error).toMatch(/GET \/repos\/acme\/mono\/pulls: the reply was not JSON \(text\/html\)/);
    expect(error).not.toMatch(/internal error|TypeError/);
    // The one place the token may appear is the add-mask command that registers it with the runner.
    const printed = [...r.stdout.split('\n').filter((l) => l !== `::add-mask::${TOKEN}`), r.stderr, r.summary].join('\n');
    expect(printed).not.toContain(TOKEN);
    expect(printed).not.toContain(TOKEN.slice(4));
    expect(gh.pulls(REPO)).toEqual([]);
  });

  test('the CLI (lockstep release --push): the same named error on stderr, exit 1, the token nowhere in its output', async () => {
    const fault = gh.fault({ route: LIST_PULLS, kind: 'html-200', times: 50, echoHeaders: true });
    const dir = fx.clone('main', 1);
    const r = await runCli(['release', '--push'], {
      cwd: dir,
      env: { ...gh.env(), ...GIT_ENV, GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: REPO, SOURCE_DATE_EPOCH: '1795000000', LOCKSTEP_DEBUG: '1' },
      timeoutMs: 120000,
    });
    expect(r.code).toBe(1);
    expect(fault.hits).toBeGreaterThan(1);
    expect(r.stderr).toMatch(/GET \/repos\/acme\/mono\/pulls: the reply was not JSON \(text\/html\)/);
    expect(r.stderr).not.toMatch(/internal error|TypeError/);
    expect(`${r.stdout}\n${r.stderr}`).not.toContain(TOKEN);
    expect(`${r.stdout}\n${r.stderr}`).not.toContain(TOKEN.slice(4));
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(gh.pulls(REPO)).toEqual([]);
  });
});
