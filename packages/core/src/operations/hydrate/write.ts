// One hydrated branch written: its tip read from origin, the tree of the planned files written on it (one
// write-tree), compared with what the tip holds, and, when the manifests differ, one commit pushed with a
// lease on the tip that was read. The commit carries the DRY commit's date and a fixed identity, so two runs
// hydrating the same DRY commit on the same tip make the same commit: one push lands, the other finds the
// branch already there. A push that lost to another (the lease no longer holds) reads the branch again.

import { UserError } from '../../errors.ts';
import { BOT_IDENTITY } from '../../git/identity.ts';
import { blobsUnder, commitHydratedTree, writeHydratedTree, type DryCommit, type HydratedFile } from '../../git/hydrated.ts';
import { fetchBranch, generatedTrailer, pushBranch } from '../../git/publish.ts';
import type { GitSpawner } from '../../git/spawn.ts';

/** What happened to a branch: written (created, updated), already holding these manifests, or what a dry run would do. */
export interface BranchOutcome {
  status: 'created' | 'updated' | 'unchanged' | 'would-create' | 'would-update';
  commit?: string;
  /** unchanged, and the tip's hydrator.metadata names another DRY commit: its manifests are this one's render too. */
  behind?: boolean;
}

/** Rounds of read, build and push before a branch that keeps moving is given up on. */
const ATTEMPTS = 5;

export interface BranchWrite {
  branch: string;
  /**
   * The active branch the proposed one is promoted into: a proposed branch written for the first time starts
   * on its tip (when origin has it), so that the pull request between them has history in common.
   */
  active?: string;
  /** The activePath whose folder is replaced; undefined: the whole tree. */
  scope?: string;
  /** The hydrator.metadata files among `files`: what changes with every DRY commit, left out of the comparison. */
  metadata: readonly string[];
  files: readonly HydratedFile[];
  dry: DryCommit;
  environment: string;
  renderer: string;
  dryRun: boolean;
}

export async function writeBranch(git: GitSpawner, w: BranchWrite): Promise<BranchOutcome> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const tip = await fetchBranch(git, 'origin', w.branch);
    // A first hydration grows out of the active branch (another app's folder on a shared one kept as it is there).
    const from = tip ?? (w.active !== undefined && w.active !== w.branch ? await fetchBranch(git, 'origin', w.active) : undefined);
    const built = await writeHydratedTree(git, from, w.scope, w.files, !w.dryRun);
    const existing = tip ? await blobsUnder(git, tip, w.scope) : undefined;
    // Nothing changed: the tip stays; when its hydrator.metadata names another DRY commit, it is behind (run.ts notes it).
    if (tip && existing && sameManifests(existing, built.blobs, w.metadata))
      return {
        status: 'unchanged',
        commit: tip,
        ...(w.metadata.some((m) => existing.get(m) !== built.blobs.get(m)) ? { behind: true } : {}),
      };
    if (w.dryRun) return { status: tip ? 'would-update' : 'would-create', ...(tip ? { commit: tip } : {}) };
    const commit = await commitHydratedTree(git, {
      tree: built.tree!,
      ...(from ? { parent: from } : {}),
      message: message(w),
      who: BOT_IDENTITY,
      date: w.dry.committed,
    });
    const pushed = await pushBranch(git, 'origin', w.branch, commit, tip);
    if (pushed.ok) return { status: !pushed.updated ? 'unchanged' : tip ? 'updated' : 'created', commit };
    if (pushed.reason === 'rejected')
      throw new UserError(`origin refused the push of ${w.branch}: ${pushed.detail}`, {
        hint: `let the token push to ${w.branch} (contents: write; a branch rule that blocks it)`,
      });
  }
  throw new UserError(`${w.branch} kept moving while ${w.environment} was hydrated (${ATTEMPTS} attempts)`, {
    hint: 'run again: each attempt reads the branch anew',
  });
}

/** Whether a branch's files hold the planned manifests: the same paths with the same blobs, hydrator.metadata aside. */
function sameManifests(existing: ReadonlyMap<string, string>, planned: ReadonlyMap<string, string>, metadata: readonly string[]): boolean {
  const a = [...existing].filter(([p]) => !metadata.includes(p));
  const b = [...planned].filter(([p]) => !metadata.includes(p));
  return a.length === b.length && a.every(([p, oid]) => planned.get(p) === oid);
}

/** `hydrate <env> from <dry12>`, the DRY subject, and the trailers naming the DRY commit and the renderer. */
function message(w: BranchWrite): string {
  return [
    `hydrate ${w.environment} from ${w.dry.sha.slice(0, 12)}`,
    '',
    w.dry.subject,
    '',
    generatedTrailer('hydrate-env'),
    `Lockstep-Dry-Sha: ${w.dry.sha}`,
    `Lockstep-Renderer: ${w.renderer}`,
  ].join('\n');
}
