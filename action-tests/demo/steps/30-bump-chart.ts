import { execFileSync } from 'node:child_process';
import type { DemoStep } from '../context.ts';
import { diffMismatches, printedDiff } from '../diff-check.ts';

/**
 * bump-chart on the sample repo's charts/myapp: first a dry run that only
 * prints the diff, then the real run, then `git diff` to show that only the
 * version lines (and the changelog, where the chart keeps one) moved, and
 * that the dry run printed that same diff, hunk for hunk.
 */
const step: DemoStep = async (ctx) => {
  const inputs = { charts: 'charts/myapp', level: 'minor', 'changelog-entry': 'Add topology spread constraints' };

  ctx.section('bump-chart --dry-run: the diff it would apply');
  const dry = await ctx.run('bump-chart', { ...inputs, 'dry-run': 'true' });
  if (dry.code !== 0) throw new Error(`bump-chart dry run failed (exit ${dry.code})`);
  // The diff lines the action printed (indented by two spaces so none can read as a workflow command).
  for (const line of dry.stdout.split('\n')) if (line.startsWith('  ')) ctx.log(line);
  const dirty = ctx.repo.git('status', '--porcelain');
  ctx.log(dirty === '' ? 'dry run: the work tree is unchanged' : `dry run left changes behind:\n${dirty}`);
  if (dirty !== '') throw new Error('bump-chart dry run wrote files');

  ctx.section('bump-chart: the real run');
  const real = await ctx.run('bump-chart', inputs);
  if (real.code !== 0) throw new Error(`bump-chart failed (exit ${real.code})`);
  ctx.log(`version ${real.outputs['previous-version']} → ${real.outputs.version}; changed files: ${real.outputs['changed-files']}`);

  ctx.section('git diff after bump-chart');
  // Not trimmed: a blank context line at the end of a hunk is a single space.
  const diff = execFileSync('git', ['diff', '--', 'charts/myapp'], { cwd: ctx.repo.dir, encoding: 'utf8' });
  ctx.log(diff.trimEnd());
  const mismatches = diffMismatches(printedDiff(dry.stdout), diff);
  if (mismatches.length > 0) throw new Error(`the dry run's diff is not the real run's git diff:\n${mismatches.join('\n')}`);
  ctx.log('The dry run printed this diff, hunk for hunk.');
  ctx.repo.commit(`chore(chart): bump myapp to ${real.outputs.version}`);
  // Released as chart-releaser or the publish-chart workflow would tag it: promote-env only promotes released chart versions.
  const tag = `myapp-${real.outputs.version}`;
  ctx.repo.git('tag', tag);
  ctx.repo.push(`refs/tags/${tag}`);
  ctx.log(`Committed and tagged ${tag}, the chart's release tag (promote-env refuses a chart-version that was never released).`);
};

export default step;
