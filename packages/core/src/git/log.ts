import picomatch from 'picomatch';
import { gitRecords, gitText, type GitSpawner } from './spawn.ts';

// The history walks lockstep's records are read from (records/history.ts): each one git command line,
// spelled here and nowhere else.

/**
 * The format of one commit in eachCommitTouching and commitsByIds: id, parents, committer time (seconds), the
 * trailer block (git's own parse, `%(trailers)`, with `:` as the only separator) and the message, NUL
 * between fields and, with `-z`, after each commit, so no message can forge another's fields (a
 * message holds no NUL). With -z git separates commits by NUL only; a newline may remain before the next id.
 */
const FIELDS = '%H%x00%P%x00%ct%x00%(trailers:only,unfold)%x00%B';
const TRAILER_CONFIG = ['-c', 'trailer.separators=:'];

/**
 * How much of the pack git keeps mapped while it walks a long history. git maps its pack in windows of up to
 * 1 GiB and keeps them mapped up to 8 GiB, so every page of the pack the walk reads stays resident: at
 * 100,000 commits git peaked at ~143 MB, more than the lockstep process reading it (a run's peak counts
 * its children's). In windows of 1 MiB, 16 MiB of them at most, it peaked at ~73 MB for the same CPU.
 */
const PACK_CONFIG = ['-c', 'core.packedGitWindowSize=1m', '-c', 'core.packedGitLimit=16m'];

/**
 * `git log -z --first-parent` from `revs`, each commit as FIELDS after a \x01; with `names` (the options before the
 * name list: `--sparse`, or none), each commit's files touched on its first-parent side, for the literal `paths`.
 */
function firstParentLog(revs: readonly string[], paths: readonly string[], names: readonly string[] | undefined): string[] {
  const diff = names ? [...names, '--diff-merges=first-parent', '--no-renames', '--name-only'] : [];
  return [
    ...TRAILER_CONFIG,
    ...PACK_CONFIG,
    '-c',
    'core.quotePath=false',
    'log',
    '-z',
    '--first-parent',
    ...diff,
    `--format=%x01${FIELDS}`,
    '--end-of-options',
    ...revs,
    '--',
    ...paths.map((f) => `:(literal)${f}`),
  ];
}

/** The commits `shas` (at most a thousand), in their order, in eachCommitTouching's fields (as one text). */
export function commitsByIds(git: GitSpawner, shas: readonly string[]): Promise<string> {
  return gitText(git, [...TRAILER_CONFIG, 'log', '-z', '--no-walk=unsorted', `--format=${FIELDS}`, ...shas, '--']);
}

/**
 * A commit of eachCommitTouching: its id (`%H`), its committer time (`%ct`) as a number, and its other three
 * fields as git printed them (`%P`, `%(trailers)`, `%B`; see FIELDS), as bytes: most of a long history's messages are read only to see that
 * they hold nothing of lockstep's (records/history.ts decodes the few that may). At 100,000 commits, with
 * every field decoded and kept until the walk ended, reading the walk took ~1.1 s of lockstep's CPU; ~0.55 s
 * now. The bytes are the walk's own: read them during the call, never keep them.
 */
export interface LoggedCommit {
  sha: string;
  parents: Buffer;
  /** Committer time (`%ct`), Unix seconds. */
  time: number;
  trailers: Buffer;
  message: Buffer;
}

/** `%ct` (digits) as a number, without a string per commit; anything else as Number reads it. */
function timeOf(b: Buffer): number {
  let n = 0;
  for (let k = 0; k < b.length; k++) {
    const d = b[k] - 0x30;
    if (d < 0 || d > 9) return Number(b.toString('latin1'));
    n = n * 10 + d;
  }
  return n;
}

/** The id that begins a commit of eachCommitTouching's log: SOH and 40 (or 64) hex digits, after a line break git may leave. */
function commitId(record: Buffer): string | undefined {
  const from = record[0] === 0x0a ? 2 : 1;
  if (record[from - 1] !== 0x01 || (record.length - from !== 40 && record.length - from !== 64)) return undefined;
  for (let k = from; k < record.length; k++) {
    const c = record[k];
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return undefined;
  }
  return record.toString('latin1', from);
}

/**
 * The folders whose history holds `files`: their deepest common folder when
 * they have one (`environments/` for a fleet's `environments/<env>/…`), else
 * each file's own folder (a file at the top is named itself). One folder is
 * what git filters fastest: 2E exact paths cost it ~3 s at 100 environments
 * over 20,000 commits, their folder 0.4 s; the files in it that are not an
 * environment's are left out by the reader.
 */
