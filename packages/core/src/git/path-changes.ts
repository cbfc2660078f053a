import { gitRecords, type GitSpawner } from './spawn.ts';

// Who changed a file, newest first, for a caller that stops at its answer: the PR check naming the commit that
// took a chart's version (operations/check/queue.ts takenBy). The whole first-parent log of a Chart.yaml, read
// to the end for one refusal, cost the check on a 100,000-commit history more than the rest of it together.

/** A first-parent commit that changed the path, with its subject. */
export interface PathChange {
  sha: string;
  subject: string;
}

/**
 * The first-parent commits from `tip` that changed `path`, newest first, from one `git log` that walks only
 * as far as the caller reads: leaving the loop (a `break`, a `return`) stops git. `below` ends the walk
 * there: that commit and its ancestors are left out (`tip ^below`), so git never walks the history under it.
 * A walk git refuses (an unknown commit) ends the loop early, as an empty log would.
 */
export async function* firstParentChanges(git: GitSpawner, tip: string, path: string, below?: string): AsyncGenerator<PathChange> {
  const args = [
    'log',
    '-z',
    '--first-parent',
    '--format=%H%x00%s',
    '--end-of-options',
    tip,
    ...(below === undefined ? [] : [`^${below}`]),
    '--',
    `:(literal)${path}`,
  ];
  const stop = new AbortController();
  const arrived: PathChange[] = [];
  let sha: string | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const walk = gitRecords(
    git,
    args,
    (record) => {
      // -z: each commit's id and subject are two records.
      if (sha === undefined) sha = record.toString('latin1').trim();
      else {
        arrived.push({ sha, subject: record.toString('utf8') });
        sha = undefined;
        wake?.();
      }
    },
    stop.signal,
  )
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
