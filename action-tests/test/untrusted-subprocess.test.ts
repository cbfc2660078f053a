import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';

// Issue 16, items 9 and 11, through the committed prepare-release bundle: the lock command is
// third-party code, so it gets neither the tokens of the job nor a say over the runner's log, and no
// git process lockstep starts runs a hook the checkout's config points at.

const REPO = 'acme/mono';

// Credentials a runner's step environment holds (fake values, each unique so a leak is findable).
const SECRETS = {
  ACTIONS_RUNTIME_TOKEN: 'runtime-secret-7c1f',
  ACTIONS_RUNTIME_URL: 'https://pipelines.example/runtime-url-secret-5d2e/',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-secret-93ab',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/oidc-url-secret-41c0',
  GITHUB_TOKEN: 'ghs_env-github-token-secret-0a9d',
  GH_TOKEN: 'ghs_env-gh-token-secret-66e1',
  GIT_CONFIG_COUNT: '1',
  GIT_CONFIG_KEY_0: 'http.https://github.com/.extraheader',
  GIT_CONFIG_VALUE_0: 'AUTHORIZATION: basic cGVyc2lzdGVkLWhlYWRlci1zZWNyZXQtYjE3Mg==',
};

let fx: GitFixture;
let gh: GitHubDouble;
let scratch: string;

/**
 * The lock command an attacker-controlled package manager would be: it
 * writes the lock file, dumps its whole environment to `envOut`, and
 * prints workflow commands, hoping the runner acts on them.
 */
const LOCKER = [
  "const fs = require('fs');",
  "const v = /liba = \"([^\"]+)\"/.exec(fs.readFileSync('pyproject.toml', 'utf8'))[1];",
  "fs.writeFileSync('poetry.lock', 'liba ' + v + '\\n');",
  'fs.writeFileSync(process.argv[2], JSON.stringify(process.env));',
  'console.log("resolving dependencies");',
  'console.log("::warning file=Chart.yaml,line=1::planted by the lock command");',
  'console.log("::add-mask::1.5.0");',
  'console.log("  ::error title=lockstep::indented fake error");',
  'console.log("\\u0085::notice::after a NEL");',
  'console.log("##[error]legacy form");',
  'console.error("::set-output name=version::9.9.9");',
  'console.log("::stop-commands::pwnstop");',
  'console.log("done");',
].join('\n');

beforeEach(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'lockstep-untrusted-'));
  writeFileSync(join(scratch, 'locker.cjs'), LOCKER);
  fx = GitFixture.create({
    '.github/lockstep.yml': [
      'packages: [libs/*/pyproject.toml]',
      'pins:',
      '  - files: services/*/pyproject.toml',
      '    table: tool.poetry.group.prod.dependencies',
      '    names: [liba]',
      `lock-command: ${JSON.stringify(['node', join(scratch, 'locker.cjs'), join(scratch, 'env.json')])}`,
      '',
    ].join('\n'),
    '.version': '1.4.2\n',
    'libs/liba/pyproject.toml': '[tool.poetry]\nname = "liba"\nversion = "1.4.2"\n',
    'services/api/pyproject.toml':
      '[tool.poetry]\nname = "api"\nversion = "0.0.0"\n\n[tool.poetry.group.prod.dependencies]\nliba = "^1.4.2"\n',
    'services/api/poetry.lock': 'liba ^1.4.2\n',
    'README.md': 'mono\n',
  });
  fx.git('tag', '-a', '-m', 'v1.4.2', 'v1.4.2');
  fx.commit('feat(api): add export (#12)', { 'services/api/app.py': 'export\n' });
  fx.git('push', '--quiet', '--follow-tags', 'origin', 'main');
  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
});

