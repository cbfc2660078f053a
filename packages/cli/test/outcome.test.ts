import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonErrors, outcomeJson } from '@lockstep/core/contract/json';
import { UserError, UserErrors } from '@lockstep/core/errors';
import { gitHubUserError, toGitHubError } from '@lockstep/core/github/client';
import { terminalFace } from '@lockstep/core/text/terminal-face';
import type { CliIo } from '../src/io.ts';
import { runCli } from '../src/program.ts';

// Issue 52 items 8 and 14: the one --json envelope of every outcome, and the terminal's words for a token GitHub refuses.

function fakeIo(cwd: string): CliIo & { out: string; err: string } {
  const io = {
    cwd,
    env: {},
    out: '',
    err: '',
    color: false,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readStdin: () => '',
  };
  return io;
}

describe('the --json envelope', () => {
  test('outcome and errors follow schema-version and command, before the result', () => {
    const doc = outcomeJson({ command: 'check', ok: false }, 'refused', [{ file: 'a.yml', line: 3, input: null, message: 'a.yml:3: bad' }]);
    expect(Object.keys(doc)).toEqual(['schema-version', 'command', 'outcome', 'errors', 'ok']);
    expect(doc['schema-version']).toBe(2);
  });

  test('each user error with its file, line and input, worded by the face; another error as its message', () => {
    const errors = new UserErrors([
      new UserError('is not a version', { input: 'version', file: 'c/Chart.yaml', line: 2 }),
      new UserError('gone'),
    ]);
    expect(jsonErrors(errors, terminalFace(new Set(['version'])))).toEqual([
      { file: 'c/Chart.yaml', line: 2, input: 'version', message: 'c/Chart.yaml:2: --version is not a version' },
      { file: null, line: null, input: null, message: 'gone' },
    ]);
    expect(jsonErrors(new Error('socket hang up'), terminalFace())).toEqual([
      { file: null, line: null, input: null, message: 'socket hang up' },
    ]);
    expect(jsonErrors(undefined, terminalFace())).toEqual([]);
  });

  test('runCli: a usage error with --json prints the document on stdout and exits 2; without --json stdout stays empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-outcome-'));
    try {
      const json = fakeIo(dir);
      expect(await runCli(['status', '--nope', '--json'], json)).toBe(2);
      expect(JSON.parse(json.out)).toEqual({
        'schema-version': 2,
        command: 'status',
        outcome: 'usage',
        errors: [{ file: null, line: null, input: null, message: "unknown option '--nope'" }],
      });
      const plain = fakeIo(dir);
      expect(await runCli(['status', '--nope'], plain)).toBe(2);
      expect(plain.out).toBe('');
      // After `--`, --json is a value, not the flag.
      const after = fakeIo(dir);
      expect(await runCli(['status', '--nope', '--', '--json'], after)).toBe(2);
      expect(after.out).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a token GitHub refuses (401), in each face', () => {
  const refused = toGitHubError(
    {
      status: 401,
      request: { method: 'GET', url: 'https://api.github.com/repos/acme/app' },
      response: { data: { message: 'Bad credentials' } },
    },
    undefined,
    [],
  );

  test('the runner says github-token; the terminal says GITHUB_TOKEN (or GH_TOKEN)', () => {
    const e = gitHubUserError(refused, { what: 'reading the repository' })!;
    expect(e.format()).toBe(
      'reading the repository: the token was refused (401) on GET /repos/acme/app — pass a valid github-token (it may be expired, revoked or meant for another GitHub host)',
    );
    expect(e.format(terminalFace())).toBe(
      'reading the repository: the token was refused (401) on GET /repos/acme/app — pass a valid GITHUB_TOKEN (or GH_TOKEN) (it may be expired, revoked or meant for another GitHub host)',
    );
    expect(refused.message).toBe(
      'the token was refused (401) on GET /repos/acme/app — pass a valid github-token (it may be expired, revoked or meant for another GitHub host)',
    );
  });
});
