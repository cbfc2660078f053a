import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError, UserErrors } from '../../src/errors.ts';
import { runAction } from '../../src/action/run.ts';
import { escapeHtml } from '../../src/text/markdown.ts';
import { setSecret } from '../../src/action/workflow-commands.ts';
import { GitHubError } from '../../src/github/client.ts';
import { stdout } from '../../src/text/stdio.ts';

/** Runs `main` through runAction, capturing what it prints and the exit code it leaves. */
async function capture(main: () => Promise<void>): Promise<{ out: string; exitCode: typeof process.exitCode }> {
  const saved = process.exitCode;
  const write = stdout.write;
  let out = '';
  process.exitCode = undefined;
  stdout.write = (text: string) => {
    out += text;
  };
  try {
    await runAction(main);
    return { out, exitCode: process.exitCode };
  } finally {
    stdout.write = write;
    process.exitCode = saved;
  }
}

let tmp: string;
let summaryFile: string;
const savedSummary = process.env.GITHUB_STEP_SUMMARY;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lockstep-run-'));
  summaryFile = join(tmp, 'summary.md');
  process.env.GITHUB_STEP_SUMMARY = summaryFile;
});
beforeEach(() => writeFileSync(summaryFile, ''));
afterAll(() => {
  if (savedSummary === undefined) delete process.env.GITHUB_STEP_SUMMARY;
  else process.env.GITHUB_STEP_SUMMARY = savedSummary;
  rmSync(tmp, { recursive: true, force: true });
});

