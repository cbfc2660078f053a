import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { node24, repoRoot } from './run-action.ts';

/** What one `lockstep` run printed and returned. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the committed CLI bundle (packages/cli/dist/lockstep.js) on Node 24 in
 * `cwd`, as a user's shell would: stdout and stderr are pipes (not a TTY), the
 * environment is minimal (no GITHUB_* variables), `stdin` is written and closed.
 */
export async function runCli(
  args: readonly string[],
  opts: { cwd: string; env?: Record<string, string | undefined>; stdin?: string; timeoutMs?: number },
): Promise<CliRun> {
  // LOCKSTEP_TEST_LOOPBACK_HTTP: `lockstep check` reaches the tests' loopback registries over plain http, and the
  // GitHub double on loopback gets mutations without a second between them (run-action.ts).
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: opts.cwd,
    LANG: 'C.UTF-8',
    LOCKSTEP_TEST_LOOPBACK_HTTP: '1',
    ...opts.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const node = await node24();
  return new Promise((done, fail) => {
    const child = spawn(node, [join(repoRoot, 'packages', 'cli', 'dist', 'lockstep.js'), ...args], {
      cwd: opts.cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
    child.stdin.end(opts.stdin ?? '');
  });
}
