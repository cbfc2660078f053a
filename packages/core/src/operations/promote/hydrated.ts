// promote-env into an environment whose hydrate: says promote: lockstep (issue 59 item 2): no file is edited.
// hydrate-env already wrote the environment's proposed branch; the promotion is the pull request from it into
// the active branch, whose diff is the hydrated change. The same gates decide first (promote/hydrated.ts builds
// their evidence from the hydrated branches): a hold that refuses opens nothing and ends the run with exit 1;
// a hold that drafts opens a draft without auto-merge. Nothing to promote (the active branch already holds the
// proposed tip, or runs the same DRY commit) opens nothing.

import { named, setting, UserError, words } from '../../errors.ts';
import { gateLines, type GateVerdict } from '../../promote/gates.ts';
import type { PullRef, UpsertOutcome } from '../../github/pulls.ts';
import { emptyPlan, hydratedGates, hydratedPending, landedHydrated, type HydratedTip } from '../../promote/hydrated.ts';
import type { PromotionPlan } from '../../promote/plan.ts';
import type { CheckResult, PromoteWorld } from '../../promote/ports.ts';
import type { HydratedTarget, PromoteRequest, Route } from '../../promote/request.ts';
import { fetchBase } from '../../promote/session.ts';
import type { Clock } from '../../registry/retry.ts';
import { escapeMarkdown } from '../../text/markdown.ts';
import { ParseCache } from '../../text/parse-cache.ts';

/** The DRY commits a promotion ships, newest first; undefined when the active branch names no DRY commit (a first promotion). */
type Ships = { sha: string; subject: string }[] | undefined;

/** What a promotion of hydrated branches did: the fields of run.ts's PromoteResult it sets. */
export interface HydratedResult {
  route: Route;
  /** Empty: no file is edited. */
  plan: PromotionPlan;
  /** The DRY base's tip. */
  baseSha: string;
  changed: boolean;
  diff: string;
  outcome: 'dry-run' | 'nothing' | 'checks' | 'held' | 'pr';
  gate?: GateVerdict;
  branch?: string;
  pull?: PullRef;
  pullOutcome?: UpsertOutcome;
  pushed: boolean;
  commit?: string;
  autoMerge?: { enabled: boolean; reason?: string };
  draft?: boolean;
  notes: string[];
  /** The active branch and the DRY commit it runs, when nothing is pending: the views say that, not pins. */
  hydrated?: { active: string; drySha: string };
}

/**
 * The require-checks' states where the promoted DRY commit was proven: on the commit the source environment runs
 * when it is hydrated (the merge that landed its hydrator.metadata on its active branch, as waves read them), else
 * on the DRY commit itself. A hydrated source that runs nothing yet has no such commit: refused.
 */
async function sourceChecks(
  req: PromoteRequest,
  route: Route,
  ports: PromoteWorld,
  dry: string,
): Promise<{ sha: string; states: CheckResult[] }> {
  if (!ports.github)
    throw new UserError(words`require-checks needs ${named('github-token')}`, { hint: words`${setting('github-token')} (checks: read)` });
  const source = req.from.kind === 'env' ? route.from : undefined;
  const t = source ? req.hydrated?.[source.name] : undefined;
  const sha = t ? await landedHydrated(ports, t) : dry;
  if (!sha)
    throw new UserError(`require-checks: ${source!.name} runs nothing on ${t!.active} yet, so no commit of it carries the checks`, {
      hint: `promote ${source!.name} first (its pull request into ${t!.active} merged), then ${route.to.name}`,
    });
  return { sha, states: await ports.github.checkStates(sha, req.requireChecks) };
}

