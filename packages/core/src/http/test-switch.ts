// The one switch lockstep's own test harness sets in the environment of the bundles and the CLI it runs
// (action-tests/harness/run-action.ts, run-cli.ts): it reaches loopback servers that stand in for the world — a
// registry or Helm repository over plain http (operations/check/remote-chart.ts), a GitHub API double that has no
// secondary rate limit to respect (github/client.ts). It changes nothing for any other host, and nothing a
// repository holds can set it.

import { isLoopbackHost } from './host-name.ts';

/** The environment variable (set to `1`) the test harness sets. */
export const LOOPBACK_TEST_SWITCH = 'LOCKSTEP_TEST_LOOPBACK_HTTP';

/** Whether the harness's switch is on and `url` is on this machine's loopback. */
export function harnessLoopback(env: NodeJS.ProcessEnv, url: string): boolean {
  if (env[LOOPBACK_TEST_SWITCH] !== '1') return false;
  try {
    return isLoopbackHost(new URL(url).host);
  } catch {
    return false;
  }
}
