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

/** The notes ref of the contract's git-notes variant. */
export const HYDRATOR_NOTES = 'refs/notes/hydrator.metadata';

/** Rounds of read, note and push before a notes ref that keeps moving is given up on. */
const ATTEMPTS = 5;

const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

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
  if (text === undefined) return undefined;
  try {
    const sha = (JSON.parse(text) as { drySha?: unknown }).drySha;
    return typeof sha === 'string' && FULL_SHA.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Notes on the hydrated commits `commits` saying their manifests are the render of DRY commit `dry` too, in one
 * notes commit pushed to origin with a lease on the notes tip read; the commits noted (those whose note named
 * neither `dry` nor a later DRY commit). `date` (the DRY commit's) and `who` make the notes commit the same for
 * every run noting the same DRY commit on the same notes tip.
 */
export async function noteDrySha(git: GitSpawner, commits: readonly string[], dry: string, who: Identity, date: string): Promise<string[]> {
  for (const c of [...commits, dry]) if (!FULL_SHA.test(c)) throw new Error(`noteDrySha: ${JSON.stringify(c)} is not a commit id`);
  if (commits.length === 0) return [];
  const local = await asRepo(git).local();
  const env = {
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const base = await fetchHydratorNotes(git);
    const due: string[] = [];
    for (const commit of new Set(commits)) {
      const noted = base ? await notedDrySha(git, commit) : undefined;
      // Never backwards: a note naming this DRY commit or one after it (a concurrent run for a newer commit) stays.
      if (noted === dry || (noted && (await git(['merge-base', '--is-ancestor', dry, noted])).code === 0)) continue;
      due.push(commit);
    }
    if (due.length === 0) return [];
    for (const commit of due)
      await localText(local, ['notes', `--ref=${HYDRATOR_NOTES}`, 'add', '-f', '-F', '-', commit], {
        env,
        input: `${JSON.stringify({ drySha: dry })}\n`,
      });
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
