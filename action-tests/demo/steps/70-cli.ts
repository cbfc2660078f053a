import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hasChromium, ReportBrowser } from '../../harness/browser.ts';
import { repoRoot } from '../../harness/run-action.ts';
import type { DemoContext, DemoStep } from '../context.ts';

/**
 * The same flow from a terminal: the committed CLI bundle (what `npx lockstep`
 * runs) on the sample repo after the promotions above — `lockstep status`
 * shows what every environment pins, side by side, and `lockstep promote`
 * (a dry run, since no --push is given) shows what staging → prod would change.
 * Then the delivery report of this history, `lockstep metrics --markdown` and
 * `lockstep status --markdown`, drawn as GitHub shows a job summary (the real
 * mermaid in Debian's headless Chromium, light and dark) into PNG screenshots.
 */
const step: DemoStep = async (ctx) => {
  ctx.section('lockstep status: what every environment pins');
  lockstep(ctx, ['status']);
  ctx.section('lockstep promote --from staging --to prod (a dry run without --push)');
  lockstep(ctx, ['promote', '--from', 'staging', '--to', 'prod', '--chart-version', '0.14.0']);

  ctx.section('lockstep metrics --markdown and status --markdown, as GitHub draws them');
  const reports = { metrics: lockstep(ctx, ['metrics', '--markdown'], true), status: lockstep(ctx, ['status', '--markdown'], true) };
  if (!hasChromium()) {
    ctx.log("Screenshots skipped: they need Debian's chromium (`sudo apt-get install chromium`, or run `npm run demo` as root).");
    return;
  }
  const dir = ctx.screenshotDir();
  const browser = await ReportBrowser.open();
  try {
    for (const [name, markdown] of Object.entries(reports))
      for (const path of await browser.screenshots(markdown, dir, name)) ctx.log(`screenshot: ${path}`);
  } finally {
    await browser.close();
  }
};

/** Runs the CLI bundle on the sample repo and returns its stdout; prints the output, or only its size when `quiet`. */
function lockstep(ctx: DemoContext, args: string[], quiet = false): string {
  ctx.log(`$ lockstep ${args.join(' ')}`);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  // The project's Helm (tools/kube, installed for the tests), when there is one: the promotion is then rendered as
  // prod's Application reads it (the chart at its release tag, prod's values file through $values).
  const helm = join(repoRoot, 'tools', 'kube', 'bin');
  if (existsSync(join(helm, 'helm'))) env.PATH = `${helm}:${env.PATH ?? ''}`;
  for (const k of ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_REPOSITORY']) delete env[k];
  const r = spawnSync(process.execPath, [join(repoRoot, 'packages', 'cli', 'dist', 'lockstep.js'), ...args], {
    cwd: ctx.repo.dir,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const shown = quiet ? `${r.stderr}(${r.stdout.split('\n').length} lines of Markdown)` : `${r.stderr}${r.stdout}`;
  for (const line of shown.trimEnd().split('\n')) ctx.log(`  ${line}`);
  if (r.status !== 0) throw new Error(`lockstep ${args[0]} exited ${r.status}`);
  return r.stdout;
}

export default step;
