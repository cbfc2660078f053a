import { gitRecords, type GitSpawner } from './spawn.ts';

// Who changed a file, newest first, for a caller that stops at its answer: the PR check naming the commit that
// took a chart's version (operations/check/queue.ts takenBy). The whole first-parent log of a Chart.yaml, read
// to the end for one refusal, cost the check on a 100,000-commit history more than the rest of it together.

/** A first-parent commit that changed the paths asked about, with its subject and which of them it changed. */
export interface PathChange {
  sha: string;
  subject: string;
  /** The paths asked about that it changed (against its first parent). */
  touched: string[];
}

/** The paths a walk is limited to, from the repository's top: these files, or every file of this name (`Chart.yaml`) anywhere in the tree. */
export type WalkedPaths = { files: readonly string[] } | { named: string };

/**
 * The first-parent commits from `tip` that changed `paths`, newest first, from one `git log` that walks only
 * as far as the caller reads: leaving the loop (a `break`, a `return`) stops git. `below` ends the walk
 * there: that commit and its ancestors are left out (`tip ^below`), so git never walks the history under it.
 * A walk git refuses (an unknown commit) ends the loop early, as an empty log would.
 */
export async function* firstParentChanges(git: GitSpawner, tip: string, paths: WalkedPaths, below?: string): AsyncGenerator<PathChange> {
  // From the repository's top, as the paths are given and as --name-only prints them, whatever folder git runs in
  // (a check's working directory may be a subfolder).
  const pathspecs = 'files' in paths ? paths.files.map((f) => `:(top,literal)${f}`) : [`:(top,glob)**/${paths.named}`];
  // One file: every commit of the walk changed it, so no names are asked for, and a commit is handed on as soon
  // as its subject is read, not once git has found the next (which may be far down the history).
  const only = 'files' in paths && paths.files.length === 1 ? paths.files[0] : undefined;
  const names = only === undefined ? ['--diff-merges=first-parent', '--no-renames', '--name-only'] : [];
  const args = [
    '-c',
    'core.quotePath=false',
    'log',
    '-z',
    '--first-parent',
    ...names,
    '--format=%x01%H%x00%s',
    '--end-of-options',
    tip,
    ...(below === undefined ? [] : [`^${below}`]),
    '--',
    ...pathspecs,
  ];
  const stop = new AbortController();
  const arrived: PathChange[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  const reader = changeReader(only, (change) => {
    arrived.push(change);
    wake?.();
  });
  const walk = gitRecords(git, args, reader.record, stop.signal)
    .then((exit) => exit.code === 0 && reader.end())
    .catch(() => undefined)
    .finally(() => {
      ended = true;
      wake?.();
    });
  try {
    for (;;) {
      while (arrived.length === 0 && !ended) await new Promise<void>((done) => (wake = done));
      const next = arrived.shift();
      if (next === undefined) return;
      yield next;
    }
  } finally {
    stop.abort();
    await walk;
  }
}

/**
 * Reads `--format=%x01%H%x00%s -z --name-only`: a record of SOH and an id begins a commit, the next is its
 * subject, and the records after it (the first after a line break) the paths it changed. Each commit is handed on
 * once the next begins, or at `end`; with `only` (one file, no names asked), as soon as its subject is read.
 */
function changeReader(only: string | undefined, onChange: (change: PathChange) => void): { record(record: Buffer): void; end(): void } {
  let current: PathChange | undefined;
  let subject = false;
  return {
    record(record) {
      if (subject) {
        current!.subject = record.toString('utf8');
        subject = false;
        if (only !== undefined) {
          onChange({ ...current!, touched: [only] });
          current = undefined;
        }
        return;
      }
      // git may leave a line break before a commit or its first path.
      const at = record[0] === 0x0a ? 1 : 0;
      if (record[at] === 0x01) {
        if (current) onChange(current);
        current = { sha: record.toString('latin1', at + 1), subject: '', touched: [] };
        subject = true;
      } else if (current && record.length > at) current.touched.push(record.toString('utf8', at));
    },
    end() {
      if (current) onChange(current);
      current = undefined;
    },
  };
}
