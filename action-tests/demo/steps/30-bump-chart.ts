import type { DemoStep } from '../context.ts';

/**
 * bump-chart on the sample repo's charts/myapp: first a dry run that only
 * prints the diff, then the real run, then `git diff` to show that only the
 * version lines (and the changelog, where the chart keeps one) moved.
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
  ctx.log(ctx.repo.git('diff', '--', 'charts/myapp'));
  ctx.repo.commit(`chore(chart): bump myapp to ${real.outputs.version}`);
};

export default step;
