// The hydrated branches written. writeBranches, the run's way: every branch's tip read in one ls-remote, each
// compared with its planned files without a git start, the objects of the changed ones written in one
// hash-object per type and pushed in one push, a lease on each tip that was read. writeBranch, one branch at a
// time: its tip fetched, the tree of the planned files written on it (one write-tree), compared with what the
// tip holds and, when the manifests differ, one commit pushed with a lease; the batch falls back on it for a
// branch whose lease lost. Either way the commit carries the DRY commit's date and a fixed identity, so two runs
// hydrating the same DRY commit on the same tip make the same commit: one push lands, the other finds the
// branch already there. A push that lost to another (the lease no longer holds) reads the branch again.

import { UserError } from '../../errors.ts';
import { BOT_IDENTITY } from '../../git/identity.ts';
import { signs } from '../../git/signing.ts';
import {
  blobsUnder,
  commitHydratedTree,
  dryShaAt,
  dryShaOf,
  writeHydratedTree,
  type DryCommit,
  type HydratedFile,
} from '../../git/hydrated.ts';
import { laterDryCommits } from '../../git/dry-order.ts';
import {
  commitObject,
  filesOfTree,
  formatOf,
  gitObject,
  overlayTree,
  readTree,
  treeOfCommit,
  writeObjects,
  type GitObject,
  type ObjectFormat,
} from '../../git/hydrated-objects.ts';
import type { ObjectReader } from '../../git/cat-file.ts';
import { fetchBranch, generatedTrailer, pushBranch } from '../../git/publish.ts';
import { fetchBranches, pushBranches, refNamespaceClash, remoteHeads } from '../../git/publish-batch.ts';
import { UserErrors } from '../../errors.ts';
import type { GitSpawner } from '../../git/spawn.ts';

/**
 * What happened to a branch: written (created, updated), already holding these manifests, what a dry run would do,
 * or left alone because it holds the render of a newer DRY commit (superseded: this run is the stale one).
 */
export interface BranchOutcome {
  status: 'created' | 'updated' | 'unchanged' | 'would-create' | 'would-update' | 'superseded';
  commit?: string;
  /** superseded: the newer DRY commit the branch's hydrator.metadata names. */
  newer?: string;
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
  /** The config's or the Application's line that named the branch: where a branch git cannot create is refused. */
  where?: { file?: string; line?: number };
}

export async function writeBranch(git: GitSpawner, w: BranchWrite): Promise<BranchOutcome> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const tip = await fetchBranch(git, 'origin', w.branch);
    // Read again each round: a lost lease may mean a run for a newer DRY commit pushed meanwhile.
    const newer = tip ? await newerOn(git, w, await dryShaAt(git, tip, ownMetadata(w))) : undefined;
    if (newer) return { status: 'superseded', commit: tip, newer };
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
    if (pushed.reason === 'rejected') throw refused(w.branch, pushed.detail);
  }
  throw new UserError(`${w.branch} kept moving while ${w.environment} was hydrated (${ATTEMPTS} attempts)`, {
    hint: 'run again: each attempt reads the branch anew',
  });
}

/**
 * Every branch of a run written at once: the tips of all of them read in one `ls-remote`, the ones the clone
 * lacks fetched in one fetch, each compared with its planned files through the run's one `cat-file --batch`
 * (no git start for a branch that holds its manifests already), the objects of every changed branch written in
 * one `hash-object` per type (hydrated-objects.ts), and all of them pushed in one push, each with its own lease.
 * A branch whose lease no longer holds (another run pushed first) goes through writeBranch, which reads it
 * again; so does a branch two environments write (each builds on the other's commit) and, when a branch
 * vanished between the listing and the fetch, every branch. Outcomes in the order of `writes`.
 */
