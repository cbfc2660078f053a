import type { Command } from 'commander';
import { Inputs, type InputSource } from '@lockstep/core/action/inputs';
import { terminalSafe } from '@lockstep/core/report/view';
import { addActionFlags } from '../flags.ts';
import type { CliIo } from '../io.ts';
import type { CliCommand } from './command.ts';
import { runCommand } from '../run-command.ts';
import { fromTop } from '../top.ts';
import { cliWorld } from '../world.ts';

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
    cmd.option('--json', 'print the result object as JSON instead of the table');
    cmd.action(async (opts: Record<string, unknown>) => {
      // Loaded here, not with the program: the operation's request, as in the action (its run starts git before it loads its libraries).
      const { check } = await import('@lockstep/core/operations/check/index');
      // Every flag is checked before git is asked anything: a bad --breaking is said as such, even in an empty repository.
      const typed = inputs(opts);
      await check.request(
        new Inputs((name) => (name === 'base' || name === 'head' ? typed(name) || 'HEAD' : typed(name))),
        cliWorld(io, io.cwd),
      );
      // From any folder of the repository, as git: the workspace is its top.
      const at = fromTop(io.cwd, cmd, typed);
      const read = at.source;
      const given = new Inputs(read);
      // A terminal has no pull request to take base and head from: the default branch, and the work tree as it is.
      let base = given.optional('base');
      let head = given.optional('head');
      if (base === undefined || head === undefined) {
        const { resolveWorkingDirectory } = await import('@lockstep/core/fs/workspace');
        const { gitSpawner } = await import('@lockstep/core/git/objects');
        const { defaultCheckBase, workTreeSnapshot } = await import('./local.ts');
        const root = resolveWorkingDirectory(at.workspace, given.string('working-directory', '.'));
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
        if (base === undefined) {
          const found = await defaultCheckBase(gitSpawner(root, { ...io.env }));
          base = found.ref;
          io.stderr(`${found.said}\n`);
        }
      }
      const source: InputSource = (name) => (name === 'base' ? (base ?? '') : name === 'head' ? (head ?? '') : read(name));
      // Each failure then prints as `path:line: what — how to fix` on stderr, and the exit code is 1.
      await runCommand(check, io, { source, world: cliWorld(io, at.workspace), json: opts.json === true, said: (r) => r.range.fetched });
    });
  },
};
