/**
 * JSON shapes of GitHub's REST answers, filled with what the double keeps
 * and URLs built from its own base URL, complete enough to satisfy the
 * response schemas of @octokit/openapi.
 */

/** A deterministic, base64 node id in GitHub's style (`PR_…`, `RE_…`). */
export function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`lockstep-double:${prefix}:${id}`).toString('base64url')}`;
}

/** GitHub's `simple-user`. */
export function simpleUser(base: string, login: string, id: number, type: 'User' | 'Bot' = 'Bot'): Record<string, unknown> {
  const url = `${base}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId('U', id),
    avatar_url: `${base}/avatars/u/${id}`,
    gravatar_id: '',
    url,
    html_url: `${base.replace(/\/api\/v3$/, '')}/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false,
  };
}

/** The repository fields shared by `minimal-repository`, `repository` and `full-repository`. */
export function repository(
  base: string,
  r: {
    id: number;
    owner: string;
    name: string;
    ownerId: number;
    private: boolean;
    defaultBranch: string;
    createdAt: string;
    allowAutoMerge: boolean;
    permissions: Record<string, boolean>;
  },
  full: boolean,
): Record<string, unknown> {
  const url = `${base}/repos/${r.owner}/${r.name}`;
  const html = `${base}/${r.owner}/${r.name}`;
  const minimal: Record<string, unknown> = {
    id: r.id,
    node_id: nodeId('R', r.id),
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    owner: simpleUser(base, r.owner, r.ownerId, 'User'),
    private: r.private,
    html_url: html,
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `${html.replace(/^http/, 'git')}.git`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@127.0.0.1:${r.owner}/${r.name}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${url}/hooks`,
    svn_url: html,
    homepage: null,
    language: null,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 1,
    default_branch: r.defaultBranch,
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    has_downloads: true,
    archived: false,
    disabled: false,
    visibility: r.private ? 'private' : 'public',
    pushed_at: r.createdAt,
    created_at: r.createdAt,
    updated_at: r.createdAt,
    permissions: r.permissions,
    allow_forking: true,
    web_commit_signoff_required: false,
    forks: 0,
    open_issues: 0,
    watchers: 0,
    license: null,
  };
  if (!full) return minimal;
  return {
    ...minimal,
    allow_auto_merge: r.allowAutoMerge,
    allow_merge_commit: true,
    allow_squash_merge: true,
    allow_rebase_merge: true,
    allow_update_branch: false,
    delete_branch_on_merge: false,
    network_count: 0,
    subscribers_count: 0,
  };
}

/** GitHub's `label`. */
export function label(
  repoUrl: string,
  l: { id: number; name: string; color: string; description: string | null },
): Record<string, unknown> {
  return {
    id: l.id,
    node_id: nodeId('LA', l.id),
    url: `${repoUrl}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    description: l.description,
    color: l.color,
    default: false,
  };
}
