import { existsSync, readFileSync } from 'node:fs';
import semver from 'semver';
import { UserError } from '../errors.ts';
import { headProblem } from '../git/local-repo.ts';
import type { GitSpawner } from '../git/objects.ts';
import { applyEdits, commitChanges, realFs, type FileEdit } from '../edits/transaction.ts';
import type { FileChange } from '../edits/diff.ts';
import { analyzeCommits, type Bump, type ParsedCommit } from '../commits/conventional.ts';
import { nextVersion, type PreMajor } from '../commits/version.ts';
import { resolveInside } from '../fs/workspace.ts';
import { committedView, type CommittedView } from './committed.ts';
import { findLastRelease, otherPrefixTags, publishedTag, releaseRange } from './history.ts';
import { notesFromChangelog, renderNotes } from './notes.ts';
import { codeSpan, escapeMarkdown, escapeTableCell, inertNotes } from '../text/markdown.ts';
import { planReleaseFiles, readVersionFile, type ReleaseFilesRequest, type ReleaseRow } from './plan.ts';
import { changedFiles, restoreDir, runLockCommand, snapshotDir, type Snapshot } from './lock.ts';
import type { Person, ReleaseApi, ReleaseGit, ReleasePull } from './ports.ts';

/** The trailer that marks the bot's release commit, so reruns can tell it from a human's. */
export const GENERATED_TRAILER = 'Lockstep-Generated: prepare-release';
const MARKER = 'prepare-release';

/** Every setting of a run, resolved from inputs and config and validated. */
export interface ReleaseSettings
  extends Pick<ReleaseFilesRequest, 'versionFile' | 'packages' | 'pins' | 'charts' | 'allCharts' | 'chartVersionPolicy' | 'changelog' | 'date'> {
  /** Absolute working directory (the repository root or a folder in it). */
  root: string;
  dryRun: boolean;
  version?: string;
  prerelease?: string;
  initialVersion: string;
  preMajor: PreMajor;
  tagPrefix: string;
  lockCommand?: string[];
  lockTimeoutMs: number;
  branchPrefix: string;
  /** Base branch; required outside a dry run. */
  base?: string;
  labels: string[];
  freezeLabel: string;
  author: Person;
  committer: Person;
  repository?: string;
  serverUrl: string;
}

/** The outside world of a run; `api` and `publish` are absent in a dry run. */
export interface ReleaseDeps {
  git: GitSpawner;
  api?: ReleaseApi;
  publish?: ReleaseGit;
  log: {
    info(line: string): void;
    warning(line: string): void;
    group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  };
  env?: NodeJS.ProcessEnv;
}

/** What a run did, for outputs and the summary. */
export interface ReleaseResult {
  mode: 'dry-run' | 'pull-request' | 'publish' | 'nothing';
  version?: string;
  previousVersion?: string;
  /** Where previousVersion came from when no tag carries it (e.g. "from .version, no tag v2.0.0 yet"). */
  previousNote?: string;
  bump: Bump;
  notes: string;
  commits: ParsedCommit[];
  changes: FileChange[];
  rows: ReleaseRow[];
  lockDirs: string[];
  pr?: { number: number; url: string };
  branch?: string;
  released: boolean;
  tag?: string;
  /** One line per thing done or decided, for the summary. */
  actions: string[];
  warnings: string[];
}

