import { getExecOutput } from '@actions/exec';
import { debug } from '../action/workflow-commands.ts';
import { UserError } from '../errors.ts';

/** The result of one git invocation. */
export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs git in one repository with argument arrays (never a shell string).
 * Callers put `--` before refs and paths. Injected into the logic so unit
 * tests can hand in a fake.
 */
export class Git {
  readonly cwd: string;
  readonly env: Record<string, string>;
  constructor(cwd: string, env: Record<string, string> = {}) {
    this.cwd = cwd;
    this.env = env;
  }

  /** Runs git and returns its output whatever the exit code. */
  async tryRun(args: string[], opts: { input?: string } = {}): Promise<GitResult> {
    debug(`git ${args.join(' ')}`);
    const r = await getExecOutput('git', args, {
      cwd: this.cwd,
      silent: true,
      ignoreReturnCode: true,
      input: opts.input === undefined ? undefined : Buffer.from(opts.input),
      env: { ...(process.env as Record<string, string>), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...this.env },
    });
    return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr };
  }

  /** Runs git; a non-zero exit throws with git's own message. */
  async run(args: string[], opts: { input?: string } = {}): Promise<string> {
    const r = await this.tryRun(args, opts);
    if (r.code !== 0) throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim() || r.stdout.trim()}`);
    return r.stdout;
  }

  /** The full object name of a commit-ish, or undefined when it is not in the repository. */
  async resolveCommit(ref: string): Promise<string | undefined> {
    const r = await this.tryRun(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    return r.code === 0 ? r.stdout.trim() : undefined;
  }

  /** The merge base of two commits, or undefined when they share no history (or it is missing locally). */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const r = await this.tryRun(['merge-base', '--end-of-options', a, b]);
    return r.code === 0 ? r.stdout.trim() : undefined;
  }

  async isShallow(): Promise<boolean> {
    const r = await this.tryRun(['rev-parse', '--is-shallow-repository']);
    return r.stdout.trim() === 'true';
  }

  /** The top of the work tree, or a UserError when `cwd` is not in a git repository. */
  async topLevel(): Promise<string> {
    const r = await this.tryRun(['rev-parse', '--show-toplevel']);
    if (r.code !== 0)
      throw new UserError(`${this.cwd} is not a git repository`, { hint: 'run actions/checkout before this step, or set working-directory' });
    return r.stdout.trim();
  }
}
