import type { Command } from 'commander';
import { Inputs } from '@lockstep/core/action/inputs';
import { ansiStyle, plainStyle, renderTerminal } from '@lockstep/core/report/view';
import { addActionFlags } from '../flags.ts';
import type { CliIo } from '../io.ts';
import type { StatusResult } from '@lockstep/core/operations/status/run';
import type { CliCommand } from './command.ts';
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
    cmd.option('--json', 'print the result object as JSON instead of the table');
    cmd.option('--markdown', 'print the table and a Mermaid flowchart of the environments (for $GITHUB_STEP_SUMMARY or a PR comment)');
    cmd.action(async (opts: Record<string, unknown>) => {
      const at = fromTop(io.cwd, cmd, inputs(opts));
      const { cliEnv, cliToken, localDifference } = await import('./context.ts');
      const { status } = await import('@lockstep/core/operations/status/index');
      const world = cliWorld(io, at.workspace, { env: cliEnv(io), token: cliToken(io, false) });
      const request = await status.request(new Inputs(at.source), world);
      const result = await (await status.run())(request, world);
      // origin's base is what was read: say when this checkout has commits or changes that are not there.
      if (result.readFrom?.startsWith('origin/') && result.baseSha) {
        const differs = localDifference(io, result.baseSha, result.readFrom);
        if (differs) io.stderr(`${differs}\n`);
      }
      const view = await status.view();
      if (opts.markdown === true) {
        const { statusMarkdown } = await import('@lockstep/core/operations/status/mermaid');
        io.stdout(statusMarkdown(result));
        return;
      }
      io.stdout(
        opts.json === true
          ? `${JSON.stringify(statusJson(result), null, 2)}\n`
          : renderTerminal(view.terminal(result), io.color ? ansiStyle : plainStyle),
      );
    });
  },
};

/**
 * `status --json`: full values (whole digests, the base commit), keys in kebab-case like the actions'
 * outputs. The shape is documented in the README (lockstep status --json).
 */
export function statusJson(r: StatusResult): unknown {
  return {
    base: r.base,
    'base-sha': r.baseSha ?? null,
    environments: r.pins.map((e) => ({
      name: e.name,
      'values-file': e.values,
      'values-missing': e.missing,
      ...(e.chartVersion !== undefined ? { 'chart-version': e.chartVersion } : {}),
      services: e.services,
    })),
    next: r.next.map((n) => ({
      from: n.from,
      to: n.to,
      changes: n.changes.map((c) => ({
        service: c.service,
        file: c.file,
        line: c.line,
        'old-tag': c.oldTag ?? null,
        'old-digest': c.oldDigest ?? null,
        'new-tag': c.newTag ?? null,
        'new-digest': c.newDigest ?? null,
      })),
      ...(n.chart ? { chart: { file: n.chart.file, line: n.chart.line, old: n.chart.old, new: n.chart.new } } : {}),
      ...(n.error !== undefined ? { error: n.error } : {}),
    })),
  };
}
