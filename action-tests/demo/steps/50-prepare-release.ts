import type { DemoStep } from '../context.ts';

/**
 * prepare-release as a dry run on the sample repo: two Conventional Commits
 * land on main after the v1.4.2 tag, and the action shows the version they
 * make, the release notes, and the diff of every file the release PR would
 * change (.version, both libraries, the service pins, the chart, CHANGELOG.md).
 */
const step: DemoStep = async (ctx) => {
  ctx.repo.commit('feat(api): export orders as CSV (#41)', { 'services/api/api/export.py': 'def export():\n    return "csv"\n' });
  ctx.repo.commit('fix(worker): retry a lost broker connection (#42)', { 'services/worker/worker/retry.py': 'RETRIES = 3\n' });
  ctx.repo.push('main');

  ctx.section('prepare-release --dry-run: next version, notes and diff');
  const dry = await ctx.run('prepare-release', { 'dry-run': 'true' });
  if (dry.code !== 0) throw new Error(`prepare-release dry run failed (exit ${dry.code})`);
  ctx.log(`version ${dry.outputs['previous-version']} → ${dry.outputs.version} (${dry.outputs.bump})`);
  ctx.log(dry.outputs.notes);
  for (const line of dry.stdout.split('\n')) if (line.startsWith('  ')) ctx.log(line);
  const dirty = ctx.repo.git('status', '--porcelain');
  ctx.log(dirty === '' ? 'dry run: the work tree is unchanged' : `dry run left changes behind:\n${dirty}`);
  if (dirty !== '') throw new Error('prepare-release dry run wrote files');
};

export default step;
