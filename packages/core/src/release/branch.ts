import { UserError } from '../errors.ts';
import { publishGeneratedBranch } from '../git/generated-branch.ts';
import type { GitSpawner } from '../git/spawn.ts';
import { generatedTrailer, type FileWrite } from '../git/publish.ts';
import { codeSpan, escapeMarkdown, escapeTableCell, inertNotes } from '../text/markdown.ts';
import { joinText, textHead, textLength, type Text } from '../text/parts.ts';
import { BODY_CAP } from '../text/cap.ts';
import type { ReleaseRow } from './plan.ts';
import type { Person, ReleaseApi, ReleaseGit } from './ports.ts';
import type { PullRef } from '../github/pulls.ts';
import type { ReleaseResult } from './result.ts';
import type { RemoteCommit } from '../git/generated-branch.ts';

const MARKER = 'prepare-release';

/** The release PR's line in commit-mode api: whose commits GitHub signs, and that others' are re-created unsigned. */
const API_NOTE =
  'The release commit is created through the GitHub API (commit-mode: api) and signed by GitHub: it shows as Verified. Commits others pushed to this branch are re-created with their author as new commits, which GitHub does not sign: a signature they had (Verified, e.g. from GitHub’s web editor) does not carry over; the job summary lists each one’s old and new id.';

/** A commit pushed to the release branch after the bot's that cannot be kept as is: its sha, subject and conflicting files (none: the release commit itself was amended). */
export interface BranchConflict {
  commit: string;
  subject: string;
  files: string[];
}

/** The release commit to put on its branch: planned from a checkout of `head`, the tip of `base`. */
export interface ReleaseCommit {
  base: string;
  head: string;
  branch: string;
  files: readonly FileWrite[];
  message: string;
  author: Person;
  committer: Person;
}

/**
 * Puts the release commit on its branch with publishGeneratedBranch, the
 * base pinned to the checkout: a base that moved since is an error (the
 * files were planned from the old one), a branch whose release commit
 * already matches is left as is, commits pushed on top of it are re-applied
 * onto the new one, and the push goes with a lease, retried when another push
 * raced it. A release commit amended by hand, or a commit that no longer
 * applies, is a conflict: the branch is left alone. Each outcome is said in `actions`.
 */
export async function pushReleaseBranch(
  spawn: GitSpawner,
  git: ReleaseGit,
  c: ReleaseCommit,
  actions: string[],
): Promise<{ pushed: boolean; conflict?: BranchConflict; commits?: RemoteCommit[] }> {
  const { base, head, branch } = c;
  const r = await publishGeneratedBranch(
    spawn,
    {
      base,
      branch,
      trailer: generatedTrailer('prepare-release'),
      plan: () => Promise.resolve({ files: c.files, message: c.message }),
      author: c.author,
      committer: c.committer,
      pinned: { sha: head, moved: (tip) => baseMoved(base, tip, head) },
    },
    git,
  );
  switch (r.outcome) {
    case 'conflict':
      if (r.amended) {
        // Hand edits inside the release commit itself cannot be re-applied: regenerating would drop them.
        actions.push(`The release commit on ${branch} was amended by hand: the branch and PR are left as they are.`);
        return { pushed: false, conflict: { commit: r.commit, subject: `chore(release) commit amended by hand`, files: [] } };
      }
      actions.push(
        `Commit ${r.commit.slice(0, 7)} on ${branch} conflicts with the regenerated release commit (${r.files.join(', ')}): the branch and PR are left as they are.`,
      );
      return { pushed: false, conflict: { commit: r.commit, subject: r.subject, files: r.files } };
    case 'rejected':
      throw new UserError(`pushing ${branch} failed: ${r.detail}`, {
        hint: r.raced
          ? 'someone else is pushing to the release branch; run again'
          : 'check branch protection and push rules for the release branch',
      });
    case 'empty':
      throw new Error('publishGeneratedBranch: a pinned base never answers empty');
    default:
      if (r.kept) {
        actions.push(
          r.kept.length > 0
            ? `Branch ${branch} is current (its release commit matches; ${keptAsIs(r.kept)}).`
            : `Branch ${branch} is already up to date: nothing pushed.`,
        );
        return { pushed: false };
      }
      if (r.commits) {
        // commit-mode api: nothing was pushed; the commits were made by GitHub and the branch moved under a lease.
        const kept = r.replayed.length > 0 ? ' (commits pushed on top of it were re-applied)' : '';
        actions.push(
          r.previous
            ? `Regenerated the release commit on ${branch} through the GitHub API and moved the branch with a lease${kept}.`
            : `Created ${branch} through the GitHub API.`,
        );
        return { pushed: true, commits: r.commits };
      }
      actions.push(
        r.previous
          ? `Regenerated the release commit on ${branch} and pushed it with a lease${r.replayed.length > 0 ? ' (commits pushed on top of it were re-applied)' : ''}.`
          : `Pushed ${branch}.`,
      );
      return { pushed: true };
  }
}

