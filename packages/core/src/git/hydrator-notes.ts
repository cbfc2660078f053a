// The git-notes variant of GitOps Promoter's hydrator contract (the one Argo CD's Source Hydrator writes since
// 3.3): a DRY commit whose render of an environment changes nothing makes no hydrated commit; instead the
// hydrated commit the proposed branch already holds gets a note in refs/notes/hydrator.metadata whose JSON names
// that newer drySha. So "the manifests of this hydrated commit are the render of DRY commit N as well" is said
// without a commit, and a promotion that asks whether an environment runs DRY commit N can tell (promote/
// hydrated.ts). The note only moves forward: a note already naming N, or a DRY commit after N, is left as it is,
// and the notes commit is built from fixed identity and date, so two runs noting the same DRY commit on the same
// notes tip make the same commit and push it once; a push that lost to another reads the notes again.

import { UserError } from '../errors.ts';
import type { Identity } from './identity.ts';
import { localText } from './local.ts';
import { parsePushPorcelain } from './publish.ts';
import { asRepo } from './repo.ts';
import { GIT_FETCH, gitTry, type GitSpawner } from './spawn.ts';
import { dryShaOf } from './hydrated.ts';
import { isCommitId } from './refs.ts';
import { descendantsOf } from './dry-order.ts';

/** The notes ref of the contract's git-notes variant. */
export const HYDRATOR_NOTES = 'refs/notes/hydrator.metadata';

/** Rounds of read, note and push before a notes ref that keeps moving is given up on. */
const ATTEMPTS = 5;

/** origin's notes fetched into the local notes ref; its commit, or undefined when origin has none (the local ref then removed). */
export async function fetchHydratorNotes(git: GitSpawner): Promise<string | undefined> {
  const r = await git([
    ...GIT_FETCH,
    '--quiet',
    '--no-tags',
    '--no-write-fetch-head',
    '--',
    'origin',
    `+${HYDRATOR_NOTES}:${HYDRATOR_NOTES}`,
  ]);
  if (r.code !== 0) {
    if (!/couldn't find remote ref/i.test(r.stderr))
      throw new UserError(`fetching ${HYDRATOR_NOTES} from origin failed: ${r.stderr.trim().split('\n')[0]}`);
    await git(['update-ref', '-d', HYDRATOR_NOTES]);
    return undefined;
  }
  return gitTry(git, ['rev-parse', '--verify', '--quiet', `${HYDRATOR_NOTES}^{commit}`]);
}

/** The drySha the local notes ref's note on `commit` names (a full SHA), else undefined (no note, not JSON, no such key). */
export async function notedDrySha(git: GitSpawner, commit: string): Promise<string | undefined> {
  const text = await gitTry(git, ['notes', `--ref=${HYDRATOR_NOTES}`, 'show', '--end-of-options', commit]);
  return dryShaOf(text);
}

/**
 * Notes on the hydrated commits `commits` saying their manifests are the render of DRY commit `dry` too, built in
 * one `git fast-import` (a notes commit per commit noted, as `git notes add` makes them) and pushed to origin with a
 * lease on the notes tip read; the commits noted (those whose note named neither `dry` nor a later DRY commit).
 * `date` (the DRY commit's) and `who` make the notes commits the same for every run noting the same DRY commit on
 * the same notes tip. A round costs the same few git processes however many commits are noted: the notes read in
 * one `git log`, the ancestry of the DRY commits they name in one `git rev-list`, the notes written in one
 * fast-import (300 environments noted one by one started ~900 processes).
 */
export async function noteDrySha(git: GitSpawner, commits: readonly string[], dry: string, who: Identity, date: string): Promise<string[]> {
  for (const c of [...commits, dry]) if (!isCommitId(c)) throw new Error(`noteDrySha: ${JSON.stringify(c)} is not a commit id`);
  if (commits.length === 0) return [];
  const stamp = `${who.name} <${who.email}> ${rawDate(date)}`;
  const local = await asRepo(git).local();
  const unique = [...new Set(commits)];
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const base = await fetchHydratorNotes(git);
    const noted = base ? await notedDryShas(git, unique) : new Map<string, string>();
    const later = await descendantsOf(git, dry, new Set([...noted.values()].filter((n) => n !== dry)));
    // Never backwards: a note naming this DRY commit or one after it (a concurrent run for a newer commit) stays.
    const due = unique.filter((c) => {
      const n = noted.get(c);
      return n === undefined || (n !== dry && !later.has(n));
    });
    if (due.length === 0) return [];
    await localText(local, ['fast-import', '--quiet', '--done'], { input: notesStream(due, dry, stamp, base) });
    const r = await git([
      'push',
      '--porcelain',
      '--no-verify',
      `--force-with-lease=${HYDRATOR_NOTES}:${base ?? ''}`,
      '--',
      'origin',
      `${HYDRATOR_NOTES}:${HYDRATOR_NOTES}`,
    ]);
    const line = parsePushPorcelain(r.stdout.toString('utf8')).find((l) => l.to === HYDRATOR_NOTES);
    if (line && line.flag !== '!') return line.flag === '=' ? [] : due;
    // The lease lost to a push landing meanwhile (another run's notes): read the notes again and note on them.
    if (line && /stale info|fetch first|non-fast-forward|failed to update ref|cannot lock ref|failed to lock/.test(line.summary)) continue;
    throw new UserError(`origin refused the push of ${HYDRATOR_NOTES}: ${line?.summary ?? r.stderr.trim().split('\n')[0]}`, {
      hint: `let the token push ${HYDRATOR_NOTES} (contents: write)`,
    });
  }
  throw new UserError(`${HYDRATOR_NOTES} kept moving while DRY commit ${dry.slice(0, 12)} was noted (${ATTEMPTS} attempts)`, {
    hint: 'run again: each attempt reads the notes anew',
  });
}

