import { execFileSync } from 'node:child_process';
import { GIT_ENV, GitFixture } from './git-fixture.ts';
import { digest, environmentValues } from './promote-fixture.ts';

// An eight-week delivery history a platform engineer would report on, as a
// real git repository with a bare origin: releases (tag and trailer), changes
// merged between them, and promotions through every environment in order
// (promote-env's message and trailers, pushed directly), with fixed dates.
// Week by week (ISO weeks, Monday start, 2026):
//
//   09-28  the history begins Wed 09-30 (the root commit); 1.1.0 reaches every environment
//   10-05  1.2.0 everywhere, then the fix release 1.2.1 everywhere (1.2.0 failed in each)
//   10-12  1.3.0 everywhere; the last environment rolls back to 1.2.1 (1.3.0 failed there)
//   10-19  freeze: a change merged, nothing released or promoted
//   10-26  1.4.0 everywhere
//   11-02  1.5.0 reaches the first environment only (the others skip it)
//   11-09  1.6.0 everywhere, then the fix release 1.6.1 everywhere
//   11-16  1.7.0 everywhere but the last environment, which stays behind on 1.6.1
//
// Everything happens by Wednesday 11-18, so a window to 11-18 ends in a partial week.

/** `environments` names for a platform of `n` (3 or 10). */
export function environmentNames(n: 3 | 10): string[] {
  return n === 3
    ? ['dev', 'staging', 'prod']
    : ['dev', 'qa', 'int', 'staging', 'perf', 'canary', 'prod-eu', 'prod-us', 'prod-ap', 'prod-sa'];
}

/** Unix seconds of `2026-MM-DD HH:00 UTC`. */
export const utc = (month: number, day: number, hour: number) => Date.UTC(2026, month - 1, day, hour) / 1000;

/** The history built, and what a test needs to know of it. */
export interface DeliveryHistory {
  fx: GitFixture;
  environments: string[];
}

/** An environment's values file in these histories. */
export const valuesFile = (env: string) => `charts/myapp/values-${env}.yaml`;

/**
 * A fresh fixture whose commits are dated `at` (author and committer, Unix seconds): `git` runs a command there,
 * `commit` writes files and commits them (its sha), `pin` is an environment's values file pinning `version`.
 */
export function datedFixture() {
  const fx = GitFixture.create();
  const git = (at: number, args: string[]) =>
    execFileSync('git', args, {
      cwd: fx.dir,
      env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: `${at} +0000`, GIT_COMMITTER_DATE: `${at} +0000` },
      encoding: 'utf8',
    }).trim();
  const commit = (at: number, message: string, files: Record<string, string> = {}) => {
    fx.write(files);
    git(at, ['add', '-A']);
    git(at, ['commit', '--quiet', '--allow-empty', '-m', message]);
    return git(at, ['rev-parse', 'HEAD']);
  };
  const pin = (env: string, version: string) => ({
    [valuesFile(env)]: environmentValues(env, [version, digest(version.replace(/\./g, '').slice(-1))], [version, digest('f')]),
  });
  return { fx, git, commit, pin };
}

/** Builds the history for `environments` (in promotion order) and pushes it to origin. */
export function buildDeliveryHistory(environments: string[]): DeliveryHistory {
  const { fx, git, commit, pin } = datedFixture();
  const config = [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
    '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
    'environments:',
    ...environments.map((e) => `  - { name: ${e}, values: ${valuesFile(e)} }`),
    '',
  ].join('\n');
  commit(utc(9, 30, 9), 'chore: initial commit', {
    '.github/lockstep.yml': config,
    '.version': '1.0.0\n',
    ...Object.assign({}, ...environments.map((e) => pin(e, '1.0.0'))),
  });
  let n = 0;
  const change = (at: number, what: string) => commit(at, `feat(api): ${what}`, { [`services/api/${++n}.py`]: `${what}\n` });
  const release = (at: number, version: string) => {
    commit(at, `chore(release): ${version}\n\nLockstep-Release: v${version}\nLockstep-Generated: prepare-release`, {
      '.version': `${version}\n`,
    });
    git(at, ['tag', `v${version}`]);
  };
  const current = new Map(environments.map((e) => [e, '1.0.0']));
  /** Promotes `version` into `env` at `at` (as promote-env's direct push writes it). */
  const promote = (at: number, env: string, from: string, version: string, rollback = false) => {
    const message = [
      `promote: ${from} → ${env} (api, worker)`,
      '',
      `- api: ${current.get(env)} → ${version}`,
      `- worker: ${current.get(env)} → ${version}`,
      '',
      `Lockstep-Environment: ${env}`,
      `Lockstep-From: ${from}`,
      ...(rollback ? ['Lockstep-Rollback: true'] : []),
      `Lockstep-Service: api ${version} ${digest(version.replace(/\./g, '').slice(-1))}`,
      `Lockstep-Service: worker ${version} ${digest('f')}`,
      'Lockstep-Generated: promote-env',
    ].join('\n');
    commit(at, message, pin(env, version));
    current.set(env, version);
  };
  /** `version` through the first `count` environments, an hour apart from `at`. */
  const wave = (at: number, version: string, count = environments.length) =>
    environments
      .slice(0, count)
      .forEach((env, k) => promote(at + k * 3600, env, k === 0 ? `version ${version}` : environments[k - 1], version));

  change(utc(9, 30, 10), 'export');
  release(utc(10, 1, 9), '1.1.0');
  wave(utc(10, 1, 10), '1.1.0');

  change(utc(10, 5, 9), 'search');
  release(utc(10, 6, 9), '1.2.0');
  wave(utc(10, 6, 10), '1.2.0');
  commit(utc(10, 7, 8), 'fix(api): crash on empty query', { 'services/api/search-fix.py': 'fix\n' });
  release(utc(10, 7, 9), '1.2.1');
  wave(utc(10, 7, 10), '1.2.1');

  change(utc(10, 12, 9), 'filters');
  release(utc(10, 13, 9), '1.3.0');
  wave(utc(10, 14, 8), '1.3.0');
  const last = environments.at(-1)!;
  promote(utc(10, 15, 16), last, 'ref:v1.2.1', '1.2.1', true);

  change(utc(10, 20, 9), 'paging');

  release(utc(10, 27, 9), '1.4.0');
  wave(utc(10, 28, 8), '1.4.0');

  change(utc(11, 2, 9), 'export v2');
  release(utc(11, 3, 9), '1.5.0');
  wave(utc(11, 3, 10), '1.5.0', 1);

  change(utc(11, 9, 9), 'bulk');
  release(utc(11, 10, 9), '1.6.0');
  wave(utc(11, 11, 8), '1.6.0');
  commit(utc(11, 12, 8), 'fix(api): bulk limit', { 'services/api/bulk-fix.py': 'fix\n' });
  release(utc(11, 12, 9), '1.6.1');
  wave(utc(11, 12, 10), '1.6.1');

  change(utc(11, 16, 9), 'audit log');
  release(utc(11, 17, 8), '1.7.0');
  wave(utc(11, 17, 9), '1.7.0', environments.length - 1);

  fx.git('push', '--quiet', '--tags', 'origin', 'main');
  return { fx, environments };
}
