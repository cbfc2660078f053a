import { execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GitFixture } from '../harness/git-fixture.ts';
import { node24, repoRoot } from '../harness/run-action.ts';

// `npm install -g ./packages/cli` (issue 10): the package installs with no registry (the bundle has no
// dependencies), its bin is the bundle with its shebang, and the installed `lockstep` runs from any
// folder. Installed twice: from the folder (npm links it) and from `npm pack`'s tarball (a copy, so
// package.json's `files` and `bin` are what make it work, not the checkout around it).

const cli = join(repoRoot, 'packages', 'cli');
const version = (JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8')) as { version: string }).version;
const fixtures: GitFixture[] = [];
const temps: string[] = [];
afterAll(() => {
  fixtures.forEach((f) => f.cleanup());
  temps.forEach((t) => rmSync(t, { recursive: true, force: true }));
});

function temp(): string {
  const t = mkdtempSync(join(tmpdir(), 'lockstep-install-'));
  temps.push(t);
  return t;
}

/** npm with a private cache and no registry: anything it would have to download fails the test. */
function npm(args: string[], cwd: string, cache: string): string {
  const r = spawnSync(
    'npm',
    [...args, '--offline', '--cache', cache, '--no-audit', '--no-fund', '--loglevel=error', '--engine-strict=false'],
    { cwd, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** Runs the installed `lockstep` as a shell would: through its bin link and shebang, Node 24 first on PATH. */
async function lockstep(prefix: string, args: string[], cwd: string) {
  const PATH = `${dirname(await node24())}:${process.env.PATH ?? '/usr/bin:/bin'}`;
  return spawnSync(join(prefix, 'bin', 'lockstep'), args, { cwd, encoding: 'utf8', env: { PATH, HOME: cwd, LANG: 'C.UTF-8' } });
}

describe('npm install -g ./packages/cli', () => {
  const repo = GitFixture.create({
    '.github/lockstep.yml': 'tag-prefix: release-\nservices:\n  api: { image: ghcr.io/acme/api }\n',
    'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
  });
  fixtures.push(repo);

  test.each([
    ['the folder', (prefix: string, cache: string) => npm(['install', '-g', '--prefix', prefix, cli], repoRoot, cache)],
    [
      "npm pack's tarball",
      (prefix: string, cache: string) => {
        const packed = JSON.parse(npm(['pack', cli, '--pack-destination', cache, '--json'], repoRoot, cache)) as {
          filename: string;
          files: { path: string }[];
        }[];
        // Only the bundle and the schemas' validators it loads (packages/cli/schemas) ship: no sources, tests or node_modules.
        const paths = packed[0].files.map((f) => f.path);
        expect(paths.filter((p) => !p.startsWith('dist/') && !p.startsWith('schemas/') && p !== 'package.json')).toEqual([]);
        expect(paths).toEqual(expect.arrayContaining(['dist/lockstep.js', 'schemas/index.js']));
        npm(['install', '-g', '--prefix', prefix, join(cache, packed[0].filename)], cache, cache);
      },
    ],
  ])('from %s: `lockstep --version` and `lockstep config` run from the bin link, offline', async (_from, install) => {
    const prefix = temp();
    install(prefix, temp());
    expect(lstatSync(join(prefix, 'bin', 'lockstep')).isSymbolicLink()).toBe(true);
    // Nothing but the package itself was installed: the bundle needs no dependency.
    expect(readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual(['@lockstep']);
    expect(readdirSync(join(prefix, 'lib', 'node_modules', '@lockstep'))).toEqual(['cli']);

    const v = await lockstep(prefix, ['--version'], repo.dir);
    expect({ code: v.status, out: v.stdout, err: v.stderr }).toEqual({ code: 0, out: `${version}\n`, err: '' });

    const config = await lockstep(prefix, ['config'], repo.dir);
    expect({ code: config.status, err: config.stderr }).toEqual({ code: 0, err: '' });
    expect(config.stdout).toContain('# effective configuration: .github/lockstep.yml with defaults filled in\n');
    expect(config.stdout).toContain('tag-prefix: release- # .github/lockstep.yml:1\n');
    // The schemas' validators the bundle loads at run time are in the installed package, and load there alone.
    const schemas = join(prefix, 'lib', 'node_modules', '@lockstep', 'cli', 'schemas', 'index.js');
    const probe = spawnSync(
      await node24(),
      [
        '--no-deprecation',
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(pathToFileURL(schemas).href)}); const d = await m.KUBE_KINDS.get('apps/v1/Deployment')(); console.log(m.KUBE_KINDS.size, Object.keys(d).includes('Deployment'));`,
      ],
      { encoding: 'utf8' },
    );
    expect({ out: probe.stdout, err: probe.stderr }).toEqual({ out: '235 true\n', err: '' });
    // The repository it ran in is untouched.
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: repo.dir, encoding: 'utf8' })).toBe('');
  });
});
