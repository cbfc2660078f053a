import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GIT_ENV } from './helpers.ts';

/**
 * A history of commits, branches and tags written by one `git fast-import` instead of a git process or three per
 * commit: the test spells the history out (commit, tag, branch, checkout, as it would with git), then `importInto`
 * writes it into a repository and gives each commit's sha. Identities and dates are fixed (each commit a minute, or a
 * given step, after the one before), so the same history has the same shas every run. Each commit writes the files it names over its
 * parent's tree, as objects only (no index, no work tree: a repository that wants its work tree checks it out after).
 */
export class FastHistory {
  private readonly stream: string[] = [];
  private readonly tips = new Map<string, string>();
  private marks = 0;
  private time: number;
  private current = 'main';
  private readonly who: string;
  private readonly step: number;

  /** Commits and tags by `who` (`Name <email>`), the first at `start` (seconds since the epoch), each `step` after the last. */
  constructor(who = 't <t@e>', start = 1700000000, step = 60) {
    this.who = who;
    this.time = start;
    this.step = step;
  }

  /** A commit on the current branch with `message` (a newline added, as `git commit -m` stores it) and `files`; its mark. */
  commit(message: string, files: Record<string, string> = {}): number {
    const mark = ++this.marks;
    const when = `${this.time} +0000`;
    this.time += this.step;
    const parent = this.tips.get(this.current);
    this.stream.push(`commit refs/heads/${this.current}`, `mark :${mark}`, `author ${this.who} ${when}`, `committer ${this.who} ${when}`);
    this.data(`${message}\n`);
    if (parent !== undefined) this.stream.push(`from ${parent}`);
    for (const [path, text] of Object.entries(files)) {
      this.stream.push(`M 100644 inline ${path}`);
      this.data(text);
    }
    this.stream.push('');
    this.tips.set(this.current, `:${mark}`);
    return mark;
  }

  /** A tag on the current branch's tip: annotated with `message`, or lightweight without one. */
  tag(name: string, message?: string): void {
    const at = this.tips.get(this.current)!;
    if (message === undefined) {
      this.stream.push(`reset refs/tags/${name}`, `from ${at}`, '');
      return;
    }
    this.stream.push(`tag ${name}`, `from ${at}`, `tagger ${this.who} ${this.time} +0000`);
    this.data(`${message}\n`);
  }

  /** A new branch at the current tip, made current (`git checkout -b`). */
  branch(name: string): void {
    const at = this.tips.get(this.current)!;
    this.stream.push(`reset refs/heads/${name}`, `from ${at}`, '');
    this.tips.set(name, at);
    this.current = name;
  }

  /** Makes `name` the current branch (`git checkout`); with `at`, a commit the repository has, its next commit's parent. */
  checkout(name: string, at?: string): void {
    this.current = name;
    if (at !== undefined) this.tips.set(name, at);
  }

  /** Writes the history into the repository at `dir` (one git process); each mark's commit sha. */
  importInto(dir: string): Map<number, string> {
    const marks = join(mkdtempSync(join(tmpdir(), 'lockstep-marks-')), 'marks');
    try {
      execFileSync('git', ['fast-import', '--quiet', `--export-marks=${marks}`], { cwd: dir, env: GIT_ENV, input: this.text() });
      return new Map(
        readFileSync(marks, 'utf8')
          .trim()
          .split('\n')
          .map((l) => {
            const [mark, sha] = l.split(' ');
            return [Number(mark.slice(1)), sha] as [number, string];
          }),
      );
    } finally {
      rmSync(dirname(marks), { recursive: true, force: true });
    }
  }

  private text(): string {
    return `${this.stream.join('\n')}\n`;
  }

  private data(text: string): void {
    this.stream.push(`data ${Buffer.byteLength(text)}`, text);
  }
}
