/**
 * `npm run demo`: builds the sample monorepo (demo/sample-repo.ts) as a git
 * repository with a bare origin in a temp folder, runs every
 * action-tests/demo/steps/*.ts in name order against it — each step drives the
 * committed action bundles through the runner harness — and removes the
 * folder. Runs on Node 24 (native type stripping).
 *
 *   npm run demo                 all steps
 *   npm run demo -- bump 10      only steps whose file name contains "bump" or "10"
 *   npm run demo -- --screenshots DIR
 *                                the report screenshots go to DIR (default: a new temp folder, kept)
 *   DEMO_VERBOSE=1 npm run demo  also print each action's log
 */
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { GitFixture } from '../harness/git-fixture.ts';
import { parseCommand, runAction, type ActionRun } from '../harness/run-action.ts';
import type { DemoContext, DemoStep } from './context.ts';
import { renderSummary } from './render.ts';
import { sampleRepoFiles } from './sample-repo.ts';

const here = dirname(fileURLToPath(import.meta.url));
const tty = process.stdout.isTTY === true;
const style = (code: string, s: string) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s);
const bold = (s: string) => style('1', s);
const dim = (s: string) => style('2', s);
const red = (s: string) => style('31', s);
const yellow = (s: string) => style('33', s);
const green = (s: string) => style('32', s);

function indent(text: string, by = '  '): string {
  return text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
}

/** Prints what a run produced: exit code, annotations, summary, outputs (and the log when verbose). */
function printRun(action: string, run: ActionRun): void {
  const status = run.code === 0 ? green('succeeded') : red(`failed (exit ${run.code})`);
  console.log(`  ${bold(action)} ${status} in ${Math.round(run.durationMs)} ms`);
  if (process.env.DEMO_VERBOSE) {
    const log = run.stdout
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const cmd = parseCommand(l);
        if (!cmd) return l;
        if (cmd.command === 'group') return `▾ ${cmd.message}`;
        if (cmd.command === 'endgroup' || cmd.command === 'add-mask' || cmd.command === 'debug') return undefined;
        return undefined; // annotations are printed below
      })
      .filter((l): l is string => l !== undefined);
    if (log.length) console.log(`${dim('  log:')}\n${indent(log.join('\n'), '    ')}`);
    if (run.stderr.trim()) console.log(`${dim('  stderr:')}\n${indent(run.stderr.trim(), '    ')}`);
  }
  for (const a of run.annotations) {
    // lockstep's messages already start with file:line (UserError.format); other actions' may not.
    const at = a.file ? `${a.file}${a.line ? `:${a.line}` : ''}: ` : '';
    const where = a.message.startsWith(at) ? '' : at;
    const level = a.level === 'error' ? red('error') : a.level === 'warning' ? yellow('warning') : 'notice';
    console.log(`  ${level} ${where}${a.message}`);
  }
  if (run.code !== 0 && run.annotations.length === 0 && run.stderr.trim())
    console.log(indent(red(run.stderr.trim().split('\n').slice(-15).join('\n')), '    '));
  if (run.summary.trim()) console.log(`${dim('  job summary:')}\n${indent(renderSummary(run.summary), '    ')}`);
  const outputs = Object.entries(run.outputs);
  if (outputs.length) {
    console.log(dim('  outputs:'));
    const width = Math.max(...outputs.map(([k]) => k.length));
    for (const [k, v] of outputs) {
      const shown = v.length > 400 ? `${v.slice(0, 400)}… (${v.length} chars)` : v;
      console.log(`    ${k.padEnd(width)} = ${shown.includes('\n') ? `\n${indent(shown, '      ')}` : shown}`);
    }
  }
}

/** Step files in name order, limited to those matching any filter given on the command line. */
function stepFiles(filters: string[]): string[] {
  const dir = process.env.DEMO_STEPS_DIR ?? join(here, 'steps'); // another folder: for the demo's own test
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort()
    .map((f) => join(dir, f));
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { screenshots: { type: 'string' } } });
  } catch (e) {
    console.error(`demo: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const filters = args.positionals;
  const files = stepFiles(filters);
  if (files.length === 0) {
    console.error(`demo: no step in action-tests/demo/steps matches ${filters.join(' ')}`);
    return 1;
  }
  const repo = GitFixture.create(sampleRepoFiles(), 'chore(release): 1.4.2');
  repo.git('tag', '-a', 'v1.4.2', '-m', 'v1.4.2');
  // The chart's released version, as its CHANGELOG.md links it: promote-env reads released chart versions at their tags.
  repo.git('tag', 'myapp-0.13.0');
  repo.push('main', '--tags');
  console.log(bold(`lockstep demo — sample monorepo at ${repo.dir}`));
  let shots: string | undefined;
  const ctx: DemoContext = {
    repo,
    screenshotDir() {
      // Made on first use, and kept after the demo for a person to look at.
      shots ??= args.values.screenshots ? resolve(args.values.screenshots) : mkdtempSync(join(tmpdir(), 'lockstep-demo-screenshots-'));
      mkdirSync(shots, { recursive: true });
      return shots;
    },
    async run(action, inputs, opts = {}) {
      const shown = Object.entries(inputs)
        .map(([k, v]) => `${k}=${v.includes('\n') ? JSON.stringify(v) : v}`)
        .join(' ');
      console.log(`\n${dim('$')} ${bold(`uses: ./actions/${action}`)} ${dim(shown)}`);
      const run = await runAction(action, {
        inputs,
        workspace: repo.dir,
        env: opts.env,
        eventName: opts.eventName,
        event: opts.event,
        node: process.execPath,
        timeoutMs: 120_000,
      });
      printRun(action, run);
      return run;
    },
    section(title) {
      console.log(`\n${bold(`━━ ${title} ${'━'.repeat(Math.max(3, 72 - title.length))}`)}`);
    },
    log(text) {
      console.log(indent(text));
    },
  };
  const started = performance.now();
  try {
    for (const file of files) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      let step: DemoStep;
      try {
        const mod = (await import(pathToFileURL(file).href)) as { default?: DemoStep };
        if (typeof mod.default !== 'function') throw new Error('it has no default export function (ctx: DemoContext) => Promise<void>');
        step = mod.default;
      } catch (e) {
        console.error(red(`\ndemo: cannot load step ${name}: ${e instanceof Error ? e.message : String(e)}`));
        return 1;
      }
      try {
        await step(ctx);
      } catch (e) {
        console.error(red(`\ndemo: step ${name} failed: ${e instanceof Error ? e.message : String(e)}`));
        if (e instanceof Error && e.stack && process.env.DEMO_VERBOSE) console.error(dim(e.stack));
        return 1;
      }
    }
  } finally {
    repo.cleanup();
  }
  console.log(
    `\n${green('demo finished')}: ${files.length} step(s) in ${((performance.now() - started) / 1000).toFixed(1)} s; sample repo removed.`,
  );
  return 0;
}

process.exitCode = await main();