export async function writeBranches(git: GitSpawner, reader: ObjectReader, writes: readonly BranchWrite[]): Promise<BranchOutcome[]> {
  const out = new Array<BranchOutcome | undefined>(writes.length);
  const count = new Map<string, number>();
  for (const w of writes) count.set(w.branch, (count.get(w.branch) ?? 0) + 1);
  const batch = writes.map((w, i) => ({ w, i })).filter(({ w }) => count.get(w.branch) === 1);
  const fromActive = (w: BranchWrite) => (w.active !== undefined && w.active !== w.branch ? [w.active] : []);
  const names = batch.flatMap(({ w }) => [w.branch, ...fromActive(w)]);
  const heads = await remoteHeads(git, 'origin', names);
  refuseClashes(writes, heads);
  const tips = new Map(names.filter((b) => heads.has(b)).map((b) => [b, heads.get(b)!]));
  const held = await Promise.all([...tips].map(async ([branch, sha]) => ((await reader.commit(sha)) === undefined ? [branch] : [])));
  const missing = held.flat();
  let fetched = true;
  if (missing.length > 0) {
    fetched = await fetchBranches(git, 'origin', missing);
    // The reader's git reads the packs the fetch brought when it starts again.
    reader.close();
  }
  const objects: GitObject[] = [];
  const updates: { branch: string; sha: string; expected: string | undefined; i: number }[] = [];
  const newer = fetched ? await newerTips(git, reader, batch, tips) : new Map<number, BranchOutcome>();
  // Every branch at once: their reads go to the one cat-file together.
  const built = fetched ? await Promise.all(batch.map(async ({ w, i }) => newer.get(i) ?? buildBranch(reader, w, tips))) : [];
  // A signed commit is git's to make (commit-tree -S with the key): a branch with one to write goes one by one below.
  const signed = signs(git);
  built.forEach((b, k) => {
    const i = batch[k].i;
    if ('status' in b) out[i] = b;
    else if (signed) return;
    else {
      objects.push(...b.objects);
      updates.push({ branch: writes[i].branch, sha: b.commit, expected: b.tip, i });
    }
  });
  await writeObjects(git, objects);
  const pushed = await pushBranches(git, 'origin', updates);
  for (const u of updates) {
    const p = pushed.get(u.branch)!;
    if (p.ok) out[u.i] = { status: !p.updated ? 'unchanged' : u.expected ? 'updated' : 'created', commit: u.sha };
    else if (p.reason === 'rejected') throw refused(u.branch, p.detail);
  }
  // The rest one by one: lost leases, shared branches, signed commits, or all when the batch could not be fetched.
  for (let i = 0; i < writes.length; i++) out[i] ??= await writeBranch(git, writes[i]);
  return out as BranchOutcome[];
}

/** The hydrator.metadata of the environment's own folder: what says which DRY commit its manifests render. */
function ownMetadata(w: BranchWrite): string {
  return w.metadata.at(-1)!;
}

/** The DRY commit `held` (a tip's drySha) when it is strictly newer than the one this run hydrates, else undefined. */
async function newerOn(git: GitSpawner, w: BranchWrite, held: string | undefined): Promise<string | undefined> {
  if (held === undefined || held === w.dry.sha) return undefined;
  return (await laterDryCommits(git, w.dry.sha, [held])).has(held) ? held : undefined;
}

/**
 * The branches of the batch whose tip holds the render of a newer DRY commit than this run's (a re-run, a slower
 * job): superseded, by index in the run's writes. Every tip's drySha read through the one cat-file, their order
 * asked of git once per DRY commit (all the run's writes share one).
 */
async function newerTips(
  git: GitSpawner,
  reader: ObjectReader,
  batch: readonly { w: BranchWrite; i: number }[],
  tips: ReadonlyMap<string, string>,
): Promise<Map<number, BranchOutcome>> {
  const held = await Promise.all(
    batch.map(async ({ w }) => {
      const tip = tips.get(w.branch);
      return tip ? dryShaOf(await reader.text(`${tip}:${ownMetadata(w)}`)) : undefined;
    }),
  );
  const out = new Map<number, BranchOutcome>();
  for (const dry of new Set(batch.map(({ w }) => w.dry.sha))) {
    const later = await laterDryCommits(
      git,
      dry,
      held.filter((h, k): h is string => h !== undefined && batch[k].w.dry.sha === dry),
    );
    batch.forEach(({ w, i }, k) => {
      const h = held[k];
      if (w.dry.sha === dry && h !== undefined && later.has(h)) out.set(i, { status: 'superseded', commit: tips.get(w.branch)!, newer: h });
    });
  }
  return out;
}

