import { removeTestPath } from './tool-path.mjs';

/** Removes the PATH folders the global setup built. */
export default function globalTeardown(): void {
  if (process.env.LOCKSTEP_TEST_PATH_ROOT) removeTestPath(process.env.LOCKSTEP_TEST_PATH_ROOT);
}
