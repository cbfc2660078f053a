import type { Bump, ParsedCommit } from '../commits/conventional.ts';
import type { FileChange } from '../edits/diff.ts';
import type { Text } from '../text/parts.ts';
import type { RemoteCommit } from '../git/generated-branch.ts';
import type { ReleaseRow } from './plan.ts';

/** What a release run did, for outputs and the summary. */
export interface ReleaseResult {
  mode: 'dry-run' | 'pull-request' | 'publish' | 'nothing';
  version?: string;
  previousVersion?: string;
  /** Where previousVersion came from when no tag carries it (e.g. "from .version, no tag v2.0.0 yet"). */
  previousNote?: string;
  bump: Bump;
  /** In parts for a long release (renderNotesParts): the parts of CHANGELOG.md's new text they are in. */
  notes: Text;
  commits: ParsedCommit[];
  /** CHANGELOG.md's text after is in parts when the notes are. */
  changes: FileChange<Text>[];
  rows: ReleaseRow[];
  lockDirs: string[];
  pr?: { number: number; url: string };
  /** The merge queue branch of the release PR, when the PR was queued and so left as it was (release/queued.ts). */
  queued?: string;
  branch?: string;
  released: boolean;
  tag?: string;
  /** One line per thing done or decided, for the summary. */
  actions: string[];
  warnings: string[];
  /** commit-mode api: each commit this run wrote to the release branch through the GitHub API, oldest first, and what GitHub shows for it. */
  apiCommits?: RemoteCommit[];
  /** commit-mode api, publish: whether GitHub shows the tag this run created as Verified. */
  tagVerified?: boolean;
}
