import { gitRecords, gitText, type GitSpawner } from './spawn.ts';

// The history walks lockstep's records are read from (records/history.ts): each one git command line,
// spelled here and nowhere else.

/**
 * The format of one commit in eachLoggedCommit and commitsByIds: id, parents, committer time (seconds), the
 * trailer block (git's own parse, `%(trailers)`, with `:` as the only separator) and the message, NUL
 * between fields and, with `-z`, after each commit, so no message can forge another's fields (a
 * message holds no NUL). With -z git separates commits by NUL only; a newline may remain before the next id.
 */
const FIELDS = '%H%x00%P%x00%ct%x00%(trailers:only,unfold)%x00%B';
const TRAILER_CONFIG = ['-c', 'trailer.separators=:'];

/** Separates one commit's paths from the next in touchedPaths (a path holds no control character git prints unquoted). */
const RS = '\x1e';

/**
 * The first-parent history ending at `tip` as git prints it: each commit's five fields (see FIELDS), each
 * decoded on its own, handed to `onCommit` as it arrives, newest first. The whole log is never one text: a fleet's promotions make it
 * tens of MB, and every value read from one text keeps all of it alive.
 */
export async function eachLoggedCommit(git: GitSpawner, tip: string, onCommit: (fields: string[]) => void): Promise<void> {
  let fields: string[] = [];
  const args = [...TRAILER_CONFIG, 'log', '-z', '--first-parent', `--format=${FIELDS}`, '--end-of-options', tip, '--'];
  const r = await gitRecords(git, args, (record) => {
    fields.push(record.toString('utf8'));
    if (fields.length < 5) return;
    onCommit(fields);
    fields = [];
  });
  if (r.code !== 0) throw new Error(`git log failed (exit ${r.code}): ${r.stderr.trim()}`);
}

/** The commits `shas` (at most a thousand), in their order, in eachLoggedCommit's fields. */
export function commitsByIds(git: GitSpawner, shas: readonly string[]): Promise<string> {
  return gitText(git, [...TRAILER_CONFIG, 'log', '-z', '--no-walk=unsorted', `--format=${FIELDS}`, ...shas, '--']);
}

/**
 * The paths under `paths` (files or folders) each first-parent commit up to `tip` changed against its
 * first parent: `git log --first-parent --name-only` limited to them (git skips every other commit's diff),
 * merges compared with their first parent. Commit → its changed paths, for the commits that changed one.
 */
export async function touchedPaths(git: GitSpawner, tip: string, paths: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (paths.length === 0) return out;
  const text = await gitText(git, [
    '-c',
    'core.quotePath=false',
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--no-renames',
    `--format=${RS}%H`,
    '--name-only',
    '--end-of-options',
    tip,
    '--',
    ...paths.map((f) => `:(literal)${f}`),
  ]);
  for (const chunk of text.split(RS)) {
    const lines = chunk.split('\n').filter(Boolean);
    if (lines.length > 1) out.set(lines[0], lines.slice(1));
  }
  return out;
}

/** Every tag (`refs/tags/*`) and the commit it names (peeled through an annotated tag). */
export async function tagTargets(git: GitSpawner): Promise<Map<string, string>> {
  const text = await gitText(git, ['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)', 'refs/tags']);
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [name, obj, peeled] = line.split('\0');
    if (name && obj) out.set(name, peeled || obj);
  }
  return out;
}
