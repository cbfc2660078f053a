import { rmSync } from 'node:fs';
import { removeTestPath } from './tool-path.mjs';

/** Removes the PATH folders the global setup built and the git fixtures kept for the run. */
export default function globalTeardown(): void {
  if (process.env.LOCKSTEP_TEST_PATH_ROOT) removeTestPath(process.env.LOCKSTEP_TEST_PATH_ROOT);
  if (process.env.LOCKSTEP_GIT_TEMPLATES) rmSync(process.env.LOCKSTEP_GIT_TEMPLATES, { recursive: true, force: true });
}
