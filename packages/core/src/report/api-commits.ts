import type { RemoteCommit } from '../git/generated-branch.ts';
import { markdownTable } from '../text/markdown.ts';

// commit-mode api, said the same way by prepare-release and promote-env:
// which commits written through the GitHub API GitHub shows as Verified
// (lockstep's own, signed by GitHub), and what became of others' commits:
// each is re-created with its author as a new commit, which GitHub does not
// sign, so a signature the original had (a web-editor commit's Verified) is
// gone; the old and new ids say which is which.

/** What GitHub shows for one commit, in words. */
function status(c: RemoteCommit): string {
  if (c.verified) return 'Verified';
  return c.keptAuthor ? `not verified (${c.reason}): a signature the original had does not carry over` : `not verified (${c.reason})`;
}

/** Whose commit it is, in words. */
function whose(c: RemoteCommit): string {
  if (!c.keptAuthor) return "lockstep's, authored by GitHub";
  return c.original
    ? `someone else's ${c.original.slice(0, 12)}, re-created with its author as a new commit`
    : "someone else's, re-created with its author";
}

/** One log line per commit: `abc123def456 (lockstep's, authored by GitHub): Verified`. */
export function apiCommitLines(commits: readonly RemoteCommit[]): string[] {
  return commits.map((c) => `${c.sha.slice(0, 12)} (${whose(c)}; built locally as ${c.local.slice(0, 12)}): ${status(c)}`);
}

/** The job summary's table of the commits written through the API (every cell escaped by markdownTable); empty without any. */
export function apiCommitsMarkdown(commits: readonly RemoteCommit[] | undefined): string {
  if (!commits || commits.length === 0) return '';
  const rows = commits.map((c) => [c.sha.slice(0, 12), whose(c), status(c)]);
  return `Commits written through the GitHub API (commit-mode: api):\n\n${markdownTable(['Commit', 'Whose', 'GitHub shows'], rows)}`;
}
