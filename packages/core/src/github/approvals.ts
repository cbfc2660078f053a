// Who approved a pull request, and who may: the approval gate's reads (promote/gates/approval.ts). A
// reviewer's latest deciding review counts (an approval later dismissed, or followed by a change request,
// does not); a team's membership is asked per login; a GitHub Environment's required reviewers are its
// protection rule of that type (users, and teams of the repository's organisation).

import { orNotFound, type GitHub } from './client.ts';

/** The logins whose latest deciding review of pull request `number` approves it, in the order they reviewed. */
export async function approvers(gh: GitHub, number: number): Promise<string[]> {
  const reviews = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
    owner: gh.owner,
    repo: gh.repo,
    pull_number: number,
    per_page: 100,
  })) as { user?: { login?: string } | null; state?: string }[];
  const last = new Map<string, string>();
  for (const r of reviews)
    if (r.user?.login && r.state && r.state !== 'COMMENTED' && r.state !== 'PENDING') {
      last.delete(r.user.login);
      last.set(r.user.login, r.state);
    }
  return [...last].filter(([, state]) => state === 'APPROVED').map(([login]) => login);
}

/** Whether `login` is an active member of team `slug` of `org` (404: not, or a team the token cannot see). */
export async function isTeamMember(gh: GitHub, org: string, slug: string, login: string): Promise<boolean> {
  const r = await orNotFound(() =>
    gh.octokit.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: slug, username: login }),
  );
  return r?.data.state === 'active';
}

/** The required reviewers of the repository's GitHub Environment `name`; undefined when it has none or does not exist. */
export async function environmentReviewers(
  gh: GitHub,
  name: string,
): Promise<{ users: string[]; teams: { org: string; slug: string }[] } | undefined> {
  const r = await orNotFound(() =>
    gh.octokit.request('GET /repos/{owner}/{repo}/environments/{environment_name}', {
      owner: gh.owner,
      repo: gh.repo,
      environment_name: name,
    }),
  );
  const rule = r?.data.protection_rules?.find((p) => p.type === 'required_reviewers') as
    { reviewers?: { type?: string; reviewer?: { login?: string; slug?: string } }[] } | undefined;
  if (!rule?.reviewers?.length) return undefined;
  const users = rule.reviewers.flatMap((x) => (x.type === 'User' && x.reviewer?.login ? [x.reviewer.login] : []));
  const teams = rule.reviewers.flatMap((x) => (x.type === 'Team' && x.reviewer?.slug ? [{ org: gh.owner, slug: x.reviewer.slug }] : []));
  return { users, teams };
}
