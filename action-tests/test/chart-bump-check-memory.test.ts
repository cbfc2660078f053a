import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitPr, generateChartRepo, git } from '../bench/chart-repo.ts';
import { newSpaceProbe } from '../harness/new-space.ts';
import { runAction } from '../harness/run-action.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-cbc-memory-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a 1,000-chart bump keeps V8 young generation small: its YAML garbage does not grow the new space to its ceiling', async () => {
  const repoDir = join(dir, 'repo');
  mkdirSync(repoDir);
  const repo = generateChartRepo(repoDir, 1000, 20);
  const pr = commitPr(repo, 1000, 'bump-all');
  git(repo.work, ['update-ref', 'refs/remotes/origin/main', pr.base]);
  const probe = newSpaceProbe(dir);
  const run = await runAction('chart-bump-check', {
    workspace: repo.work,
    eventName: 'pull_request',
    event: { pull_request: { number: 7, base: { sha: pr.base, ref: 'main' }, head: { sha: pr.head } } },
    env: probe.env,
  });
  expect(run.code).toBe(0);
  expect(run.outputs.ok).toBe('true');
  expect((JSON.parse(run.outputs['changed-charts']) as string[]).length).toBe(1000);
  const newSpaceMB = probe.largestMB();
  // V8's ceiling is two 32 MB semi-spaces (64 MB), which this run reached before the young generation was held;
  // held, it stays where start-up left it (8 MB here).
  expect(newSpaceMB).toBeGreaterThan(0);
  expect(newSpaceMB).toBeLessThanOrEqual(16);
}, 120_000);
