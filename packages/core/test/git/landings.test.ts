import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { lastLandings } from '../../src/git/log.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import type { GitSpawner } from '../../src/git/spawn.ts';
import { GIT_ENV } from '../helpers.ts';
import { FastHistory } from '../fast-history.ts';

// lastLandings (issue 75): the last first-parent landing of each group of paths, for every group in one git log
// walk, on real repositories: the same commit `git log -1 --first-parent -- <group>` names (a merge by what it
// brought in, its merged side's message with it), ended once every group is seen, and two git processes at most.

let dir: string;
let clock = Date.UTC(2026, 9, 1) / 1000;
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: dir,
    env: { ...GIT_ENV, GIT_AUTHOR_DATE: `${clock} +0000`, GIT_COMMITTER_DATE: `${clock} +0000` },
    encoding: 'utf8',
  }).trim();
const commit = (message: string, files: Record<string, string> = {}) => {
  clock += 3600;
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  git('add', '-A');
  git('commit', '--quiet', '--allow-empty', '-m', message);
  return git('rev-parse', 'HEAD');
};

/** A spawner that records each git command (its subcommand and whether it streamed) and how many commits a walk handed on. */
function counted(): { spawner: GitSpawner; commands: string[]; commitsRead: () => number } {
  const base = gitSpawner(dir);
  const commands: string[] = [];
  let read = 0;
  const spawner: GitSpawner = Object.assign(
    (args: readonly string[]) => {
      commands.push(args.find((a) => a === 'log' || a === 'show' || a === 'rev-parse') ?? args[0]);
      return base(args);
    },
    {
      records: (args: readonly string[], onRecord: (r: Buffer) => void, signal?: AbortSignal) => {
        commands.push('log (streamed)');
        return base.records!(
          args,
          (r) => {
            if (r[r[0] === 0x0a ? 1 : 0] === 0x01) read++;
            onRecord(r);
          },
          signal,
        );
      },
    },
  );
  return { spawner, commands, commitsRead: () => read };
}

const ROLLBACK = [
  'promote prod: ref:v1.0.0',
  '',
  'Lockstep-Environment: prod',
  'Lockstep-From: ref:v1.0.0',
  'Lockstep-Rollback: true',
  'Lockstep-Generated: promote-env',
].join('\n');

