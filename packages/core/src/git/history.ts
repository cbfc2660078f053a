import { posix } from 'node:path';
import { asRepo } from './repo.ts';
import { UserError } from '../errors.ts';
import { ObjectTooLarge, type ObjectReader } from './cat-file.ts';
import { diffSinceMergeBase, listPathsAndLinks, mergeBase, type RawChange } from './objects.ts';
import { DEEPEN_STEPS, GIT_FETCH, type GitSpawner } from './spawn.ts';
import { isCommitId } from './refs.ts';

/** What to compare: refs as the user or the event gave them. */
export interface RangeRequest {
  base: string;
  head: string;
  /** The input names that supplied base and head, for error messages. */
  baseLabel: string;
  headLabel: string;
  /** The pull request's base branch; its tip on origin also counts as "base" for versions. */
  baseBranch?: string;
  remote?: string;
}

/** Commits resolved in the local repository, fetched where a shallow clone lacked them. */
export interface ResolvedRange {
  base: string;
  head: string;
  /** The merge base, when it was computed (the fast path reads the diff without naming it). */
  mergeBase?: string;
  /** The base branch tip on origin when it differs from `base`. */
  baseTip?: string;
  /** Human-readable notes on what was fetched. */
  fetched: string[];
}

const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout (or fetch the commit before this step)';
/** The same fix from a terminal. */
const FETCH_HINT = 'fetch the commit (git fetch origin <sha>, or git fetch --unshallow in a shallow clone)';

/**
 * Resolves base and head to commits and finds their merge base. In a shallow
 * clone (actions/checkout's default `fetch-depth: 1`) it fetches a missing
 * commit by sha, and deepens history until the merge base is found; where that
 * is impossible it fails naming the commit instead of comparing against the
 * wrong tree. The base branch tip is fetched only when the local copy is
 * absent or stale (see baseTipFresh), in the same fetch as the commits. A
 * full clone whose base branch tip holds the base costs no fetch at all.
 */
