import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitopsFiles } from '../bench/promote-env.bench.ts';
import { GitFixture } from '../harness/git-fixture.ts';
import { runAction } from '../harness/run-action.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-promote-memory-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Records the largest size V8's new space (the young generation) reached, sampled every 2 ms and at exit.
const PRELOAD = `import { getHeapSpaceStatistics } from 'node:v8';
import { writeFileSync } from 'node:fs';
let max = 0;
const sample = () => { for (const s of getHeapSpaceStatistics()) if (s.space_name === 'new_space') max = Math.max(max, s.space_size); };
setInterval(sample, 2).unref();
process.on('exit', () => { sample(); writeFileSync(process.env.NEW_SPACE_FILE, String(max)); });
`;

test('a 300-service promotion keeps V8 young generation small: its values-file parses do not grow the new space to its ceiling', async () => {
  // The benches' gitops repository: 300 services × 3 environments in one values file each (~190 KB).
  const fixture = GitFixture.create(gitopsFiles(300, 'oci://127.0.0.1:9/charts'));
  try {
    const workspace = fixture.clone('main');
    const preload = join(dir, 'new-space.mjs');
    writeFileSync(preload, PRELOAD);
    const file = join(dir, 'new-space');
    const run = await runAction('promote-env', {
      workspace,
      eventName: 'workflow_dispatch',
      event: {},
      inputs: { from: 'staging', to: 'prod', 'dry-run': 'true', 'values-drift': 'off', 'chart-version': '3.3.0' },
      env: { NODE_OPTIONS: `--import=${preload}`, NEW_SPACE_FILE: file },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.changed).toBe('true');
    expect((JSON.parse(run.outputs.changes) as unknown[]).length).toBe(301);
    const newSpaceMB = Number(readFileSync(file, 'utf8')) / (1024 * 1024);
    // Before the young generation was held this run grew the new space to V8's ceiling (128 MB measured on Node 24).
    expect(newSpaceMB).toBeGreaterThan(0);
    expect(newSpaceMB).toBeLessThanOrEqual(16);
  } finally {
    fixture.cleanup();
  }
}, 180_000);
