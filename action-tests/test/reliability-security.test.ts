import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { liveMarkdown } from '../harness/markdown.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';

// RELIABILITY.md cases 1–3 through the committed prepare-release bundle: hostile commit messages end up
// in the release PR as literal text, never start a workflow command in the log, and a ref input that
// looks like an option is refused before git runs.

const REPO = 'acme/mono';
const HOSTILE = [
  'feat: zzz";echo${IFS}"pwned";# $(touch MARKER) `touch MARKER`',
  // A breaking note's description is printed line by line with the release notes.
  'fix: tidy\n\nBREAKING CHANGE: the format\n::add-mask::x\n::stop-commands::t\n::error file=Chart.yaml,line=1::fake\n::set-output name=version::9.9.9',
];

// A subject written to dress up the release PR and the job summary: an image, raw HTML ending the
// summary's fold, a disguised link and a forged heading after a line break (a breaking note's body).
const MARKUP =
  'perf: ![pixel](https://evil.example/p.png) </details><img src="https://evil.example/i.png"> [click](https://evil.example/c)\n\nBREAKING CHANGE: x\n### Release approved ✅';

let fx: GitFixture;
let gh: GitHubDouble;
let scratch: string;

beforeEach(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'lockstep-sec-'));
  fx = GitFixture.create({ '.version': '1.4.2\n', 'README.md': 'mono\n' });
  fx.git('tag', '-a', '-m', 'v1.4.2', 'v1.4.2');
  const marker = join(scratch, 'pwned');
  fx.commit(HOSTILE[0].replaceAll('MARKER', marker), { 'a.txt': 'a\n' });
  fx.commit(HOSTILE[1], { 'b.txt': 'b\n' });
  fx.commit(MARKUP, { 'c.txt': 'c\n' });
  fx.git('push', '--quiet', '--follow-tags', 'origin', 'main');
  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
});

afterEach(async () => {
  await gh.stop();
  fx.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

function run(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('prepare-release', {
    workspace: fx.clone('main', 1),
    inputs: { 'github-token': gh.token, ...inputs },
    eventName: 'push',
    env: { ...gh.env(), ...GIT_ENV, GITHUB_REPOSITORY: REPO, GITHUB_REF: 'refs/heads/main', SOURCE_DATE_EPOCH: '1795000000' },
    timeoutMs: 120000,
  });
}

/** Lines the runner would read as workflow commands (it trims leading whitespace first). */
const commands = (stdout: string) =>
  stdout
    .split('\n')
    .map((l) => l.trimStart())
    .filter((l) => l.startsWith('::'));

test('shell text in commit messages reaches the PR and the commit as literal text; no command runs', async () => {
  const r = await run();
  expect(r.code).toBe(0);
  expect(existsSync(join(scratch, 'pwned'))).toBe(false);
  const [pull] = gh.pulls(REPO);
  expect(pull.body).toContain('zzz";echo${IFS}"pwned";#');
  expect(pull.body).toContain('$(touch');
  const subjects = execFileSync('git', ['--git-dir', fx.origin, 'log', '--format=%s', 'main'], { encoding: 'utf8' });
  expect(subjects).toContain('feat: zzz";echo${IFS}"pwned";#');
});

test('workflow commands inside commit messages never take effect: outputs and annotations are the action’s own', async () => {
  const r = await run();
  expect(r.code).toBe(0);
  expect(r.outputs.version).toBe('2.0.0');
  // The text was logged (so the escaping is what keeps it inert), and it reads literally.
  expect(r.stdout).toContain('add-mask::x');
  expect(r.stdout).toContain('set-output name=version::9.9.9');
  expect(r.annotations.filter((a) => a.message.includes('fake'))).toEqual([]);
  const found = commands(r.stdout);
  // Only the action's own commands: masks of the token it was given, groups and its own annotations.
  expect(found.filter((l) => /^::(add-mask::x$|stop-commands::|error file=Chart\.yaml|set-output)/.test(l))).toEqual([]);
});

test.each([
  ['base', '--upload-pack=touch MARKER'],
  ['base', 'main..evil'],
])('a %s input %j is refused naming the input before any git process runs', async (input, value) => {
  const marker = join(scratch, 'uploaded');
  const r = await run({ [input]: value.replace('MARKER', marker) });
  expect(r.code).toBe(1);
  expect(
    r.annotations
      .filter((a) => a.level === 'error')
      .map((a) => a.message)
      .join('\n'),
  ).toMatch(new RegExp(`\\b${input}\\b`));
  expect(existsSync(marker)).toBe(false);
  expect(gh.pulls(REPO)).toEqual([]);
  expect(execFileSync('git', ['--git-dir', fx.origin, 'for-each-ref', 'refs/heads/chore/'], { encoding: 'utf8' })).toBe('');
});

test('Markdown in commit messages stays text in the release PR body and the job summary', async () => {
  const r = await run();
  expect(r.code).toBe(0);
  const [pull] = gh.pulls(REPO);
  for (const [where, markdown] of [
    ['PR body', pull.body ?? ''],
    ['summary', r.summary],
  ] as const) {
    const live = liveMarkdown(markdown);
    expect([where, live.images]).toEqual([where, []]);
    // lockstep's own HTML only: the PR body's marker comment, the summary's fold.
    expect([where, live.html.filter((h) => !/^<!-- lockstep:[\w-]+ -->\n?$/.test(h) && !/^<\/?(details|summary)>/.test(h))]).toEqual([
      where,
      [],
    ]);
    expect([where, live.links.filter((l) => l.href.includes('evil.example') && l.text !== l.href)]).toEqual([where, []]);
    expect([where, live.headings.filter((h) => h.includes('approved'))]).toEqual([where, []]);
    expect([where, live.text]).toEqual([
      where,
      expect.stringContaining(
        '![pixel](https://evil.example/p.png) </details><img src="https://evil.example/i.png"> [click](https://evil.example/c)',
      ),
    ]);
  }
});
