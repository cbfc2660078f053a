import semver from 'semver';
import { CommitAnalyzer, type RawCommit } from '../commits/conventional.ts';
import { nextVersion } from '../commits/version.ts';
import { setting, theInput, UserError, words } from '../errors.ts';
import type { GitSpawner } from '../git/spawn.ts';
import { otherPrefixTags, publishedTag, scanReleaseRange, type LastRelease } from './history.ts';
import { readVersionFile } from './plan.ts';
import type { ReleasePorts } from './ports.ts';
import type { ReleaseResult } from './result.ts';
import type { ReleaseSettings } from './settings.ts';
import { tagCommit } from '../git/tags.ts';

/** The next version, decided: the result so far, and the version to prepare when there is one. */
export interface NextRelease {
  /** Mode, previous version, bump, commits and warnings; "Nothing to release" said when there is none. */
  result: ReleaseResult;
  /** The version to prepare; undefined when no commit since the last release calls for one. */
  version?: string;
  /** The last release tag's version, where the notes' compare link starts. */
  lastVersion?: string;
}

/** The last release and the commits since it, analyzed. */
export interface ReleaseScan {
  last: LastRelease;
  analyzer: CommitAnalyzer;
}

/**
 * The read of the commits since the last release, started before the files
 * are checked: `git log <tag>..HEAD` prints nothing until its walk of the
 * range is done (a tenth of a second at 10,000 commits), and that walk runs
 * while the run checks its files or asks GitHub about HEAD. Only local git
 * reads start early: a shallow clone's fetches (tags, history back to the
 * release) wait until `result()` is asked, after the checks, so a broken
 * file still fails the run before it touches the network. `stop()` (a run
 * that publishes, or fails) ends the read: no fetch starts, and git is stopped.
 */
export class CommitScan {
  private readonly stopped = new AbortController();
  private readonly fetching: Promise<void>;
  private letFetch!: () => void;
  private refuseFetch!: (reason: unknown) => void;
  private readonly scan: Promise<ReleaseScan>;
  /**
   * Settles once git walks the range since the last release, a shallow clone's scan waits for its
   * fetches to be let go, or the scan has ended: what the run does meanwhile overlaps the walk.
   */
  readonly walking: Promise<void>;

  /** `shallow`: whether the clone is shallow, when the caller asked it already (headFacts). */
  constructor(git: GitSpawner, prefix: string, head: string | Promise<string>, shallow?: Promise<boolean>) {
    this.fetching = new Promise<void>((go, no) => {
      this.letFetch = go;
      this.refuseFetch = no;
    });
    let walk!: () => void;
    this.walking = new Promise<void>((go) => (walk = go));
    let analyzer = new CommitAnalyzer();
    // Each commit is parsed as git prints it (a new analyzer when the range read first was not the release's).
    const open = () => {
      const a = (analyzer = new CommitAnalyzer());
      return (c: RawCommit) => a.add(c);
    };
    this.scan = scanReleaseRange(git, prefix, head, open, {
      mayFetch: this.fetching,
      signal: this.stopped.signal,
      shallow,
      walking: walk,
    }).then((last) => ({
      last,
      analyzer,
    }));
    // walking ends with the scan at the latest. Settled before anyone asks (a run that fails its checks never
    // does): not an unhandled rejection.
    this.scan.then(walk, walk);
    this.fetching.catch(() => undefined);
  }

  /** The scan, its fetches let go. */
  result(): Promise<ReleaseScan> {
    this.letFetch();
    return this.scan;
  }

  /** Abandons the scan: no fetch starts, a running git log is stopped. Nothing once the scan is done. */
  stop(): void {
    const reason = new Error('the read of the commits since the last release was abandoned');
    this.stopped.abort(reason);
    this.refuseFetch(reason);
  }
}

/**
 * Decides the next version from the commits since the last release (`scan`):
 * the version file's version is a floor when no tag carries it, tags of
 * another prefix are named (an error when they are this repository's
 * releases), and a version below the version file's or already tagged is
 * refused before anything is edited.
 */
