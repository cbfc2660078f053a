import type { Command } from 'commander';
import { Inputs, type InputSource } from '@lockstep/core/contract/inputs';
import { addActionFlags } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { runCommand } from '../run-command.ts';
import { type CliCommand, jsonOption } from './command.ts';
import { fromTop } from '../top.ts';
import { cliWorld } from '../world.ts';

/**
 * `lockstep bump`: the bump-chart action's operation, its inputs as flags (the operation is loaded when
 * the command runs). Without --charts it bumps what `lockstep check` would ask for: the charts changed
 * since their last version, compared as check compares; --all bumps every chart.
 */
export const bumpCommand: CliCommand = {
  name: 'bump',
  description: 'Bump Helm chart versions and appVersion with minimal diffs (the bump-chart action)',
  define(cmd: Command, io: CliIo & { secret(value: string): void }): void {
    const inputs = addActionFlags(cmd, 'bump-chart');
    cmd.option('--all', 'bump every chart folder (without --charts or --all: the charts changed since their last version)');
    cmd.addHelpText(
      'after',
      "\nIn a terminal without --base: the level applies to origin's default branch; without a remote, to the local default branch,\nor to HEAD's commit when HEAD is on it. A line on stderr says which. An explicit --version needs no base.\nWithout --charts: the charts lockstep check would ask to bump (changed since their version, compared as check compares),\nsaid on stderr; --all for every chart.\n",
    );
    jsonOption(cmd, 'status, version, charts (each bumped chart) and changed-files');
    cmd.action(async (opts: Record<string, unknown>) => {
      const chosen = cmd.getOptionValueSource('charts') === 'cli';
      if (opts.all === true && chosen) cmd.error('error: --all and --charts are exclusive', { exitCode: 2 });
      const at = fromTop(io.cwd, cmd, inputs(opts));
      const { bump } = await import('@lockstep/core/operations/bump/index');
      // Every flag is checked before git is asked which charts changed: a bad --level is said as such anywhere.
      await bump.request(new Inputs(at.source), cliWorld(io, at.workspace));
      // What every command that reads charts: refuses, before git is asked anything: an entry matching no chart.
      const { configLine, loadConfig } = await import('@lockstep/core/config/config');
      const { refuseUnmatchedConfigEntries } = await import('@lockstep/core/charts/selection');
      const { resolveExistingFolder } = await import('@lockstep/core/fs/workspace');
      const root = resolveExistingFolder(at.workspace, at.source('working-directory'));
      const config = loadConfig(root, at.source('config'));
      refuseUnmatchedConfigEntries(config, (path) => configLine(config, path), root);
      let source = at.source;
      if (opts.all === true) source = (name) => (name === 'charts' ? '.' : at.source(name));
      else if (!chosen) {
        const asked = await chartsCheckAsksFor(io, at.workspace, at.source);
        if (asked.charts.length === 0) {
          io.stdout(`Nothing to bump: no chart changed since its version (${asked.compared}); pass --charts or --all to bump anyway.\n`);
          return;
        }
        io.stderr(
          `bumping the charts changed since their last version, as lockstep check asks (pass --charts to choose, --all for every chart): ${asked.charts.join(', ')}\n`,
        );
        source = (name) => (name === 'charts' ? asked.charts.join('\n') : at.source(name));
      }
      await runCommand(bump, io, { source, world: cliWorld(io, at.workspace), json: opts.json === true });
    });
  },
};

/**
 * The charts `lockstep check` would fail for want of a version bump, run as check runs in a terminal
 * (the default branch, else its last tag; the work tree), with bump's --config and --working-directory.
 * Their folders are relative to the working directory, as --charts is.
 */
async function chartsCheckAsksFor(io: CliIo & { secret(value: string): void }, workspace: string, read: InputSource) {
  const { terminalRange } = await import('./check.ts');
  const where: InputSource = (name) => (name === 'config' || name === 'working-directory' ? read(name) : '');
  const range = await terminalRange(io, workspace, (name) => (name === 'base' ? read('base') : where(name)));
  if ('nothing' in range)
    return { charts: [], compared: range.nothing.replace(/^Nothing to compare with: /, '').replace(/; nothing was checked\.$/, '') };
  const { check } = await import('@lockstep/core/operations/check/index');
  const world = cliWorld(io, workspace);
  const source: InputSource = (name) => (name === 'base' ? (range.base ?? '') : name === 'head' ? (range.head ?? '') : where(name));
  const result = await (await check.run())(await check.request(new Inputs(source), world), world);
  const { posix } = await import('node:path');
  const wd = posix.normalize(read('working-directory') || '.');
  const relative = (p: string) => (wd === '.' ? p : posix.relative(wd, p) || '.');
  return {
    charts: result.charts.filter((c) => c.fix !== undefined).map((c) => relative(c.path)),
    compared: `compared with ${range.label ?? range.base ?? 'the default branch'}`,
  };
}
