// Bundles every action (actions/*/src/index.ts) with @vercel/ncc into its
// committed dist/, and the CLI (packages/cli/src/lockstep.ts) into
// packages/cli/dist/lockstep.js. `node scripts/bundle.mjs --out DIR` writes the
// bundles under DIR/<action>/ and DIR/cli/ instead, which the check-dist test
// compares with the committed ones. `npm run bundle -- bump-chart cli` builds only those.
// ncc runs without its cache: a warm ~/.cache/ncc shared by two checkouts can
// resolve @lockstep/core to the other checkout's sources.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledPackageDirs, packageLicenses, renderLicenses } from './licenses.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const outRoot = outIdx >= 0 ? args[outIdx + 1] : undefined;
const only = args.filter((a, i) => !a.startsWith('--') && (outIdx < 0 || i !== outIdx + 1));
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

const targets = readdirSync(join(root, 'actions'))
  .filter((a) => existsSync(join(root, 'actions', a, 'src', 'index.ts')))
  .map((a) => ({ name: a, entry: join('actions', a, 'src', 'index.ts'), dist: join(root, 'actions', a, 'dist'), file: 'index.js', label: `actions/${a}` }));
// The CLI's bundle is named for its command; the bin in packages/cli/package.json points at it.
targets.push({ name: 'cli', entry: join('packages', 'cli', 'src', 'lockstep.ts'), dist: join(root, 'packages', 'cli', 'dist'), file: 'lockstep.js', label: 'packages/cli' });
let failed = false;
for (const { name, entry, dist: committed, file, label } of targets.filter((t) => only.length === 0 || only.includes(t.name))) {
  const dist = outRoot ? join(outRoot, name) : committed;
  // Build beside the target and swap only on success: a failed build leaves the old dist in place.
  const next = `${dist}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  // licenses.txt is written from webpack's module list (stats), not ncc's --license: see scripts/licenses.mjs.
  const stats = `${next}.stats.json`;
  const r = spawnSync(process.execPath, [ncc, 'build', entry, '-o', next, '--target', 'es2022', '--quiet', '--no-cache', '--no-source-map-register', '--stats-out', stats], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    rmSync(stats, { force: true });
    console.error(`${label}: ncc failed; the previous dist is kept`);
    failed = true;
    continue;
  }
  writeFileSync(join(next, 'licenses.txt'), renderLicenses(packageLicenses(root, bundledPackageDirs(JSON.parse(readFileSync(stats, 'utf8'))))));
  rmSync(stats, { force: true });
  if (file !== 'index.js') renameSync(join(next, 'index.js'), join(next, file));
  // The bundle is ESM: this marks it so for Node wherever the folder is copied.
  writeFileSync(join(next, 'package.json'), '{\n  "type": "module"\n}\n');
  rmSync(dist, { recursive: true, force: true });
  renameSync(next, dist);
  if (!outRoot) console.log(`bundled ${label}/dist`);
}
process.exit(failed ? 1 : 0);
