import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ObjectReader } from '../../src/git/cat-file.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import type { GitSpawner } from '../../src/git/spawn.ts';
import { takerSearch } from '../../src/operations/check/queue.ts';
import { GIT_ENV } from '../helpers.ts';

// Issue 76: naming who took a chart's version walked the Chart.yaml's whole first-parent history (a 5,000-commit
// log read to its end for one refusal) and ran two more git processes per refused chart. The walk now stops at its
// answer and never goes below the pull request's fork point: on a history of 5,000 commits that each changed the
// chart file, a refusal whose answer is a few commits from the tip reads those few, in one git process for every
// chart the run refuses.

const HISTORY = 5000;
const chart = (version: string, n: number) => `apiVersion: v2\nname: shop\nversion: ${version}\ndescription: edit ${n}\n`;

let dir: string;
let reader: ObjectReader;
const marks: string[] = [];
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8', maxBuffer: 1 << 26 }).trim();

/** A spawner that records each git process it starts and how many commits (ids) its output handed on. */
function counted(cwd = dir): { spawner: GitSpawner; processes: string[]; commits: () => number } {
  const base = gitSpawner(cwd);
  const processes: string[] = [];
  let commits = 0;
  const spawner: GitSpawner = Object.assign(
    (args: readonly string[]) => {
      processes.push(args.join(' '));
      return base(args).then((r) => {
        commits += (r.stdout.toString('latin1').match(/^[0-9a-f]{40}\b/gm) ?? []).length;
        return r;
      });
    },
    {
      records: (args: readonly string[], onRecord: (r: Buffer) => void, signal?: AbortSignal) => {
        processes.push(args.join(' '));
        return base.records!(
          args,
          (r) => {
            if (/^\n?\x01?[0-9a-f]{40}$/.test(r.toString('latin1'))) commits++;
            onRecord(r);
          },
          signal,
        );
      },
    },
  );
  return { spawner, processes, commits: () => commits };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-taken-by-'));
  git('init', '--quiet', '--initial-branch=main');
  // main: 5,000 commits at shop 1.0.0, each editing its description (the fork point is the last); then #41 takes
  // 1.1.0 and three more commits edit the description at 1.1.0, the first of them with #42 adding chart cart at 2.0.0.
  const stream: string[] = [];
  let time = 1_767_225_600;
  const add = (subject: string, text: string, n: number, more: Record<string, string> = {}) => {
    time += 60;
    stream.push('commit refs/heads/main', `mark :${n}`, `committer d <d@e> ${time} +0000`);
    stream.push(`data ${Buffer.byteLength(subject)}`, subject);
    if (n > 1) stream.push(`from :${n - 1}`);
    for (const [path, body] of Object.entries({ 'charts/shop/Chart.yaml': text, ...more }))
      stream.push(`M 100644 inline ${path}`, `data ${Buffer.byteLength(body)}`, body);
  };
  for (let n = 1; n <= HISTORY; n++) add(`docs(shop): edit ${n}`, chart('1.0.0', n), n);
  add('feat(shop): a new page (#41)', chart('1.1.0', HISTORY + 1), HISTORY + 1);
  add('feat(cart): a new chart (#42)', chart('1.1.0', HISTORY + 2), HISTORY + 2, {
    'charts/cart/Chart.yaml': 'apiVersion: v2\nname: cart\nversion: 2.0.0\n',
  });
  for (let n = HISTORY + 3; n <= HISTORY + 4; n++) add(`docs(shop): edit ${n}`, chart('1.1.0', n), n);
  execFileSync('git', ['fast-import', '--quiet', `--export-marks=${join(dir, '.git', 'marks')}`], {
    cwd: dir,
    env: GIT_ENV,
    input: `${stream.join('\n')}\n`,
  });
  const byMark = new Map(
    execFileSync('cat', [join(dir, '.git', 'marks')], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => l.split(' ') as [string, string]),
  );
  for (let n = 1; n <= HISTORY + 4; n++) marks[n] = byMark.get(`:${n}`)!;
  reader = new ObjectReader(dir);
}, 60_000);

