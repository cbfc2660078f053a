import type { GitFixture } from './git-fixture.ts';
import { digest } from './promote-fixture.ts';
import { datedFixture, utc, valuesFile } from './delivery-history.ts';

// A team that ships a patch release every Monday, each carrying the week's
// `fix:` commits, and rolled back once: a real git repository with a bare
// origin, releases (tag and trailer) and promotions (promote-env's message
// and trailers, pushed directly) into dev then prod, with fixed dates (2026).
//
//   Fri 09-25  the first commit (1.9.0 pinned everywhere)
//   Mon 09-28  2.0.0 released 09:00, dev 10:00, prod 14:00
//   Mon 10-05 … Mon 11-09  2.0.1 … 2.0.6, one a week: the week before's five fix:
//                          commits (Tue to Sat, 11:00), released Monday 09:00, dev 10:00, prod 14:00
//   Mon 10-26  prod rolls back from 2.0.4 to 2.0.3 at 18:00: the one real failure
//
// With `mark`, the fix commit of Thu 11-12 ends in `Lockstep-Fixes: 2.0.6` and
// 2.0.7 is released Mon 11-16 and promoted the same way: a week after 2.0.6,
// marked as its repair.

/** The history built, and the promotions' commits by `<env> <version>` (`prod rollback` for the rollback). */
export interface PatchHistory {
  fx: GitFixture;
  landings: Map<string, string>;
}

/** Builds the history and pushes it to origin. */
export function buildPatchHistory(options: { mark?: boolean } = {}): PatchHistory {
  const { fx, git, commit, pin } = datedFixture();
  const environments = ['dev', 'prod'];
  const config = [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
    'environments:',
    ...environments.map((e) => `  - { name: ${e}, values: ${valuesFile(e)} }`),
    '',
  ].join('\n');
  commit(utc(9, 25, 9), 'chore: initial commit', {
    '.github/lockstep.yml': config,
    '.version': '1.9.0\n',
    ...Object.assign({}, ...environments.map((e) => pin(e, '1.9.0'))),
  });
  const landings = new Map<string, string>();
  let n = 0;
  const fix = (at: number, message: string) => commit(at, message, { [`services/api/fix-${++n}.py`]: `${n}\n` });
  const release = (at: number, version: string) => {
    commit(at, `chore(release): ${version}\n\nLockstep-Release: v${version}\nLockstep-Generated: prepare-release`, {
      '.version': `${version}\n`,
    });
    git(at, ['tag', `v${version}`]);
  };
  const promote = (at: number, env: string, from: string, version: string, rollback = false) => {
    const message = [
      `promote: ${from} → ${env} (api)`,
      '',
      `Lockstep-Environment: ${env}`,
      `Lockstep-From: ${from}`,
      ...(rollback ? ['Lockstep-Rollback: true'] : []),
      `Lockstep-Service: api ${version} ${digest(version.replace(/\./g, '').slice(-1))}`,
      'Lockstep-Generated: promote-env',
    ].join('\n');
    landings.set(rollback ? `${env} rollback` : `${env} ${version}`, commit(at, message, pin(env, version)));
  };
  /** Monday `day` of `month`: the release of `version`, then dev and prod. */
  const ship = (month: number, day: number, version: string) => {
    release(utc(month, day, 9), version);
    promote(utc(month, day, 10), 'dev', `version ${version}`, version);
    promote(utc(month, day, 14), 'prod', 'dev', version);
  };
  /** The week's fix: commits, Tuesday to Saturday after Monday `day` of `month`, one a day at 11:00. */
  const week = (month: number, day: number, last?: string) => {
    for (let k = 1; k <= 5; k++) {
      const at = Date.UTC(2026, month - 1, day + k, 11) / 1000;
      fix(at, `fix(api): small thing ${n + 1}${k === 3 && last ? `\n\nLockstep-Fixes: ${last}` : ''}`);
    }
  };
  ship(9, 28, '2.0.0');
  const mondays: [number, number][] = [
    [10, 5],
    [10, 12],
    [10, 19],
    [10, 26],
    [11, 2],
    [11, 9],
  ];
  // The week before each Monday's release: Tue 09-29 … Sat 10-03 before 2.0.1, and so on.
  mondays.forEach(([month, day], k) => {
    week(month, day - 7);
    ship(month, day, `2.0.${k + 1}`);
    if (k === 3) promote(utc(10, 26, 18), 'prod', 'ref:v2.0.3', '2.0.3', true);
  });
  if (options.mark) {
    week(11, 9, '2.0.6');
    ship(11, 16, '2.0.7');
  }
  fx.git('push', '--quiet', '--tags', 'origin', 'main');
  return { fx, landings };
}