async function text(git: GitSpawner, args: string[]): Promise<string> {
  const r = await git(args);
  if (r.code !== 0) throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim().split('\n')[0]}`);
  return r.stdout.toString('utf8').trim();
}

/**
 * Runs prepare-release: on a commit that merged a release PR it publishes
 * (tag + GitHub Release); otherwise it computes the next version and, unless
 * dry-run, opens or updates the one release PR.
 */
export async function runRelease(s: ReleaseSettings, deps: ReleaseDeps): Promise<ReleaseResult> {
  // A fresh `git init`, an unborn branch or a bare repository: said as what it is, not as a git failure.
  const noHead = await headProblem(deps.git, 'nothing to release');
  if (noHead) throw noHead;
  const head = await text(deps.git, ['rev-parse', '--verify', 'HEAD^{commit}']);
  // Planned from HEAD's committed files: a rerun in the same workspace computes the same release.
  const view = await committedView(deps.git, s.root, head, deps.env);
  checkFiles(s, view.read);
  if (!s.dryRun) {
    if (!deps.api || !deps.publish) throw new Error('prepare-release needs the GitHub client outside a dry run');
    const published = await detectRelease(s, deps, head);
    if (published) return publish(s, deps, head, published);
  }
  return prepare(s, deps, head, view);
}

/**
 * Reads and checks every file the release will edit (version file, packages,
 * pin tables, charts) before any fetch or API call, with a stand-in version
 * above any real one: a broken file fails the run before it touches the network.
 */
function checkFiles(s: ReleaseSettings, read: (p: string) => string | undefined): void {
  planReleaseFiles({ ...s, version: '999999.0.0', notes: '', read });
}

/** The version a merged release PR carried, when HEAD is its merge (API first, then the commit subject). */
async function detectRelease(s: ReleaseSettings, deps: ReleaseDeps, head: string): Promise<{ version: string; pull?: ReleasePull } | undefined> {
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
  const subject = await text(deps.git, ['log', '-1', '--format=%s', head, '--']);
  const m = /^chore\(release\): (\S+?)(?: \(#\d+\))?$/.exec(subject) ?? new RegExp(`^Merge pull request #\\d+ from \\S+?/${escapeRe(s.branchPrefix)}(\\S+)$`).exec(subject);
  if (m && semver.valid(m[1]) === m[1]) return { version: m[1] };
  return undefined;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function publish(s: ReleaseSettings, deps: ReleaseDeps, head: string, found: { version: string; pull?: ReleasePull }): Promise<ReleaseResult> {
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
  const tagOutcome = await deps.publish!.pushTag(tag, head, `Release ${found.version}`, s.committer);
  actions.push(tagOutcome === 'created' ? `Tagged ${head.slice(0, 7)} as ${tag} (annotated) and pushed it.` : `Tag ${tag} already exists on ${head.slice(0, 7)}.`);
  const existing = await api.getReleaseByTag(tag);
  let releaseCreated = false;
  if (existing) actions.push(`GitHub Release ${tag} already exists: ${existing.url}`);
  else {
    const r = await api.createRelease({ tag, name: tag, body: notes, prerelease: semver.prerelease(found.version) !== null, target: head });
    releaseCreated = r.outcome === 'created';
    actions.push(r.outcome === 'created' ? `Created the GitHub Release ${tag}: ${r.release.url}` : `GitHub Release ${tag} already exists: ${r.release.url}`);
  }
  const released = tagOutcome === 'created' || releaseCreated;
  if (!released) actions.push('Nothing to do: this release is already tagged and published.');
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
  };
}