/** A branch of the batch: its outcome when nothing is to be pushed, else its commit and the objects it needs. */
async function buildBranch(
  reader: ObjectReader,
  w: BranchWrite,
  tips: ReadonlyMap<string, string>,
): Promise<BranchOutcome | { commit: string; tip: string | undefined; objects: GitObject[] }> {
  const tip = tips.get(w.branch);
  const from = tip ?? (w.active !== undefined && w.active !== w.branch ? tips.get(w.active) : undefined);
  const format = formatOf(w.dry.sha);
  const blobs = w.files.map((f) => gitObject('blob', Buffer.from(f.content, 'utf8'), format));
  const planned = new Map(w.files.map((f, k) => [f.path, blobs[k].id]));
  const existing = tip ? await heldFiles(reader, tip, w.scope, format) : undefined;
  // Nothing changed: the tip stays; when its hydrator.metadata names another DRY commit, it is behind (run.ts notes it).
  if (tip && existing && sameManifests(existing, planned, w.metadata))
    return {
      status: 'unchanged',
      commit: tip,
      ...(w.metadata.some((m) => existing.get(m) !== planned.get(m)) ? { behind: true } : {}),
    };
  if (w.dryRun) return tip ? { status: 'would-update', commit: tip } : { status: 'would-create' };
  const objects = [...blobs];
  const base = from ? await treeOfCommit(reader, from) : undefined;
  const tree = await overlayTree(reader, base, planned, w.scope ?? '', format, objects);
  const commit = commitObject(
    { tree, ...(from ? { parent: from } : {}), message: message(w), who: BOT_IDENTITY, date: w.dry.committed },
    format,
  );
  objects.push(commit);
  return { commit: commit.id, tip, objects };
}

/** Each file of `commit` under `scope` (undefined: all), by path, with its blob id: what blobsUnder lists. */
async function heldFiles(
  reader: ObjectReader,
  commit: string,
  scope: string | undefined,
  format: ObjectFormat,
): Promise<Map<string, string>> {
  let tree: string | undefined = await treeOfCommit(reader, commit);
  for (const name of scope === undefined ? [] : scope.split('/')) {
    const e: { mode: string; id: string } | undefined = (await readTree(reader, tree, format)).get(name);
    tree = e?.mode === '40000' ? e.id : undefined;
    if (tree === undefined) return new Map();
  }
  return filesOfTree(reader, tree, format, scope === undefined ? '' : `${scope}/`);
}

/**
 * Every write whose branch git cannot create beside a branch origin holds, or beside another this run writes
 * (`environment/dev-next` and `environment/dev-next/app-a`: a ref is a file, so its name cannot also be a folder),
 * refused together before anything is pushed: a push would only be refused, never "keep moving".
 */
function refuseClashes(writes: readonly BranchWrite[], heads: ReadonlyMap<string, string>): void {
  const errors: UserError[] = [];
  for (const w of writes) {
    if (heads.has(w.branch)) continue;
    const onOrigin = refNamespaceClash(w.branch, heads.keys());
    const mine = onOrigin === undefined ? writes.find((o) => refNamespaceClash(w.branch, [o.branch]) !== undefined) : undefined;
    const other = onOrigin ?? mine?.branch;
    if (other === undefined) continue;
    const holder = onOrigin !== undefined ? `origin has the branch ${other}` : `${mine!.environment} writes ${other} in this run`;
    const way =
      onOrigin !== undefined
        ? `delete ${other} on origin if nothing reads it any more (git push origin --delete ${other})`
        : `give one of them another name`;
    errors.push(
      new UserError(
        `${w.environment}: hydrate-env cannot create ${w.branch}: ${holder}, and git cannot hold a branch and another under its name (a ref is a file, not a folder)`,
        {
          ...w.where,
          hint: `name ${w.environment}'s proposed branch so that neither is a folder of the other${renamed(w.branch, other)}, or ${way}; nothing was pushed`,
        },
      ),
    );
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new UserErrors(errors);
}

/** `(hydrate-to: a/b-c-d)` for `a/b/c/d` beside `a/b`: the branch kept beside the other; '' when the branch is the shorter. */
function renamed(branch: string, other: string): string {
  if (!branch.startsWith(`${other}/`)) return '';
  return ` (hydrate-to: ${other}-${branch.slice(other.length + 1).replace(/\//g, '-')})`;
}

function refused(branch: string, detail: string): UserError {
  return new UserError(`origin refused the push of ${branch}: ${detail}`, {
    hint: `let the token push to ${branch} (contents: write; a branch rule that blocks it)`,
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
