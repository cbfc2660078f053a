import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { node24, repoRoot } from '../harness/run-action.ts';

// The cold-start shape (issue 11): each bundle refuses a bad input with its entry chunk alone. The
// entry is copied without the chunks ncc made of the `await import()`s (the YAML, SemVer, glob, git,
// GitHub and registry code); a refusal that needed any of them would fail to load it instead of
// printing the same error as the whole bundle. A preload lists the built-in modules loaded, so an
// eager import of the registry, GitHub or git code (node:crypto, node:http, node:child_process) shows.

let tmp: string;
beforeAll(() => (tmp = mkdtempSync(join(tmpdir(), 'lockstep-cold-'))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PRELOAD = `const base = new Set(process.moduleLoadList);
process.on('exit', () => require('fs').writeSync(2, '\\nbuiltins: ' + process.moduleLoadList.filter((m) => !base.has(m) && m.startsWith('NativeModule ') && !m.includes('internal/')).map((m) => m.slice(13)).join(' ') + '\\n'));
`;

/**
 * The bundle's dist/ with only its entry file (and the package.json that marks it ESM), and the
 * chunks whose text `also` matches (each under 32 KiB: a small library a given input needs).
 */
function entryOnly(dist: string, entry: string, name: string, also?: RegExp): string {
  const dir = join(tmp, name, 'dist');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(dist, entry), join(dir, entry));
  if (also) {
    const chunks = readdirSync(dist).filter((f) => /^\d+\.index\.js$/.test(f) && also.test(readFileSync(join(dist, f), 'utf8')));
    expect(chunks).toHaveLength(1);
    for (const c of chunks) {
      expect(statSync(join(dist, c)).size).toBeLessThan(32 * 1024);
      copyFileSync(join(dist, c), join(dir, c));
    }
  }
  copyFileSync(join(dist, 'package.json'), join(dir, 'package.json'));
  // Not vacuous: the whole bundle has chunks the copy leaves out.
  expect(readdirSync(dist).filter((f) => /^\d+\.index\.js$/.test(f)).length).toBeGreaterThan(0);
  return join(dir, entry);
}

async function run(script: string, args: string[], env: Record<string, string>, cwd: string) {
  const preload = join(tmp, 'preload.cjs');
  writeFileSync(preload, PRELOAD);
  const r = spawnSync(await node24(), ['-r', preload, script, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmp, ...env },
    encoding: 'utf8',
  });
  const [stderr, builtins = ''] = r.stderr.split('\nbuiltins: ');
  return { code: r.status, stdout: r.stdout, stderr, builtins: builtins.trim().split(' ') };
}

function workspace(): Record<string, string> {
  const ws = mkdtempSync(join(tmp, 'ws-'));
  spawnSync('git', ['init', '--quiet', ws]);
  writeFileSync(join(ws, 'event.json'), '{}');
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(ws, 'event.json'),
    GITHUB_OUTPUT: join(ws, 'output'),
    GITHUB_STEP_SUMMARY: join(ws, 'summary'),
  };
}

// net and tty too: process.stdout on a pipe loads net (2–3 ms); the runner's lines are written with fs.writeSync (text/stdio.ts).
const HEAVY_BUILTINS = ['crypto', 'http', 'https', 'dns', 'child_process', 'net', 'tty'];

