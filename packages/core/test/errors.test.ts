import { parseVersionInput, checkBaseRef } from '../src/charts/inputs.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Face, named, setting, theInput, unset, UserError, words } from '../src/errors.ts';
import { TERMINAL, terminalFace } from '../src/text/terminal-face.ts';
import { assertRefInput } from '../src/git/refs.ts';

// Every UserError about an input carries the input in its `input` field, never in its text: the
// runner words it `input 'to'`, a terminal `--to`, each from the field (no face rewrites messages).

/** What each face shows, and what the error holds. */
const faces = (e: unknown) => {
  if (!(e instanceof UserError)) throw e;
  return { input: e.input, detail: e.detail, action: e.format(), cli: e.format(TERMINAL) };
};

const thrown = async (f: () => unknown) => {
  try {
    await f();
  } catch (e) {
    return faces(e);
  }
  throw new Error('did not throw');
};

describe('an input named in the field, worded by each face', () => {
  test('a detail after a space, and one that follows the name with a colon', () => {
    expect(faces(new UserError('is empty', { input: 'github-token', hint: 'pass it' }))).toEqual({
      input: 'github-token',
      detail: 'is empty',
      action: "input 'github-token' is empty — pass it",
      // The token is never a flag: a terminal names where it reads it from.
      cli: 'GITHUB_TOKEN (or GH_TOKEN) is empty — pass it',
    });
    expect(faces(new UserError(": 'x y' is odd", { input: 'base' }))).toEqual({
      input: 'base',
      detail: ": 'x y' is odd",
      action: "input 'base': 'x y' is odd",
      cli: "--base: 'x y' is odd",
    });
  });

  test('core refusals carry the input: a chart version, a base ref, a branch name', async () => {
    expect(await thrown(() => parseVersionInput('1.x', 'version'))).toEqual({
      input: 'version',
      detail: "is '1.x', not a SemVer 2 version",
      action: expect.stringMatching(/^input 'version' is '1\.x', not a SemVer 2 version — /),
      cli: expect.stringMatching(/^--version is '1\.x', not a SemVer 2 version — /),
    });
    expect(await thrown(() => checkBaseRef('--upload-pack=evil'))).toEqual({
      input: 'base',
      detail: ": '--upload-pack=evil' is not a ref or commit",
      action: "input 'base': '--upload-pack=evil' is not a ref or commit — use a branch, tag or commit sha",
      cli: "--base: '--upload-pack=evil' is not a ref or commit — use a branch, tag or commit sha",
    });
    const ref = await thrown(() => assertRefInput('-x', 'release-branch'));
    expect(ref.input).toBe('release-branch');
    expect(ref.detail).not.toContain("input '");
    expect(ref.cli).toMatch(/^--release-branch: "-x" is not a valid branch name \(starts with "-"\)/);
  });
});

describe('an input named in a message or a hint, worded by each face', () => {
  const shown = (e: UserError, flags?: readonly string[]) => ({
    action: e.format(),
    cli: e.format(flags === undefined ? TERMINAL : terminalFace(new Set(flags))),
  });

  test.each([
    [words`or ${setting('allow-skip', 'true')}`, 'or set allow-skip: true', 'or pass --allow-skip'],
    [words`or ${setting('verify-source', 'false')}`, 'or set verify-source: false', 'or pass --no-verify-source'],
    [words`use ${named('push', 'pr')} (the default)`, 'use push: pr (the default)', 'use --push pr (the default)'],
    [words`${theInput('registry')} is empty`, 'the registry input is empty', '--registry is empty'],
    [words`or ${unset('version')} to bump by level`, 'or leave version empty to bump by level', 'or leave out --version to bump by level'],
    [
      words`${setting('values-file')} (e.g. ${named('values-file', 'envs/{env}.yaml')})`,
      'pass values-file (e.g. values-file: envs/{env}.yaml)',
      'pass --values-file (e.g. --values-file envs/{env}.yaml)',
    ],
    [
      words`${setting('github-token')} (checks: read)`,
      'pass github-token (checks: read)',
      'export GITHUB_TOKEN (or GH_TOKEN) (checks: read)',
    ],
    [
      words`pass both ${named('username')} and ${named('password')}`,
      'pass both username and password',
      'pass both --username and --password-stdin',
    ],
  ])('%j: the runner says %j, a terminal %j', (hint, action, cli) => {
    expect(shown(new UserError('x', { hint }))).toEqual({ action: `x — ${action}`, cli: `x — ${cli}` });
  });

  test('dry-run is --push turned around where the command has --push, a switch of its own elsewhere', () => {
    const e = new UserError(words`record: deployments has no dry run, and this run is ${named('dry-run', 'true')}`, {
      hint: words`${setting('dry-run', 'false')} to record them`,
    });
    expect(shown(e, ['push', 'dry-run', 'to'])).toEqual({
      action: 'record: deployments has no dry run, and this run is dry-run: true — set dry-run: false to record them',
      cli: 'record: deployments has no dry run, and this run is a dry run (no --push) — pass --push to record them',
    });
    expect(shown(e, ['dry-run', 'charts']).cli).toBe(
      'record: deployments has no dry run, and this run is --dry-run — pass --no-dry-run to record them',
    );
  });

  test("a terminal's own hint replaces the hint; the message still names its inputs per face", () => {
    const e = new UserError(words`${named('base')} is required in detached HEAD`, {
      hint: 'check out a branch with actions/checkout',
      cliHint: 'git switch a branch',
    });
    expect(shown(e)).toEqual({
      action: 'base is required in detached HEAD — check out a branch with actions/checkout',
      cli: '--base is required in detached HEAD — git switch a branch',
    });
    // Moved to another place, it keeps every face's words.
    expect(shown(e.at({ file: 'a.yml', line: 3 }))).toEqual({
      action: 'a.yml:3: base is required in detached HEAD — check out a branch with actions/checkout',
      cli: 'a.yml:3: --base is required in detached HEAD — git switch a branch',
    });
  });
});

describe('the input an error is about is a word of each face, not text of the message', () => {
  test('each face words it at the head of the message; the message keeps the runner’s form', () => {
    // A face of its own: the message's head comes from its word for the error's subject, as the runner's and the terminal's do.
    const bracketed: Face = {
      terminal: false,
      word: ({ input, form }) => (form === 'subject' ? `[${input}]` : `<${input}>`),
    };
    const e = new UserError(words`is '1.x', not a version; or ${unset('version')}`, { input: 'version' });
    expect(e.message).toBe("input 'version' is '1.x', not a version; or leave version empty");
    expect(e.format()).toBe("input 'version' is '1.x', not a version; or leave version empty");
    expect(e.format(bracketed)).toBe("[version] is '1.x', not a version; or <version>");
    expect(e.format(TERMINAL)).toBe("--version is '1.x', not a version; or leave out --version");
    expect(new UserError(': odd', { input: 'base' }).format(bracketed)).toBe('[base]: odd');
  });

  test('no message in packages/core/src spells an input in its text: only the runner face words one', () => {
    const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
    const spelled = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        readFileSync(join(src, f), 'utf8')
          .split('\n')
          .flatMap((line) => (line.includes("input '") ? [`${f}: ${line.trim()}`] : [])),
      );
    // RUNNER's word for the input an error is about, the one place the runner's wording lives.
    expect(spelled).toEqual(["errors.ts: ? `input '${input}'`"]);
  });
});
