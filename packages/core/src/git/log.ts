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
 * eachLoggedCommit and, with each commit, the paths under `paths` (files or folders) it changed against its
 * first parent, from one walk: `git log --first-parent --sparse --name-only` limited to `paths` diffs each
 * commit against its first parent under them only (merges too: --diff-merges=first-parent) and, with
 * --sparse, still prints every commit. One walk instead of two (the messages, then the paths): at 100,000
 * commits git spends ~1.4 s of CPU instead of ~2. The commit's fields come first, each its own record,
 * then its paths (the first after a line break), then the next commit, whose id follows SOH (\x01: no path
 * under the paths asked begins with it).
 */
export async function eachCommitTouching(
  git: GitSpawner,
  tip: string,
  paths: readonly string[],
  onCommit: (fields: string[], touched: string[]) => void,
): Promise<void> {
  if (paths.length === 0) return eachLoggedCommit(git, tip, (fields) => onCommit(fields, []));
  let fields: string[] = [];
  let touched: string[] = [];
  const args = [
    ...TRAILER_CONFIG,
    '-c',
    'core.quotePath=false',
    'log',
    '-z',
    '--first-parent',
    '--sparse',
    '--diff-merges=first-parent',
    '--no-renames',
    '--name-only',
    `--format=%x01${FIELDS}`,
    '--end-of-options',
    tip,
    '--',
    ...paths.map((f) => `:(literal)${f}`),
  ];
  const r = await gitRecords(git, args, (record) => {
    // A commit's five fields are taken as they come (a message may begin with SOH too); after them, a record
    // that is SOH and an id (after a line break git may leave) begins the next commit, any other is a path.
    if (fields.length > 0 && fields.length < 5) {
      fields.push(record.toString('utf8'));
      return;
    }
    const text = record.toString('utf8');
    const id = /^\n?\x01([0-9a-f]{40}(?:[0-9a-f]{24})?)$/.exec(text)?.[1];
    if (id !== undefined) {
      if (fields.length === 5) onCommit(fields, touched);
      fields = [id];
      touched = [];
    } else if (fields.length === 5 && text !== '') touched.push(text.startsWith('\n') ? text.slice(1) : text);
  });
  if (r.code !== 0) throw new Error(`git log failed (exit ${r.code}): ${r.stderr.trim()}`);
  if (fields.length === 5) onCommit(fields, touched);
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
