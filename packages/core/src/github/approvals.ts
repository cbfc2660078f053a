// Who approved a pull request, and who may: the approval gate's reads (promote/gates/approval.ts). A
// reviewer's latest deciding review counts (an approval later dismissed, or followed by a change request,
// does not), and only when given on the commit the pull request merged (an approval before a later push is
// stale); a team's membership is asked per login; a GitHub Environment's required reviewers are its
// protection rule of that type (users, and teams of the repository's organisation).

import { orNotFound, type GitHub } from './client.ts';

/** The approvals of a pull request: who approved the commit it merged (its head), and who approved only an earlier one. */
export interface Approvals {
  /** Logins whose latest deciding review approves the pull request's head commit, in the order they reviewed. */
  approved: string[];
  /** Logins whose latest deciding review approves an earlier commit: a push after their review was never approved by them. */
  stale: string[];
}

/**
 * Who approved pull request `number`. A reviewer's latest deciding review counts, and only when it was given on
 * the pull request's head commit (for a merged one, the commit that merged): an approval followed by a push
 * approved someone else's later change, so it is returned apart, as `stale`.
 */
export async function approvers(gh: GitHub, number: number): Promise<Approvals> {
  const pull = await gh.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner: gh.owner,
    repo: gh.repo,
    pull_number: number,
  });
  const head = pull.data.head.sha;
  const reviews = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
    owner: gh.owner,
    repo: gh.repo,
    pull_number: number,
    per_page: 100,
  })) as { user?: { login?: string } | null; state?: string; commit_id?: string | null }[];
  const last = new Map<string, { state: string; commit?: string }>();
  for (const r of reviews)
    if (r.user?.login && r.state && r.state !== 'COMMENTED' && r.state !== 'PENDING') {
      last.delete(r.user.login);
      last.set(r.user.login, { state: r.state, commit: r.commit_id ?? undefined });
    }
  const approving = [...last].filter(([, r]) => r.state === 'APPROVED');
  return {
    approved: approving.filter(([, r]) => r.commit === head).map(([login]) => login),
    stale: approving.filter(([, r]) => r.commit !== head).map(([login]) => login),
  };
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