let shas: Record<string, string>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-landings-'));
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', dir]);
  shas = {};
  shas.root = commit('root', {
    'envs/dev.yaml': 'a: 0\n',
    'envs/staging.yaml': 'a: 0\n',
    'envs/prod.yaml': 'a: 0\n',
    'apps/prod.yaml': 'app: 0\n',
    'src/a': '0\n',
  });
  // Thirty commits as `commit` makes them (same identity, an hour apart), written by one git fast-import; the work
  // tree then checked out at the tip.
  const old = new FastHistory(`${GIT_ENV.GIT_COMMITTER_NAME} <${GIT_ENV.GIT_COMMITTER_EMAIL}>`, clock + 3600, 3600);
  old.checkout('main', shas.root);
  for (let i = 1; i <= 30; i++) old.commit(`old ${i}`, { 'envs/dev.yaml': `a: old ${i}\n` });
  old.importInto(dir);
  clock += 30 * 3600;
  git('reset', '--quiet', '--hard');
  shas.staging = commit('promote staging (#3)\n\nLockstep-Environment: staging\nLockstep-Generated: promote-env', {
    'envs/staging.yaml': 'a: 1\n',
  });
  // prod's rollback lands by a merge: the merge's own message is GitHub's, its merged side's the record.
  git('checkout', '--quiet', '-b', 'promote/prod');
  shas.side = commit(ROLLBACK, { 'envs/prod.yaml': 'a: -1\n' });
  git('checkout', '--quiet', 'main');
  shas.src = commit('feat: code', { 'src/a': '1\n' });
  git('merge', '--quiet', '--no-ff', '-m', 'Merge pull request #7 from acme/promote/prod', 'promote/prod');
  shas.merge = git('rev-parse', 'HEAD');
  shas.dev = commit('promote dev', { 'envs/dev.yaml': 'a: 2\n', 'envs/README.md': 'x\n' });
  shas.app = commit('prod app', { 'apps/prod.yaml': 'app: 1\n' });
  shas.tip = commit('docs', { 'README.md': 'x\n' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What `git log -1 --first-parent -- <paths>` names: the per-group read lastLandings replaces. */
const oneByOne = (paths: string[]) => git('log', '-1', '--first-parent', '--format=%H', shas.tip, '--', ...paths) || undefined;

test('each group’s landing is the commit git log -1 --first-parent names; a merge carries its merged side’s message', async () => {
  const groups = [['envs/dev.yaml'], ['envs/staging.yaml'], ['envs/prod.yaml', 'apps/prod.yaml'], ['envs/prod.yaml']];
  const { spawner, commands } = counted();
  const landings = await lastLandings(spawner, shas.tip, groups);
  expect(landings.map((l) => l?.commit)).toEqual(groups.map(oneByOne));
  expect(landings.map((l) => l?.commit)).toEqual([shas.dev, shas.staging, shas.app, shas.merge]);
  const prod = landings[3]!;
  expect(prod.info.parents).toEqual([shas.src, shas.side]);
  expect(prod.info.message.split('\n')[0]).toBe('Merge pull request #7 from acme/promote/prod');
  expect(prod.info.trailers).toBe('');
  expect(prod.merged?.trailers).toBe(
    'Lockstep-Environment: prod\nLockstep-From: ref:v1.0.0\nLockstep-Rollback: true\nLockstep-Generated: promote-env\n',
  );
  expect(prod.merged?.message.startsWith('promote prod: ref:v1.0.0\n')).toBe(true);
  expect(landings[1]?.info.trailers).toBe('Lockstep-Environment: staging\nLockstep-Generated: promote-env\n');
  expect(landings[1]?.merged).toBeUndefined();
  // One walk for the four groups, then one read of the merged side.
  expect(commands).toEqual(['log (streamed)', 'log']);
});

test('the walk ends once every group is seen: the thirty older changes of dev are not read', async () => {
  const { spawner, commands, commitsRead } = counted();
  const landings = await lastLandings(spawner, shas.tip, [['envs/dev.yaml'], ['envs/staging.yaml']]);
  expect(landings.map((l) => l?.commit)).toEqual([shas.dev, shas.staging]);
  // Newest first under envs/: dev, the merge, staging (seen: the walk stops when the next commit begins).
  expect(commitsRead()).toBe(4);
  expect(commands).toEqual(['log (streamed)']);
});

test('a group no commit changed is undefined (the walk reads the whole history for it); a folder or ./ path names what is under it', async () => {
  const { spawner } = counted();
  const landings = await lastLandings(spawner, shas.tip, [['envs/qa.yaml'], ['./envs/staging.yaml'], ['apps/'], []]);
  expect(landings.map((l) => l?.commit)).toEqual([undefined, shas.staging, shas.app, undefined]);
});

test('a tip git cannot walk: every group undefined, as git log -1 read leniently', async () => {
  const { spawner } = counted();
  expect(await lastLandings(spawner, 'f'.repeat(40), [['envs/dev.yaml']])).toEqual([undefined]);
});

test('a glob (an environment of many apps) names each path it matches, as its apps are matched: * within one folder', async () => {
  const { spawner } = counted();
  const landings = await lastLandings(spawner, shas.tip, [['envs/*.yaml'], ['envs/p*.yaml'], ['*/prod.yaml'], ['*.yaml']]);
  // envs/README.md of dev's promotion is no match of envs/*.yaml; *.yaml matches no file in a folder.
  expect(landings.map((l) => l?.commit)).toEqual([shas.dev, shas.merge, shas.app, undefined]);
});
