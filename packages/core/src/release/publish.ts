import semver from 'semver';
import { realFs } from '../edits/transaction.ts';
import { resolveInside } from '../fs/workspace.ts';
import { findLastRelease } from './history.ts';
import { notesFromChangelog } from './notes.ts';
import { versionSections } from '../changelog/sections.ts';
import { describeTrail } from '../trail/trail.ts';
import type { ReleaseApi, ReleasePorts } from './ports.ts';
import type { PullRef } from '../github/pulls.ts';
import type { ReleaseResult } from './result.ts';
import type { ReleaseSettings } from './settings.ts';
import { subjectOf } from '../git/commits.ts';
import type { AssetOutcome } from '../github/release-assets.ts';

/** A merged release PR's version (and the PR, when GitHub knows it). */
export interface MergedRelease {
  version: string;
  pull?: PullRef;
}

/** The version a merged release PR carried, when HEAD is its merge (API first, then the commit subject). */
export async function detectRelease(s: ReleaseSettings, deps: ReleasePorts, head: string): Promise<MergedRelease | undefined> {
  // A commit GitHub does not know (pushed nowhere yet) has no pull requests: fall back to its subject.
  const pulls = await deps.api!.pullsForCommit(head).catch((e: { status?: number }) => {
    if (e.status === 404 || e.status === 422) return [];
    throw e;
  });
  for (const p of pulls) {
    if (!p.merged || !p.head.startsWith(s.branchPrefix)) continue;
    const v = p.head.slice(s.branchPrefix.length);
    if (semver.valid(v) === v) return { version: v, pull: p };
  }
  const found = releaseOfSubject(await subjectOf(deps.git, head), s.branchPrefix);
  return found ? { version: found.version } : undefined;
}

/**
 * The release a commit's subject says it merged, as GitHub writes a release PR's merge with its default message:
 * the squash (`chore(release): 1.5.0 (#12)`), the release commit itself (a rebase), or the merge commit
 * (`Merge pull request #12 from owner/chore/release-1.5.0`); `pull` when the subject names it.
 */
export function releaseOfSubject(subject: string, branchPrefix: string): { version: string; pull?: number } | undefined {
  const squash = /^chore\(release\): (\S+?)(?: \(#(\d{1,9})\))?$/.exec(subject);
  const merge = new RegExp(`^Merge pull request #(\\d{1,9}) from \\S+?/${escapeRe(branchPrefix)}(\\S+)$`).exec(subject);
  const version = squash?.[1] ?? merge?.[2];
  if (version === undefined || semver.valid(version) !== version) return undefined;
  const pull = squash ? squash[2] : merge?.[1];
  return pull === undefined ? { version } : { version, pull: Number(pull) };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * notify-pulls: "Released in v1.5.0" on every pull request the version's
 * CHANGELOG.md section cites (the release pull request itself left out);
 * a rerun finds each comment current and changes nothing.
 */
async function releaseTrail(
  leave: ReleaseApi['leaveTrail'],
  changelog: string | undefined,
  found: MergedRelease,
  tag: string,
): Promise<string[]> {
  const section = changelog ? versionSections(changelog).find((v) => v.version === found.version) : undefined;
  const pulls = [...new Set(section?.entries.flatMap((e) => e.pulls) ?? [])];
  if (pulls.length === 0) return ['notify-pulls: the release notes cite no pull request; no trail comment left.'];
  return describeTrail(`released in ${tag}`, await leave(pulls, { release: tag }, found.pull ? [found.pull.number] : []));
}

/** What happened to one asset of the draft, said before the publish line. */
function assetLine(a: AssetOutcome): string {
  if (a.outcome === 'kept') return `Asset ${a.name}: already on the draft with the same size (an earlier run uploaded it), kept.`;
  if (a.outcome === 'replaced') return `Asset ${a.name}: the draft held another file of that name, replaced by this one.`;
  return `Attached ${a.name} to the draft release.`;
}

/**
 * Publishes a merged release: the annotated tag on HEAD, pushed, then the
 * GitHub Release with the version's notes (from CHANGELOG.md, else the PR's
 * body), made as a draft and published once, so a repository with immutable
 * releases takes it; a rerun after a job stopped between the two publishes
 * that draft. A rerun finds both done and says so (`released` false), and
 * edits nothing.
 */
export async function publishRelease(s: ReleaseSettings, deps: ReleasePorts, head: string, found: MergedRelease): Promise<ReleaseResult> {
  const api = deps.api!;
  const tag = `${s.tagPrefix}${found.version}`;
  const changelog = realFs.readFile(resolveInside(s.root, 'CHANGELOG.md', 'CHANGELOG.md'));
  const notes = (changelog && notesFromChangelog(changelog, found.version)) ?? found.pull?.body ?? `Release ${found.version}\n`;
  const actions: string[] = [];
  // The release before this one, found before tagging (a rerun finds this release's tag on HEAD: the one below it).
  const prior = await findLastRelease(deps.git, s.tagPrefix);
  for (const f of prior.fetched) deps.log.info(`fetched ${f} (shallow checkout)`);
  const previousVersion =
    prior.version && semver.lt(prior.version, found.version)
      ? prior.version
      : semver.rsort(prior.allVersions.filter((v) => semver.prerelease(v) === null && semver.lt(v, found.version)))[0];
  const publish = deps.publish!;
  const message = `Release ${found.version}`;
  // commit-mode api: the tag object is made by GitHub (signed), not pushed.
  const made = await publish.tag(tag, head, message, s.committer);
  const tagOutcome = made.outcome;
  if (made.through === 'api' && tagOutcome === 'created')
    actions.push(
      `Tagged ${head.slice(0, 7)} as ${tag} (annotated) through the GitHub API; GitHub shows the tag as ${made.verified ? 'Verified' : 'unverified'}.`,
    );
  else
    actions.push(
      tagOutcome === 'created'
        ? `Tagged ${head.slice(0, 7)} as ${tag} (annotated) and pushed it.`
        : `Tag ${tag} already exists on ${head.slice(0, 7)}.`,
    );
  const existing = await api.getReleaseByTag(tag);
  let releaseCreated = false;
  if (existing) actions.push(`GitHub Release ${tag} already exists: ${existing.url}`);
  else {
    const r = await api.createRelease({
      tag,
      name: tag,
      body: notes,
      prerelease: semver.prerelease(found.version) !== null,
      target: head,
      assets: s.assets,
    });
    releaseCreated = r.outcome === 'created';
    actions.push(...(r.assets ?? []).map(assetLine));
    actions.push(
      r.outcome === 'existing'
        ? `GitHub Release ${tag} already exists: ${r.release.url}`
        : r.resumed
          ? `Published the draft GitHub Release ${tag} an earlier run left (it was stopped before publishing it): ${r.release.url}`
          : `Created the GitHub Release ${tag} as a draft and published it: ${r.release.url}`,
    );
  }
  const released = tagOutcome === 'created' || releaseCreated;
  if (!released) actions.push('Nothing to do: this release is already tagged and published.');
  if (s.notifyPulls) actions.push(...(await releaseTrail(api.leaveTrail, changelog, found, tag)));
  return {
    mode: 'publish',
    version: found.version,
    previousVersion,
    bump: 'none',
    notes,
    commits: [],
    changes: [],
    rows: [],
    lockDirs: [],
    pr: found.pull ? { number: found.pull.number, url: found.pull.url } : undefined,
    released,
    tag,
    actions,
    warnings: [],
    ...(made.through === 'api' && tagOutcome === 'created' ? { tagVerified: made.verified } : {}),
  };
}