export function historyFolders(files: readonly string[]): string[] {
  // A glob (an environment of many apps, charts/*/values-prod.yaml) stands for the folder before its first wildcard.
  const dirs = files.map((f) => {
    const cut = f.search(/[*?[{]/);
    const literal = cut < 0 ? f : f.slice(0, cut);
    if (literal.includes('/')) return literal.slice(0, literal.lastIndexOf('/') + 1);
    return cut < 0 ? f : '.';
  });
  let common = dirs[0] ?? '';
  for (const d of dirs) while (!d.startsWith(common)) common = common.slice(0, common.slice(0, -1).lastIndexOf('/') + 1);
  return common.endsWith('/') ? [common] : [...new Set(dirs)];
}

/** The commits of one walk (eachCommitTouching), each as it arrives, with the paths it changed; `part` says which walk. */
export type OnCommit = (commit: LoggedCommit, touched: string[], part: number) => void;

/**
 * The first-parent history ending at `tip`, newest first: each commit (LoggedCommit) handed to `onCommit` as
 * it arrives, never the whole log as one text (a fleet's promotions make it tens of MB, and every value read
 * from one text keeps all of it alive), with the paths under `paths` (files or folders) it changed against
 * its first parent: `git log --first-parent --sparse --name-only` limited to `paths` diffs each commit
 * against its first parent under them only (merges too: --diff-merges=first-parent) and, with --sparse,
 * still prints every commit. One walk instead of two (the messages, then the paths): at 100,000 commits git
 * spends ~1.4 s of CPU instead of ~2. No `paths`: no diff, every commit's paths empty.
 *
 * `splitAt`, a commit on that history (a release tag near its middle): two walks at once, `tip ^splitAt`
 * (part 0) and `splitAt` (part 1), each one git process, so a machine of two cores walks it in about half
 * the time (git's walk is most of a long history's read). Each part's commits come in order, the parts side
 * by side. Resolves to the parts that make the history, newest first: [0, 1]; or where `splitAt` is not on
 * it (part 0's oldest commit's first parent is another commit), [0, 2] with part 2 walked from that parent;
 * or [2], the whole history walked again, where part 0 is empty or fails (a split commit git cannot read), or
 * part 1 fails. The caller drops the parts not named.
 */
export async function eachCommitTouching(
  git: GitSpawner,
  tip: string,
  paths: readonly string[],
  onCommit: OnCommit,
  splitAt?: string,
): Promise<number[]> {
  if (splitAt === undefined || splitAt === tip) {
    await walkPart(git, [tip], paths, onCommit, 0);
    return [0];
  }
  const [newer, older] = await Promise.allSettled([
    walkPart(git, [tip, `^${splitAt}`], paths, onCommit, 0),
    walkPart(git, [splitAt], paths, onCommit, 1),
  ]);
  // A split commit git cannot read (a tag on a commit a shallow clone lacks) fails part 0 too: walked whole
  // again, so that only a failure of the walk itself is the error.
  const next = newer.status === 'fulfilled' ? newer.value : undefined;
  if (next === undefined) {
    await walkPart(git, [tip], paths, onCommit, 2);
    return [2];
  }
  if (next === splitAt && older.status === 'fulfilled') return [0, 1];
  // The root (no first parent) ends the history: part 0 was all of it.
  if (next === '') return [0];
  await walkPart(git, [next], paths, onCommit, 2);
  return [0, 2];
}

/**
 * Reads a log printed as `%x01${FIELDS}` with `-z` (and `--name-only`): each commit's id, its five fields and the
 * paths it changed, handed to `onCommit` once the next commit begins, or at `end` for the last one.
 */
function commitReader(onCommit: (sha: string, fields: Buffer[], touched: string[]) => void): {
  record(record: Buffer): void;
  end(): void;
} {
  let sha: string | undefined;
  let fields: Buffer[] = [];
  let touched: string[] = [];
  const done = () => {
    if (sha !== undefined && fields.length === 5) onCommit(sha, fields, touched);
  };
  return {
    record(record) {
      // A commit's five fields are taken as they come (a message may begin with SOH too); after them, a record
      // that is SOH and an id (after a line break git may leave) begins the next commit, any other is a path.
      if (fields.length > 0 && fields.length < 5) {
        fields.push(record);
        return;
      }
      const id = commitId(record);
      if (id !== undefined) {
        done();
        sha = id;
        fields = [record];
        touched = [];
      } else if (fields.length === 5 && record.length > 0 && !(record.length === 1 && record[0] === 0x0a))
        touched.push(record.toString('utf8', record[0] === 0x0a ? 1 : 0));
    },
    end: done,
  };
}

/**
 * One `git log --first-parent` of eachCommitTouching over `revs` (a tip, and `^commit` to stop before it): its
 * commits to `onCommit` as `part`. Resolves to the first parent of its oldest commit ('' for a root commit),
 * or undefined when it printed no commit.
 */
async function walkPart(
  git: GitSpawner,
  revs: readonly string[],
  paths: readonly string[],
  onCommit: OnCommit,
  part: number,
): Promise<string | undefined> {
  let oldest: Buffer | undefined;
  const args = firstParentLog(revs, paths, paths.length > 0 ? ['--sparse'] : undefined);
  const reader = commitReader((sha, fields, touched) => {
    oldest = fields[1];
    onCommit({ sha, parents: fields[1], time: timeOf(fields[2]), trailers: fields[3], message: fields[4] }, touched, part);
  });
  const r = await gitRecords(git, args, reader.record);
  if (r.code !== 0) throw new Error(`git log failed (exit ${r.code}): ${r.stderr.trim()}`);
  reader.end();
  // The oldest commit's parents (one commit's bytes held past its call, while the walk ends): its first parent.
  if (oldest === undefined) return undefined;
  const space = oldest.indexOf(0x20);
  return oldest.toString('latin1', 0, space < 0 ? oldest.length : space);
}

/** A tag's commit (peeled through an annotated tag) and that commit's committer time (Unix seconds). */
export interface TagTarget {
  commit: string;
  time: number;
}

/** Every tag (`refs/tags/*`) and the commit it names (peeled through an annotated tag), with its committer time. */
export async function tagTargets(git: GitSpawner): Promise<Map<string, TagTarget>> {
  const text = await gitText(git, [
    'for-each-ref',
    '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(committerdate:unix)%00%(*committerdate:unix)',
    'refs/tags',
  ]);
  const out = new Map<string, TagTarget>();
  for (const line of text.split('\n')) {
    const [name, obj, peeled, time, peeledTime] = line.split('\0');
    if (name && obj) out.set(name, { commit: peeled || obj, time: Number(peeledTime || time) || 0 });
  }
  return out;
}

/**
 * Where eachCommitTouching's walk splits in two: the commit of the release tag whose committer time is the
 * median of the tags' (releases come all through a history, so about half of it is newer), or none without a
 * tag. A tag off the first-parent history costs a walk more, never a wrong history.
 */
export function splitAt(targets: ReadonlyMap<string, TagTarget>): string | undefined {
  const byTime = [...new Map([...targets.values()].map((t) => [t.commit, t.time]))].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  return byTime[Math.floor(byTime.length / 2)]?.[0];
}

/**
 * The paths commit `sha` changed against its first parent (for a merge, what it brought in), or undefined
 * when git cannot say (a root commit, a parent the clone lacks).
 */
export async function firstParentPaths(git: GitSpawner, sha: string): Promise<string[] | undefined> {
  const r = await git(['diff', '--no-renames', '--name-only', '-z', `${sha}^1`, sha, '--']);
  return r.code === 0 ? r.stdout.toString('utf8').split('\0').filter(Boolean) : undefined;
}

/** How many commits one `git log` lists the paths of (far below the argument list's limit). */
const PATHS_BATCH = 1000;

/**
 * firstParentPaths of many commits, with one `git log --no-walk` per thousand instead of one `git diff` each (a
 * history of many releases has many release commits): each commit's paths against its first parent (a root
 * commit's, every file it adds). A batch git refuses (a commit the clone lacks) is asked commit by commit.
 */
export async function firstParentPathsOf(git: GitSpawner, shas: readonly string[]): Promise<Map<string, string[] | undefined>> {
  const out = new Map<string, string[] | undefined>();
  for (let at = 0; at < shas.length; at += PATHS_BATCH) {
    const batch = shas.slice(at, at + PATHS_BATCH);
    const r = await git([
      'log',
      '--no-walk=unsorted',
      '--diff-merges=first-parent',
      '--no-renames',
      '--name-only',
      '-z',
      '--format=%x01%H',
      ...batch,
      '--',
    ]);
    if (r.code !== 0) {
      const each = await Promise.all(batch.map((sha) => firstParentPaths(git, sha)));
      batch.forEach((sha, i) => out.set(sha, each[i]));
      continue;
    }
    // Each commit is \x01<sha>\0, then (when it changed anything) \n and its paths, each ended by \0.
    for (const part of r.stdout.toString('utf8').split('\x01')) {
      const end = part.indexOf('\0');
      if (end < 0) continue;
      out.set(
        part.slice(0, end),
        part
          .slice(end + 1)
          .replace(/^\n/, '')
          .split('\0')
          .filter(Boolean),
      );
    }
  }
  return out;
}

/** A landing's commit as commitInfo reads it: its parents, its message's trailer block (git's parse) and its message. */
export interface LandingInfo {
  parents: string[];
  trailers: string;
  message: string;
}

/** The last landing of a group of paths (lastLandings): the first-parent commit, and for a merge its merged side. */
export interface Landing {
  commit: string;
  info: LandingInfo;
  /** A merge's merged side (its second parent), whose message records what it landed; undefined when git cannot read it. */
  merged?: LandingInfo;
}

/** Ends lastLandings' walk once every group has its landing (thrown from the reader, which stops git). */
const ALL_SEEN = new Error('every group has its landing');

/** A path as git prints it: no leading `./`, no trailing `/`. */
const plainPath = (p: string) => p.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');

/**
 * The last landing of each group of paths (an environment's files) on `tip`'s first-parent history, as
 * `git log -1 --first-parent -- <group>` finds it (a merge by what it brought in), with its message and a merge's
 * merged side's. One `git log --first-parent --name-only` walk for every group, limited to their folders
 * (historyFolders), ended once every group has its landing: no further back than the oldest (the whole history only
 * where a group never changed); then one `git log --no-walk` for the merged sides. Per group, a log and a commit or
 * two were ~3 git processes an environment (~1 s at 100); these are two at most. A group is undefined when no
 * commit changed it, or when git cannot walk `tip` (as `git log -1` read leniently).
 */
export async function lastLandings(git: GitSpawner, tip: string, groups: readonly (readonly string[])[]): Promise<(Landing | undefined)[]> {
  const found: (Landing | undefined)[] = groups.map(() => undefined);
  const owners = new Map<string, number[]>();
  // A glob (an environment of many apps, charts/*/values-prod.yaml) owns each path it matches, as its apps are matched (deploy/fleet.ts).
  const globs: { matches: (path: string) => boolean; k: number }[] = [];
  groups.forEach((g, k) => {
    for (const p of new Set(g.map(plainPath)))
      if (picomatch.scan(p).isGlob) globs.push({ matches: picomatch(p, { dot: true }), k });
      else owners.set(p, [...(owners.get(p) ?? []), k]);
  });
  let left = groups.filter((g) => g.length > 0).length;
  if (left === 0) return found;
  const touchedGroups = (path: string): number[] => {
    const out: number[] = [];
    // The path, and each folder it is in: a group may name a folder.
    for (let at = path.length; at > 0; at = path.lastIndexOf('/', at - 1)) out.push(...(owners.get(path.slice(0, at)) ?? []));
    for (const g of globs) if (g.matches(path)) out.push(g.k);
    return out;
  };
  const reader = commitReader((sha, fields, touched) => {
    for (const path of touched)
      for (const k of touchedGroups(path)) {
        if (found[k] !== undefined) continue;
        const info = {
          parents: fields[1].toString('latin1').split(' ').filter(Boolean),
          trailers: fields[3].toString('utf8'),
          message: fields[4].toString('utf8'),
        };
        found[k] = { commit: sha, info };
        left--;
      }
    if (left === 0) throw ALL_SEEN;
  });
  const args = firstParentLog([tip], historyFolders([...new Set(groups.flat().map(plainPath))]), []);

  try {
    const r = await gitRecords(git, args, reader.record);
    if (r.code !== 0) return groups.map(() => undefined);
    reader.end();
  } catch (e) {
    if (e !== ALL_SEEN) throw e;
  }
  const sides = await mergedSides(git, [...new Set(found.flatMap((l) => (l && l.info.parents.length > 1 ? [l.info.parents[1]] : [])))]);
  return found.map((l) => {
    const side = l && l.info.parents.length > 1 ? sides.get(l.info.parents[1]) : undefined;
    return l && side ? { ...l, merged: side } : l;
  });
}

/** The merged sides of landings: commitsByIds' fields, a thousand a process; a batch git refuses (a commit a shallow clone lacks) read one by one. */
async function mergedSides(git: GitSpawner, shas: readonly string[]): Promise<Map<string, LandingInfo>> {
  const out = new Map<string, LandingInfo>();
  for (let at = 0; at < shas.length; at += PATHS_BATCH) {
    const batch = shas.slice(at, at + PATHS_BATCH);
    const text = await commitsByIds(git, batch).catch(() => undefined);
    if (text === undefined) {
      const each = await Promise.all(batch.map((sha) => commitsByIds(git, [sha]).catch(() => '')));
      for (const t of each) readFields(t, out);
    } else readFields(text, out);
  }
  return out;
}

/** commitsByIds' text into `out`, by commit: five fields each (id, parents, time, trailers, message). */
function readFields(text: string, out: Map<string, LandingInfo>): void {
  const f = text.split('\0');
  for (let k = 0; k + 4 < f.length; k += 5)
    out.set(f[k].replace(/^\n/, ''), { parents: f[k + 1].split(' ').filter(Boolean), trailers: f[k + 3], message: f[k + 4] });
}
