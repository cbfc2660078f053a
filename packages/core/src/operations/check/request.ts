import type { Inputs } from '../../contract/inputs.ts';
import { named, UserError, words } from '../../errors.ts';
import type { World } from '../../contract/world.ts';
import { readSettings, type InputsOf } from '../../settings/read.ts';
import { CHECK } from '../../settings/table-check.ts';
import { queueBranchOf } from '../../git/queue-branch.ts';
import { parseShard, type Shard } from '../../deploy/shard.ts';

// The first module the chart-bump-check action and `lockstep check` load: inputs and the event
// only. The working directory and the paths are resolved by the run, right before git starts.

/**
 * What to check: the chart-bump-check action's inputs (and its event) and `lockstep check`'s flags both become
 * this, each input read by its declaration (settings/table-check.ts); base and head are the event's when not given.
 */
export type CheckRequest = Omit<InputsOf<typeof CHECK>, 'base' | 'head' | 'protectedValues' | 'shard'> & {
  /** This job's share of a matrix (shard: i/n), read and bounded (deploy/shard.ts). */
  shard?: Shard;
  /** The ref or commit compared with. */
  base: string;
  /** The ref or commit checked. */
  head: string;
  /** The pull request's base branch, whose tip the head's versions must also exceed (only when base came from the event). */
  baseBranch?: string;
  /** Globs of values files that must pin every image by digest (protected-values). */
  protectedGlobs: string[];
  /**
   * Set when a merge queue's `merge_group` event supplied base and head, or when head names a queue branch
   * (`gh-readonly-queue/<branch>/pr-<n>-<sha>`, as `lockstep check` on a checkout of one passes it): operations/check/queue.ts.
   */
  queue?: MergeQueueEntry;
};

/** What a merge group's event says of the queue entry beyond its base and head. */
export interface MergeQueueEntry {
  /**
   * The commit the entry was built on, from its ref `gh-readonly-queue/<branch>/pr-<n>-<sha>`: the queue's base
   * plus the pull requests ahead of this one in the group. Only a commit on the first-parent line between the
   * base and the head counts (queue.ts checks it), so a ref of another shape never lowers what the head must exceed.
   */
  entryBase?: string;
  /** The pull request the entry merges (`pr-<n>`). */
  pull?: number;
}

/** The pull request (or merge queue) event payload fields the check reads. */
export interface CheckEventPayload {
  pull_request?: { base?: { sha?: string; ref?: string }; head?: { sha?: string } };
  merge_group?: { base_sha?: string; base_ref?: string; head_sha?: string; head_ref?: string };
}

/**
 * Reads and checks the inputs; base and head default to the pull request's
 * (or merge group's) from the world's event. A terminal has no event: its
 * base and head are always given.
 */
export function checkRequest(inputs: Inputs, world: World): CheckRequest {
  const event = world.event();
  const pr = pullRequestOf(event.payload);
  const { base: baseInput, head, protectedValues, shard: shardInput, ...read } = readSettings(CHECK, inputs);
  const shard = shardedOf(shardInput, read);
  const base = baseInput ?? pr?.base?.sha;
  // A merge of shards renders nothing: it compares the shards' commits with base and head when it knows them.
  if (read.mergeShards !== undefined && !base)
    return { ...read, base: '', head: head ?? pr?.head?.sha ?? '', protectedGlobs: protectedValues };
  if (!base && event.problem)
    throw new UserError(`the ${event.name} event file ${event.problem}`, {
      hint: words`run this step in a GitHub Actions job, or set ${named('base')} (and ${named('head')}) to the refs to compare`,
    });
  if (!base)
    throw new UserError('is not set and the event is not a pull request', {
      input: 'base',
      hint: words`set ${named('base')} to the branch, tag or commit to compare with (e.g. ${named('base', 'main')})`,
    });
  // The queue entry: the merge group's event, else a head that names a queue branch.
  const group = !baseInput && !event.payload.pull_request ? event.payload.merge_group : undefined;
  const branch = group || head === undefined ? undefined : queueBranchOf(head);
  const queue = group ? queueEntryOf(group) : branch ? { pull: branch.pull, entryBase: branch.entryBase } : undefined;
  return {
    ...read,
    base,
    head: head ?? pr?.head?.sha ?? 'HEAD',
    baseBranch: baseInput ? undefined : pr?.base?.ref,
    protectedGlobs: protectedValues,
    ...(queue ? { queue } : {}),
    ...(shard ? { shard } : {}),
  };
}

/** shard read, and the shard inputs that go together checked: a shard writes shard-result, a merge takes no shard. */
function shardedOf(text: string | undefined, read: { shardResult?: string; mergeShards?: string }): Shard | undefined {
  const shard = parseShard(text);
  if (shard && read.mergeShards !== undefined)
    throw new UserError(words`is set with ${named('shard')}: a job either renders its share or merges the shards`, {
      input: 'merge-shards',
      hint: words`give ${named('shard')} to the matrix jobs and ${named('merge-shards')} to the one job after them`,
    });
  if (!shard && read.shardResult !== undefined)
    throw new UserError(words`is set without ${named('shard')}`, {
      input: 'shard-result',
      hint: words`give ${named('shard')} (i/n) too, or leave ${named('shard-result')} out`,
    });
  return shard;
}

const QUEUE_REF = /^refs\/heads\/gh-readonly-queue\/.+\/pr-(\d{1,9})-([0-9a-f]{40}|[0-9a-f]{64})$/;

/** The entry's pull request and the commit it was built on, read from the merge group's head ref (untrusted text: matched whole or not at all). */
function queueEntryOf(group: NonNullable<CheckEventPayload['merge_group']>): MergeQueueEntry {
  const m = typeof group.head_ref === 'string' ? QUEUE_REF.exec(group.head_ref) : null;
  return m ? { pull: Number(m[1]), entryBase: m[2] } : {};
}

/** The pull request's base and head, or a merge group's in the same shape (its base branch without refs/heads/). */
function pullRequestOf(payload: CheckEventPayload): CheckEventPayload['pull_request'] {
  const queue = payload.merge_group;
  return (
    payload.pull_request ??
    (queue
      ? { base: { sha: queue.base_sha, ref: queue.base_ref?.replace(/^refs\/heads\//, '') }, head: { sha: queue.head_sha } }
      : undefined)
  );
}
