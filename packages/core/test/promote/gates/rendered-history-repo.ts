// The repository of the tests of a pin staging's overlay does not pin itself (issue 72): a clone of a bare origin
// whose main holds a shared base (deploy/base, its Deployment's image inline) and the staging and prod overlays,
// committed at 00:00 UTC on 2026-11-23 and then at each step's own time; promotions run on it from source with the
// real kubectl on PATH and the World's clock set by hand.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from '@jest/globals';
import { Inputs, mapInputs } from '../../../src/contract/inputs.ts';
import { promoteRequest } from '../../../src/operations/promote/request.ts';
import { promoteOn, runPromote } from '../../../src/operations/promote/run.ts';
import type { PromoteGitHub } from '../../../src/promote/ports.ts';
import { checkRoute } from '../../../src/promote/request.ts';
import { localPromotion, openSession, sessionRequest } from '../../../src/promote/session.ts';
import { GIT_ENV, runGit } from '../../helpers.ts';
import { testWorld } from '../../test-world.ts';
import { deployment } from '../../../../../action-tests/harness/overlay-fixture.ts';

export const MINUTE = 60_000;
const dirs: string[] = [];
afterAll(() => dirs.forEach((x) => rmSync(x, { recursive: true, force: true })));

/** A Kustomize overlay of the shared base, with `images` lines when given. */
export const overlay = (env: string, images: string[] = []) =>
  [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: app-${env}`,
    'resources:',
    '  - ../../base',
    ...images,
    '',
  ].join('\n');

/** An overlay's `images:` entry for api. */
export const entry = (tag: string) => ['images:', '  - name: ghcr.io/acme/api', `    newTag: "${tag}"`];

/** The base's Deployment running `ghcr.io/acme/api:<tag>` with `replicas`. */
export const baseImage = (tag: string, replicas = '1') => ({
  'deploy/base/api.yaml': deployment('api', `ghcr.io/acme/api:${tag}`).replace('replicas: 1', `replicas: ${replicas}`),
});

/** The repository at 00:00 beside its config: staging runs the base's 1.3.0, prod pins 1.2.0 in its own images: entry. */
const OVERLAYS: Record<string, string> = {
  'README.md': 'environments\n',
  'deploy/base/kustomization.yaml': 'resources:\n  - api.yaml\n',
  ...baseImage('1.3.0'),
  'deploy/overlays/staging/kustomization.yaml': overlay('staging'),
  'deploy/overlays/prod/kustomization.yaml': overlay('prod', entry('1.2.0')),
};

export interface Step {
  at: number;
  files: Record<string, string>;
  message: string;
}

/**
 * The repository with `config` and `files` (the overlays by default) committed at 00:00, then each step's files
 * committed at its time; pushed to origin.
 */
export function repository(config: string, steps: Step[], files: Record<string, string> = OVERLAYS) {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-rendered-history-'));
  const origin = mkdtempSync(join(tmpdir(), 'lockstep-rendered-history-origin-'));
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
  commit(Date.parse('2026-11-23T00:00:00Z'), { '.github/lockstep.yml': config, ...files }, 'environments');
  const shas = steps.map((s) => commit(s.at, s.files, s.message));
  runGit(dir, 'remote', 'add', 'origin', origin);
  runGit(dir, 'push', '-q', 'origin', 'main');
  return { dir, origin, shas };
}

/** A clone of `origin` holding only its tip (actions/checkout's default fetch-depth: 1). */
export function shallowClone(origin: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-rendered-history-shallow-'));
  dirs.push(dir);
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, dir], { env: GIT_ENV });
  return dir;
}

/** A World on `dir` at `now`, the real kubectl and Helm 3 on PATH. */
function worldAt(dir: string, now: number) {
  const env = {
    ...GIT_ENV,
    PATH: [dirname(process.env.LOCKSTEP_KUBECTL!), dirname(process.env.LOCKSTEP_HELM!), process.env.PATH].join(':'),
  };
  return testWorld(dir, { env, clock: { now: () => now, sleep: async () => {}, random: () => 0 } });
}

/** The dry run's inputs, `more` over them (a digests file, require-checks). */
const dryRunInputs = (more: Record<string, string>) =>
  new Inputs(mapInputs({ from: 'staging', to: 'prod', 'dry-run': 'true', 'resolve-digests': 'false', ...more }));

/** A dry run of staging → prod at `now` with no token (GitHub is not asked), `more` inputs over it: its result, hold lines and debug log. */
export async function promoteAt(dir: string, now: number, more: Record<string, string> = {}) {
  const w = worldAt(dir, now);
  const r = await runPromote(promoteRequest(dryRunInputs(more), w), w);
  return { r, holds: r.gate?.holds.map((h) => h.message) ?? [], debug: w.reporter.debugLines };
}

/** The same dry run through the promotion's own session, its GitHub `github` (a double). */
export async function promoteWithGitHub(dir: string, now: number, github: PromoteGitHub, more: Record<string, string> = {}) {
  const w = worldAt(dir, now);
  const i = promoteRequest(dryRunInputs(more), w);
  const local = await localPromotion(i, w.workspace);
  const session = await openSession(i, local, w);
  try {
    const req = await sessionRequest(i, local, session);
    const r = await promoteOn(req, checkRoute(req), { ...session.world, github }, w.clock);
    return { r, holds: r.gate?.holds.map((h) => h.message) ?? [] };
  } finally {
    await session.close();
  }
}
