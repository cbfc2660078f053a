import type { Command } from 'commander';
import { addActionFlags } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { type CliCommand, jsonOption } from './command.ts';
import { runCommand } from '../run-command.ts';
import { fromTop } from '../top.ts';
import { cliWorld } from '../world.ts';

/** The promote-env inputs that say where environments and services are. */
const WHERE = ['environments', 'services', 'values-file', 'values-key', 'repository', 'base', 'config', 'working-directory'];

/** `lockstep status`: per service, what each environment pins (tag, short digest, chart version), and what each next promotion would change. */
export const statusCommand: CliCommand = {
  name: 'status',
  description:
    "Every environment's pins side by side (tag, digest, chart version) and what the next promotion would change; writes nothing",
  define(cmd: Command, io: CliIo & { secret(value: string): void }): void {
    const inputs = addActionFlags(cmd, 'promote-env', WHERE);
    jsonOption(cmd, 'base, environments (what each pins) and next (what each promotion would change)');
    cmd.option('--markdown', 'print the table and a Mermaid flowchart of the environments (for $GITHUB_STEP_SUMMARY or a PR comment)');
    cmd.action(async (opts: Record<string, unknown>) => {
      const at = fromTop(io.cwd, cmd, inputs(opts));
      const { cliEnv, cliToken, localDifference } = await import('./context.ts');
      const { status } = await import('@lockstep/core/operations/status/index');
      await runCommand(status, io, {
        source: at.source,
        world: cliWorld(io, at.workspace, { env: await cliEnv(io), token: cliToken(io, false) }),
        json: opts.json === true,
        // origin's base is what was read: say when this checkout has commits or changes that are not there.
        said: (r) => {
          const differs = r.readFrom?.startsWith('origin/') && r.baseSha ? localDifference(io, r.baseSha, r.readFrom) : undefined;
          return differs ? [differs] : [];
        },
        other: async (r) =>
          opts.markdown === true ? (await import('@lockstep/core/operations/status/mermaid')).statusMarkdown(r) : undefined,
      });
    });
  },
};
