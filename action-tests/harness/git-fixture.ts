import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/** A deterministic identity and clock for fixture commits. */
export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Fixture Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Fixture Committer',
  GIT_COMMITTER_EMAIL: 'committer@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
};

/** A file tree to write: path → content, or null to delete the path. */
export type Files = Record<string, string | Buffer | null>;

/**
 * A real git repository in a temp folder, with a bare repository as `origin`
 * (as actions/checkout leaves a workspace). Commands are synchronous: fixture
 * building is not what the tests time.
 */
export class GitFixture {
  readonly root: string;
  readonly dir: string;
  readonly origin: string;
  private tick = 0;

  private constructor(root: string) {
    this.root = root;
    this.dir = join(root, 'work');
    this.origin = join(root, 'origin.git');
  }

  /**
   * Creates the repository (branch main) and its bare origin, optionally with a first commit. Under jest (its
   * global setup sets LOCKSTEP_GIT_TEMPLATES) the same files and message are built once per run and copied after
   * that: fixture commits have fixed identities and dates, so the copy is the repository a new build makes, object
   * for object, and a test file that makes one fixture per test pays a folder copy, not eleven git processes.
   */
  static create(files?: Files, message = 'chore: initial commit'): GitFixture {
    const root = mkdtempSync(join(tmpdir(), 'lockstep-git-'));
    const template = templateOf(files, message);
    if (template && existsSync(template)) return GitFixture.copied(template, root, files ? 1 : 0);
    const f = GitFixture.build(root, files, message);
    if (template) keepTemplate(f, template);
    return f;
  }

  /**
   * A copy of this fixture (work tree, origin, the clones it made and all) in a new folder, its origin its own: for a
   * fixture a test file builds once and hands each test fresh, as `create` hands out its templates. A clone made
   * before the copy is at the same path under the copy's `root`.
   */
  copy(): GitFixture {
    return GitFixture.copied(this.root, mkdtempSync(join(tmpdir(), 'lockstep-git-')), this.tick);
  }

  /**
   * A copy of the fixture kept at `template`, in `root`: its work tree's origin, and that of every clone it made
   * (`clone-<n>`, as `clone` names them), pointed at its own bare repository.
   */
  private static copied(template: string, root: string, tick: number): GitFixture {
    const f = new GitFixture(root);
    f.tick = tick;
    cpSync(template, root, { recursive: true, verbatimSymlinks: true });
    const clones = readdirSync(root).filter((n) => /^clone-\d+$/.test(n) && existsSync(join(root, n, '.git', 'config')));
    for (const dir of [f.dir, ...clones.map((n) => join(root, n))]) {
      const config = join(dir, '.git', 'config');
      writeFileSync(config, readFileSync(config, 'utf8').replaceAll(join(template, 'origin.git'), f.origin));
      // The copied index holds the template's file times and inode numbers: refreshed, plumbing sees a clean tree.
      execFileSync('git', ['update-index', '-q', '--refresh'], { cwd: dir, env: f.env() });
    }
    return f;
  }

  private static build(root: string, files: Files | undefined, message: string): GitFixture {
    const f = new GitFixture(root);
    mkdirSync(f.dir);
    execFileSync('git', ['init', '--bare', '--initial-branch=main', '--quiet', f.origin], { env: f.env() });
    f.git('init', '--initial-branch=main', '--quiet');
    f.git('config', 'user.name', GIT_ENV.GIT_COMMITTER_NAME);
    f.git('config', 'user.email', GIT_ENV.GIT_COMMITTER_EMAIL);
    f.git('config', 'commit.gpgsign', 'false');
    f.git('remote', 'add', 'origin', f.origin);
    if (files) {
      f.write(files);
      f.commit(message);
      f.git('push', '--quiet', 'origin', 'main');
    }
    return f;
  }

