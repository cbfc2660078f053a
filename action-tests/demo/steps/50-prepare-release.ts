import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubDouble } from '../../harness/github-double/index.ts';
import type { DemoStep } from '../context.ts';
import { diffMismatches, printedDiff } from '../diff-check.ts';

/**
 * prepare-release as a dry run on the sample repo: two Conventional Commits
 * land on main after the v1.4.2 tag, and the action shows the version they
 * make, the release notes, and the diff of every file the release PR would
 * change (.version, both libraries, the service pins, the chart, CHANGELOG.md);
 * then the real run, whose release branch must hold exactly that diff.
 */
const step: DemoStep = async (ctx) => {
  ctx.repo.commit('feat(api): export orders as CSV (#41)', { 'services/api/api/export.py': 'def export():\n    return "csv"\n' });
  ctx.repo.commit('fix(worker): retry a lost broker connection (#42)', { 'services/worker/worker/retry.py': 'RETRIES = 3\n' });
  ctx.repo.push('main');

  // Both runs talk to the GitHub REST double, so the dry run's notes link where the real run's do.
  const double = await startGitHubDouble({ repositories: [{ fullName: 'acme/monorepo', path: ctx.repo.origin }] });
  // The config's lock-command is `poetry lock --no-update`; poetry is not installed here, so a stand-in that
  // leaves each poetry.lock as it is runs instead (the dry run cannot show what a lock command would change).
  const bin = mkdtempSync(join(tmpdir(), 'lockstep-demo-bin-'));
  writeFileSync(join(bin, 'poetry'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(bin, 'poetry'), 0o755);
  const env = { ...double.env(), 'INPUT_GITHUB-TOKEN': double.token, PATH: `${bin}:${process.env.PATH}` };
  try {
    ctx.section('prepare-release --dry-run: next version, notes and diff');
    const dry = await ctx.run('prepare-release', { 'dry-run': 'true' }, { env });
    if (dry.code !== 0) throw new Error(`prepare-release dry run failed (exit ${dry.code})`);
    ctx.log(`version ${dry.outputs['previous-version']} → ${dry.outputs.version} (${dry.outputs.bump})`);
    ctx.log(dry.outputs.notes);
    for (const line of dry.stdout.split('\n')) if (line.startsWith('  ')) ctx.log(line);
    const dirty = ctx.repo.git('status', '--porcelain');
    ctx.log(dirty === '' ? 'dry run: the work tree is unchanged' : `dry run left changes behind:\n${dirty}`);
    if (dirty !== '') throw new Error('prepare-release dry run wrote files');
    if (double.pulls('acme/monorepo').length > 0) throw new Error('prepare-release dry run opened a pull request');

    // The real run: the release branch it pushes must hold exactly the dry run's diff.
    ctx.section('prepare-release: the real run (release branch and pull request)');
    ctx.log('(poetry is not installed here: a stand-in for `poetry lock --no-update` leaves each poetry.lock as it is)');
    const real = await ctx.run('prepare-release', {}, { env });
    if (real.code !== 0) throw new Error(`prepare-release failed (exit ${real.code})`);
    const branch = real.outputs.branch;
    const diff = execFileSync('git', ['--git-dir', ctx.repo.origin, 'diff', 'main', branch], { encoding: 'utf8' });
    const mismatches = diffMismatches(printedDiff(dry.stdout), diff);
    if (mismatches.length > 0) throw new Error(`the dry run's diff is not git diff main ${branch}:\n${mismatches.join('\n')}`);
    ctx.log(`git diff main ${branch} is the dry run's diff, hunk for hunk (${double.pulls('acme/monorepo').length} pull request opened).`);
  } finally {
    await double.stop();
    rmSync(bin, { recursive: true, force: true });
  }
};

export default step;
