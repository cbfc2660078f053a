import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from '@jest/globals';
import { Inputs, mapInputs } from '../../../src/contract/inputs.ts';
import { promoteRequest } from '../../../src/operations/promote/request.ts';
import { runPromote } from '../../../src/operations/promote/run.ts';
import { GIT_ENV, runGit } from '../../helpers.ts';
import { testWorld } from '../../test-world.ts';
import { deployment } from '../../../../../action-tests/harness/overlay-fixture.ts';

// Issue 72: the soak of a pin that staging's overlay does not pin itself (its image comes from the shared base,
// `resources: [../../base]`) is measured on the render's history: the first-parent commits of every path
// kustomize reads for staging, each built with the real kubectl kustomize, back to where the image changed.

const MINUTE = 60_000;
const T = Date.parse('2026-11-23T09:30:00Z');
const dirs: string[] = [];
afterAll(() => dirs.forEach((x) => rmSync(x, { recursive: true, force: true })));

const CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api }',
  'environments:',
  '  - { name: staging, kustomization: deploy/overlays/staging, min-soak: 1h }',
  '  - { name: prod, kustomization: deploy/overlays/prod }',
  '',
].join('\n');
const overlay = (env: string, images: string[] = []) =>
  [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: app-${env}`,
    'resources:',
    '  - ../../base',
    ...images,
    '',
  ].join('\n');
const entry = (tag: string) => ['images:', '  - name: ghcr.io/acme/api', `    newTag: "${tag}"`];

/** The repository at 00:00 on the day: staging runs the base's 1.3.0, prod pins 1.2.0 in its own images: entry. */
const START: Record<string, string> = {
  '.github/lockstep.yml': CONFIG,
  'README.md': 'environments\n',
  'deploy/base/kustomization.yaml': 'resources:\n  - api.yaml\n',
  'deploy/base/api.yaml': deployment('api', 'ghcr.io/acme/api:1.3.0'),
  'deploy/overlays/staging/kustomization.yaml': overlay('staging'),
  'deploy/overlays/prod/kustomization.yaml': overlay('prod', entry('1.2.0')),
};

/** A repository with a bare origin: `START` committed at 00:00, then each step's files committed (and pushed) at its time. */
function repository(steps: { at: number; files: Record<string, string>; message: string }[]) {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-soak-rendered-'));
  const origin = mkdtempSync(join(tmpdir(), 'lockstep-soak-rendered-origin-'));
  dirs.push(dir, origin);
  runGit(origin, 'init', '-q', '--bare', '-b', 'main');
  runGit(dir, 'init', '-q', '-b', 'main');
  const commit = (at: number, files: Record<string, string>, message: string) => {
    for (const [p, t] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), t);
    }
    runGit(dir, 'add', '.');
    const date = `${Math.floor(at / 1000)} +0000`;
    execFileSync('git', ['commit', '-qm', message], { cwd: dir, env: { ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    return runGit(dir, 'rev-parse', 'HEAD');
  };
  commit(Date.parse('2026-11-23T00:00:00Z'), START, 'environments');
  const shas = steps.map((s) => commit(s.at, s.files, s.message));
  runGit(dir, 'remote', 'add', 'origin', origin);
  runGit(dir, 'push', '-q', 'origin', 'main');
  return { dir, shas };
}

/** A dry run of staging → prod at `now`, with the real kubectl on PATH and no token (GitHub is not asked). */
async function promoteAt(dir: string, now: number) {
  const env = { ...GIT_ENV, PATH: [dirname(process.env.LOCKSTEP_KUBECTL!), process.env.PATH].join(':') };
  const w = testWorld(dir, { env, clock: { now: () => now, sleep: async () => {}, random: () => 0 } });
  const inputs = new Inputs(mapInputs({ from: 'staging', to: 'prod', 'dry-run': 'true', 'resolve-digests': 'false' }));
  const r = await runPromote(promoteRequest(inputs, w), w);
  return { r, holds: r.gate?.holds.map((h) => h.message) ?? [], debug: w.reporter.debugLines };
}

const baseImage = (tag: string, replicas = '1') => ({
  'deploy/base/api.yaml': deployment('api', `ghcr.io/acme/api:${tag}`).replace('replicas: 1', `replicas: ${replicas}`),
});

describe("staging runs the shared base's image (its overlay has no images: entry), min-soak 1h", () => {
  test('30 minutes after the base took 1.4.0: held, the time left measured from that commit', async () => {
    const { dir, shas } = repository([{ at: T, files: baseImage('1.4.0'), message: 'base: api 1.4.0' }]);
    const { r, holds, debug } = await promoteAt(dir, T + 30 * MINUTE);
    expect(r.outcome).toBe('held');
    expect(holds).toEqual([
      `api: run in staging by its render since 2026-11-23 09:30 UTC (${shas[0].slice(0, 12)}, committer date: GitHub not asked (no token); a direct push can backdate it), min-soak 1h: 30m left`,
    ]);
    expect(debug).toContain(
      'api: soaking in staging since 2026-11-23 09:30 UTC (committer date: GitHub not asked (no token); a direct push can backdate it), by its render (its pin place pins no image of it; measured on the history of every path its deployer reads)',
    );
  });

  test('two hours after: it passes, and 1.4.0 is promoted into prod', async () => {
    const { dir } = repository([{ at: T, files: baseImage('1.4.0'), message: 'base: api 1.4.0' }]);
    const { r, holds } = await promoteAt(dir, T + 120 * MINUTE);
    expect(holds).toEqual([]);
    expect(r.outcome).toBe('dry-run');
    expect(JSON.parse(r.outputs.changes).map((c: Record<string, string>) => [c['old-tag'], c['new-tag']])).toEqual([['1.2.0', '1.4.0']]);
  });

  test('a README change and a base change that keeps the image do not restart it; the base taking 1.5.0 does', async () => {
    const steps = [
      { at: T, files: baseImage('1.4.0'), message: 'base: api 1.4.0' },
      { at: T + 40 * MINUTE, files: { 'README.md': 'environments, and how they are promoted\n' }, message: 'readme' },
      { at: T + 50 * MINUTE, files: baseImage('1.4.0', '2'), message: 'base: two replicas' },
    ];
    // At 10:40 the last commit is 20 minutes old, but staging has run 1.4.0 since 09:30: not held.
    const kept = await promoteAt(repository(steps).dir, T + 70 * MINUTE);
    expect(kept.holds).toEqual([]);
    expect(kept.r.outcome).toBe('dry-run');
    const T2 = T + 180 * MINUTE;
    const { dir, shas } = repository([...steps, { at: T2, files: baseImage('1.5.0', '2'), message: 'base: api 1.5.0' }]);
    const { r, holds } = await promoteAt(dir, T2 + 20 * MINUTE);
    expect(r.outcome).toBe('held');
    expect(holds).toEqual([
      `api: run in staging by its render since 2026-11-23 12:30 UTC (${shas[3].slice(0, 12)}, committer date: GitHub not asked (no token); a direct push can backdate it), min-soak 1h: 40m left`,
    ]);
  });
});

test("an overlay that pins api in its own images: entry is measured on its own history, as before (a later base change is not its pin's)", async () => {
  const { dir, shas } = repository([
    { at: T, files: { 'deploy/overlays/staging/kustomization.yaml': overlay('staging', entry('1.4.0')) }, message: 'promote: api 1.4.0' },
    { at: T + 20 * MINUTE, files: baseImage('1.5.0'), message: 'base: api 1.5.0' },
  ]);
  const { r, holds } = await promoteAt(dir, T + 30 * MINUTE);
  expect(r.outcome).toBe('held');
  expect(holds).toEqual([
    `api: pinned in staging since 2026-11-23 09:30 UTC (${shas[0].slice(0, 12)}, committer date: GitHub not asked (no token); a direct push can backdate it), min-soak 1h: 30m left`,
  ]);
});
