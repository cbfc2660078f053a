import type { components } from '@octokit/openapi-types';
import type { GitHub } from './client.ts';
import type { CheckRunReply } from './replies.ts';

/** The state of one required check on a commit, from a check run or a commit status. */
export interface CheckState {
  name: string;
  state: 'success' | 'pending' | 'failure' | 'missing';
  url?: string;
  source: 'check-run' | 'status';
}

// Branch protection treats neutral and skipped as passing.
const PASSING = new Set<string | null | undefined>(['success', 'neutral', 'skipped']);

/**
 * The state of each named check on `sha`: check runs (newest run of a name
 * wins, so a re-run replaces a failure) first, then commit statuses (their
 * context); a name with neither is 'missing'.
 */
export async function checkStates(gh: GitHub, sha: string, names: readonly string[]): Promise<CheckState[]> {
  if (!names.length) return [];
  // Each run passed the client's reply check: its id is a JSON integer (the schema allows a bigint for int64 ids).
  const runs = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    owner: gh.owner,
    repo: gh.repo,
    ref: sha,
    per_page: 100,
    filter: 'latest',
  })) as (CheckRunReply & Partial<Pick<components['schemas']['check-run'], 'html_url'>>)[];
  const { data: combined } = await gh.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/status', {
    owner: gh.owner,
    repo: gh.repo,
    ref: sha,
    per_page: 100,
  });
  const statuses = (combined.statuses ?? []) satisfies components['schemas']['simple-commit-status'][];
  return names.map((name): CheckState => {
    // Ids grow with creation; a queued re-run has no started_at yet but must still win over the run it replaces.
    const named = runs.filter((r) => r.name === name).sort((a, b) => b.id - a.id);
    const run = named[0];
    if (run) {
      const state = run.status !== 'completed' ? 'pending' : PASSING.has(run.conclusion) ? 'success' : 'failure';
      return { name, state, source: 'check-run', ...(run.html_url ? { url: run.html_url } : {}) };
    }
    // The combined status already keeps only the latest status per context.
    const status = statuses.find((s) => s.context === name);
    if (status) {
      const state = status.state === 'success' ? 'success' : status.state === 'pending' ? 'pending' : 'failure';
      return { name, state, source: 'status', ...(status.target_url ? { url: status.target_url } : {}) };
    }
    return { name, state: 'missing', source: 'check-run' };
  });
}
