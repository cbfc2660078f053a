import { HttpError, repoUrl, user, type Answer, type Context } from './rest.ts';
import { nodeId } from './shapes.ts';

/**
 * What the approval gate reads: a team's membership of a login, and a
 * repository's GitHub Environment with its required reviewers. Teams and
 * environments are given when the double starts (`teams`, `environments`);
 * a team or environment not given answers 404, as GitHub does for one the
 * token cannot see.
 */
export const APPROVAL_OPERATIONS = [
  'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
  'GET /repos/{owner}/{repo}/environments/{environment_name}',
] as const;

type Handler = (ctx: Context) => Answer;

/** A team of `org` as GitHub's `team` schema spells it. */
function team(ctx: Context, org: string, slug: string) {
  const base = ctx.world.base;
  const id = 7000 + [...`${org}/${slug}`].reduce((n, c) => (n * 31 + c.charCodeAt(0)) % 100_000, 0);
  return {
    id,
    node_id: nodeId('T', id),
    url: `${base}/orgs/${org}/teams/${slug}`,
    members_url: `${base}/orgs/${org}/teams/${slug}/members{/member}`,
    name: slug,
    description: null,
    permission: 'pull',
    html_url: `https://github.com/orgs/${org}/teams/${slug}`,
    repositories_url: `${base}/orgs/${org}/teams/${slug}/repos`,
    slug,
    parent: null,
  };
}

const membership: Handler = (ctx) => {
  const { org, team_slug: slug, username } = ctx.params;
  const members = ctx.world.teams?.[`${org}/${slug}`];
  if (!members?.some((m) => m.toLowerCase() === username.toLowerCase())) throw new HttpError(404, 'Not Found');
  return {
    status: 200,
    body: { url: `${ctx.world.base}/orgs/${org}/teams/${slug}/memberships/${username}`, role: 'member', state: 'active' },
  };
};

const environment: Handler = (ctx) => {
  const r = ctx.repo;
  const name = ctx.params.environment_name;
  const spec = r && ctx.world.environments?.[`${r.owner}/${r.name}:${name}`];
  if (!r || !spec) throw new HttpError(404, 'Not Found');
  const id = 9000 + name.length;
  const reviewers = [
    ...(spec.users ?? []).map((login) => ({ type: 'User', reviewer: user(ctx.world, login) })),
    ...(spec.teams ?? []).map((slug) => ({ type: 'Team', reviewer: team(ctx, r.owner, slug) })),
  ];
  const at = ctx.world.iso();
  return {
    status: 200,
    body: {
      id,
      node_id: nodeId('EN', id),
      name,
      url: `${repoUrl(ctx.world, r)}/environments/${name}`,
      html_url: `https://github.com/${r.owner}/${r.name}/deployments/activity_log?environments_filter=${name}`,
      created_at: at,
      updated_at: at,
      protection_rules:
        reviewers.length > 0
          ? [{ id: id + 1, node_id: nodeId('GA', id + 1), type: 'required_reviewers', prevent_self_review: false, reviewers }]
          : [],
      deployment_branch_policy: null,
    },
  };
};

export const approvalHandlers: Record<(typeof APPROVAL_OPERATIONS)[number], Handler> = {
  'GET /orgs/{org}/teams/{team_slug}/memberships/{username}': membership,
  'GET /repos/{owner}/{repo}/environments/{environment_name}': environment,
};