/**
 * The base moved since the checkout. Recomputing would be wrong: the workspace (the files the plan read, the
 * charts found, the config, and what the lock command resolved) is a checkout of the old base, so a release
 * commit on the new tip would carry old-base bytes over the new commits. Checking the new tip out would change
 * the workspace under the job's later steps. The run for the new tip computes from the right files, so this one
 * fails saying so; the caller restores the workspace first.
 */
function baseMoved(base: string, baseTip: string, head: string): UserError {
  return new UserError(
    `base moved: ${base} is at ${baseTip.slice(0, 7)} now, this run checked out ${head.slice(0, 7)}; nothing was pushed, no pull request touched, and the workspace is restored`,
    {
      hint: `a release commit for ${baseTip.slice(0, 7)} cannot be built from a checkout of ${head.slice(0, 7)} (its files and lock-command output belong to the old base): the run for ${baseTip.slice(0, 7)} prepares the release PR (give the workflow a concurrency group so it runs next), or rerun this workflow on the newest ${base}`,
      cliHint: `bring ${base} up to date (git pull), then run lockstep release --push again`,
    },
  );
}

/**
 * The pull request side of a release: on a conflict, a comment on the open
 * release PR saying what conflicted and how to resolve it; otherwise the PR
 * opened or updated, and release PRs for other versions closed with a
 * pointer to it and their branches deleted. Sets `result.pr` and its actions.
 */
