// committedView on real repositories: what the release plans from (HEAD's committed files), read once per path.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitSpawner } from '../../src/git/objects.ts';
import { committedView } from '../../src/release/committed.ts';
import { GIT_ENV, runGit, userError } from '../helpers.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A repository with two package files committed; HEAD's sha. */
function repo(): { dir: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-committed-'));
  dirs.push(dir);
  runGit(dir, 'init', '-q', '-b', 'main');
  mkdirSync(join(dir, 'libs', 'a'), { recursive: true });
  mkdirSync(join(dir, 'libs', 'b'), { recursive: true });
  writeFileSync(join(dir, 'libs', 'a', 'pyproject.toml'), '[project]\nversion = "1.0.0"\n');
  writeFileSync(join(dir, 'libs', 'b', 'pyproject.toml'), '[project]\nversion = "2.0.0"\n');
  runGit(dir, 'add', '.');
  runGit(dir, 'commit', '-qm', 'chore: init');
  return { dir, head: runGit(dir, 'rev-parse', 'HEAD') };
}

describe('committedView', () => {
  test("HEAD's text of an uncommitted file, the work tree's of a clean one; the uncommitted ones read are said", async () => {
    const { dir, head } = repo();
    writeFileSync(join(dir, 'libs', 'b', 'pyproject.toml'), '[project]\nversion = "9.9.9"\n');
    writeFileSync(join(dir, 'new.toml'), 'x = 1\n');
    const view = await committedView(gitSpawner(dir, GIT_ENV), dir, head, '', GIT_ENV);
    expect(view.read('libs/a/pyproject.toml')).toBe('[project]\nversion = "1.0.0"\n');
    expect(view.read('libs/b/pyproject.toml')).toBe('[project]\nversion = "2.0.0"\n');
    expect(view.read('new.toml')).toBeUndefined();
    expect(view.read('absent.toml')).toBeUndefined();
    expect(view.ignored()).toEqual(['libs/b/pyproject.toml', 'new.toml']);
    expect(view.dirtyUnder('libs')).toEqual(['libs/b/pyproject.toml']);
  });

  test('each path is read once: a later read gives the first text, even when the file has changed since', async () => {
    const { dir, head } = repo();
    const view = await committedView(gitSpawner(dir, GIT_ENV), dir, head, '', GIT_ENV);
    expect(view.read('libs/a/pyproject.toml')).toBe('[project]\nversion = "1.0.0"\n');
    expect(view.read('later.toml')).toBeUndefined();
    writeFileSync(join(dir, 'libs', 'a', 'pyproject.toml'), 'changed\n');
    writeFileSync(join(dir, 'later.toml'), 'y = 2\n');
    expect(view.read('libs/a/pyproject.toml')).toBe('[project]\nversion = "1.0.0"\n');
    expect(view.read('later.toml')).toBeUndefined();
    // The edits' file system reads the work tree as it is now.
    expect(view.fs.readFile(join(dir, 'libs', 'a', 'pyproject.toml'))).toBe('changed\n');
  });

  test('a path through a symbolic link or outside the working directory is an error, every time it is read', async () => {
    const { dir, head } = repo();
    symlinkSync(join(dir, 'libs', 'a'), join(dir, 'linked'));
    const view = await committedView(gitSpawner(dir, GIT_ENV), dir, head, '', GIT_ENV);
    for (let i = 0; i < 2; i++) {
      expect(userError(() => view.read('linked/pyproject.toml')).message).toBe(
        'linked/pyproject.toml: linked/pyproject.toml passes through a symbolic link (linked)',
      );
      expect(userError(() => view.read('../x.toml')).message).toBe('../x.toml: ../x.toml is outside the workspace');
    }
    unlinkSync(join(dir, 'linked'));
  });
});
