// hydrate-env's `mode: check` (`lockstep hydrate --mode check`): a hydrated branch is what its DRY commit
// renders to, and nothing else. Each environment's proposed branch (or the commit `commit` names, a promotion
// pull request's head) is read: its hydrator.metadata names the drySha, that commit is rendered afresh as the
// hydration would render it (plan.ts), and every manifest file is compared byte for byte. A hand edit, a file
// added or one removed is refused at its file and line, exit 1; the branch and the workspace are left as they
// were. hydrator.metadata itself is read for its drySha only: its other fields describe, they do not deploy.

import { UserError, UserErrors } from '../../errors.ts';
import { isAncestorOf } from '../../git/commits.ts';
import { blobsUnder, commitOf, dryCommit, dryShaOf, writeHydratedTree, type DryCommit } from '../../git/hydrated.ts';
import { fetchBranch } from '../../git/publish.ts';
import type { Repo } from '../../git/repo.ts';
import { metadataPaths, proposedBranch } from '../../git/hydrated.ts';
import type { Planned, Planner, Chosen } from './plan.ts';
import type { HydratedEnvironment } from './result.ts';

/** A hydrated commit to check: the environment, the branch it was read from, and the DRY commit its metadata names. */
interface Target {
  c: Chosen;
  branch: string;
  commit: string;
  dry: DryCommit;
}

/**
 * Checks each chosen environment's hydrated branch (the `commit` input's when given: one
 * environment only) against a fresh render of its drySha; every difference
 * of every environment is refused at once.
 */
export async function checkHydrated(
  git: Repo,
  chosen: readonly Chosen[],
  ref: string | undefined,
  planner: Planner,
): Promise<HydratedEnvironment[]> {
  if (ref !== undefined && chosen.length !== 1)
    throw new UserError(`names one hydrated commit for ${chosen.length} environments`, {
      input: 'commit',
      hint: 'name the environment the commit was hydrated for with env',
    });
  const out: HydratedEnvironment[] = [];
  const targets: Target[] = [];
  for (const c of chosen) {
    const branch = proposedBranch(c.h);
    const commit = ref !== undefined ? await commitOf(git, ref) : await fetchBranch(git, 'origin', branch);
    if (commit === undefined) {
      if (ref !== undefined) throw new UserError(`is ${JSON.stringify(ref)}, which names no commit here or on origin`, { input: 'commit' });
      out.push({ name: c.e.name, branch, status: 'absent', files: 0, dropped: [], renderer: '' });
      continue;
    }
    targets.push({ c, branch, commit, dry: await drySource(git, planner, branch, commit, c) });
  }
  const errors: UserError[] = [];
  // Environments hydrated from the same DRY commit are rendered together, as the hydration renders them.
  for (const sha of new Set(targets.map((t) => t.dry.sha))) {
    const group = targets.filter((t) => t.dry.sha === sha);
    const planned = await planner.plan(
      group[0].dry,
      group.map((t) => t.c),
    );
    for (const [k, t] of group.entries()) {
      const found = await differences(git, planner, t, planned[k]);
      errors.push(...found);
      out.push({
        name: t.c.e.name,
        branch: t.branch,
        ...(t.c.h.path ? { path: t.c.h.path } : {}),
        status: 'matches',
        commit: t.commit,
        drySha: t.dry.sha,
        files: planned[k].files.length,
        dropped: planned[k].dropped,
        renderer: planned[k].renderer,
      });
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new UserErrors(errors);
  const order = new Map(chosen.map((c, i) => [c.e.name, i]));
  return out.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
}

/** The DRY commit a hydrated commit's own hydrator.metadata names; refused at the metadata file when it names none. */
async function drySource(git: Repo, planner: Planner, branch: string, commit: string, c: Chosen): Promise<DryCommit> {
  const file = metadataPaths(c.h).at(-1)!;
  const at = (message: string, hint: string) => new UserError(message, { file: `${branch}:${file}`, line: 1, hint });
  const text = await planner.text(`${commit}:${file}`);
  if (text === undefined)
    throw at(
      `${c.e.name}: ${commit.slice(0, 12)} holds no ${file}, so no DRY commit to render it from`,
      'hydrate the branch with hydrate-env; a hydrated branch is written by it only',
    );
  const sha = dryShaOf(text);
  if (sha === undefined)
    throw at(`${c.e.name}: ${file} names no drySha (a full commit id)`, 'hydrate the branch again with hydrate-env; never edit it by hand');
  const dry = (await commitOf(git, sha)) !== undefined ? await dryCommit(git, sha) : undefined;
  if (!dry)
    throw at(
      `${c.e.name}: drySha ${sha.slice(0, 12)} is no commit of this repository or its origin`,
      'hydrate the branch again with hydrate-env from a commit of the DRY branch',
    );
  // Any commit the origin holds can be named, a pull request's included: one outside the checked-out DRY
  // branch's history would let a branch hydrated from an unreviewed commit pass as a fresh render.
  if (!(await isAncestorOf(git, dry.sha, 'HEAD')))
    throw at(
      `${c.e.name}: drySha ${sha.slice(0, 12)} is not in the history of the checked-out DRY branch, so its render is no render of that branch`,
      'hydrate from the DRY branch only; check out the DRY branch with its history (actions/checkout fetch-depth: 0)',
    );
  return dry;
}

/** Each manifest file where the hydrated commit and the fresh render differ, as an error at that file (and its first differing line). */
async function differences(git: Repo, planner: Planner, t: Target, planned: Planned): Promise<UserError[]> {
  const metadata = metadataPaths(t.c.h);
  const scope = t.c.h.path;
  const fresh = (await writeHydratedTree(git, undefined, scope, planned.files, false)).blobs;
  const held = await blobsUnder(git, t.commit, scope);
  const paths = [...new Set([...held.keys(), ...fresh.keys()])].filter((p) => !metadata.includes(p)).sort();
  const rendered = new Map(planned.files.map((f) => [f.path, f.content]));
  const errors: UserError[] = [];
  const dry = t.dry.sha.slice(0, 12);
  const hint = 'hydrated branches are written by hydrate-env only: change the DRY branch instead, and hydrate again';
  for (const path of paths) {
    const file = `${t.branch}:${path}`;
    if (held.get(path) === fresh.get(path)) continue;
    if (!fresh.has(path)) errors.push(new UserError(`${t.c.e.name}: not in a fresh render of ${dry} (added by hand?)`, { file, hint }));
    else if (!held.has(path))
      errors.push(new UserError(`${t.c.e.name}: a fresh render of ${dry} has it, ${t.commit.slice(0, 12)} does not`, { file, hint }));
    else {
      const line = firstDifference((await planner.text(`${t.commit}:${path}`)) ?? '', rendered.get(path)!);
      errors.push(new UserError(`${t.c.e.name}: differs from a fresh render of ${dry} (edited by hand?)`, { file, line, hint }));
    }
  }
  return errors;
}

/** The 1-based line where two texts first differ. */
export function firstDifference(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i + 1;
}
