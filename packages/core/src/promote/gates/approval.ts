// The approval gate (issue 54): `approval: { teams: [acme/platform] }` (or `{ github-environment: prod }`) on an
// environment promotes into it only once the previous step's promotion pull request — the one that promoted
// into the source environment, found by the merge that last changed the source's pins on the base branch — was
// approved by a member of one of the teams, or by a required reviewer of the GitHub Environment of that name.
// Its evidence is read through GitHub (the pull request's reviews, team memberships, the Environment's
// protection rules). A guard that cannot read what it guards holds, naming why: no token (a local dry run),
// a source that is no environment (a digests file, a version, a rollback ref: no promotion pull request to
// have approved), a last change that came by no pull request. Break glass does not lift it: a label anyone
// with triage rights adds is no one's approval.

import { pinPaths } from '../place.ts';
import type { PromoteGitHub } from '../ports.ts';
import type { PromoteEnvironment } from '../request.ts';
import type { Gate } from './gate.ts';

const NAME = 'approval';

/** Who may approve: members of `org/team` teams, or the required reviewers of a GitHub Environment. */
export type ApprovalRule = NonNullable<PromoteEnvironment['approval']>;

/** The approval gate's evidence: whose approval is wanted on which pull request, and who gave one that counts. */
export interface ApprovalEvidence {
  env: string;
  /** Who must approve, as the hold says it. */
  who: string;
  /** The previous step's promotion pull request, and the environment it promoted into. */
  pull?: { number: number; into: string };
  /** The approvals that count: the login and why it counts. */
  approvedBy: { login: string; as: string }[];
  /** The approvals that do not (a reviewer not among who may approve). */
  others: string[];
  /** Who may approve but approved only a commit before the one that merged (a push came after their review). */
  stale: string[];
  /** Why the approval could not be read; the gate holds. */
  unread?: string;
}

/** `a member of acme/platform or acme/sre`, `a required reviewer of the GitHub Environment prod`. */
function whoMay(rule: ApprovalRule): string {
  if ('teams' in rule) return `a member of ${rule.teams.join(' or ')}`;
  return `a required reviewer of the GitHub Environment ${rule['github-environment']}`;
}

/** Which of `logins` count under `rule`, and as what; why not (a string) when GitHub cannot say. */
async function counting(
  github: Pick<PromoteGitHub, 'teamMember' | 'environmentReviewers'>,
  rule: ApprovalRule,
  logins: readonly string[],
): Promise<{ login: string; as: string }[] | string> {
  if ('teams' in rule) {
    const out: { login: string; as: string }[] = [];
    for (const login of logins)
      for (const team of rule.teams) {
        const [org, slug] = team.split('/');
        if (await github.teamMember(org, slug, login)) {
          out.push({ login, as: `member of ${team}` });
          break;
        }
      }
    return out;
  }
  const name = rule['github-environment'];
  const reviewers = await github.environmentReviewers(name);
  if (!reviewers) return `the GitHub Environment ${name} has no required reviewers to read`;
  const out: { login: string; as: string }[] = [];
  for (const login of logins) {
    if (reviewers.users.some((u) => u.toLowerCase() === login.toLowerCase())) {
      out.push({ login, as: `required reviewer of the GitHub Environment ${name}` });
      continue;
    }
    for (const team of reviewers.teams)
      if (await github.teamMember(team.org, team.slug, login)) {
        out.push({ login, as: `member of ${team.org}/${team.slug}, a required reviewer of the GitHub Environment ${name}` });
        break;
      }
  }
  return out;
}

/** Approval of the previous step's promotion pull request by the named teams or a GitHub Environment's reviewers. */
export const approval: Gate<typeof NAME, ApprovalEvidence> = {
  name: NAME,
  title: 'an approval',
  settings: ['approval'],
  breakGlass: false,
  async gather(ctx) {
    const { req, route, ports, baseSha } = ctx;
    const rule = route.to.approval;
    if (!rule) return undefined;
    const base = { env: route.to.name, who: whoMay(rule), approvedBy: [], others: [], stale: [] };
    const source = req.from.kind === 'env' ? route.from : undefined;
    if (!source) return { ...base, unread: 'it is promoted from no environment, so no promotion pull request was approved' };
    const github = ports.github;
    if (!github) return { ...base, unread: 'no github-token: who approved cannot be read' };
    const landed = await ports.git.landedAt(baseSha, await pinPaths(source, (p) => ports.git.readAt(baseSha, p)));
    const pull = landed ? await github.mergedPullOf(landed, req.base) : undefined;
    if (!pull)
      return { ...base, unread: `the last change of ${source.name}'s pins on ${req.base} came by no pull request, so no one approved it` };
    const { approved, stale } = await github.approvals(pull.number);
    const found = await counting(github, rule, approved);
    const into = { number: pull.number, into: source.name };
    if (typeof found === 'string') return { ...base, pull: into, unread: found };
    const staleFound = found.length > 0 || stale.length === 0 ? [] : await counting(github, rule, stale);
    return {
      ...base,
      pull: into,
      approvedBy: found,
      others: approved.filter((l) => !found.some((f) => f.login === l)),
      stale: typeof staleFound === 'string' ? [] : staleFound.map((f) => f.login),
    };
  },
  holds(e) {
    if (e.approvedBy.length > 0) return [];
    const pull = e.pull ? `#${e.pull.number} (the promotion into ${e.pull.into})` : 'the promotion before it';
    const at = (ls: string[]) => ls.map((l) => `@${l}`).join(', ');
    const why =
      e.unread ??
      (e.stale.length > 0
        ? `approved by ${at(e.stale)} only on a commit before the one that merged (a push came after the review)`
        : e.others.length > 0
          ? `approved only by ${at(e.others)}, who may not`
          : 'not approved yet');
    return [{ gate: NAME, message: `${e.env} waits for ${pull} to be approved by ${e.who}: ${why}` }];
  },
  onHold: () => 'refuse',
  notes: (e) =>
    e.pull && e.approvedBy.length > 0
      ? [
          `Approved: #${e.pull.number} (the promotion into ${e.pull.into}) was approved by ${e.approvedBy.map((a) => `@${a.login} (${a.as})`).join(', ')}.`,
        ]
      : [],
};
