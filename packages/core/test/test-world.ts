import { collectingReporter } from '../src/report/reporter.ts';
import type { World } from '../src/contract/world.ts';

/**
 * A World for tests, in one line: a workspace, no event, a clock that never
 * waits, a reporter that keeps every line, secrets and warnings collected;
 * `over` replaces any field (services included).
 */
export function testWorld(
  workspace: string,
  over: Partial<World> = {},
): World & { reporter: ReturnType<typeof collectingReporter>; secrets: string[]; warnings: string[] } {
  const secrets: string[] = [];
  const warnings: string[] = [];
  let now = Date.parse('2026-01-15T12:00:00Z');
  const env = over.env ?? {};
  return {
    // As on the runner: the commit from GITHUB_SHA, a checkout with a remote, a log that folds line breaks.
    ...(env.GITHUB_SHA ? { runCommit: env.GITHUB_SHA } : {}),
    localRepository: false,
    foldsLines: true,
    workspace,
    env,
    event: () => ({ payload: {} }),
    clock: { now: () => now, sleep: async (ms) => void (now += ms), random: () => 0 },
    date: '2026-01-15',
    secret: (v) => void secrets.push(v),
    warning: (l) => void warnings.push(l),
    services: {},
    secrets,
    warnings,
    ...over,
    reporter: (over.reporter as ReturnType<typeof collectingReporter> | undefined) ?? collectingReporter(),
  };
}
