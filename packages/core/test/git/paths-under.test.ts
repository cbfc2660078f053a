import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ObjectReader } from '../../src/git/cat-file.ts';
import { filesUnder } from '../../src/git/tree.ts';
import { GIT_ENV } from '../helpers.ts';

// The check lists a chart folder by its repository path (through the running cat-file: git/tree.ts filesUnder) and
// reads each file as `commit:path`: with git run in a folder below the top (working-directory: deploy), the listing
// must still be the repository's paths, on a real repository.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-paths-under-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' });
  git('init', '--quiet', '-b', 'main');
  for (const p of ['deploy/charts/api/Chart.yaml', 'deploy/charts/api/templates/cm.yaml', 'other/x.yaml']) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), 'a: 1\n');
  }
  git('add', '-A');
  git('commit', '--quiet', '-m', 'x');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  ['the top', ''],
  ['a folder below it', 'deploy'],
])('run from %s, a folder is listed by its repository paths', async (_name, cwd) => {
  const reader = new ObjectReader(join(dir, cwd), GIT_ENV);
  try {
    const paths = await filesUnder(reader, 'HEAD', 'deploy/charts/api');
    expect(paths).toEqual(['deploy/charts/api/Chart.yaml', 'deploy/charts/api/templates/cm.yaml']);
  } finally {
    reader.dispose();
  }
});