export async function handOverToPull(
  api: ReleaseApi,
  s: { base: string; labels: string[]; commitMode?: 'git' | 'api' },
  {
    version,
    notes,
    rows,
    branch,
    open,
    conflict,
    pushed,
  }: {
    version: string;
    notes: Text;
    rows: ReleaseRow[];
    branch: string;
    open: PullRef[];
    conflict?: BranchConflict;
    pushed: boolean;
  },
  result: ReleaseResult,
): Promise<void> {
  const title = `chore(release): ${version}`;
  const body = prBody(version, notes, rows, branch, s.commitMode);
  const existingPr = open.find((p) => p.head === branch);
  if (conflict && existingPr) {
    const how =
      conflict.files.length === 0
        ? `The release commit ${conflict.commit.slice(0, 7)} on ${codeSpan(branch)} was amended by hand, so prepare-release cannot regenerate it for ${escapeMarkdown(version)} without losing those edits. The branch was left as it is. To resolve: move the hand edits into a commit of their own on top of the release commit, or delete the branch to let prepare-release recreate it.`
        : `The release commit for ${escapeMarkdown(version)} was regenerated on the new base, but commit ${conflict.commit.slice(0, 7)} ("${escapeMarkdown(conflict.subject.replace(/"/g, "'"))}") pushed to ${codeSpan(branch)} does not apply on top of it (conflicts in ${conflict.files.map((f) => codeSpan(f)).join(', ')}). The branch was left as it is. To resolve: rebase ${codeSpan(branch)} onto the base branch, resolve the conflicts and push; or delete the branch to let prepare-release recreate it.`;
    await api.commentOnce(existingPr.number, `<!-- lockstep:${MARKER}-conflict -->\n${how}`, `${MARKER}-conflict`);
    result.pr = { number: existingPr.number, url: existingPr.url };
    result.actions.push(`Commented on #${existingPr.number} what conflicted.`);
    return;
  }
  let upserted;
  try {
    upserted = await api.upsertPull({ branch, base: s.base, title, body, labels: s.labels });
  } catch (e) {
    // The branch is on the remote now: say so, so nobody wonders where it came from.
    if (pushed && e instanceof Error) {
      const note = ` (branch ${branch} was pushed but has no pull request yet; a rerun after the fix reuses it)`;
      throw e instanceof UserError
        ? new UserError(`${e.message}${note}`, { hint: e.hintWords, cliHint: e.cliHint })
        : Object.assign(e, { message: `${e.message}${note}` });
    }
    throw e;
  }
  const { pull, outcome } = upserted;
  result.pr = { number: pull.number, url: pull.url };
  result.actions.push(
    outcome === 'created'
      ? `Opened release PR #${pull.number}.`
      : outcome === 'updated'
        ? `Updated release PR #${pull.number}.`
        : `Release PR #${pull.number} is unchanged.`,
  );
  for (const stale of open.filter((p) => p.head !== branch)) {
    await api.closePull(
      stale.number,
      `Superseded by #${pull.number} (${pull.url}): the next version is now ${version}. Branch \`${stale.head}\` is deleted.`,
    );
    await api.deleteBranch(stale.head);
    result.actions.push(
      `Closed stale release PR #${stale.number} (${stale.head}) with a comment pointing to #${pull.number}, and deleted its branch.`,
    );
  }
  if (!pushed && outcome === 'unchanged' && !conflict && result.actions.length > 0)
    result.actions.push('Nothing changed: idempotent rerun.');
}

/**
 * The release PR's body: the notes and a table of every file and version changed. Paths, pins and
 * versions come from the repository's files: escaped. The notes are Markdown on purpose (commit text
 * in them is escaped by renderNotes); inertNotes keeps raw HTML and images out of them all the same.
 */
export function prBody(version: string, notes: Text, rows: readonly ReleaseRow[], branch: string, commitMode?: 'git' | 'api'): string {
  const cell = escapeTableCell;
  const table = [
    '| File | What | From | To |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${codeSpan(r.file, true)} | ${cell(r.what)} | ${cell(r.from)} | ${cell(r.to)} |`),
  ].join('\n');
  return [
    `<!-- lockstep:${MARKER} -->`,
    `:robot: Release **${escapeMarkdown(version)}**, prepared by lockstep prepare-release. Merging this PR tags the release and publishes the GitHub Release.`,
    '',
    inertNotes(bodyNotes(notes)),
    '',
    '### Files',
    '',
    table,
    '',
    `Commits pushed to ${codeSpan(branch)} are kept when this PR is regenerated.`,
    '',
    // The same words on every run (no SHA): a rerun that writes nothing leaves the body as it is.
    ...(commitMode === 'api' ? [API_NOTE, ''] : []),
  ].join('\n');
}

/**
 * The notes trimmed, as the PR body holds them. GitHub takes at most BODY_CAP
 * characters and the body is cut within them (fitBody): notes more than twice
 * as long go in by a head that still makes the body too long, so the cut is
 * where it would be in the whole, and a long release's notes in parts are
 * never joined whole for a body that keeps 64 KiB of them.
 */
function bodyNotes(notes: Text): string {
  const cap = 2 * BODY_CAP;
  if (textLength(notes) <= cap) return joinText(notes).trim();
  const head = textHead(notes, cap).trim();
  return head.length > BODY_CAP ? head : joinText(notes).trim();
}

/** Others' commits above a current release commit, by id: nothing was re-created. */
function keptAsIs(kept: readonly string[]): string {
  const ids = kept.map((c) => c.slice(0, 12)).join(', ');
  return kept.length === 1
    ? `1 commit pushed on top of it is kept as it is: ${ids}`
    : `${kept.length} commits pushed on top of it are kept as they are: ${ids}`;
}
