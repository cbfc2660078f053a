import { outcomeOf, timedByDeployments, type SeenDeployment } from '../../src/records/deployments.ts';
import type { Landing } from '../../src/records/history.ts';

const landing = (commit: string, environment: string, at: number): Landing => ({
  commit,
  index: 0,
  at,
  environment,
  services: [{ name: 'api', tag: '1.0.0' }],
  rollback: false,
  inferred: false,
  source: 'git',
});
const dep = (id: number, sha: string, environment: string, statuses: [string, number][]): SeenDeployment => ({
  id,
  sha,
  environment,
  statuses: statuses.map(([state, at]) => ({ state, at })),
});

describe('landings timed by GitHub Deployments', () => {
  test.each([
    [
      [
        ['in_progress', 10],
        ['success', 20],
        ['inactive', 90],
      ],
      { state: 'success', at: 20 },
    ],
    [
      [
        ['success', 40],
        ['success', 30],
      ],
      { state: 'success', at: 30 },
    ],
    [
      [
        ['in_progress', 10],
        ['error', 15],
      ],
      { state: 'failure' },
    ],
    [
      [
        ['failure', 15],
        ['success', 25],
      ],
      { state: 'success', at: 25 },
    ],
    [[['inactive', 50]], { state: 'inactive' }],
    [
      [
        ['queued', 5],
        ['in_progress', 6],
      ],
      { state: 'pending' },
    ],
    [[], { state: 'pending' }],
  ] as [[string, number][], unknown][])('statuses %j → %j', (statuses, expected) => {
    expect(outcomeOf(dep(1, 'a', 'prod', statuses))).toEqual(expected);
  });

  test('a rerun that succeeded wins over the failed attempt; another environment and another commit change nothing', () => {
    const out = timedByDeployments(
      [landing('a', 'prod', 100), landing('b', 'prod', 200), landing('a', 'dev', 50)],
      [
        dep(7, 'a', 'prod', [['failure', 110]]),
        dep(8, 'a', 'prod', [['success', 130]]),
        dep(9, 'b', 'dev', [['success', 210]]),
        dep(10, 'c', 'prod', [['success', 300]]),
      ],
    );
    expect(out.map((l) => [l.commit, l.environment, l.at, l.source, l.deployment ?? null])).toEqual([
      ['a', 'prod', 130, 'deployment', { id: 8, state: 'success' }],
      ['b', 'prod', 200, 'git', null],
      ['a', 'dev', 50, 'git', null],
    ]);
  });

  test('of two successful deployments of one landing, the earlier success times it', () => {
    const [l] = timedByDeployments(
      [landing('a', 'prod', 100)],
      [dep(3, 'a', 'prod', [['success', 180]]), dep(4, 'a', 'prod', [['success', 150]])],
    );
    expect([l.at, l.deployment]).toEqual([150, { id: 4, state: 'success' }]);
  });
});
