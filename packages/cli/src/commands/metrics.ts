import type { Command } from 'commander';
import { addActionFlags } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { type CliCommand, jsonOption } from './command.ts';
import { runCommand } from '../run-command.ts';
import { fromTop } from '../top.ts';
import { cliWorld } from '../world.ts';

/** The promote-env inputs that say where the config and the base branch are. */
const WHERE = ['base', 'config', 'working-directory'];

/** Collects a repeated `--env` (and `--env a,b`). */
const collect = (v: string, prev: string[] = []) => [
  ...prev,
  ...v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

/** `lockstep metrics`: deployment frequency, lead time, change failure rate, recovery time and rework rate per environment and service. */
export const metricsCommand: CliCommand = {
  name: 'metrics',
  description:
    'Delivery figures per environment and service from the base branch history: deployment frequency, lead time, change failure rate, recovery time, rework rate',
  define(cmd: Command, io: CliIo & { secret(value: string): void }): void {
    const inputs = addActionFlags(cmd, 'promote-env', WHERE);
    cmd.option('--env <name>', 'an environment to report (repeat for more; default: every one)', collect);
    cmd.option('--since <duration>', 'the window back from now: 36h, 90d, 12w (default 90d)');
    cmd.option('--from <date>', 'the window from this day (UTC) or time, e.g. 2026-09-01');
    cmd.option('--to <date>', 'the window up to the end of this day (UTC) or this time (default: now)');
    cmd.option(
      '--deployments',
      'time landings by their GitHub Deployments (record: deployments) and fail when they cannot be read (default: read them when GITHUB_TOKEN or GH_TOKEN is set, else git alone)',
    );
    cmd.option('--no-deployments', 'read git alone: no GitHub API request');
    jsonOption(cmd, 'the window and environments (the figures and the promotions each counts, with commit ids), on one line');
    cmd.option(
      '--changes',
      "with --json: list each change with its lead time in every environment it reached (lead-time.changes; a fleet's history lists millions)",
    );
    cmd.option('--markdown', 'print a Markdown report with Mermaid charts (for $GITHUB_STEP_SUMMARY or a PR comment)');
    cmd.action(async (opts: Record<string, unknown>) => {
      if (opts.json === true && opts.markdown === true) cmd.error('error: --json and --markdown are exclusive', { exitCode: 2 });
      if (opts.changes === true && opts.json !== true) cmd.error('error: --changes lists the changes in --json only', { exitCode: 2 });
      const where = inputs(opts);
      const own: Record<string, string | undefined> = {
        env: ((opts.env as string[] | undefined) ?? []).join('\n'),
        since: opts.since as string | undefined,
        from: opts.from as string | undefined,
        to: opts.to as string | undefined,
        deployments: opts.deployments === undefined ? undefined : String(opts.deployments === true),
        changes: opts.changes === true ? 'true' : undefined,
      };
      const at = fromTop(io.cwd, cmd, (name) => (name in own ? (own[name] ?? '').trim() : where(name)));
      const { cliEnv, cliToken } = await import('./context.ts');
      const { metrics } = await import('@lockstep/core/operations/metrics/index');
      const { WINDOW_INPUTS } = await import('@lockstep/core/operations/metrics/request');
      await runCommand(metrics, io, {
        source: at.source,
        world: cliWorld(io, at.workspace, { env: await cliEnv(io), token: cliToken(io, false) }),
        json: opts.json === true,
        // One line: a year of a busy repository lists tens of thousands of changes; jq indents it.
        jsonLine: true,
        other: async (r) =>
          opts.markdown === true ? `${(await import('@lockstep/core/operations/metrics/view')).metricsMarkdown(r)}\n` : undefined,
        // A bad window or an unknown environment is the command line's fault: usage (exit 2), naming the flag.
        usage: (e) => e.input !== undefined && WINDOW_INPUTS.includes(e.input),
      });
    });
  },
};
