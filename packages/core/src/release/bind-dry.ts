import { repoOpener, withToken } from '../git/auth.ts';
import type { ReleaseOutput, ReleasePorts, ReleaseServices } from './ports.ts';
import type { ReleaseBase } from './settings.ts';

/**
 * The ports of a dry run: git only (bind.ts's releasePorts gives the same
 * for a dry run), without loading the GitHub client and publishing code a
 * dry run never calls. origin's URL is asked only when a token could be
 * given to it.
 */
export async function dryRunPorts(
  s: ReleaseBase,
  token: string | undefined,
  env: NodeJS.ProcessEnv,
  out: ReleaseOutput,
  services: ReleaseServices = {},
): Promise<ReleasePorts> {
  const open = services.repo ?? repoOpener(env);
  return { git: await withToken(open(s.root), s.root, token, open), log: out.log, env };
}
