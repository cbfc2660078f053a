import { spawn } from 'node:child_process';
import { GIT_NO_HOOKS, type GitOutput } from './spawn.ts';

/** Extra environment and standard input for one local git call. */
export interface LocalRunOptions {
  env?: Readonly<Record<string, string>>;
  input?: Buffer | string;
}

/**
 * Runs git against one repository's git directory with per-call environment
 * and standard input, which objects.ts's spawner does not offer: a temporary
 * index (GIT_INDEX_FILE), commit identities (GIT_AUTHOR_*), and object
 * contents or messages on stdin. Argument arrays only, never a shell.
 */
export type LocalGit = (args: readonly string[], opts?: LocalRunOptions) => Promise<GitOutput>;

// Variables that would point git at another repository, index or identity than the one asked for.
const DROPPED =
  /^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|NAMESPACE|AUTHOR_\w+|COMMITTER_\w+|CEILING_DIRECTORIES|PREFIX)$/;

/** A LocalGit bound to the git directory `gitDir` (absolute). */
export function localGitAt(gitDir: string, base: NodeJS.ProcessEnv = process.env): LocalGit {
  const inherited: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined && !DROPPED.test(k)) inherited[k] = v;
  return (args, opts = {}) =>
    new Promise((done, fail) => {
      // Literal pathspecs: a planned path is a file name, never a glob or `:(magic)`.
      const env = {
        ...inherited,
        GIT_DIR: gitDir,
        GIT_TERMINAL_PROMPT: '0',
        LC_ALL: 'C',
        GIT_OPTIONAL_LOCKS: '0',
        GIT_LITERAL_PATHSPECS: '1',
        ...opts.env,
      };
      const child = spawn('git', [...GIT_NO_HOOKS, ...args], { cwd: gitDir, env, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      let err = '';
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      // git may exit before reading all of stdin (an early error): that is reported by the exit code.
      child.stdin.on('error', () => {});
      child.on('error', fail);
      child.on('close', (code) => done({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
      child.stdin.end(opts.input ?? '');
    });
}

/** Runs a LocalGit call and returns trimmed stdout; a non-zero exit throws with git's message. */
export async function localText(git: LocalGit, args: readonly string[], opts?: LocalRunOptions): Promise<string> {
  const r = await git(args, opts);
  if (r.code !== 0) throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim()}`);
  return r.stdout.toString('utf8').trim();
}
