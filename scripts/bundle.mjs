// Bundles every action (actions/*/src/index.ts) with @vercel/ncc into its
// committed dist/. `node scripts/bundle.mjs --out DIR` writes the bundles under
// DIR/<action>/ instead, which the check-dist test compares with the committed ones.
// ncc runs without its cache: a warm ~/.cache/ncc shared by two checkouts can
// resolve @lockstep/core to the other checkout's sources.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const outRoot = outIdx >= 0 ? args[outIdx + 1] : undefined;
const only = args.filter((a, i) => !a.startsWith('--') && (outIdx < 0 || i !== outIdx + 1));
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

const actions = readdirSync(join(root, 'actions')).filter(
  (a) => existsSync(join(root, 'actions', a, 'src', 'index.ts')) && (only.length === 0 || only.includes(a)),
);
let failed = false;
for (const name of actions) {
  const dist = outRoot ? join(outRoot, name) : join(root, 'actions', name, 'dist');
  // Build beside the target and swap only on success: a failed build leaves the old dist in place.
  const next = `${dist}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  const r = spawnSync(process.execPath, [ncc, 'build', join('actions', name, 'src', 'index.ts'), '-o', next, '--target', 'es2022', '--quiet', '--no-cache', '--no-source-map-register', '--license', 'licenses.txt'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    console.error(`actions/${name}: ncc failed; the previous dist is kept`);
    failed = true;
    continue;
  }
  // The bundle is ESM: this marks it so for Node wherever the folder is copied.
  writeFileSync(join(next, 'package.json'), '{\n  "type": "module"\n}\n');
  rmSync(dist, { recursive: true, force: true });
  renameSync(next, dist);
  if (!outRoot) console.log(`bundled actions/${name}/dist`);
}
process.exit(failed ? 1 : 0);