  env(): NodeJS.ProcessEnv {
    const date = `${1700000000 + this.tick * 60} +0000`;
    return { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  }

  /** Runs git in the work tree and returns stdout (trimmed). */
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: this.env(), encoding: 'utf8', maxBuffer: 1 << 28 }).trim();
  }

  /** Writes (or with null deletes) files in the work tree. */
  write(files: Files): void {
    writeFiles(this.dir, files);
  }

  /** Stages everything and commits; returns the new commit's sha. */
  commit(message: string, files?: Files): string {
    if (files) this.write(files);
    this.tick++;
    this.git('add', '-A');
    this.git('commit', '--quiet', '--allow-empty', '-m', message);
    return headCommit(this.dir, this.env());
  }

  checkout(branch: string, create = false): void {
    if (create) this.git('checkout', '--quiet', '-b', branch);
    else this.git('checkout', '--quiet', branch);
  }

  push(...refs: string[]): void {
    this.git('push', '--quiet', '--force', 'origin', ...refs);
  }

  /**
   * A new clone of origin as actions/checkout makes one: `depth` 1 is its
   * default shallow fetch of one commit; 0 fetches all history.
   */
  clone(ref: string, depth = 0): string {
    const dir = join(this.root, `clone-${++this.tick}`);
    const args = ['clone', '--quiet', '--no-local'];
    if (depth > 0) args.push(`--depth=${depth}`);
    args.push('--branch', ref, `file://${this.origin}`, dir);
    execFileSync('git', args, { env: this.env() });
    return dir;
  }

  /**
   * A person's edit of `branch` at origin, made in a fresh clone and pushed:
   * `files` (or what the function makes of the clone's folder) written, then
   * committed by someone other than the fixture's committer, either as a new
   * commit with `message` or amending the tip (force-pushed). Returns the new tip.
   */
  editByHand(branch: string, files: Files | ((clone: string) => Files), how: { message: string } | { amend: true }): string {
    const dir = this.clone(branch);
    writeFiles(dir, typeof files === 'function' ? files(dir) : files);
    const env = { ...this.env(), GIT_COMMITTER_NAME: 'Hu Man', GIT_COMMITTER_EMAIL: 'human@example.com' };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
    git('add', '-A');
    if ('amend' in how) git('commit', '--quiet', '--amend', '--no-edit');
    else git('commit', '--quiet', '-m', how.message);
    git('push', '--quiet', ...('amend' in how ? ['--force'] : []), 'origin', branch);
    return git('rev-parse', 'HEAD');
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * The commit HEAD names in the work tree `dir`, what `git rev-parse HEAD` prints, read from git's own files where a
 * commit just left it (a detached HEAD, or its branch's loose ref) without a git process; anything else (a packed
 * ref, a .git file) is asked of git.
 */
export function headCommit(dir: string, env?: NodeJS.ProcessEnv): string {
  try {
    const head = readFileSync(join(dir, '.git', 'HEAD'), 'utf8').trim();
    const sha = head.startsWith('ref: refs/') ? readFileSync(join(dir, '.git', head.slice('ref: '.length)), 'utf8').trim() : head;
    if (/^[0-9a-f]{40}$/.test(sha)) return sha;
  } catch {
    // Not where a commit leaves it: git knows.
  }
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, env, encoding: 'utf8' }).trim();
}

/** Where the fixture of `files` and `message` is kept for the run (none outside jest's global setup). */
function templateOf(files: Files | undefined, message: string): string | undefined {
  const dir = process.env.LOCKSTEP_GIT_TEMPLATES;
  if (!dir) return undefined;
  const hash = createHash('sha256').update(message).update('\0');
  for (const [path, content] of Object.entries(files ?? {}))
    hash
      .update(`${path}\0${content === null ? 'null' : typeof content === 'string' ? 's' : 'b'}\0`)
      .update(content ?? '')
      .update('\0');
  return join(dir, `${files ? 'files' : 'empty'}-${hash.digest('hex')}`);
}

/** Keeps a copy of the new fixture `f` at `template` (two workers may build the same one: the first rename wins). */
function keepTemplate(f: GitFixture, template: string): void {
  const next = `${template}.next-${process.pid}-${Math.random().toString(36).slice(2)}`;
  cpSync(f.root, next, { recursive: true, verbatimSymlinks: true });
  const config = join(next, 'work', '.git', 'config');
  writeFileSync(config, readFileSync(config, 'utf8').replaceAll(f.origin, join(template, 'origin.git')));
  try {
    renameSync(next, template);
  } catch {
    rmSync(next, { recursive: true, force: true });
  }
}

/** Writes (or with null deletes) files under `dir`. */
function writeFiles(dir: string, files: Files): void {
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, path);
    if (content === null) rmSync(abs, { recursive: true, force: true });
    else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }
}

/**
 * `GitFixture.create` for one test file: every fixture made through it is
 * removed after the file's last test (this registers that afterAll hook, so
 * call it at the top level of the test file).
 */
export function fixturesRemovedAfterAll(): (files?: Files) => GitFixture {
  const made: GitFixture[] = [];
  afterAll(() => made.forEach((f) => f.cleanup()));
  return (files) => {
    const f = GitFixture.create(files);
    made.push(f);
    return f;
  };
}

/**
 * A fixture a test file prepares once and hands each test as a fresh copy: `prepare` builds on the new fixture of
 * `files` (tags, pushes, clones) and returns the paths it made under the fixture's root by name; each call of the
 * returned function gives a copy (GitFixture.copy: a folder copy and one index refresh per work tree, where the
 * preparation itself starts a push's and a clone's handful of git processes each) with those paths under the copy's
 * root. The copy is the repository a fresh preparation makes: fixture commits have fixed identities and dates.
 * Call it at the top level of the test file (it registers the afterAll that removes the prepared fixture).
 */
export function preparedFixture<K extends string>(
  files: Files,
  prepare: (f: GitFixture) => Record<K, string>,
): () => { fixture: GitFixture; paths: Record<K, string> } {
  let prepared: { fixture: GitFixture; paths: Record<K, string> } | undefined;
  afterAll(() => prepared?.fixture.cleanup());
  return () => {
    if (!prepared) {
      const fixture = GitFixture.create(files);
      prepared = { fixture, paths: prepare(fixture) };
    }
    const { fixture: from, paths } = prepared;
    const fixture = from.copy();
    const moved = Object.fromEntries(Object.entries<string>(paths).map(([k, p]) => [k, join(fixture.root, relative(from.root, p))]));
    return { fixture, paths: moved as Record<K, string> };
  };
}