/** The promotion of `target`'s proposed branch into its active branch, gates first. */
export async function promoteHydrated(
  req: PromoteRequest,
  route: Route,
  target: HydratedTarget,
  ports: PromoteWorld,
  clock: Pick<Clock, 'now'>,
): Promise<HydratedResult> {
  if (req.from.kind === 'ref')
    throw new UserError(
      `${route.to.name} is promoted from its hydrated branch ${target.proposed}, which a rollback (from: ref:) does not name`,
      {
        hint: `revert the DRY commit on ${req.base} and let hydrate-env write ${target.proposed}, then promote it`,
      },
    );
  const baseSha = await fetchBase(ports, req.base);
  const { next, active, pending, problem } = await hydratedPending(ports.git, target, route.to.name);
  if (problem) throw problem;
  const label = route.from?.name ?? 'hydrated';
  const base = { route, baseSha, diff: '', pushed: false, plan: emptyPlan(label) };
  if (!pending)
    return {
      ...base,
      changed: false,
      outcome: 'nothing',
      hydrated: { active: target.active, drySha: next.drySha! },
      notes: [`${target.active} already runs what ${target.proposed} holds (DRY commit ${next.drySha!.slice(0, 12)}); nothing to promote.`],
    };
  const dry = next.drySha!;
  // require-checks, before the gates and before anything opens: green where the source runs what is promoted.
  if (req.requireChecks.length > 0) {
    const checks = await sourceChecks(req, route, ports, dry);
    if (!checks.states.every((s) => s.state === 'success'))
      return { ...base, plan: { ...base.plan, checks: [checks] }, changed: false, outcome: 'checks', notes: [] };
  }
  const ships = active.drySha ? await ports.git.commitsBetween(active.drySha, dry) : undefined;
  const cache = new ParseCache();
  const gate = await hydratedGates({ req, route, ports, target, dry, baseSha, now: clock.now(), cache });
  const notes = [
    `${target.proposed} → ${target.active}: the manifests hydrated from DRY commit ${dry.slice(0, 12)}${active.drySha ? ` (${target.active} runs ${active.drySha.slice(0, 12)})` : ''}.`,
    ...(gate?.notes ?? []),
  ];
  const result = { ...base, notes, ...(gate ? { gate } : {}) };
  const held = gate?.action === 'refuse';
  if (held) return { ...result, changed: false, outcome: 'held' };
  if (req.dryRun) return { ...result, changed: true, outcome: 'dry-run' };
  const github = ports.github;
  if (!github)
    throw new UserError(words`opening a pull request needs ${named('github-token')}`, {
      hint: words`${setting('github-token')} (pull-requests: write)`,
    });
  const draft = route.to.protected || (req.draft ?? false) || gate?.action === 'draft';
  const { pull, outcome } = await github.upsertPull({
    branch: target.proposed,
    base: target.active,
    title: `promote: ${route.from ? `${route.from.name} → ` : ''}${route.to.name} (hydrated ${dry.slice(0, 12)})`,
    body: hydratedBody(route, target, next, active, ships, gate),
    draft,
    labels: req.labels,
    reviewers: req.reviewers,
  });
  // A break-glass label lets a held pull request through: the draft a hold made leaves draft (GitHub merges no
  // draft) and auto-merge is asked for then, as for a promotion of pins (run.ts's openPull).
  if (gate?.breakGlass && !draft && pull.draft) notes.push(await undraft(github, pull));
  const wantAutoMerge = !route.to.protected && !draft && route.to.settings.autoMerge;
  const autoMerge = wantAutoMerge && (outcome === 'created' || gate?.breakGlass) ? await github.enableAutoMerge(pull) : undefined;
  return {
    ...result,
    changed: true,
    outcome: 'pr',
    branch: target.proposed,
    pull,
    pullOutcome: outcome,
    commit: next.tip,
    draft,
    ...(autoMerge ? { autoMerge } : {}),
  };
}

/** The break-glass label's pull request taken out of draft, or why it could not be; the note that says which. */
async function undraft(github: NonNullable<PromoteWorld['github']>, pull: PullRef): Promise<string> {
  const ready = await github.readyForReview(pull);
  return ready.ready
    ? `Break glass: #${pull.number} is no longer a draft.`
    : `Break glass: #${pull.number} could not be taken out of draft (${ready.reason ?? 'refused'}); it does not merge until someone marks it ready for review.`;
}

/** The pull request's body: what it promotes, the DRY commits it ships, the gates' lines, how to check it. */
function hydratedBody(
  route: Route,
  target: HydratedTarget,
  next: HydratedTip,
  active: HydratedTip,
  ships: Ships,
  gate: GateVerdict | undefined,
): string {
  const code = (s: string) => `\`${s.replace(/`/g, '')}\``;
  const dry = next.drySha!;
  const lines = [
    `Promotes the hydrated manifests of **${escapeMarkdown(route.to.name)}**: ${code(target.proposed)} → ${code(target.active)}, rendered from DRY commit ${code(dry)}. The diff is what the cluster receives.`,
    '',
    '### What ships',
    '',
  ];
  if (!ships) lines.push(`The first promotion of ${code(target.active)}: it names no DRY commit yet.`);
  else if (ships.length === 0) lines.push(`No DRY commit between ${code(active.drySha!.slice(0, 12))} and ${code(dry.slice(0, 12))}.`);
  else {
    lines.push(`The DRY commits since ${code(active.drySha!.slice(0, 12))}, the commit ${code(target.active)} runs:`, '');
    for (const c of ships) lines.push(`- ${code(c.sha.slice(0, 12))} ${escapeMarkdown(c.subject)}`);
  }
  // What the gates held or let through, one quoted line each and escaped (a login is no mention), as in a promotion of pins.
  if (gate && (gate.holds.length > 0 || gate.notes.length > 0))
    lines.push(
      '',
      '### Gates',
      '',
      ...[...gateLines(gate), ...gate.notes].flatMap((n) => ['> [!IMPORTANT]', `> ${escapeMarkdown(n)}`, '']),
    );
  lines.push(
    '',
    `hydrate-env with mode: check and commit: ${code(next.tip!)} refuses a hand edit of this branch (the head must be a fresh render of its drySha).`,
  );
  return `${lines.join('\n')}\n`;
}