export async function nextRelease(
  s: ReleaseSettings,
  deps: ReleasePorts,
  scan: CommitScan,
  read: (path: string) => string | undefined,
): Promise<NextRelease> {
  const { last, analyzer } = await scan.result();
  for (const f of last.fetched) deps.log.info(`fetched ${f} (shallow checkout)`);
  const analysis = analyzer.analysis();
  // The version file's version is a floor: no tag (a repository adopting lockstep) starts from it.
  const fileVersion = readVersionFile(read(s.versionFile), s.versionFile);
  let from = last.version;
  let previousNote: string | undefined;
  if (
    !last.tag &&
    s.version === undefined &&
    fileVersion &&
    semver.prerelease(fileVersion) === null &&
    semver.gt(fileVersion, s.initialVersion)
  ) {
    from = fileVersion;
    previousNote = `from ${s.versionFile}, no tag ${s.tagPrefix}${fileVersion} yet`;
  }
  const next = nextVersion({
    last: from,
    bump: analysis.bump,
    initialVersion: s.initialVersion,
    preMajor: s.preMajor,
    prerelease: s.prerelease,
    existing: last.allVersions,
    explicit: s.version,
    releaseAs: analysis.releaseAs,
  });
  const warnings: string[] = [];
  if (last.allVersions.length === 0 && s.version === undefined) {
    const others = await otherPrefixTags(deps.git, s.tagPrefix, last);
    if (others.length > 0) {
      const [top] = others;
      const shown = others
        .slice(0, 3)
        .map((o) => o.tag)
        .join(', ');
      const prefixName = top.prefix === '' ? "''" : top.prefix;
      const what = `no tag matches ${s.tagPrefix}X.Y.Z; found ${shown} — did you mean tag-prefix: ${prefixName}?`;
      // Those tags are this repository's releases when one names the version file's version, or when the
      // computed version would fall below them; tags of something else (e.g. chart-releaser's myapp-0.13.0) only warn.
      const mine = others.some(
        (o) =>
          (fileVersion !== undefined && semver.eq(o.version, fileVersion)) ||
          (next.version !== undefined && semver.lt(next.version, o.version)),
      );
      if (mine)
        throw new UserError(`${what} Nothing was edited or pushed`, {
          hint: words`write tag-prefix: ${prefixName} in the config (or ${setting('tag-prefix', prefixName)}), or give ${theInput('version')} to start the ${s.tagPrefix}X.Y.Z series`,
        });
      warnings.push(
        `${what} (they look like another component's tags: releasing from ${previousNote ? `${s.versionFile}'s ${fileVersion}` : 'the initial version'})`,
      );
    }
  }
  if (next.version && fileVersion && semver.lt(next.version, fileVersion)) {
    throw new UserError(`the next version ${next.version} is below ${fileVersion} in the version file; nothing was edited or pushed`, {
      file: s.versionFile,
      line: 1,
      hint: last.tag
        ? words`tag the release ${fileVersion} (${s.tagPrefix}${fileVersion}) if it was made, or give ${theInput('version')} (${fileVersion} or above)`
        : words`give ${theInput('version')} (${fileVersion} or above), or fix ${s.versionFile}`,
    });
  }
  const base: ReleaseResult = {
    mode: s.dryRun ? 'dry-run' : 'nothing',
    previousVersion: from,
    previousNote,
    bump: next.bump,
    notes: '',
    commits: analysis.commits,
    changes: [],
    rows: [],
    lockDirs: [],
    released: false,
    actions: [],
    warnings,
  };
  if (!next.version) {
    base.actions.push(
      `Nothing to release: none of the ${analyzer.count} commit(s) since ${last.tag ?? 'the first commit'} is a feat, fix, perf, revert or breaking change.`,
    );
    return { result: base, lastVersion: last.version };
  }
  const version = next.version;
  // Case 32: never prepare a version that is already tagged (a release made from another branch, an explicit
  // version, or the same version with other build metadata). A published GitHub Release always has its tag.
  const taken = await publishedTag(deps.git, s.tagPrefix, version, { known: last });
  if (taken) {
    const at = await tagCommit(deps.git, taken);
    throw new UserError(
      `version ${version} is already published: tag ${taken} exists (on ${at.slice(0, 12)}); nothing was edited or pushed`,
      {
        hint:
          s.version !== undefined
            ? words`give ${theInput('version')} above every tagged version`
            : words`give ${theInput('version')} above ${taken.slice(s.tagPrefix.length)}, or release from the branch that carries ${taken}`,
      },
    );
  }
  return { result: base, version, lastVersion: last.version };
}
