// GitHub's side of a promotion: pull requests, checks, auto-merge, deployments and the trail,
// through one client made on first use; GitHub's refusals become UserErrors naming the permission.

import { approvers, environmentReviewers, isTeamMember } from '../github/approvals.ts';
import { checkStates } from '../github/checks.ts';
import { GitHubError, gitHubUserError, type GitHub } from '../github/client.ts';
import { latestDeployments, listDeployments, recordDeployment } from '../github/deployments.ts';
import { labelAddedBy } from '../github/label-events.ts';
import { enableAutoMerge, findOpenPulls, markReadyForReview, pullsForCommit, upsertPull } from '../github/pulls.ts';
import { leaveTrail } from '../trail/notify.ts';
import type { PromoteGitHub } from './ports.ts';
import { PromotionBranch } from './publish/branch.ts';

/** Runs a GitHub call whose refusal a user can fix (4xx) as a one-line UserError with `hint`, the permission it needs. */
function refusalsNaming(hint: string): <T>(fn: () => Promise<T>) => Promise<T> {
  return async (fn) => {
    try {
      return await fn();
    } catch (e) {
      throw gitHubUserError(e, { hint }) ?? e;
    }
  };
}

/**
 * GitHub's side of a promotion in `repository`: check states, the PR and
 * auto-merge, through a client made on first use. Refusals a user can fix
 * (4xx) become one-line UserErrors naming the permissions needed.
 */
export function promoteGitHub(client: () => GitHub, log: (line: string) => void): PromoteGitHub {
  // GitHub's refusals (a missing permission, a repository setting) are the user's to fix: one line, no stack.
  const userFacing = refusalsNaming('the token needs contents: write and pull-requests: write on the repository promoted in');
  // Deployments need their own permission: a refusal names it.
  const deploymentFacing = refusalsNaming('the token needs deployments: write on the repository promoted in');
  // Team memberships are the organisation's: a refusal names that permission.
  const memberFacing = refusalsNaming(
    "the token needs members: read on the organization (a GitHub App's or a PAT's; GITHUB_TOKEN has none)",
  );
  return {
    checkStates: (sha, names) => userFacing(() => checkStates(client(), sha, names)),
    async upsertPull(p) {
      const r = await userFacing(() => upsertPull(client(), p));
      for (const w of r.warnings) log(w);
      return r;
    },
    enableAutoMerge: (pull) => userFacing(() => enableAutoMerge(client(), pull)),
    readyForReview: (pull) => userFacing(() => markReadyForReview(client(), pull)),
    recordDeployment: (spec) => deploymentFacing(() => recordDeployment(client(), spec)),
    latestDeployments: (environments) => deploymentFacing(() => latestDeployments(client(), environments)),
    async pullsOf(sha) {
      const found = await userFacing(() => pullsForCommit(client(), sha));
      return found.filter((p) => p.merged).map((p) => ({ number: p.number, title: p.title }));
    },
    async mergedPullOf(sha, base) {
      const found = await userFacing(() =>
        pullsForCommit(client(), sha).catch((e: unknown) => {
          // A commit GitHub does not know (never pushed) has no pull request.
          if (e instanceof GitHubError && (e.status === 404 || e.status === 422)) return [];
          throw e;
        }),
      );
      const merged = found.filter((p) => p.merged && p.mergedAt !== undefined && p.base === base);
      const pull = merged.find((p) => p.mergeCommitSha === sha) ?? merged.sort((a, b) => a.mergedAt!.localeCompare(b.mergedAt!))[0];
      return pull ? { number: pull.number, mergedAt: pull.mergedAt! } : undefined;
    },
    async deployedAt(environment, sha) {
      const found = await deploymentFacing(() => listDeployments(client(), environment, sha));
      const first = found.filter((d) => d.sha === sha).sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
      return first ? { id: first.id, createdAt: first.createdAt } : undefined;
    },
    async mergedPromotion(sha) {
      const found = await userFacing(() =>
        pullsForCommit(client(), sha).catch((e: unknown) => {
          // A commit GitHub does not know (never pushed) has no pull request.
          if (e instanceof GitHubError && (e.status === 404 || e.status === 422)) return [];
          throw e;
        }),
      );
      // Only a branch of this repository is a promotion branch: a fork's promote/prod was written by whoever owns the fork.
      const pull = found.find((p) => p.merged && p.fromFork === false && PromotionBranch.is(p.head));
      if (!pull) return undefined;
      const full = await userFacing(() =>
        client().octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
          owner: client().owner,
          repo: client().repo,
          pull_number: pull.number,
        }),
      );
      return { number: pull.number, head: pull.head, body: pull.body, mergedAt: full.data.merged_at ?? '' };
    },
    leaveTrail: (pullNumbers, step) => leaveTrail(client(), pullNumbers, step),
    approvals: (number) => userFacing(() => approvers(client(), number)),
    teamMember: (org, slug, login) => memberFacing(() => isTeamMember(client(), org, slug, login)),
    environmentReviewers: (name) => userFacing(() => environmentReviewers(client(), name)),
    async breakGlass(branch, base, label) {
      const open = (await userFacing(() => findOpenPulls(client(), { branch, base })))[0];
      if (!open?.labels.some((l) => l.toLowerCase() === label.toLowerCase())) return undefined;
      return { label, pull: open.number, ...(await userFacing(() => labelAddedBy(client(), open.number, label))) };
    },
  };
}
