import { writeSync } from 'node:fs';

// The first module the CLI's entry imports, so the first code of the bundle that runs: an older Node
// stops here in one line, before any module that needs a newer one (V8 flags it does not know, APIs
// it lacks) has run. Written for any Node: no import but node:fs, no syntax newer than the check.

/** The oldest Node the CLI runs on (packages/cli/package.json's engines, the README). */
const NEEDED = { major: 22, minor: 12 };

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < NEEDED.major || (major === NEEDED.major && minor < NEEDED.minor)) {
  writeSync(
    2,
    `lockstep needs Node ${NEEDED.major}.${NEEDED.minor} or later; this is Node ${process.versions.node} — install a newer Node (the actions run on Node 24)\n`,
  );
  process.exit(1);
}
