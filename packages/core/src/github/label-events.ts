// Who put a label on a pull request, and when: the issue's event list
// (`GET /repos/{owner}/{repo}/issues/{n}/events`), whose `labeled` events
// name the actor. A promotion's break-glass label is recorded this way.

import type { GitHub } from './client.ts';
import type { IssueEventReply } from './replies.ts';

/** The user who last added `label` to issue or pull request `number`, and when (ISO 8601); empty when no event says so. */
export async function labelAddedBy(gh: GitHub, number: number, label: string): Promise<{ by?: string; at?: string }> {
  const events = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
    owner: gh.owner,
    repo: gh.repo,
    issue_number: number,
    per_page: 100,
  })) satisfies IssueEventReply[];
  const wanted = label.toLowerCase();
  const added = events.filter((e: IssueEventReply) => e.event === 'labeled' && e.label?.name.toLowerCase() === wanted);
  const last = added[added.length - 1];
  return last ? { ...(last.actor?.login ? { by: last.actor.login } : {}), at: last.created_at } : {};
}
