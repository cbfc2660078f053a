import type { Command } from 'commander';
import { Inputs, type InputSource } from '@lockstep/core/contract/inputs';
import { terminalSafe } from '@lockstep/core/report/view';
import { UserError } from '@lockstep/core/errors';
import { addActionFlags } from '../flags.ts';
import { UsageRefusal } from '../ended.ts';
import type { CliIo } from '../io.ts';
import { type CliCommand, jsonOption } from './command.ts';
import { runCommand } from '../run-command.ts';
import { fromTop } from '../top.ts';
import { cliWorld } from '../world.ts';

/** The flags of a matrix of shards, whose mistakes are usage mistakes. */
const SHARD_FLAGS: ReadonlySet<string> = new Set(['shard', 'shard-result', 'merge-shards']);

/**
 * `lockstep check`: the chart-bump-check action's operation between --base
 * and --head; exit 1 when the check fails. Without --base it compares with the
 * default branch (origin's, else the local one); without --head it checks
 * HEAD, or the work tree when it has uncommitted changes (and says so).
 */
export const checkCommand: CliCommand = {
  name: 'check',
  description: 'Fail when a Helm chart changed between two refs without a correct version bump (the chart-bump-check action)',
  define(cmd: Command, io: CliIo & { secret(value: string): void }): void {
    const inputs = addActionFlags(cmd, 'chart-bump-check');
    // The flags keep the action's descriptions; a terminal has no pull request, so its defaults are said here.
    cmd.addHelpText(
      'after',
      "\nIn a terminal: --base defaults to origin's default branch, else the local default branch (init.defaultBranch, main or master);\n--head to HEAD, or to the work tree when it has uncommitted changes (checked as if committed). A line on stderr says which.\n",
    );
    jsonOption(cmd, 'ok, the commits compared, changed-charts, errors and warnings');
    cmd.action(async (opts: Record<string, unknown>) => {
      // Loaded here, not with the program: the operation's request, as in the action (its run starts git before it loads its libraries).
      const { check } = await import('@lockstep/core/operations/check/index');
      // Every flag is checked before git is asked anything: a bad --breaking is said as such, even in an empty repository.
      const typed = inputs(opts);
      try {
        await check.request(
          new Inputs((name) => (name === 'base' || name === 'head' ? typed(name) || 'HEAD' : typed(name))),
          cliWorld(io, io.cwd),
        );
      } catch (e) {
        // A --shard that is not i/n, or shard flags that do not go together: usage, exit 2.
        if (e instanceof UserError && SHARD_FLAGS.has(e.input ?? '')) throw new UsageRefusal(e);
        throw e;
      }
      // From any folder of the repository, as git: the workspace is its top.
      const at = fromTop(io.cwd, cmd, typed);
      const read = at.source;
      // A merge of shards compares the shards' commits with --base and --head when they are given, and renders nothing.
      const range = typed('merge-shards') ? { base: typed('base'), head: typed('head') } : await terminalRange(io, at.workspace, read);
      if ('nothing' in range) {
        // On the default branch with no tag and no remote: nothing to compare with, said, never "passed".
        io.stdout(`${range.nothing}\n`);
        io.stderr('pass --base with the commit or tag to compare with (e.g. --base HEAD~1), or tag each release\n');
        return;
      }
      const { base, head } = range;
      const source: InputSource = (name) => (name === 'base' ? (base ?? '') : name === 'head' ? (head ?? '') : read(name));
      // Each failure then prints as `path:line: what — how to fix` on stderr, and the exit code is 1.
      await runCommand(check, io, { source, world: cliWorld(io, at.workspace), json: opts.json === true, said: (r) => r.range.fetched });
    });
  },
};

/**
 * What check compares in a terminal, where no pull request says it: --base, else the default branch
 * (origin's, else the local one; on that branch itself its last tag), and --head, else the work tree
 * as a commit when it has uncommitted changes, else HEAD; each default said on stderr. `nothing`
 * when there is nothing to compare with (the local default branch with no tag and no remote). On a
 * merge queue branch (or with --head naming one) the head is that branch and --base defaults to the
 * branch the queue merges into: the check then refuses as the action does on `merge_group`.
 */
export async function terminalRange(
  io: CliIo,
  workspace: string,
  read: InputSource,
): Promise<{ base?: string; head?: string; label?: string } | { nothing: string }> {
  const given = new Inputs(read);
  const base = given.optional('base');
  let head = given.optional('head');
  // Both given: a head naming a merge queue branch is read as the queue entry by the request itself.
  if (base !== undefined && head !== undefined) return { base, head };
  const { resolveWorkingDirectory } = await import('@lockstep/core/fs/workspace');
  const { gitSpawner } = await import('@lockstep/core/git/objects');
  const { checkedOutQueueEntry, defaultCheckBase, queueCheckBase } = await import('./local.ts');
  const { queueBranchOf } = await import('@lockstep/core/git/queue-branch');
  const { workTreeSnapshot } = await import('@lockstep/core/git/worktree');
  const root = resolveWorkingDirectory(workspace, given.string('working-directory', '.'));
  const git = gitSpawner(root, { ...io.env });
  // On a merge queue branch the entry is checked as the queue checks it: its commit (GitHub's, read-only), by its ref.
  const onQueue = head === undefined ? await checkedOutQueueEntry(git) : undefined;
  if (onQueue) head = onQueue.ref;
  const queue = onQueue?.entry ?? (head !== undefined ? queueBranchOf(head) : undefined);
  if (head === undefined) {
    const snap = await workTreeSnapshot(root, { ...io.env });
    if (snap) {
      head = snap.commit;
      const shown = snap.paths.slice(0, 3).join(', ') + (snap.paths.length > 3 ? `, and ${snap.paths.length - 3} more` : '');
      io.stderr(
        `checking the work tree: ${snap.paths.length} uncommitted change${snap.paths.length === 1 ? '' : 's'} (${terminalSafe(shown)}) on top of HEAD ${snap.head.slice(0, 12)}, as if committed (pass --head HEAD to check the last commit only)\n`,
      );
    }
  }
  if (base !== undefined) return { base, head };
  if (queue) {
    const into = await queueCheckBase(git, queue);
    io.stderr(`${into.said}\n`);
    return { base: into.ref, head, label: into.label };
  }
  const found = await defaultCheckBase(git, head ?? 'HEAD');
  if (found.ref === undefined) return { nothing: found.said };
  io.stderr(`${found.said}\n`);
  return { base: found.ref, head, label: found.label };
}