afterEach(async () => {
  await gh.stop();
  fx.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

function run(dir: string, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('prepare-release', {
    workspace: dir,
    inputs: { 'github-token': gh.token },
    eventName: 'push',
    env: { ...gh.env(), ...GIT_ENV, GITHUB_REPOSITORY: REPO, GITHUB_REF: 'refs/heads/main', SOURCE_DATE_EPOCH: '1795000000', ...env },
    timeoutMs: 120000,
  });
}

// Every character .NET's Char.IsWhiteSpace accepts: the runner's TrimStart removes them before it looks for "::".
const DOTNET_SPACE =
  '\t\n\u000b\u000c\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
function runnerTrimStart(l: string): string {
  let i = 0;
  while (i < l.length && DOTNET_SPACE.includes(l[i])) i++;
  return l.slice(i);
}

/** The lines of a stream the runner would act on: commands after its TrimStart, and the legacy `##[` form. */
const commandLines = (out: string) => out.split(/\r\n|\r|\n/).filter((l) => runnerTrimStart(l).startsWith('::') || l.includes('##['));

test('item 11: lock-command output is logged as text; none of its workflow commands takes effect', async () => {
  const r = await run(fx.clone('main', 1));
  expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
  expect(r.code).toBe(0);
  // It was logged (so the escaping is what keeps it inert) …
  expect(r.stdout).toContain('resolving dependencies');
  expect(r.stdout).toContain('planted by the lock command');
  expect(r.stdout).toContain('stop-commands::pwnstop');
  // … and the runner sees only lockstep's own commands: the token's masks, groups, and nothing else.
  const own = (l: string) =>
    l === `::add-mask::${gh.token}` || /^::add-mask::[A-Za-z0-9+/=%]+$/.test(l) || /^::(group::.*|endgroup::)$/.test(l);
  const foreign = [...commandLines(r.stdout), ...commandLines(r.stderr)].filter((l) => !own(l));
  expect(foreign).toEqual([]);
  expect(r.commands.filter((c) => c.command === 'add-mask').map((c) => c.message)).not.toContain('1.5.0');
  expect(r.annotations).toEqual([]);
  expect(r.outputs.version).toBe('1.5.0');
  // The release went on past the lock command: its commands could not stop the log's later ones.
  expect(r.stdout).toContain('::group::Release notes');
});

test('item 9: the lock command gets a scrubbed environment: no input, runtime, OIDC or git credential', async () => {
  const r = await run(fx.clone('main', 1), SECRETS);
  expect(r.code).toBe(0);
  const seen = JSON.parse(readFileSync(join(scratch, 'env.json'), 'utf8')) as Record<string, string>;
  const dump = JSON.stringify(seen);
  expect(dump).not.toContain(gh.token);
  for (const [name, value] of Object.entries(SECRETS)) {
    if (name === 'GIT_CONFIG_COUNT') continue;
    expect([name, dump.includes(value)]).toEqual([name, false]);
  }
  expect(
    Object.keys(seen).filter(
      (k) => /^(INPUT_|ACTIONS_|GIT_CONFIG_(COUNT|KEY_|VALUE_|PARAMETERS))/.test(k) || k === 'GITHUB_TOKEN' || k === 'GH_TOKEN',
    ),
  ).toEqual([]);
  // What a package manager needs is still there.
  expect(seen.PATH).toBe(process.env.PATH);
  expect(seen.HOME).toBeTruthy();
  expect(seen.GITHUB_REPOSITORY).toBe(REPO);
});

test('item 9: no git process lockstep starts runs a hook the checkout config points core.hooksPath at', async () => {
  const dir = fx.clone('main', 1);
  const hooks = join(scratch, 'hooks');
  const marker = join(scratch, 'hook-ran');
  mkdirSync(hooks);
  const names = [
    'reference-transaction',
    'pre-push',
    'pre-commit',
    'post-commit',
    'post-checkout',
    'post-merge',
    'post-rewrite',
    'pre-auto-gc',
    'post-index-change',
    'fsmonitor-watchman',
  ];
  for (const h of names) {
    writeFileSync(join(hooks, h), `#!/bin/sh\necho ${h} >> '${marker}'\nexit 0\n`);
    chmodSync(join(hooks, h), 0o755);
  }
  fx.git('-C', dir, 'config', 'core.hooksPath', hooks);
  // The hooks work: a plain git ref update in this checkout runs reference-transaction.
  fx.git('-C', dir, 'update-ref', 'refs/probe/hooks', 'HEAD');
  fx.git('-C', dir, 'update-ref', '-d', 'refs/probe/hooks');
  expect(readFileSync(marker, 'utf8')).toContain('reference-transaction');
  rmSync(marker);

  const r = await run(dir);
  expect(r.code).toBe(0);
  expect(gh.pulls(REPO)).toHaveLength(1);
  expect(existsSync(marker) ? readFileSync(marker, 'utf8') : '').toBe('');
});
