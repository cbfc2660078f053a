import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * The programs lockstep looks for on PATH by itself (`render: auto` renders
 * when it finds Helm or kubectl/kustomize). A test sees them only when it asks:
 * a developer's machine, and GitHub's Ubuntu runners, have them installed.
 */
export const FOUND_ON_PATH = ['helm', 'kubectl', 'kustomize'];

/**
 * `path` with lockstep's found-on-PATH programs taken out, built under a new
 * folder in the temp directory (returned as `root`, for the global teardown
 * to remove): a PATH entry that holds none of them is kept as it is; one that
 * holds any (`/usr/bin/kubectl` on many machines) is replaced by a folder of
 * links to its every other entry. Each tool the test harness serves
 * (LOCKSTEP_HELM, LOCKSTEP_HELM4, LOCKSTEP_KUBECTL) gets a folder of its own,
 * so a test can ask for Helm without kubectl; a tool named with its major
 * (helm4) is the program without it (`helm`) in its folder.
 */
export function buildTestPath(path, tools) {
  const root = mkdtempSync(join(tmpdir(), 'lockstep-test-path-'));
  const entries = path.split(delimiter).filter(Boolean);
  const kept = entries.map((dir, i) => {
    const names = list(dir);
    if (!names.some((n) => FOUND_ON_PATH.includes(n))) return dir;
    const mirror = join(root, `path-${i}`);
    mkdirSync(mirror);
    for (const n of names) if (!FOUND_ON_PATH.includes(n)) symlinkSync(join(dir, n), join(mirror, n));
    return mirror;
  });
  const toolDirs = {};
  for (const [tool, file] of Object.entries(tools)) {
    toolDirs[tool] = join(root, tool);
    mkdirSync(toolDirs[tool]);
    symlinkSync(file, join(toolDirs[tool], tool.replace(/\d+$/, '')));
  }
  return { root, path: kept.join(delimiter), toolDirs };
}

/** The entries of a PATH folder; none for one that is missing or unreadable, as the shell reads it. */
function list(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Removes what buildTestPath made. */
export function removeTestPath(root) {
  rmSync(root, { recursive: true, force: true });
}

/**
 * The PATH a test runs lockstep under: the machine's, less Helm and kubectl
 * (the jest global setup made it process.env.PATH), with the `tools` asked
 * for first: `testPath('helm')` is a GitHub-hosted runner's Helm on PATH
 * (Helm 3), `testPath('helm4')` one that set up Helm 4.
 */
export function testPath(...tools) {
  const dirs = tools.map((t) => {
    const dir = process.env[`LOCKSTEP_${t.toUpperCase()}_DIR`];
    if (!dir) throw new Error(`LOCKSTEP_${t.toUpperCase()}_DIR is unset: run the tests through jest (its global setup serves ${t})`);
    return dir;
  });
  return [...dirs, process.env.PATH ?? ''].filter(Boolean).join(delimiter);
}