afterAll(() => {
  reader.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('takerSearch walks no further than its answer (issue 76)', () => {
  test('1.1.0 taken by #41 three commits below the tip: one git process, four commits read of 5,004', async () => {
    const { spawner, processes, commits } = counted();
    const tip = marks[HISTORY + 4];
    const forkPoint = marks[HISTORY];
    const taker = await takerSearch(spawner, reader, [tip, forkPoint], forkPoint).takenBy('charts/shop/Chart.yaml', '1.1.0');
    expect(taker).toBe(`#41 (commit ${marks[HISTORY + 1].slice(0, 12)})`);
    expect(processes).toHaveLength(1);
    expect(processes[0]).toMatch(/ log /);
    // The four commits after the fork point, no more.
    expect(commits()).toBe(4);
  });

  test('a version the fork point already held: no git process at all', async () => {
    const { spawner, processes } = counted();
    const forkPoint = marks[HISTORY];
    expect(await takerSearch(spawner, reader, [forkPoint], forkPoint).takenBy('charts/shop/Chart.yaml', '1.0.0')).toBeUndefined();
    expect(processes).toEqual([]);
  });

  test('a version set below the fork point and held since: the walk ends at the fork point, nothing named', async () => {
    const { spawner, processes, commits } = counted();
    const start = marks[HISTORY];
    const forkPoint = marks[HISTORY - 3];
    expect(await takerSearch(spawner, reader, [start], forkPoint).takenBy('charts/shop/Chart.yaml', '1.0.0')).toBeUndefined();
    expect(processes).toHaveLength(1);
    expect(commits()).toBe(3);
  });

  test('in a merge queue (no fork point) the answer is still named from the tip', async () => {
    const { spawner, processes } = counted();
    const taker = await takerSearch(spawner, reader, [marks[HISTORY + 4]]).takenBy('charts/shop/Chart.yaml', '1.1.0');
    expect(taker).toBe(`#41 (commit ${marks[HISTORY + 1].slice(0, 12)})`);
    expect(processes).toHaveLength(1);
  });

  test('two charts refused in one run: one git process for both, the four commits after the fork point read once', async () => {
    const { spawner, processes, commits } = counted();
    const tip = marks[HISTORY + 4];
    const forkPoint = marks[HISTORY];
    const search = takerSearch(spawner, reader, [tip], forkPoint);
    const takers = await Promise.all([
      search.takenBy('charts/shop/Chart.yaml', '1.1.0'),
      search.takenBy('charts/cart/Chart.yaml', '2.0.0'),
    ]);
    expect(takers).toEqual([`#41 (commit ${marks[HISTORY + 1].slice(0, 12)})`, `#42 (commit ${marks[HISTORY + 2].slice(0, 12)})`]);
    expect(processes).toHaveLength(1);
    expect(commits()).toBe(4);
  });

  test('from a working directory in a subfolder (git run there), both walks still name the taker', async () => {
    const tip = marks[HISTORY + 4];
    git('checkout', '--quiet', 'main');
    mkdirSync(join(dir, 'charts'), { recursive: true });
    const shared = counted(join(dir, 'charts'));
    expect(await takerSearch(shared.spawner, reader, [tip], marks[HISTORY]).takenBy('charts/cart/Chart.yaml', '2.0.0')).toBe(
      `#42 (commit ${marks[HISTORY + 2].slice(0, 12)})`,
    );
    const own = counted(join(dir, 'charts'));
    expect(await takerSearch(own.spawner, reader, [tip]).takenBy('charts/cart/Chart.yaml', '2.0.0')).toBe(
      `#42 (commit ${marks[HISTORY + 2].slice(0, 12)})`,
    );
  });
});