export async function resolveRange(spawner: GitSpawner, reader: ObjectReader, req: RangeRequest): Promise<ResolvedRange> {
  // Every git call through the Repo: a fetch forgets whether the clone is shallow.
  const git = asRepo(spawner);
  const remote = req.remote ?? 'origin';
  const fetched: string[] = [];
  const tipRef = req.baseBranch !== undefined && isBranchName(req.baseBranch) ? `refs/remotes/${remote}/${req.baseBranch}` : undefined;
  let [base, head, tip] = await Promise.all([reader.commit(req.base), reader.commit(req.head), tipRef ? reader.commit(tipRef) : undefined]);
  const isShallow = () => git.isShallow();
  const stale = tipRef !== undefined && !(await baseTipFresh(git, reader, base, tip));

  if (!base || !head || stale) {
    // Each want is a refspec and, for a name, a tag refspec to try when no branch has that name.
    const wants: Want[] = [];
    const add = (ref: string) => {
      if (isCommitId(ref)) wants.push([ref]);
      else {
        const name = ref.replace(/^refs\/heads\//, '').replace(new RegExp(`^(refs/remotes/)?${remote}/`), '');
        if (/^[A-Za-z0-9._/-]+$/.test(name) && !name.startsWith('-'))
          wants.push([
            `+refs/heads/${name}:refs/remotes/${remote}/${name}`,
            ref.startsWith('refs/heads/') ? undefined : `+refs/tags/${name}:refs/tags/${name}`,
          ]);
      }
    };
    if (!base) add(req.base);
    if (!head) add(req.head);
    const refresh = stale ? { branch: req.baseBranch!, ref: tipRef, before: tip } : undefined;
    const shallow = await isShallow();
    // In a shallow clone the side already here (the checked-out head) has no history below it, so the
    // merge base could not be found without a second fetch deepening it: it is deepened in this one.
    const present = shallow && wants.length > 0 ? (head && !base ? head : base && !head ? base : undefined) : undefined;
    const got = await fetchMissing(git, reader, remote, wants, refresh, shallow, present);
    fetched.push(...got.notes);
    const again = (ref: string) =>
      reader
        .commit(ref)
        .then(
          (c) => c ?? (isCommitId(ref) ? undefined : reader.commit(`refs/remotes/${remote}/${ref.replace(new RegExp(`^${remote}/`), '')}`)),
        );
    [base, head] = await Promise.all([base ?? again(req.base), head ?? again(req.head)]);
    if (refresh) tip = got.tip;
  }
  if (!head) throw missing(req.headLabel, req.head);
  if (!base) throw missing(req.baseLabel, req.base);

  let mb = await mergeBase(git, base, head);
  if (!mb && (await isShallow())) {
    for (const step of [...DEEPEN_STEPS, 0]) {
      const how = step === 0 ? ['--unshallow'] : [`--deepen=${step}`];
      const r = await git([...GIT_FETCH, '--quiet', '--no-tags', ...how, '--', remote, base, head]);
      if (r.code !== 0)
        throw new UserError(
          `cannot find the merge base of ${short(base)} and ${short(head)}: this is a shallow clone and fetching more history from ${remote} failed (${firstLine(r.stderr)})`,
          {
            hint: FETCH_DEPTH_HINT,
            cliHint: FETCH_HINT,
          },
        );
      fetched.push(step === 0 ? 'fetched the full history' : `deepened history by ${step} commits`);
      mb = await mergeBase(git, base, head);
      if (mb || step === 0) break;
      if (!(await isShallow())) break;
    }
  }
  if (!mb)
    throw new UserError(`${req.baseLabel} ${short(base)} and ${req.headLabel} ${short(head)} share no history`, {
      hint: `set ${req.baseLabel} to the branch the pull request merges into`,
    });
  return { base, head, mergeBase: mb, baseTip: tip && tip !== base ? tip : undefined, fetched };
}

/** A refspec to fetch and, for a name, the tag refspec to try when no branch has that name. */
type Want = [string, string?];

/** The base branch's tracking ref to fetch, and its commit before the fetch (undefined when absent). */
interface TipRefresh {
  branch: string;
  ref: string;
  before?: string;
}

/**
 * Fetches what a run lacks in ONE `git fetch`: the missing commits or refs
 * (`wants`) and the base branch tip when it must be refreshed. Only when that
 * fetch fails are they fetched one by one, so the error names the input that
 * is wrong, and an unreachable origin leaves the local tip in use with a note
 * saying it may be stale. `deepen`, a commit already here, is fetched along
 * (a shallow clone's head, so the same depth reaches below it too). The object
 * reader is restarted to see what arrived.
 */
async function fetchMissing(
  git: GitSpawner,
  reader: ObjectReader,
  remote: string,
  wants: readonly Want[],
  refresh: TipRefresh | undefined,
  shallow: boolean,
  deepen?: string,
): Promise<{ notes: string[]; tip?: string }> {
  const tipSpec = refresh ? `+refs/heads/${refresh.branch}:${refresh.ref}` : undefined;
  // In a shallow clone a commit comes with some history below it (to find the merge base), the tip alone with none.
  const depth = shallow ? [wants.length > 0 ? '--depth=64' : '--depth=1'] : [];
  const fetch = (specs: string[]) =>
    git([
      '-c',
      'http.lowSpeedLimit=1000',
      '-c',
      'http.lowSpeedTime=20',
      ...GIT_FETCH,
      '--quiet',
      '--no-tags',
      '--no-recurse-submodules',
      '--no-write-fetch-head',
      ...depth,
      '--',
      remote,
      ...specs,
    ]);
  const all = [...wants.map((w) => w[0]), ...(deepen ? [deepen] : []), ...(tipSpec ? [tipSpec] : [])];
  const got: string[] = [];
  let tipFailure: string | undefined;
  const first = await fetch(all);
  if (first.code === 0) got.push(...wants.map((w) => w[0]));
  else if (all.length === 1 && tipSpec) tipFailure = first.stderr;
  else {
    // One missing ref fails the whole fetch: fetch one by one, so the error names the input that is wrong.
    for (const [spec, tag] of wants) {
      if ((await fetch([spec])).code === 0) got.push(spec);
      else if (tag && (await fetch([tag])).code === 0) got.push(tag);
    }
    if (tipSpec) {
      const r = await fetch([tipSpec]);
      if (r.code !== 0) tipFailure = r.stderr;
    }
  }
  reader.close();
  const notes = got.length > 0 ? [`fetched ${got.map(short).join(', ')} from ${remote}`] : [];
  if (!refresh) return { notes };
  const { branch, before } = refresh;
  if (tipFailure !== undefined) {
    const where = before
      ? `compared with the local ${remote}/${branch} ${short(before)}, which may be stale`
      : 'the base branch tip was not compared';
    return { notes: [...notes, `could not refresh ${remote}/${branch} (${firstLine(tipFailure)}); ${where}`], tip: before };
  }
  const after = await reader.commit(refresh.ref);
  if (after && after !== before)
    notes.push(before ? `refreshed ${remote}/${branch} from ${short(before)} to ${short(after)}` : `fetched ${branch} from ${remote}`);
  return { notes, tip: after };
}

/**
 * Whether the local <remote>/<base branch> can be trusted as the base branch
 * tip: it exists and contains the pull request's base commit (the event's
 * `pull_request.base.sha`, the tip when the event was sent). actions/checkout
 * with `fetch-depth: 0` leaves it so; a reused self-hosted workspace whose
 * copy is older than the pull request's base (main moved since that copy was
 * fetched) does not, and is refreshed. A tip a few commits past the base (the
 * usual case) is found by reading its parents through the running cat-file;
 * further back, one `git merge-base --is-ancestor` answers. In a shallow clone
 * a base below the boundary reads as not contained, which costs a fetch,
 * never a wrong answer.
 */
async function baseTipFresh(git: GitSpawner, reader: ObjectReader, base: string | undefined, tip: string | undefined): Promise<boolean> {
  if (!base || !tip) return false;
  if (base === tip) return true;
  const seen = new Set([tip]);
  let frontier = [tip];
  for (let generation = 0; generation < NEAR_GENERATIONS && frontier.length > 0; generation++) {
    const commits = await Promise.all(frontier.map((c) => reader.read(c)));
    const next: string[] = [];
    for (const c of commits) {
      if (c?.type !== 'commit') continue;
      for (const parent of commitParents(c.data)) {
        if (parent === base) return true;
        if (seen.has(parent)) continue;
        seen.add(parent);
        next.push(parent);
      }
    }
    frontier = next.slice(0, NEAR_WIDTH);
  }
  return (await git(['merge-base', '--is-ancestor', '--end-of-options', base, tip])).code === 0;
}

/** How far back from the tip (generations, and commits per generation) the base is looked for before asking git. */
const NEAR_GENERATIONS = 4;
const NEAR_WIDTH = 16;

/** The parents a raw commit object names (its `parent <sha>` header lines). */
function commitParents(data: Buffer): string[] {
  const head = data.toString('latin1', 0, Math.min(data.length, 2048));
  const parents: string[] = [];
  for (const line of head.split('\n')) {
    if (line === '') break;
    if (line.startsWith('parent ')) parents.push(line.slice(7));
  }
  return parents;
}

function isBranchName(branch: string): boolean {
  return /^[A-Za-z0-9._/-]+$/.test(branch) && !branch.startsWith('-') && !branch.includes('..');
}

function missing(label: string, ref: string): UserError {
  const what = isCommitId(ref) ? `commit ${ref}` : `ref '${ref}'`;
  return new UserError(`: ${what} does not exist in this repository or on origin`, {
    input: label,
    hint: isCommitId(ref) ? FETCH_DEPTH_HINT : `set '${label}' to an existing branch, tag or commit`,
    cliHint: isCommitId(ref) ? FETCH_HINT : `pass --${label} with an existing branch, tag or commit`,
  });
}

function short(ref: string): string {
  return isCommitId(ref) ? ref.slice(0, 12) : ref.replace(/^\+?refs\/(?:heads|tags)\/([^:]+):.*$/, '$1');
}

function firstLine(s: string): string {
  return s.trim().split('\n')[0] || 'no output';
}

/** A pull request's two sides: the head's paths and the changes since the merge base. */
export interface Comparison {
  range: ResolvedRange;
  headPaths: Set<string>;
  /** The head's object ids by path (reads by id, not by `<head>:<path>`). */
  headOids: Map<string, string>;
  /** The head's symbolic links: path → the spec that reads the link's target text. */
  headLinks: Map<string, string>;
  changes: RawChange[];
}

/**
 * Resolves the range and lists what changed with as few processes as
 * possible: in a clone that has both commits, three git processes run side by
 * side (object lookups, `git diff --raw base...head`, `git ls-tree -r`
 * of head), next to the check that the local base branch tip
 * holds the base (when there is a base branch). Nothing is fetched then. A
 * tip that is absent or stale is fetched; anything else missing falls back to
 * resolveRange, which fetches it and the tip in one fetch, and then the same
 * two listings run again.
 */
export async function loadComparison(git: GitSpawner, reader: ObjectReader, req: RangeRequest): Promise<Comparison> {
  for (const [label, ref] of [
    [req.baseLabel, req.base],
    [req.headLabel, req.head],
  ] as const) {
    if (ref.startsWith('-') || /[\s\0]/.test(ref) || ref.includes('..'))
      throw new UserError(`: '${ref}' is not a ref or commit`, { input: label, hint: 'use a branch, tag or commit sha' });
  }
  const remote = req.remote ?? 'origin';
  const branch = req.baseBranch !== undefined && isBranchName(req.baseBranch) ? req.baseBranch : undefined;
  const tipRef = branch ? `refs/remotes/${remote}/${branch}` : undefined;
  // The base branch tip only counts when it holds the pull request's base: on a reused self-hosted
  // workspace the local origin/<base> may be weeks old (actions/checkout only fetches the pull request's ref).
  const baseCommit = reader.commit(req.base);
  const tipCommit = tipRef ? reader.commit(tipRef) : Promise.resolve(undefined);
  const fresh = tipRef ? Promise.all([baseCommit, tipCommit]).then(([b, t]) => baseTipFresh(git, reader, b, t)) : Promise.resolve(true);
  const [base, head, changes, headPaths, tip, tipFresh] = await Promise.all([
    baseCommit,
    reader.commit(req.head),
    diffSinceMergeBase(git, req.base, req.head),
    // A process of its own, beside the diff: walking the head's trees through the cat-file instead cost the
    // 300-chart replay more (parsing ~600 tree objects in JavaScript) than the spawn it saved.
    listPathsAndLinks(git, req.head).catch(() => undefined),
    tipCommit,
    fresh,
  ]);
  if (base && head && changes && headPaths) {
    let baseTip = tip;
    const fetched: string[] = [];
    if (!tipFresh) {
      // Only the tip is absent or stale: it alone is fetched.
      const shallow = await asRepo(git).isShallow();
      const got = await fetchMissing(git, reader, remote, [], { branch: branch!, ref: tipRef!, before: tip }, shallow);
      baseTip = got.tip;
      fetched.push(...got.notes);
    }
    return {
      range: { base, head, baseTip: baseTip && baseTip !== base ? baseTip : undefined, fetched },
      headPaths: headPaths.paths,
      headOids: headPaths.oids,
      headLinks: headPaths.links,
      changes,
    };
  }
  const range = await resolveRange(git, reader, { ...req, baseBranch: branch });
  const [diff, listing] = await Promise.all([diffSinceMergeBase(git, range.mergeBase!, range.head), listPathsAndLinks(git, range.head)]);
  if (!diff) throw new Error(`git diff ${range.mergeBase}...${range.head} failed`);
  return { range, headPaths: listing.paths, headOids: listing.oids, headLinks: listing.links, changes: diff };
}

/** The two sides as the chart planner reads them: path sets, the changed paths, and a file reader. */
export interface TreeSides {
  base: ReadonlySet<string>;
  head: ReadonlySet<string>;
  changed: string[];
  readFile(side: 'base' | 'head', path: string): Promise<string | undefined>;
}

/**
 * Builds both sides from a comparison without listing the merge base's
 * tree: its paths are the head's with the changes undone, and its files are
 * read by the blob ids the diff names (or from head where unchanged).
 */
export function treeSides(
  reader: ObjectReader,
  head: string,
  headPaths: Set<string>,
  changes: readonly RawChange[],
  headOids?: ReadonlyMap<string, string>,
): TreeSides {
  const base = new Set(headPaths);
  const byPath = new Map<string, RawChange>();
  for (const c of changes) {
    byPath.set(c.path, c);
    const existed = !/^0+$/.test(c.oldOid) && c.oldMode !== '000000' && c.oldMode !== '160000';
    if (existed) base.add(c.path);
    else base.delete(c.path);
  }
  return {
    base,
    head: headPaths,
    changed: [...byPath.keys()],
    readFile(side, path) {
      const c = byPath.get(path);
      const read = (spec: string) =>
        reader.text(spec, MAX_CHART_FILE_BYTES).catch((e: unknown) => {
          throw e instanceof ObjectTooLarge ? tooLarge(path, e.size) : e;
        });
      if (side === 'base' && c) return base.has(path) ? read(c.oldOid) : Promise.resolve(undefined);
      return headPaths.has(path) ? read(headOids?.get(path) ?? `${head}:${path}`) : Promise.resolve(undefined);
    },
  };
}

/**
 * The largest chart file the check reads: Helm's own limit (MaxDecompressedFileSize, 5 MiB), so a
 * file lockstep refuses is one `helm package` and `helm install` refuse too. The size comes from
 * git's object header: a 100 MB blob is refused without being loaded.
 */
export const MAX_CHART_FILE_BYTES = 5 * 1024 * 1024;

function tooLarge(path: string, size: number): UserError {
  return new UserError(
    `the file is ${(size / (1024 * 1024)).toFixed(1)} MiB; Helm refuses chart files over 5 MiB, so lockstep does not read it`,
    {
      file: path,
      hint: 'keep the file under 5 MiB',
    },
  );
}

/** How many links one path may pass through before it counts as a loop (Linux gives up at 40). */
const MAX_LINK_HOPS = 40;

/**
 * Makes the two sides see through symbolic links inside the repository, as
 * Helm's loader does when it packages a chart: a link's content is its
 * target's, a change to the target is a change of every path that reaches it
 * through a link (a values file linked to a shared one, a linked templates
 * folder), and a link that leaves the repository is refused when read — the
 * check could not see what `helm package` would pack. Without links (the usual
 * case) the sides are returned as they are.
 */
export async function followLinks(
  reader: ObjectReader,
  sides: TreeSides,
  headLinks: ReadonlyMap<string, string>,
  changes: readonly RawChange[],
): Promise<TreeSides> {
  const baseLinks = new Map(headLinks);
  for (const c of changes) {
    if (c.oldMode === '120000') baseLinks.set(c.path, c.oldOid);
    else baseLinks.delete(c.path);
  }
  if (headLinks.size === 0 && baseLinks.size === 0) return sides;
  const load = async (links: ReadonlyMap<string, string>) =>
    new Map(
      await Promise.all([...links].map(async ([path, spec]) => [path, (await reader.text(spec, 4096).catch(() => '/')) ?? ''] as const)),
    );
  const [headTargets, baseTargets] = await Promise.all([load(headLinks), load(baseLinks)]);
  const targets = { head: headTargets, base: baseTargets };

  type Resolved = { path: string } | { escapes: string; target: string };
  /** Where a path really is on one side: each link on the way replaced by its target. */
  const resolve = (side: 'base' | 'head', path: string): Resolved => {
    const links = targets[side];
    let p = path;
    for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
      const parts = p.split('/');
      let k = 1;
      for (; k <= parts.length; k++) if (links.has(parts.slice(0, k).join('/'))) break;
      if (k > parts.length) return { path: p };
      const link = parts.slice(0, k).join('/');
      const target = links.get(link)!;
      const joined = target.startsWith('/') ? undefined : posix.normalize(posix.join(posix.dirname(link), target));
      if (joined === undefined || joined === '..' || joined.startsWith('../')) return { escapes: link, target };
      p = [joined === '.' ? '' : joined, ...parts.slice(k)].filter((x) => x !== '').join('/');
    }
    throw new UserError(`${path} passes through more than ${MAX_LINK_HOPS} symbolic links (a loop)`, {
      file: path,
      hint: 'point each link at a real file',
    });
  };

  // Every path a link makes reachable, per side: the link itself for a file, each file below for a folder.
  const headPaths = new Set(sides.head);
  const basePaths = new Set(sides.base);
  const reach = (
    side: 'base' | 'head',
    paths: Set<string>,
    real: ReadonlySet<string>,
    linkPaths: Iterable<string>,
    into: Map<string, string>,
  ) => {
    for (const link of linkPaths) {
      const r = resolve(side, link);
      if (!('path' in r)) continue;
      into.set(link, r.path);
      const folder = `${r.path}/`;
      for (const p of real)
        if (p.startsWith(folder)) {
          const via = `${link}/${p.slice(folder.length)}`;
          paths.add(via);
          into.set(via, p);
        }
    }
  };
  const headVia = new Map<string, string>();
  const baseVia = new Map<string, string>();
  reach('head', headPaths, sides.head, headTargets.keys(), headVia);
  reach('base', basePaths, sides.base, baseTargets.keys(), baseVia);
  // A path reached through a link changed when what it reaches changed on either side.
  const changedReal = new Set(sides.changed);
  const changed = new Set(sides.changed);
  for (const via of [headVia, baseVia])
    for (const [path, real] of via) if (changedReal.has(real) || headVia.get(path) !== baseVia.get(path)) changed.add(path);

  return {
    base: basePaths,
    head: headPaths,
    changed: [...changed],
    readFile(side, path) {
      const r = resolve(side, path);
      if (!('path' in r))
        return Promise.reject(
          new UserError(
            `${r.escapes} is a symbolic link to ${r.target}, outside the repository: helm package would pack a file this check cannot see`,
            {
              file: r.escapes,
              hint: 'replace the link with the file, or point it inside the repository',
            },
          ),
        );
      return sides.readFile(side, r.path);
    },
  };
}
