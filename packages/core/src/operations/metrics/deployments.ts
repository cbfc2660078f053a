// `lockstep metrics` and GitHub Deployments: with a token and the repository
// known, the deployments of each environment reported (promote-env's
// `record: deployments` makes them) are read for the landings of the window,
// and a landing that has one is timed by it (records/deployments.ts).

import { say, UserError } from '../../errors.ts';
import { gitHubOpener, GitHubError } from '../../github/client.ts';
import { readRunContext } from '../../github/context.ts';
import { deploymentHistory } from '../../github/deployments.ts';
import { TERMINAL } from '../../text/terminal-face.ts';
import type { SeenDeployment } from '../../records/deployments.ts';
import type { Landing } from '../../records/history.ts';
import type { World } from '../../contract/world.ts';
import type { MetricsRequest } from './request.ts';

/** Most GitHub requests one metrics run makes: a page of 100 deployments per request, one more per deployment matched. */
const REQUESTS = 1000;

/** What was read: the deployments, or why none were. */
export type DeploymentsRead =
  | { read: true; deployments: SeenDeployment[] }
  /** `failed`: GitHub was asked and refused or did not answer (not: no token, or not asked). */
  | { read: false; reason: string; failed?: boolean };

const HINT =
  'the token needs deployments: read on the repository (GITHUB_REPOSITORY, else origin on GitHub); --no-deployments reads git alone';

/**
 * The deployments of `environments` created since the window's start whose
 * commit landed in that environment. `auto`: no token or repository, or a
 * refusal or unreachable API, is a reason (the figures then come from git);
 * `require`: the same is a UserError (exit 1); `off`: nothing asked.
 */
export async function readDeployments(
  mode: MetricsRequest['deployments'],
  world: World,
  environments: readonly string[],
  landings: readonly Landing[],
  since: number,
): Promise<DeploymentsRead> {
  if (mode === 'off') return { read: false, reason: 'not read (--no-deployments)' };
  const repository = readRunContext(world.env).repository;
  const token = world.token;
  if (!token || !repository) {
    const reason = !token ? 'no GitHub token (GITHUB_TOKEN or GH_TOKEN)' : 'no repository (GITHUB_REPOSITORY, or an origin on GitHub)';
    if (mode === 'require') throw new UserError(`GitHub Deployments cannot be read: ${reason}`, { hint: HINT });
    return { read: false, reason: `not read: ${reason}` };
  }
  const gh = (world.services.github ?? gitHubOpener(token, world.env))(repository, {
    budget: REQUESTS,
    log: (line) => world.reporter.debug(line),
    notice: (line) => world.reporter.info(line),
  });
  try {
    const deployments: SeenDeployment[] = [];
    for (const environment of environments) {
      const landed = new Set(landings.filter((l) => l.environment === environment).map((l) => l.commit));
      if (landed.size === 0) continue;
      for (const d of await deploymentHistory(gh, environment, since, (sha) => landed.has(sha)))
        deployments.push({
          id: d.id,
          sha: d.sha,
          environment: d.environment,
          statuses: d.statuses.map((s) => ({ state: s.state, at: Math.floor(Date.parse(s.createdAt) / 1000) })),
        });
    }
    return { read: true, deployments };
  } catch (e) {
    if (!(e instanceof GitHubError)) throw e;
    // metrics is the terminal's command alone: GitHub's refusal in its words (GITHUB_TOKEN, not the github-token input).
    if (mode === 'require')
      throw new UserError(['GitHub Deployments could not be read: ', ...(typeof e.said === 'string' ? [e.said] : e.said)], { hint: HINT });
    return { read: false, reason: `not read: ${say(e.said, TERMINAL)}`, failed: true };
  }
}
