import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import type { DemoStep } from '../context.ts';

/**
 * chart-bump-check on a pull request: a template change without a version
 * bump fails (and says which version would pass); bumping the chart, with a
 * changelog section where the chart keeps one, makes it pass.
 */
const step: DemoStep = async (ctx) => {
  const { repo } = ctx;
  const chartFile = join(repo.dir, 'charts/myapp/Chart.yaml');
  const changelogFile = join(repo.dir, 'charts/myapp/CHANGELOG.md');
  const base = repo.git('rev-parse', 'main');
  const branch = 'demo/chart-bump-check';

  ctx.section('chart-bump-check: a PR changes a template but forgets the chart version');
  repo.checkout(branch, true);
  const template = join(repo.dir, 'charts/myapp/templates/deployment.yaml');
  const head1 = repo.commit('feat(chart): add a revision-history limit', {
    'charts/myapp/templates/deployment.yaml': readFileSync(template, 'utf8').replace(/^spec:\n/m, 'spec:\n  revisionHistoryLimit: 5\n'),
  });
  const event = (head: string) => ({ pull_request: { number: 42, base: { sha: base, ref: 'main' }, head: { sha: head, ref: branch } } });
  const failed = await ctx.run('chart-bump-check', {}, { eventName: 'pull_request', event: event(head1) });
  ctx.log(failed.code === 1 ? '→ the check fails, pointing at the version line.' : `→ unexpected: exit ${failed.code}`);

  ctx.section('chart-bump-check: the PR bumps the chart (and its changelog)');
  const chart = readFileSync(chartFile, 'utf8');
  const current = /^version:\s*"?([^"\s]+)"?/m.exec(chart)?.[1] ?? '0.0.0';
  const next = semver.inc(current, 'patch')!;
  const files: Record<string, string> = { 'charts/myapp/Chart.yaml': chart.replace(/^(version:\s*"?)[^"\s]+/m, `$1${next}`) };
  if (existsSync(changelogFile)) {
    const text = readFileSync(changelogFile, 'utf8');
    const section = `## [${next}] - 2024-06-01\n\n### Changed\n- Keep five old ReplicaSets.\n\n`;
    files['charts/myapp/CHANGELOG.md'] = /^## \[Unreleased\]\n\n?/m.test(text)
      ? text.replace(/^## \[Unreleased\]\n\n?/m, (m) => `${m}${section}`)
      : `${text}\n${section}`;
  }
  const head2 = repo.commit(`chore(chart): myapp ${next}`, files);
  const passed = await ctx.run('chart-bump-check', {}, { eventName: 'pull_request', event: event(head2) });
  ctx.log(passed.code === 0 ? `→ ${current} → ${next} is enough: the check passes.` : `→ unexpected: exit ${passed.code}`);

  // Leave the sample repository as the next steps expect it.
  repo.checkout('main');
  repo.git('branch', '-D', branch);
};

export default step;
