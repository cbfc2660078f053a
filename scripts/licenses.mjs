// The third-party notice file of a bundle, built from the modules webpack put
// in it (the build's stats, as scripts/bundle.mjs asks ncc's API for them). ncc's own --license output misses every package
// whose ES modules webpack concatenated into another module (diff, the
// @octokit packages, …), so it is not used.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package folders (relative to `root`, e.g. `node_modules/@octokit/core`) of every module in webpack stats. */
export function bundledPackageDirs(stats) {
  const dirs = new Set();
  const walk = (modules) => {
    for (const m of modules ?? []) {
      // `name` is relative to the build's root; a loader chain ends in `!`, the module's own path follows it.
      const name = (m.name ?? '').slice((m.name ?? '').lastIndexOf('!') + 1);
      const hit = /^\.\/(.*node_modules\/(?:@[^/]+\/)?[^/ ]+)\//.exec(name);
      if (hit) dirs.add(hit[1]);
      walk(m.modules);
    }
  };
  walk(stats.modules);
  for (const c of stats.chunks ?? []) walk(c.modules);
  return [...dirs];
}

const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i;

/** One entry per bundled package (name, version, SPDX license, license text), sorted by name and version. */
export function packageLicenses(root, dirs) {
  const seen = new Map();
  for (const dir of dirs) {
    const pkgFile = join(root, dir, 'package.json');
    if (!existsSync(pkgFile)) continue;
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
    const license =
      typeof pkg.license === 'string'
        ? pkg.license
        : (pkg.license?.type ?? (Array.isArray(pkg.licenses) ? pkg.licenses.map((l) => l.type ?? l).join(' OR ') : ''));
    const file = readdirSync(join(root, dir))
      .filter((f) => LICENSE_FILE.test(f))
      .sort()[0];
    const text = file
      ? readFileSync(join(root, dir, file), 'utf8')
          .replace(/\r\n/g, '\n')
          .trim()
      : '';
    seen.set(`${pkg.name}@${pkg.version}`, { name: pkg.name, version: pkg.version, license, text });
  }
  return [...seen.values()].sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1));
}

/** licenses.txt: for each package its name and version, its license, and the license text, separated by blank lines. */
export function renderLicenses(entries) {
  return entries
    .map((e) => `${e.name}@${e.version}\n${e.license || 'UNKNOWN'}\n${e.text || '(the package ships no license file)'}\n`)
    .join('\n');
}
