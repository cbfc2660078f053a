// What the tests need from the machine, checked in one place before any test
// runs. `npm test` and `.ci/run` (through npm test) call it; `npm run demo`
// calls it with --optional.
//
// The end-to-end tests start a real OCI registry, Debian's docker-registry
// (distribution 2.8), some behind htpasswd Basic auth (apache2-utils); the
// delivery report's pictures are drawn by mermaid in Debian's headless
// `chromium` (action-tests/harness/browser.ts; no browser is downloaded). When a
// program is missing and this runs as root with apt-get on PATH, the Debian
// packages are installed; otherwise it stops in one line naming the packages
// and the command that installs them, exit 1, before any test starts.
// Node 24, Helm and kubectl come from npm (scripts/node24.mjs,
// tools/kube/install.mjs: Helm 3 and 4) and need nothing here.
//
//   node scripts/test-prereqs.mjs              check, install as root, else exit 1
//   node scripts/test-prereqs.mjs --optional   install when it may, else exit 0 silently
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Each program the tests run, and the Debian package that ships it. */
export const PREREQUISITES = [
  { program: 'docker-registry', pkg: 'docker-registry' },
  { program: 'htpasswd', pkg: 'apache2-utils' },
  { program: 'chromium', pkg: 'chromium' },
];

/** `a`, `a and b`, `a, b and c`. */
const inWords = (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** The first executable `program` on `searchPath` (PATH's form), or undefined. */
export function findProgram(program, searchPath = process.env.PATH ?? '') {
  for (const dir of searchPath.split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, program), constants.X_OK);
      return join(dir, program);
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** The Debian packages whose programs are not on `searchPath`. */
export function missingPackages(searchPath = process.env.PATH ?? '') {
  return PREREQUISITES.filter((p) => !findProgram(p.program, searchPath)).map((p) => p.pkg);
}

/**
 * Makes sure the programs are there. Returns the exit code and at most one
 * line for standard error: 0 when everything is there (installed now or
 * before); 1 when something is missing and cannot be installed here, or the
 * install failed. With `optional`, "cannot be installed here" is 0 and says
 * nothing (the caller copes without).
 */
export function ensurePrereqs({ optional = false, env = process.env, isRoot = process.getuid?.() === 0 } = {}) {
  const searchPath = env.PATH ?? '';
  const missing = missingPackages(searchPath);
  if (missing.length === 0) return { code: 0 };
  const list = missing.join(' ');
  const aptGet = findProgram('apt-get', searchPath);
  if (!isRoot || !aptGet) {
    if (optional) return { code: 0 };
    const how = aptGet ? `sudo apt-get install -y ${list}` : `install the Debian packages ${list} with your package manager`;
    return {
      code: 1,
      line: `lockstep's tests need ${inWords(missing.map((m) => PREREQUISITES.find((p) => p.pkg === m).program))} (Debian packages: ${list}): run \`${how}\`, or run npm test as root, which installs them`,
    };
  }
  process.stderr.write(`Installing the Debian packages the tests need: ${list}\n`);
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync(aptGet, args, { env: aptEnv, stdio: ['ignore', 'inherit', 'inherit'] });
  const update = run(['update', '-qq']);
  const install = update.status === 0 ? run(['install', '-y', '-qq', '--no-install-recommends', ...missing]) : update;
  const still = missingPackages(searchPath);
  if (install.status !== 0 || still.length > 0) {
    const step = update.status !== 0 ? 'apt-get update' : 'apt-get install';
    return {
      code: optional ? 0 : 1,
      line: `${step} ${install.status !== 0 ? `exited ${install.status ?? install.signal}` : `left ${still.join(' ')} missing`}: the tests need the Debian packages ${list}`,
    };
  }
  return { code: 0 };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { code, line } = ensurePrereqs({ optional: process.argv.includes('--optional') });
  if (line) process.stderr.write(`${line}\n`);
  process.exit(code);
}