async function prepare(s: ReleaseSettings, deps: ReleaseDeps, head: string, view: CommittedView): Promise<ReleaseResult> {
  const { last, commits: raw } = await releaseRange(deps.git, s.tagPrefix, head);
  for (const f of last.fetched) deps.log.info(`fetched ${f} (shallow checkout)`);
  const analysis = analyzeCommits(raw);
  // The version file's version is a floor: no tag (a repository adopting lockstep) starts from it.
  const fileVersion = readVersionFile(view.read(s.versionFile), s.versionFile);
  let from = last.version;
  let previousNote: string | undefined;
  if (!last.tag && s.version === undefined && fileVersion && semver.prerelease(fileVersion) === null && semver.gt(fileVersion, s.initialVersion)) {
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
    const others = await otherPrefixTags(deps.git, s.tagPrefix);
    if (others.length > 0) {
      const [top] = others;
      const shown = others.slice(0, 3).map((o) => o.tag).join(', ');
      const prefixName = top.prefix === '' ? "''" : top.prefix;
      const what = `no tag matches ${s.tagPrefix}X.Y.Z; found ${shown} — did you mean tag-prefix: ${prefixName}?`;
      // Those tags are this repository's releases when one names the version file's version, or when the
      // computed version would fall below them; tags of something else (e.g. chart-releaser's myapp-0.13.0) only warn.
      const mine = others.some((o) => (fileVersion !== undefined && semver.eq(o.version, fileVersion)) || (next.version !== undefined && semver.lt(next.version, o.version)));
      if (mine)
        throw new UserError(`${what} Nothing was edited or pushed`, {
          hint: `set tag-prefix: ${prefixName} (config or input), or give the version input to start the ${s.tagPrefix}X.Y.Z series`,
        });
      warnings.push(`${what} (they look like another component's tags: releasing from ${previousNote ? `${s.versionFile}'s ${fileVersion}` : 'the initial version'})`);
    }
  }
  if (next.version && fileVersion && semver.lt(next.version, fileVersion)) {
    throw new UserError(`the next version ${next.version} is below ${fileVersion} in the version file; nothing was edited or pushed`, {
      file: s.versionFile,
      line: 1,
      hint: last.tag
        ? `tag the release ${fileVersion} (${s.tagPrefix}${fileVersion}) if it was made, or give the version input (${fileVersion} or above)`
        : `give the version input (${fileVersion} or above), or fix ${s.versionFile}`,
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
    base.actions.push(`Nothing to release: none of the ${raw.length} commit(s) since ${last.tag ?? 'the first commit'} is a feat, fix, perf, revert or breaking change.`);
    return base;
  }
  const version = next.version;
  // Case 32: never prepare a version that is already tagged (a release made from another branch, an explicit
  // version, or the same version with other build metadata). A published GitHub Release always has its tag.
  const taken = await publishedTag(deps.git, s.tagPrefix, version);
  if (taken) {
    const at = await text(deps.git, ['rev-parse', '--verify', '--end-of-options', `refs/tags/${taken}^{commit}`]);
    throw new UserError(`version ${version} is already published: tag ${taken} exists (on ${at.slice(0, 12)}); nothing was edited or pushed`, {
      hint: s.version !== undefined ? `give a version input above every tagged version` : `give a version input above ${taken.slice(s.tagPrefix.length)}, or release from the branch that carries ${taken}`,
    });
  }
  const notes = renderNotes(analysis.commits, { version, previous: last.version, tagPrefix: s.tagPrefix, serverUrl: s.serverUrl, repository: s.repository, date: s.date });
  const read = view.read;
  const plan = planReleaseFiles({
    version,
    versionFile: s.versionFile,
    packages: s.packages,
    pins: s.pins,
    charts: s.charts,
    allCharts: s.allCharts,
    chartVersionPolicy: s.chartVersionPolicy,
    changelog: s.changelog,
    notes,
    date: s.date,
    read,
  });
  const ignored = view.ignored();
  if (ignored.length > 0) deps.log.info(`planned from HEAD's committed files; uncommitted changes to ${ignored.join(', ')} are ignored`);
  const result: ReleaseResult = { ...base, version, notes, rows: plan.rows, lockDirs: s.lockCommand ? plan.lockDirs : [], warnings: [...warnings, ...plan.warnings] };
  const branch = `${s.branchPrefix}${version}`;
  result.branch = branch;

  if (s.dryRun) {
    result.changes = applyEdits(s.root, plan.edits, { dryRun: true, fs: view.fs }).changes;
    if (s.lockCommand && plan.lockDirs.length > 0) result.actions.push(`Would run ${s.lockCommand.join(' ')} in ${plan.lockDirs.join(', ')}.`);
    result.actions.push(`Dry run: ${result.changes.length} file(s) would change for ${version}; nothing was written, pushed or called.`);
    return result;
  }

  const api = deps.api!;
  const git = deps.publish!;
  if (!s.base) throw new UserError('base is required in detached HEAD', { hint: "set input 'base' to the branch releases are made from (e.g. main)" });
  const open = await api.findOpenPulls({ branchPrefix: s.branchPrefix, base: s.base });
  const frozen = open.find((p) => p.labels.includes(s.freezeLabel));
  if (frozen) {
    result.mode = 'nothing';
    result.pr = { number: frozen.number, url: frozen.url };
    result.branch = frozen.head;
    result.actions.push(`Release PR #${frozen.number} carries the '${s.freezeLabel}' label: it is left alone and no new release PR is opened. Remove the label to let prepare-release update it.`);
    return result;
  }

  // Write, run the lock command, read back what the commit must hold; any failure puts every byte back.
  const { files, changes, restore } = await writeAndLock(s, deps, plan.edits, plan.lockDirs, view);
  result.changes = changes;
  result.mode = 'pull-request';
  // From here on the workspace holds the release; it is put back as it was when the run ends, whatever
  // the outcome: the release lives on its branch, and later steps (or a retry) see the checkout.
  try {
    const message = `chore(release): ${version}\n\n${GENERATED_TRAILER}\n`;
    const commit = await git.commitFiles({ parent: head, files, message, author: s.author, committer: s.committer, stampTree: true });

    const { pushed, conflict } = await pushReleaseBranch(s.base, deps.git, git, { head, branch, commit }, result.actions);
    await handOverToPull(api, { base: s.base, labels: s.labels }, { version, notes, rows: plan.rows, branch, open, conflict, pushed }, result);
    return result;
  } finally {
    restore();
  }
}

/** A commit pushed to the release branch after the bot's that cannot be kept as is: its sha, subject and conflicting files (none: the release commit itself was amended). */
interface BranchConflict {
  commit: string;
  subject: string;
  files: string[];
}

/**
 * Puts the release commit on `branch`: after checking the base has not moved
 * since the checkout, a branch whose release commit already matches is left
 * as is, commits pushed on top of it are re-applied onto the new one, and the
 * push goes with a lease, retried when another push raced it. A release
 * commit amended by hand, or a commit that no longer applies, is a conflict:
 * the branch is left alone. Each outcome is said in `actions`.
 */
async function pushReleaseBranch(
  base: string,
  spawn: GitSpawner,
  git: ReleaseGit,
  { head, branch, commit }: { head: string; branch: string; commit: string },
  actions: string[],
): Promise<{ pushed: boolean; conflict?: BranchConflict }> {
  const tree = (sha: string) => text(spawn, ['rev-parse', '--verify', '--end-of-options', `${sha}^{tree}`]);
  const parent = (sha: string) => text(spawn, ['rev-parse', '--verify', '--end-of-options', `${sha}^`]);
  let pushed = false;
  let conflict: BranchConflict | undefined;
  for (let attempt = 1; ; attempt++) {
    // The base moved since the checkout. Recomputing here would be wrong: the workspace (the files the plan
    // read, the charts found, the config, and what the lock command resolved) is a checkout of the old base,
    // so a release commit on the new tip would carry old-base bytes over the new commits. Checking the new tip
    // out would change the workspace under the job's later steps. The run for the new tip computes from the
    // right files, so this one fails saying so; the caller restores the workspace first.
    const baseTip = await git.fetchBranch(base);
    if (baseTip && baseTip !== head) {
      throw new UserError(
        `base moved: ${base} is at ${baseTip.slice(0, 7)} now, this run checked out ${head.slice(0, 7)}; nothing was pushed, no pull request touched, and the workspace is restored`,
        {
          hint: `a release commit for ${baseTip.slice(0, 7)} cannot be built from a checkout of ${head.slice(0, 7)} (its files and lock-command output belong to the old base): the run for ${baseTip.slice(0, 7)} prepares the release PR (give the workflow a concurrency group so it runs next), or rerun this workflow on the newest ${base}`,
          cliHint: `bring ${base} up to date (git pull), then run lockstep release --push again`,
        },
      );
    }
    const tip = await git.fetchBranch(branch);
    let target = commit;
    if (tip) {
      const { generated, after, amended } = await git.commitsAfterGenerated(head, tip, GENERATED_TRAILER);
      if (amended && generated) {
        // Hand edits inside the release commit itself cannot be re-applied: regenerating would drop them.
        conflict = { commit: generated, subject: `chore(release) commit amended by hand`, files: [] };
        actions.push(`The release commit on ${branch} was amended by hand: the branch and PR are left as they are.`);
        break;
      }
      const same = generated !== undefined && (await parent(generated)) === head && (await tree(generated)) === (await tree(commit));
      if (same) {
        actions.push(after.length > 0 ? `Branch ${branch} is current (its release commit matches; ${after.length} commit(s) pushed on top of it are kept).` : `Branch ${branch} is already up to date: nothing pushed.`);
        break;
      }
      if (after.length > 0) {
        const replay = await git.replayCommits(commit, after);
        if (!replay.ok) {
          conflict = replay;
          actions.push(`Commit ${replay.commit.slice(0, 7)} on ${branch} conflicts with the regenerated release commit (${replay.files.join(', ')}): the branch and PR are left as they are.`);
          break;
        }
        target = replay.head;
      }
    }
    const r = await git.pushBranch(branch, target, tip);
    if (r.ok) {
      pushed = true;
      actions.push(tip ? `Regenerated the release commit on ${branch} and pushed it with a lease${target !== commit ? ' (commits pushed on top of it were re-applied)' : ''}.` : `Pushed ${branch}.`);
      break;
    }
    // A stale lease, or a rejection because another push updated the branch at the same moment (the
    // server's ref lock): look again. Anything else (protected branch, hook) is final.
    const raced = r.reason === 'stale' || (await git.fetchBranch(branch)) !== tip;
    if (!raced || attempt >= 3) throw new UserError(`pushing ${branch} failed: ${r.detail}`, { hint: raced ? 'someone else is pushing to the release branch; run again' : 'check branch protection and push rules for the release branch' });
  }
  return { pushed, conflict };
}

/**
 * The pull request side of a release: on a conflict, a comment on the open
 * release PR saying what conflicted and how to resolve it; otherwise the PR
 * opened or updated, and release PRs for other versions closed with a
 * pointer to it and their branches deleted. Sets `result.pr` and its actions.
 */
async function handOverToPull(
  api: ReleaseApi,
  s: { base: string; labels: string[] },
  { version, notes, rows, branch, open, conflict, pushed }: { version: string; notes: string; rows: ReleaseRow[]; branch: string; open: ReleasePull[]; conflict?: BranchConflict; pushed: boolean },
  result: ReleaseResult,
): Promise<void> {
  const title = `chore(release): ${version}`;
  const body = prBody(version, notes, rows, branch);
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
      throw e instanceof UserError ? new UserError(`${e.message}${note}`, { hint: e.hint }) : Object.assign(e, { message: `${e.message}${note}` });
    }
    throw e;
  }
  const { pull, outcome } = upserted;
  result.pr = { number: pull.number, url: pull.url };
  result.actions.push(outcome === 'created' ? `Opened release PR #${pull.number}.` : outcome === 'updated' ? `Updated release PR #${pull.number}.` : `Release PR #${pull.number} is unchanged.`);
  for (const stale of open.filter((p) => p.head !== branch)) {
    await api.closePull(stale.number, `Superseded by #${pull.number} (${pull.url}): the next version is now ${version}. Branch \`${stale.head}\` is deleted.`);
    await api.deleteBranch(stale.head);
    result.actions.push(`Closed stale release PR #${stale.number} (${stale.head}) with a comment pointing to #${pull.number}, and deleted its branch.`);
  }
  if (!pushed && outcome === 'unchanged' && !conflict && result.actions.length > 0) result.actions.push('Nothing changed: idempotent rerun.');
}

/**
 * Writes the planned edits, runs the lock command in each folder whose pins
 * changed, and returns the final contents of every file the commit must
 * hold. On any failure every touched file is put back byte for byte.
 */
async function writeAndLock(
  s: ReleaseSettings,
  deps: ReleaseDeps,
  edits: readonly FileEdit[],
  lockDirs: readonly string[],
  view: CommittedView,
): Promise<{ files: { path: string; content: Buffer | null }[]; changes: FileChange[]; restore: () => void }> {
  // The changes from HEAD's files; what is written is each file's planned text over what the work tree holds.
  const plan = applyEdits(s.root, edits, { dryRun: true, fs: view.fs });
  const writes = plan.changes
    .map((c) => ({ path: c.path, before: realFs.readFile(resolveInside(s.root, c.path, c.path)), after: c.after }))
    .filter((c) => c.before !== c.after);
  const dirs = s.lockCommand ? lockDirs : [];
  const snapshots = new Map<string, Snapshot>(dirs.map((d) => [d, snapshotDir(s.root, d)]));
  commitChanges(s.root, writes);
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    for (const [d, snap] of snapshots) restoreDir(s.root, d, snap);
    commitChanges(
      s.root,
      writes.filter((c) => c.before !== undefined).map((c) => ({ path: c.path, before: c.after, after: c.before! })),
    );
    for (const c of writes) if (c.before === undefined) realFs.unlink(resolveInside(s.root, c.path, c.path));
  };
  try {
    const paths = new Set(plan.changes.map((c) => c.path));
    // A lock file left modified by an earlier run may come out of the lock command unchanged: it still differs from HEAD.
    for (const d of dirs) for (const f of view.dirtyUnder(d)) paths.add(f);
    for (const d of dirs) {
      const before = snapshotDir(s.root, d);
      await deps.log.group(`lock-command in ${d}`, async () => {
        try {
          const r = await runLockCommand(s.root, d, s.lockCommand!, s.lockTimeoutMs, deps.env);
          deps.log.info(r.output.trimEnd());
          return r;
        } catch (e) {
          const out = (e as { output?: string }).output;
          if (out) deps.log.info(out.trimEnd());
          throw e;
        }
      });
      for (const f of changedFiles(before, snapshotDir(s.root, d))) paths.add(f);
    }
    const prefix = view.prefix;
    const files = [...paths].sort().map((p) => {
      const abs = resolveInside(s.root, p, p);
      return { path: `${prefix}${p}`, content: existsSync(abs) ? readFileSync(abs) : null };
    });
    return { files, changes: plan.changes, restore };
  } catch (e) {
    restore();
    throw e;
  }
}

/**
 * The release PR's body: the notes and a table of every file and version changed. Paths, pins and
 * versions come from the repository's files: escaped. The notes are Markdown on purpose (commit text
 * in them is escaped by renderNotes); inertNotes keeps raw HTML and images out of them all the same.
 */
export function prBody(version: string, notes: string, rows: readonly ReleaseRow[], branch: string): string {
  const cell = escapeTableCell;
  const table = ['| File | What | From | To |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${codeSpan(r.file, true)} | ${cell(r.what)} | ${cell(r.from)} | ${cell(r.to)} |`)].join('\n');
  return [
    `<!-- lockstep:${MARKER} -->`,
    `:robot: Release **${escapeMarkdown(version)}**, prepared by lockstep prepare-release. Merging this PR tags the release and publishes the GitHub Release.`,
    '',
    inertNotes(notes.trim()),
    '',
    '### Files',
    '',
    table,
    '',
    `Commits pushed to ${codeSpan(branch)} are kept when this PR is regenerated.`,
    '',
  ].join('\n');
}