/** The drySha each of `commits` has a note naming (as notedDrySha reads it), in one `git log` over them all. */
async function notedDryShas(git: GitSpawner, commits: readonly string[]): Promise<Map<string, string>> {
  const r = await git([
    'log',
    '-z',
    '--no-walk=unsorted',
    '--no-notes',
    `--notes=${HYDRATOR_NOTES}`,
    '--format=%H %N',
    '--end-of-options',
    ...commits,
  ]);
  const records = r.stdout.toString('utf8').split('\0');
  if (records.at(-1) === '') records.pop();
  // Each record is `<commit> <note>`, in the order asked; a note holding a NUL breaks that order, and then each
  // commit's note is read on its own rather than trusting records a note's bytes may have forged.
  if (r.code !== 0 || records.length !== commits.length || records.some((rec, k) => !rec.startsWith(`${commits[k]} `))) {
    const one = await Promise.all(commits.map((c) => notedDrySha(git, c)));
    return new Map(commits.flatMap((c, k) => (one[k] ? [[c, one[k]] as const] : [])));
  }
  const noted = new Map<string, string>();
  records.forEach((rec, k) => {
    const sha = dryShaOf(rec.slice(commits[k].length + 1));
    if (sha) noted.set(commits[k], sha);
  });
  return noted;
}

/** The fast-import stream of one notes commit per commit in `due`, on `base` (or a first notes commit). */
function notesStream(due: readonly string[], dry: string, stamp: string, base: string | undefined): string {
  const note = `${JSON.stringify({ drySha: dry })}\n`;
  const message = "Notes added by 'git notes add'\n";
  let out = base ? '' : `reset ${HYDRATOR_NOTES}\n\n`;
  due.forEach((commit, k) => {
    out += `commit ${HYDRATOR_NOTES}\nauthor ${stamp}\ncommitter ${stamp}\ndata ${Buffer.byteLength(message)}\n${message}`;
    if (k === 0 && base) out += `from ${base}\n`;
    out += `N inline ${commit}\ndata ${Buffer.byteLength(note)}\n${note}\n`;
  });
  return `${out}done\n`;
}

/** `date` in git's raw form, `<seconds> <+hhmm>`: given so (as the DRY commit's `%ad`-raw reading is), or ISO 8601 with its offset kept. */
function rawDate(date: string): string {
  if (/^\d{1,12} [+-]\d{4}$/.test(date)) return date;
  const ms = Date.parse(date);
  const m = /(Z|([+-])(\d\d):?(\d\d))$/.exec(date);
  if (Number.isNaN(ms) || !m) throw new Error(`noteDrySha: ${JSON.stringify(date)} is not a git date (raw or ISO 8601 with an offset)`);
  return `${Math.floor(ms / 1000)} ${m[1] === 'Z' ? '+0000' : `${m[2]}${m[3]}${m[4]}`}`;
}
