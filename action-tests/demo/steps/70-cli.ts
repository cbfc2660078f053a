import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../harness/run-action.ts';
import type { DemoContext, DemoStep } from '../context.ts';

/**
 * The same flow from a terminal: the committed CLI bundle (what `npx lockstep`
 * runs) on the sample repo after the promotions above — `lockstep status`
 * shows what every environment pins, side by side, and `lockstep promote`
 * (a dry run, since no --push is given) shows what staging → prod would change.
 */
const step: DemoStep = async (ctx) => {
  ctx.section('lockstep status: what every environment pins');
  lockstep(ctx, ['status']);
  ctx.section('lockstep promote --from staging --to prod (a dry run without --push)');
  lockstep(ctx, ['promote', '--from', 'staging', '--to', 'prod', '--chart-version', '0.14.0']);
};

function lockstep(ctx: DemoContext, args: string[]): void {
  ctx.log(`$ lockstep ${args.join(' ')}`);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const k of ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_REPOSITORY']) delete env[k];
  const r = spawnSync(process.execPath, [join(repoRoot, 'packages', 'cli', 'dist', 'lockstep.js'), ...args], {
    cwd: ctx.repo.dir,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  for (const line of `${r.stderr}${r.stdout}`.trimEnd().split('\n')) ctx.log(`  ${line}`);
  if (r.status !== 0) throw new Error(`lockstep ${args[0]} exited ${r.status}`);
}

export default step;