describe('runAction', () => {
  test.each([
    [false, 1],
    [true, 0],
  ])('UserErrors summarized=%s: the summary lists them %i time(s), annotations always', async (summarized, listed) => {
    const errors = [new UserError('version 1.0.0 was not bumped', { file: 'charts/a/Chart.yaml', line: 5, hint: 'needs 1.0.1' })];
    const { out, exitCode } = await capture(() => Promise.reject(new UserErrors(errors, { summarized })));
    expect(exitCode).toBe(1);
    expect(out).toContain('::error title=lockstep,file=charts/a/Chart.yaml,line=5::');
    expect(readFileSync(summaryFile, 'utf8').split('was not bumped')).toHaveLength(listed + 1);
  });

  test('the token is redacted from the message and the stack in every form: raw, base64, as Basic credentials', async () => {
    const token = `ghs_${'Zk9'.repeat(12)}`;
    const b64 = (t: string) => Buffer.from(t, 'utf8').toString('base64');
    const forms = [token, b64(token), b64(`x-access-token:${token}`)];
    const { out, exitCode } = await capture(async () => {
      setSecret(token);
      const e = new TypeError(
        `Cannot use 'in' operator in <pre>authorization: token ${token}\nproxy-authorization: Basic ${forms[2]}\nx: ${forms[1]}</pre>`,
      );
      e.stack = `${e.message}\n    at page (${forms[1]})`;
      throw e;
    });
    expect(exitCode).toBe(1);
    const printed = out
      .split('\n')
      .filter((l) => l !== `::add-mask::${token}`)
      .join('\n');
    for (const f of forms) expect(printed).not.toContain(f);
    expect(printed).toContain("::error::internal error: Cannot use 'in' operator in <pre>authorization: token ***");
    expect(printed).toContain('::debug::');
  });

  test('a GitHub API failure is reported as itself, not as an internal error', async () => {
    const { out, exitCode } = await capture(() =>
      Promise.reject(new GitHubError('GitHub answered 502 to POST /repos/acme/mono/pulls: Server Error', 502)),
    );
    expect(exitCode).toBe(1);
    expect(out).toContain('::error::GitHub answered 502 to POST /repos/acme/mono/pulls: Server Error');
    expect(out).not.toContain('internal error');
  });

  test('a main that returns leaves the step green', async () => {
    const { out, exitCode } = await capture(async () => {});
    expect(exitCode).toBeUndefined();
    expect(out).toBe('');
  });

  test.each([
    ['a thrown string', () => Promise.reject('plain string failure'), '::error::internal error: plain string failure'],
    [
      'a thrown object',
      () => Promise.reject({ code: 42, why: 'odd' }),
      '::error::internal error: unexpected failure: {"code":42,"why":"odd"}',
    ],
    ['a thrown Error', () => Promise.reject(new Error('boom')), '::error::internal error: boom'],
    ['a thrown undefined', () => Promise.reject(undefined), '::error::internal error: unexpected failure: undefined'],
    [
      'a synchronous throw',
      async () => {
        throw new TypeError('x is not a function');
      },
      '::error::internal error: x is not a function',
    ],
  ])('%s fails the step', async (_what, main, line) => {
    const { out, exitCode } = await capture(main);
    expect(exitCode).toBe(1);
    expect(out.split('\n')).toContain(line);
  });

  test('an internal Error keeps its stack in the debug log only', async () => {
    const { out } = await capture(() => Promise.reject(new Error('boom')));
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^::debug::Error: boom%0A {4}at /);
    expect(lines.filter((l) => !l.startsWith('::'))).toEqual([]);
  });

  test('a UserError is one annotation at file and line, without a stack', async () => {
    const { out, exitCode } = await capture(() =>
      Promise.reject(
        new UserError('version 1.2 is not valid SemVer 2', { file: 'charts/myapp/Chart.yaml', line: 5, hint: 'use MAJOR.MINOR.PATCH' }),
      ),
    );
    expect(exitCode).toBe(1);
    expect(out).toBe(
      '::error title=lockstep,file=charts/myapp/Chart.yaml,line=5::charts/myapp/Chart.yaml:5: version 1.2 is not valid SemVer 2 — use MAJOR.MINOR.PATCH\n',
    );
    expect(out).not.toMatch(/\bat \S+:\d+:\d+/);
    expect(readFileSync(summaryFile, 'utf8')).toBe(
      '### lockstep: failed\n\n- charts/myapp/Chart.yaml:5: version 1.2 is not valid SemVer 2 — use MAJOR.MINOR.PATCH\n\n',
    );
  });

  test('a UserError without a file', async () => {
    const { out } = await capture(() =>
      Promise.reject(new UserError("input 'level' is 'huge'", { hint: 'use one of patch, minor, major' })),
    );
    expect(out).toBe("::error title=lockstep::input 'level' is 'huge' — use one of patch, minor, major\n");
  });

  test('UserErrors become one annotation each', async () => {
    const { out, exitCode } = await capture(() =>
      Promise.reject(
        new UserErrors([
          new UserError('version did not move', { file: 'charts/a/Chart.yaml', line: 3 }),
          new UserError('tag latest in a protected environment', { file: 'charts/a/values-prod.yaml', line: 9, col: 12 }),
        ]),
      ),
    );
    expect(exitCode).toBe(1);
    expect(out.trim().split('\n')).toEqual([
      '::error title=lockstep,file=charts/a/Chart.yaml,line=3::charts/a/Chart.yaml:3: version did not move',
      '::error title=lockstep,file=charts/a/values-prod.yaml,line=9,col=12::charts/a/values-prod.yaml:9: tag latest in a protected environment',
    ]);
  });

  test('untrusted text in a message cannot start a workflow command', async () => {
    const { out } = await capture(() => Promise.reject(new UserError('bad title\n::set-output name=x::y', { file: 'a.yml', line: 1 })));
    expect(out.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(1);
    expect(out).not.toMatch(/\n::set-output/);
  });

  test('a UserError outside a runner (no summary file) still fails with its annotation', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    try {
      const { out, exitCode } = await capture(() => Promise.reject(new UserError('nope', { file: 'x', line: 2 })));
      expect(exitCode).toBe(1);
      expect(out).toContain('::error title=lockstep,file=x,line=2::x:2: nope');
    } finally {
      process.env.GITHUB_STEP_SUMMARY = summaryFile;
    }
  });
});

test.each([
  ['a < b & c > d', 'a &lt; b &amp; c &gt; d'],
  ['x | y', 'x &#124; y'],
])('escapeHtml(%j)', (raw, escaped) => expect(escapeHtml(raw)).toBe(escaped));
