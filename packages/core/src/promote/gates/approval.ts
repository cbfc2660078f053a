// The approval gate (issue 54): `approval: { teams: [acme/platform] }` (or `{ github-environment: prod }`) on an
// environment promotes into it only once the previous step's promotion pull request — the one that promoted
// into the source environment, found by the merge that last changed the source's pins on the base branch — was
// approved by a member of one of the teams, or by a required reviewer of the GitHub Environment of that name.
// Where the source's pin place does not define a promoted pin (a shared base's image), it is the pull request of
// the commit where the source's render took that pin (rendered-history.ts), as the soak gate measures it.
// Its evidence is read through GitHub (the pull request's reviews, team memberships, the Environment's
// protection rules). A guard that cannot read what it guards holds, naming why: no token (a local dry run),
// a source that is no environment (a digests file, a version, a rollback ref: no promotion pull request to
// have approved), a last change that came by no pull request. Break glass does not lift it: a label anyone
// with triage rights adds is no one's approval.

import { pinPaths } from '../place.ts';
import { servicePin } from '../plan.ts';
import type { PromoteGitHub } from '../ports.ts';
import type { PromoteEnvironment } from '../request.ts';
import type { Gate, GateContext } from './gate.ts';
import { renderedPins } from '../rendered-history.ts';
import { pinnedSince } from './soak.ts';

const NAME = 'approval';

/** Who may approve: members of `org/team` teams, or the required reviewers of a GitHub Environment. */
export type ApprovalRule = NonNullable<PromoteEnvironment['approval']>;

/** The approval gate's evidence: whose approval is wanted on which pull request, and who gave one that counts. */
export interface ApprovalEvidence {
  env: string;
  /** Who must approve, as the hold says it. */
  who: string;
  /**
   * The previous step's promotion pull request, and the environment it promoted into; `byRender`, the pull request
   * that changed what the source runs by its render (a shared base's image its pin place does not define).
   */
  pull?: { number: number; into: string; byRender?: true };
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

/** `the promotion into staging`; for a pin its render runs, `the change of what staging runs, by its render`. */
const pullWhat = (p: NonNullable<ApprovalEvidence['pull']>) =>
  p.byRender ? `the change of what ${p.into} runs, by its render` : `the promotion into ${p.into}`;

/**
 * The commit on the base's first-parent history that last changed the source's pins of the promoted services: the
 * last change of its pin place's paths; where its pin place does not define a service's pin (a shared base's image,
 * a patch's), the commit where its render took the pin it runs now (rendered-history.ts), the newest of them counting.
 * `unseen` says why none is known when the render's history at hand does not show where it took a pin.
 */
async function lastLanding(ctx: GateContext, source: PromoteEnvironment): Promise<{ sha?: string; byRender?: true } | { unseen: string }> {
  const { req, ports, plan, baseSha, cache } = ctx;
  const read = (p: string) => ports.git.readAt(baseSha, p);
  const paths = await pinPaths(source, read);
  const unplaced: string[] = [];
  for (const c of plan.changes) {
    const pin = await servicePin(req, source, c.service, read, cache);
    if (pin?.digest === undefined && pin?.tag === undefined) unplaced.push(c.service);
  }
  const rendered = unplaced.length > 0 ? await renderedPins(ctx, source) : undefined;
  const byRender = unplaced.filter((s) => rendered?.current.has(s));
  if (!rendered || byRender.length === 0) return { sha: await ports.git.landedAt(baseSha, paths) };
  const log = await rendered.log();
  const starts = [];
  for (const s of byRender)
    starts.push(await pinnedSince(s, rendered.current.get(s), log.entries, log.complete, (sha) => rendered.pinAt(sha, s)));
  const lost = starts.find((p) => p.commit === undefined || p.atLeast);
  if (lost)
    return {
      unseen: `where ${source.name}'s render took its pin of ${lost.service} is not on ${req.base}'s first-parent history at hand, so the pull request that brought it is not known`,
    };
  const commits = starts.map((p) => p.commit!);
  const placed = byRender.length < plan.changes.length ? await ports.git.landedAt(baseSha, paths) : undefined;
  if (placed) commits.push(placed);
  // The newest of them: the first on the history (a commit not on it, older than all).
  const at = (sha: string) => {
    const i = log.entries.findIndex((e) => e.sha === sha);
    return i < 0 ? Infinity : i;
  };
  const newest = commits.sort((a, b) => at(a) - at(b))[0];
  return newest === placed ? { sha: newest } : { sha: newest, byRender: true };
}

/** Approval of the previous step's promotion pull request by the named teams or a GitHub Environment's reviewers. */
export const approval: Gate<typeof NAME, ApprovalEvidence> = {
  name: NAME,
  title: 'an approval',
  settings: ['approval'],
  breakGlass: false,
  async gather(ctx) {
    const { req, route, ports } = ctx;
    const rule = route.to.approval;
    if (!rule) return undefined;
    const base = { env: route.to.name, who: whoMay(rule), approvedBy: [], others: [], stale: [] };
    const source = req.from.kind === 'env' ? route.from : undefined;
    if (!source) return { ...base, unread: 'it is promoted from no environment, so no promotion pull request was approved' };
    const github = ports.github;
    if (!github) return { ...base, unread: 'no github-token: who approved cannot be read' };
    const landed = await lastLanding(ctx, source);
    if ('unseen' in landed) return { ...base, unread: landed.unseen };
    const pull = landed.sha ? await github.mergedPullOf(landed.sha, req.base) : undefined;
    const what = landed.byRender ? `what ${source.name} runs by its render` : `${source.name}'s pins`;
    if (!pull) return { ...base, unread: `the last change of ${what} on ${req.base} came by no pull request, so no one approved it` };
    const { approved, stale } = await github.approvals(pull.number);
    const found = await counting(github, rule, approved);
    const into = { number: pull.number, into: source.name, ...(landed.byRender ? { byRender: true as const } : {}) };
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
    const pull = e.pull ? `#${e.pull.number} (${pullWhat(e.pull)})` : 'the promotion before it';
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
          `Approved: #${e.pull.number} (${pullWhat(e.pull)}) was approved by ${e.approvedBy.map((a) => `@${a.login} (${a.as})`).join(', ')}.`,
        ]
      : [],
};
