import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { repoRoot } from '../harness/run-action.ts';

/** Every file under `dir`, as POSIX paths relative to it (none when it does not exist: drift then lists them all as missing). */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Actions that have source to bundle (stubs without src/index.ts are skipped, as scripts/bundle.mjs skips them). */
function bundledActions(): string[] {
  const dir = join(repoRoot, 'actions');
  return readdirSync(dir)
    .filter((a) => existsSync(join(dir, a, 'src', 'index.ts')))
    .sort();
}

/** Where a bundle is committed: actions/<name>/dist, packages/cli/dist for the CLI (bundled under `cli`), packages/cli/schemas for the schemas every bundle loads. */
function committedDist(name: string): { dir: string; label: string; build: string } {
  if (name === 'cli') return { dir: join(repoRoot, 'packages', 'cli', 'dist'), label: 'packages/cli/dist', build: 'cli' };
  if (name === 'schemas') return { dir: join(repoRoot, 'packages', 'cli', 'schemas'), label: 'packages/cli/schemas', build: 'schemas' };
  return { dir: join(repoRoot, 'actions', name, 'dist'), label: `actions/${name}/dist`, build: name };
}

/**
 * Compares a fresh bundle of every action (and the CLI) with its committed dist/.
 * Returns one line per bundle that differs; empty when all match.
 */
function distDrift(freshRoot: string, actions: string[]): string[] {
  const problems: string[] = [];
  for (const name of actions) {
    const { dir: committed, label, build } = committedDist(name);
    const fresh = join(freshRoot, name);
    const a = listFiles(committed);
    const b = listFiles(fresh);
    const missing = b.filter((f) => !a.includes(f));
    const extra = a.filter((f) => !b.includes(f));
    const changed = b.filter((f) => a.includes(f) && !readFileSync(join(committed, f)).equals(readFileSync(join(fresh, f))));
    const parts = [
      missing.length ? `missing ${missing.join(', ')}` : '',
      extra.length ? `extra ${extra.join(', ')}` : '',
      changed.length ? `differs ${changed.join(', ')}` : '',
    ].filter(Boolean);
    if (parts.length)
      problems.push(`${label} is not the bundle of its source (${parts.join('; ')}) — run \`npm run bundle -- ${build}\` and commit dist/`);
  }
  return problems;
}

describe('check-dist', () => {
  test('every committed actions/<name>/dist and packages/cli/dist equals a fresh bundle of its source', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'lockstep-check-dist-'));
    const out = join(tmp, 'out');
    // Listed before bundling: the bundler sees at least these (actions may appear while it runs).
    const actions = [...bundledActions(), 'cli', 'schemas'];
    // Never vacuous: the actions that have shipped so far are all bundled and compared.
    expect(actions).toEqual(expect.arrayContaining(['bump-chart', 'capture-digests', 'chart-bump-check']));
    try {
      // A fresh HOME gives ncc an empty cache (~/.cache/ncc): a warm cache shared across
      // checkouts has served stale module resolutions, and check-dist means a clean rebuild.
      const home = join(tmp, '.home');
      const env = { ...process.env, HOME: home, XDG_CACHE_HOME: join(home, '.cache') };
      const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'bundle.mjs'), '--out', out], {
        cwd: repoRoot,
        env,
        encoding: 'utf8',
        // Nine bundles, one webpack process each, compiled without a second type-check: ~1.5 min beside other work on 2 cores.
        timeout: 600_000,
      });
      expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr.slice(-3000) }).toEqual({ status: 0, stderr: '' });
      // Every action with source got a bundle (index.js), the CLI its lockstep.js, so the comparison below is not vacuous.
      for (const name of actions) expect(statSync(join(out, name, name === 'cli' ? 'lockstep.js' : 'index.js')).size).toBeGreaterThan(0);
      expect(distDrift(out, actions)).toEqual([]);

      // The comparison catches drift: a changed, a missing and an extra file each name the action.
      const [first] = actions;
      writeFileSync(join(out, first, 'index.js'), readFileSync(join(out, first, 'index.js'), 'utf8') + '\n// drift\n');
      writeFileSync(join(out, first, 'new-chunk.js'), '');
      rmSync(join(out, first, 'package.json'));
      expect(distDrift(out, actions)).toEqual([
        `actions/${first}/dist is not the bundle of its source (missing new-chunk.js; extra package.json; differs index.js) — run \`npm run bundle -- ${first}\` and commit dist/`,
      ]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 660_000);
});
