// Bundles every action (actions/*/src/index.ts) with @vercel/ncc into its
// committed dist/, and the CLI (packages/cli/src/lockstep.ts) into
// packages/cli/dist/lockstep.js. `node scripts/bundle.mjs --out DIR` writes the
// bundles under DIR/<action>/ and DIR/cli/ instead, which the check-dist test
// compares with the committed ones. `npm run bundle -- bump-chart cli` builds only those.
// ncc runs without its cache: a warm ~/.cache/ncc shared by two checkouts can
// resolve @lockstep/core to the other checkout's sources.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { bundledPackageDirs, packageLicenses, renderLicenses } from './licenses.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const outRoot = outIdx >= 0 ? args[outIdx + 1] : undefined;
const only = args.filter((a, i) => !a.startsWith('--') && (outIdx < 0 || i !== outIdx + 1));
// ncc's API, called as its CLI calls it (`ncc build ENTRY -o DIR --target es2022 --quiet --no-cache
// --no-source-map-register --transpile-only`), so that the stats of the build are at hand for licenses.txt.
// --transpile-only: each file is compiled on its own (tsconfig's isolatedModules makes that exact), not
// type-checked again with the whole project once per bundle — `npm run typecheck` (run first by `npm test`)
// checks the types; those checks were three quarters of a bundle's time. TypeScript's single-file compile
// wants the two settings the root tsconfig.json states for it: rootDir (ncc sets an outDir) and a jsx other
// than preserve (its default there, which would add a `, true` to each rewritten import() of the bundles).
const ncc = createRequire(import.meta.url)('@vercel/ncc');
// Module paths in the bundle and in the stats are relative to the working directory.
process.chdir(root);

const targets = readdirSync(join(root, 'actions'))
  .filter((a) => existsSync(join(root, 'actions', a, 'src', 'index.ts')))
  .map((a) => ({
    name: a,
    entry: join('actions', a, 'src', 'index.ts'),
    dist: join(root, 'actions', a, 'dist'),
    file: 'index.js',
    label: `actions/${a}`,
  }));
// The CLI's bundle is named for its command; the bin in packages/cli/package.json points at it.
targets.push({
  name: 'cli',
  entry: join('packages', 'cli', 'src', 'lockstep.ts'),
  dist: join(root, 'packages', 'cli', 'dist'),
  file: 'lockstep.js',
  label: 'packages/cli',
});
// The Kubernetes and Flux schemas' validators, bundled once beside the CLI's dist/ (its npm package carries both),
// where every bundle that validates loads them at run time (packages/core/src/validate/schemas-load.ts).
targets.push({
  name: 'schemas',
  entry: join('packages', 'core', 'src', 'validate', 'schemas-entry.ts'),
  dist: join(root, 'packages', 'cli', 'schemas'),
  file: 'index.js',
  label: 'packages/cli/schemas',
  // Generated validators: their local names tell a reader nothing, and renaming them halves the folder.
  mangle: true,
});
const chosen = targets.filter((t) => only.length === 0 || only.includes(t.name));
// Several targets: each is built by its own Node process, one after the other. webpack's memory is
// not given back between builds in one process, and six bundles (the CLI holds every operation)
// outgrew the default heap; a process per bundle needs only what its largest build needs.
if (chosen.length > 1) {
  let code = 0;
  for (const t of chosen) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), t.name, ...(outRoot ? ['--out', outRoot] : [])], {
      stdio: 'inherit',
    });
    if (r.status !== 0) code = 1;
  }
  process.exit(code);
}
/**
 * A bundle file without the whitespace and with esbuild's syntax minification (identifiers kept, so a stack
 * trace still names its functions; renamed with `mangle`, for the schemas' generated validators): the bundles
 * are less than half their size (issue 76: every committed bundle at
 * most 25 MB together). webpack's markers of the modules it concatenated are kept as legal comments
 * (`//! CONCATENATED MODULE: ./node_modules/yaml/…`), which the supply-chain test reads against licenses.txt.
 */
function compact(text, mangle) {
  const marked = text.replace(/^(\s*;?)\/\/ ((?:CONCATENATED|EXTERNAL) MODULE: )/gm, '$1//! $2');
  return transformSync(marked, {
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: mangle,
    legalComments: 'inline',
    format: 'esm',
    target: 'es2022',
  }).code;
}

let failed = false;
for (const { name, entry, dist: committed, file, label, mangle = false } of chosen) {
  const dist = outRoot ? join(outRoot, name) : committed;
  // Build beside the target and swap only on success: a failed build leaves the old dist in place.
  const next = `${dist}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  let built;
  try {
    built = await ncc(resolve(root, entry), {
      sourceMapRegister: false,
      assetBuilds: false,
      cache: false,
      quiet: true,
      transpileOnly: true,
      target: 'es2022',
    });
  } catch (e) {
    rmSync(next, { recursive: true, force: true });
    console.error(`${label}: ncc failed; the previous dist is kept\n${e?.stack ?? e}`);
    failed = true;
    continue;
  }
  const { code, assets, symlinks, stats } = built;
  writeFileSync(join(next, 'index.js'), compact(code, mangle), { mode: code.startsWith('#!') ? 0o777 : 0o666 });
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(next, name)), { recursive: true });
    writeFileSync(join(next, name), name.endsWith('.js') ? compact(String(asset.source), mangle) : asset.source, {
      mode: asset.permissions,
    });
  }
  for (const [name, target] of Object.entries(symlinks)) symlinkSync(target, join(next, name));
  // licenses.txt comes from webpack's module list, not ncc's `license` option, which misses every package
  // whose ES modules webpack concatenated (see scripts/licenses.mjs).
  const modules = stats.toJson({ all: false, modules: true, nestedModules: true, chunks: true, chunkModules: true });
  writeFileSync(join(next, 'licenses.txt'), renderLicenses(packageLicenses(root, bundledPackageDirs(modules))));
  if (file !== 'index.js') renameSync(join(next, 'index.js'), join(next, file));
  // The bundle is ESM: this marks it so for Node wherever the folder is copied.
  writeFileSync(join(next, 'package.json'), '{\n  "type": "module"\n}\n');
  rmSync(dist, { recursive: true, force: true });
  renameSync(next, dist);
  if (!outRoot) console.log(`bundled ${label}/dist`);
}
process.exit(failed ? 1 : 0);
