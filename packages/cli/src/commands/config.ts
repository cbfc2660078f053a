import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { UserError, UserErrors } from '@lockstep/core/errors';
import { resolveExistingFolder } from '@lockstep/core/fs/workspace';
import { outcomeJson } from '@lockstep/core/contract/json';
import { addActionFlags } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { type CliCommand, jsonOption } from './command.ts';
import { fromTop } from '../top.ts';

/** `lockstep config`: validates the config file against the shipped schema and prints the effective settings. */
export const configCommand: CliCommand = {
  name: 'config',
  description: 'Validate .github/lockstep.yml against the shipped schema and print the effective configuration',
  define(cmd: Command, io: CliIo): void {
    // The same two inputs every action takes, with the same names and defaults.
    const inputs = addActionFlags(cmd, 'bump-chart', ['config', 'working-directory']);
    jsonOption(cmd, 'file and config (the effective settings)');
    cmd.action(async (opts: Record<string, unknown>) => {
      const at = fromTop(io.cwd, cmd, inputs(opts));
      const read = at.source;
      const root = resolveExistingFolder(at.workspace, read('working-directory'));
      // The YAML library and the schema validator load only when a config is read.
      const { configOfRefusal, loadConfig } = await import('@lockstep/core/config/config');
      const { effective, renderEffective } = await import('@lockstep/core/settings/effective');
      const problems: UserError[] = [];
      // A refused file is checked further on what it still says: every mistake of the file in one run.
      let config: Awaited<ReturnType<typeof loadConfig>>;
      try {
        config = loadConfig(root, read('config'));
      } catch (e) {
        const partial = configOfRefusal(e);
        if (partial === undefined) throw e;
        problems.push(...(e instanceof UserErrors ? e.errors : [e as UserError]));
        config = partial;
      }
      // What any command refuses about the file (window crons, waves naming no environment, a private key in
      // verify.keys) and what a promotion's gates refuse (an after: naming no environment), refused here too; the
      // key files are read as digests and promote read them.
      const { checkConfig } = await import('@lockstep/core/settings/validate');
      const { EVERY_CONFIG_CHECK } = await import('@lockstep/core/operations/config-checks');
      const { policyFiles } = await import('@lockstep/core/registry/verify');
      await checkConfig(config, policyFiles(root, config.file), EVERY_CONFIG_CHECK).catch((e: unknown) => {
        if (e instanceof UserErrors) problems.push(...e.errors);
        else if (e instanceof UserError) problems.push(e);
        else throw e;
      });
      // What promote and status refuse, refused here too: the file each environment's pins live in must exist
      // (its values file, overlay, or Flux resource; a glob is matched when promoting, not here).
      const { configLine, pinFileOf } = await import('@lockstep/core/config/config');
      problems.push(
        ...config.environments.flatMap((e, i) => {
          const named = pinFileOf(e);
          if (!named || /[*?[{]/.test(named.file) || existsSync(join(root, named.file))) return [];
          return [
            new UserError(`environments[${i}].${named.key}: ${named.file} does not exist`, {
              file: config.file,
              line: configLine(config, ['environments', i, named.key]),
              hint: 'create it, or fix the path (relative to the working directory)',
            }),
          ];
        }),
      );
      // What every command refuses, refused here too: a charts: or charts-ignore: entry matching no chart folder.
      const { findCharts } = await import('@lockstep/core/charts/discover');
      const { listChartFiles } = await import('@lockstep/core/charts/tree');
      const { unmatchedConfigEntries } = await import('@lockstep/core/charts/selection');
      const chartDirs = findCharts(listChartFiles(root));
      if (config.charts?.length || config.chartsIgnore?.length)
        problems.push(...unmatchedConfigEntries(config, (path) => configLine(config, path), chartDirs));
      // Every problem at once, in the order of the file (a new config should not take a round per mistake).
      if (problems.length > 0) throw new UserErrors(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
      // Every declared key's value and where it came from (the file, at its line, or the default).
      const printed = effective(config);
      // An environment's values file kept in a chart folder is deployment state, said once (charts/deployment-state.ts).
      const { deploymentStateFiles, deploymentStateLine } = await import('@lockstep/core/charts/deployment-state');
      const state = deploymentStateFiles(chartDirs, config.environments);
      io.stdout(
        opts.json === true
          ? `${JSON.stringify(outcomeJson({ command: 'config', file: config.file ?? null, config: printed.values, sources: printed.sources, 'deployment-state': state }, 'done', []), null, 2)}
`
          : `${renderEffective(config, printed)}${state.map((f) => `# note: ${deploymentStateLine(f)}\n`).join('')}`,
      );
    });
  },
};