describe('each action refuses a bad input with its entry chunk alone', () => {
  test.each([
    ['bump-chart', { 'INPUT_WORKING-DIRECTORY': '../outside' }, 'working-directory: ../outside is outside the workspace'],
    // A version input is checked by semver's valid(), loaded only when the input is given: that chunk alone.
    ['bump-chart', { INPUT_VERSION: 'v1.0' }, "input 'version' is 'v1.0', not a SemVer 2 version", /MAX_SAFE_COMPONENT_LENGTH/],
    ['capture-digests', { 'INPUT_WORKING-DIRECTORY': '../outside' }, 'working-directory: ../outside is outside the workspace'],
    ['capture-digests', { INPUT_PLATFORM: 'amd64' }, "input 'platform' is 'amd64'"],
    ['capture-digests', { INPUT_IMAGES: 'api=ghcr.io/acme/api' }, "images line 1: api: 'ghcr.io/acme/api' has no tag"],
    [
      'promote-env',
      { INPUT_TO: 'staging', 'INPUT_WORKING-DIRECTORY': '../outside' },
      'working-directory: ../outside is outside the workspace',
    ],
    ['promote-env', { INPUT_TO: 'staging', INPUT_REPOSITORY: 'not a repo' }, "input 'repository' is 'not a repo'"],
    ['prepare-release', { 'INPUT_WORKING-DIRECTORY': '../outside' }, 'working-directory: ../outside is outside the workspace'],
    ['prepare-release', { INPUT_AUTHOR: 'nobody' }, "input 'author': expected 'Name <email>'"],
    ['chart-bump-check', { INPUT_BASE: 'main', INPUT_BREAKING: 'sometimes' }, "input 'breaking' is 'sometimes'"],
    ['publish-chart', { INPUT_REGISTRY: 'oci://Charts.example' }, "input 'registry' is 'oci://Charts.example', not an OCI registry path"],
    ['publish-chart', { 'INPUT_SIGNING-KEY': 'ssh-ed25519 AAAA' }, "input 'signing-key' is not a PEM private key"],
  ] as [string, Record<string, string>, string, RegExp?][])(
    '%s with %j: the same ::error as the whole bundle, no heavy built-in loaded',
    async (...row) => {
      // A rest parameter: a row without `also` must not make jest pass its done callback in its place.
      const [action, inputs, message, also] = row;
      const dist = join(repoRoot, 'actions', action, 'dist');
      const env: Record<string, string> = { ...workspace(), ...inputs };
      const whole = await run(join(dist, 'index.js'), [], env, env.GITHUB_WORKSPACE);
      const entry = await run(
        entryOnly(dist, 'index.js', `${action}-${Object.keys(inputs).join('-')}`, also),
        [],
        env,
        env.GITHUB_WORKSPACE,
      );
      expect(whole.code).toBe(1);
      expect(whole.stdout).toContain(message);
      expect({ code: entry.code, stdout: entry.stdout, stderr: entry.stderr }).toEqual({
        code: whole.code,
        stdout: whole.stdout,
        stderr: whole.stderr,
      });
      // The entry holds light modules only (82–139 KiB today, promote-env the largest: its request, the settings
      // reader and its table with every input's docs line — 138 KiB since values-contract, signing-key and
      // signing-key-file joined it); the YAML library alone is larger than 120 KiB, so an entry that pulled it in
      // would be past 190 KiB.
      expect(statSync(join(dist, 'index.js')).size).toBeLessThan(140 * 1024);
      // chart-bump-check loads node:child_process on purpose: git starts before its libraries load.
      const heavy = HEAVY_BUILTINS.filter((b) => !(action === 'chart-bump-check' && b === 'child_process'));
      expect(entry.builtins.filter((b) => heavy.includes(b.replace(/^node:/, '')))).toEqual([]);
    },
  );
});

describe('lockstep --help and a usage error need only lockstep.js', () => {
  test.each([
    [['--help'], 0, 'Usage: lockstep [options] [command]'],
    [['--version'], 0, '0.1.0'],
    [['bump', '--bogus'], 2, "error: unknown option '--bogus'"],
    [['check', '--help'], 0, '--protected-values <value>'],
  ])('lockstep %j', async (args, code, shown) => {
    const dist = join(repoRoot, 'packages', 'cli', 'dist');
    const r = await run(entryOnly(dist, 'lockstep.js', 'cli'), args, {}, tmp);
    expect({ code: r.code, out: (r.stdout + r.stderr).includes(shown) }).toEqual({ code, out: true });
  });
});
