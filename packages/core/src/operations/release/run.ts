import { favourSmallHeap, holdYoungGeneration } from '../../async/young-generation.ts';
import { named, setting, UserError, words } from '../../errors.ts';
import { applyEdits } from '../../edits/transaction.ts';
import { BOT_IDENTITY } from '../../git/identity.ts';
import { headFacts, headProblem, type HeadFacts } from '../../git/local-repo.ts';
import { asRepo } from '../../git/repo.ts';
import { type CommitSigning, openSigningKey, signingSource, signWith } from '../../git/signing.ts';
import { pushedRange } from '../../git/pushed.ts';
import type { GitSpawner } from '../../git/spawn.ts';
import { handOverToPull, pushReleaseBranch } from '../../release/branch.ts';
import { committedView, type CommittedView } from '../../release/committed.ts';
import { CommitScan, nextRelease, type NextRelease } from '../../release/next.ts';
import { renderNotesParts } from '../../release/notes.ts';
import { planReleaseFiles } from '../../release/plan.ts';
import { ParseCache } from '../../text/parse-cache.ts';
import type { Text } from '../../text/parts.ts';
import type { ReleaseLog, ReleasePorts } from '../../release/ports.ts';
import { checkQueuedRelease, mergeGroupOf } from '../../release/queued.ts';
import { leftAlone } from '../../release/left-alone.ts';
import { landedRelease } from '../../release/landed.ts';
import { publishRelease } from '../../release/publish.ts';
import type { ReleaseResult } from '../../release/result.ts';
import { stageSettings, type ReleaseBase, type ReleaseSettings, type StagedSettings } from '../../release/settings.ts';
import { writeAndLock } from '../../release/write.ts';
import { resolveInside } from '../../fs/workspace.ts';
import { loadCheckedConfig } from '../../settings/validate.ts';
import { releaseTrailerLine } from '../../records/trailers.ts';
import type { Reporter } from '../../report/reporter.ts';
import type { World } from '../../contract/world.ts';
import { dryRunBinding, releaseBinding } from './lazy.ts';
import type { ReleaseRequest } from './request.ts';

/** What a release run did, with the action's outputs. */
export interface ReleaseOperationResult extends ReleaseResult {
  dryRun: boolean;
  /** `notes` in parts for a long release: the runner writes the output's first MB of them, never joined whole. */
  outputs: Record<'version' | 'previous-version' | 'bump' | 'pr-number' | 'pr-url' | 'branch' | 'queued' | 'released' | 'tag', string> & {
    notes: Text;
  };
}

/**
 * prepare-release and `lockstep release`: the request and the config become
 * settings (every check before any network or write), the token and the base
 * are checked, the ports are opened (git, GitHub and publishing bound to
 * `origin`, or the world's), then the release itself runs, its progress going
 * to the reporter.
 */
export async function runRelease(req: ReleaseRequest, world: World): Promise<ReleaseOperationResult> {
  // A long history is parsed commit by commit, its notes and CHANGELOG.md built line by line: garbage that
  // would grow V8's nursery to its ceiling (100,000 commits peaked ~75 MB higher), little of it kept. Promoted,
  // that garbage (a thousand Chart.yaml parses planned twice, the notes, CHANGELOG.md) grew the old generation
  // far past what is live before a mark-compact: favourSmallHeap, as promote and status.
  holdYoungGeneration();
  favourSmallHeap();
  // The workspace's files are listed once git walks the commits since the last release (release below).
  const settings = await settingsOf(req, world);
  checkCanWrite(settings.base, world.token);
  const signing = await signingKey(req, settings.base, world);
  try {
    const ports = await openPorts(settings.base, world);
    // git mode's commits are SSH-signed with the key (commit-mode api's are GitHub's to sign).
    if (signing) signWith(ports.git, signing);
    // The scan of the commits since the last release has no count to give: a face shows how long it has run.
    const result = await withProgress(world.reporter, 'reading the commits since the last release and planning', () =>
      release(settings, ports),
    );
    return { ...result, dryRun: result.mode === 'dry-run' || settings.base.dryRun, outputs: releaseOutputs(result) };
  } finally {
    signing?.cleanup();
  }
}

/** The signing key of a run that writes commits with git, checked before any request or write; else undefined. */
async function signingKey(req: ReleaseRequest, s: ReleaseBase, world: World): Promise<CommitSigning | undefined> {
  const source = signingSource(req, s.root);
  if (!source || s.dryRun || s.commitMode === 'api') return undefined;
  return openSigningKey(source, world.env);
}

/**
 * The request and the config as validated settings (the config checked as every command checks it, before any
 * request); where the run happens comes from the world (GITHUB_REF is the default base).
 */
async function settingsOf(req: ReleaseRequest, world: World): Promise<StagedSettings> {
  const env = world.env;
  const config = await loadCheckedConfig(resolveInside(world.workspace, req.workingDirectory, 'working-directory'), req.config);
  return stageSettings(
    req,
    {
      workspace: world.workspace,
      ref: env.GITHUB_REF,
      repository: env.GITHUB_REPOSITORY,
      serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
      date: world.date,
    },
    config,
  );
}

/** A release with no base branch (a detached HEAD): name the branch. */
const BASE_HINT = words`set ${named('base')} to the branch releases are made from (e.g. ${named('base', 'main')})`;

/** Outside a dry run a release pushes and calls GitHub: it needs a token, and a base branch to release from. */
function checkCanWrite(s: ReleaseBase, token: string | undefined): void {
  if (!s.dryRun && !token)
    throw new UserError('is empty', {
      input: 'github-token',
      hint: words`${setting('github-token')} with contents: write and pull-requests: write, or ${setting('dry-run', 'true')}`,
    });
  if (!s.dryRun && !s.base) throw new UserError(words`${named('base')} is required in detached HEAD`, { hint: BASE_HINT });
}

/**
 * The release's ports bound from the world's services (release/bind.ts, loaded only here; a dry run's from
 * release/bind-dry.ts, without the GitHub client), logging through the world's reporter.
 */
async function openPorts(s: ReleaseBase, world: World): Promise<ReleasePorts> {
  const open = s.dryRun ? (await dryRunBinding()).dryRunPorts : (await releaseBinding()).releasePorts;
  const out = { log: releaseLog(world), debug: (line: string) => world.reporter.debug(line) };
  const ports = await open(s, world.token, world.env, out, world.services);
  // One Repo for the run: what it learns of the repository (shallow or not, origin's tags) is asked once.
  return { ...ports, git: asRepo(ports.git), ...pushOf(s, world), ...groupOf(world) };
}

/** The merge queue entry of a `merge_group` event, its payload checked (a payload that is not GitHub's shape fails here). */
function groupOf(world: World): Pick<ReleasePorts, 'group'> {
  const event = world.event();
  return event.name === 'merge_group' ? { group: mergeGroupOf(event.payload) } : {};
}

/** The push to the base branch that started the run, from its event payload (a merge queue lands a group in one). */
function pushOf(s: ReleaseBase, world: World): Pick<ReleasePorts, 'pushed'> {
  const event = world.event();
  if (event.name !== 'push' || !s.base || event.payload.ref !== `refs/heads/${s.base}`) return {};
  const pushed = pushedRange(event.payload);
  return pushed ? { pushed } : {};
}

/**
 * The release's log. The runner's log folds a line break (⏎) so that no
 * text can start a workflow command; a release's lines (a lock command's
 * output) keep their lines there, each said alone. A terminal prints the text as it is.
 */
function releaseLog(world: World): ReleaseLog {
  const r = world.reporter;
  return {
    info: (text) => {
      if (world.foldsLines) for (const line of text.split(/\r\n|\r|\n/)) r.info(line);
      else r.info(text);
    },
    async group(title, fn) {
      r.group(title);
      try {
        return await fn();
      } finally {
        r.endGroup();
      }
    },
  };
}

/** Runs `fn` as one step of unknown length on the reporter's progress: its start, then its end. */
async function withProgress<T>(r: Reporter, what: string, fn: () => Promise<T>): Promise<T> {
  r.progress({ what });
  try {
    return await fn();
  } finally {
    r.progress({ what, done: 1, total: 1 });
  }
}

/** The action's outputs of a release result. */
export function releaseOutputs(r: ReleaseResult): ReleaseOperationResult['outputs'] {
  return {
    version: r.version ?? '',
    'previous-version': r.previousVersion ?? '',
    bump: r.bump,
    notes: r.notes,
    'pr-number': r.pr ? String(r.pr.number) : '',
    'pr-url': r.pr?.url ?? '',
    branch: r.branch ?? '',
    queued: String(r.queued !== undefined),
    released: String(r.released),
    tag: r.tag ?? '',
  };
}

/**
 * The release itself: on a commit that merged a release PR it publishes
 * (tag + GitHub Release); otherwise it computes the next version and, unless
 * dry run, opens or updates the one release PR.
 */
export async function release(settings: ReleaseSettings | StagedSettings, ports: ReleasePorts): Promise<ReleaseResult> {
  const staged = 'complete' in settings ? settings : { base: settings, complete: () => settings };
  // HEAD, whether the clone is shallow and the working directory's prefix: one git start.
  const facts = headFacts(ports.git);
  const asked = checkedOutHead(ports.git, facts);
  // git walks the range since the last release while the workspace's files are listed and checked (and GitHub
  // is asked about HEAD); its tags are listed while HEAD is resolved. A shallow clone's fetches wait for the
  // checks. Stopped unless the release is prepared.
  const scan = new CommitScan(
    ports.git,
    staged.base.tagPrefix,
    asked,
    facts.then((f) => f.shallow),
  );
  try {
    // The walk's git is started first: listing the workspace costs as long as it takes, beside it.
    await scan.walking;
    const s = staged.complete();
    for (const line of s.chartNotes ?? []) ports.log.info(line);
    const head = await asked;
    // Planned from HEAD's committed files: a rerun in the same workspace computes the same release.
    const view = await committedView(ports.git, s.root, head, (await facts).prefix, ports.env);
    // One parse cache for the run: the stand-in check and the real plan read the same files.
    const cache = new ParseCache();
    checkFiles(s, view.read, cache);
    // A merge queue's group whose commit merges the release PR: its version and notes checked against the commits ahead.
    const queued = ports.group ? await checkQueuedRelease(s, ports, head, view, scan) : undefined;
    if (queued) return queued;
    if (!s.dryRun) {
      if (!ports.api || !ports.publish) throw new Error('prepare-release needs the GitHub client outside a dry run');
      const landed = await landedRelease(s, ports, head);
      if (landed) {
        scan.stop();
        return await publishRelease(s, ports, landed.commit, landed.found);
      }
    }
    return await prepare(s, ports, head, view, cache, scan);
  } finally {
    scan.stop();
  }
}

/**
 * commit-mode api: GitHub signs only a commit it authors itself, so the
 * author setting is not used, and the committer only for others' commits
 * re-applied on the release branch. Said when they were set, not silently dropped.
 */
function identityWarnings(s: ReleaseSettings): string[] {
  if (s.commitMode !== 'api' || s.dryRun) return [];
  const set = (p: { name: string; email: string }) => p.name !== BOT_IDENTITY.name || p.email !== BOT_IDENTITY.email;
  const out: string[] = [];
  if (set(s.author))
    out.push(
      'commit-mode api: the author setting is not used — GitHub authors and signs the release commit itself (a custom author would leave it unverified)',
    );
  if (set(s.committer))
    out.push(
      "commit-mode api: the committer setting applies only to others' commits re-applied on the release branch and to nothing lockstep authors (GitHub commits and signs those itself)",
    );
  return out;
}

/**
 * HEAD's commit, asked once; a fresh `git init`, an unborn branch or a bare
 * repository is said as what it is (headProblem), not as a git failure.
 */
async function checkedOutHead(git: GitSpawner, facts: Promise<HeadFacts>): Promise<string> {
  const sha = (await facts).head;
  if (sha) return sha;
  throw (await headProblem(git, 'nothing to release')) ?? new Error('HEAD names no commit');
}

/**
 * Reads and checks every file the release will edit (version file, packages,
 * pin tables, charts) before any fetch or API call, with a stand-in version
 * above any real one: a broken file fails the run before it touches the network.
 */
function checkFiles(s: ReleaseSettings, read: (p: string) => string | undefined, cache: ParseCache): void {
  planReleaseFiles({ ...s, version: '999999.0.0', notes: '', read, cache });
}

/**
 * The release's file edits with its notes, rendered in parts into the plan:
 * the new CHANGELOG.md's text is made of the same parts, never joined whole.
 */
function planWithNotes(s: ReleaseSettings, next: NextRelease, view: CommittedView, cache: ParseCache): ReturnType<typeof planReleaseFiles> {
  const version = next.version!;
  return planReleaseFiles({
    version,
    versionFile: s.versionFile,
    packages: s.packages,
    pins: s.pins,
    charts: s.charts,
    allCharts: s.allCharts,
    chartVersionPolicy: s.chartVersionPolicy,
    changelog: s.changelog,
    notes: renderNotesParts(next.result.commits, {
      version,
      previous: next.lastVersion,
      tagPrefix: s.tagPrefix,
      serverUrl: s.serverUrl,
      repository: s.repository,
      date: s.date,
    }),
    date: s.date,
    read: view.read,
    cache,
  });
}

/**
 * The next version, its notes and file edits; then, unless dry run or a
 * frozen or queued release PR, the release commit (lock command run, workspace put
 * back whatever happens) pushed to its branch and the pull request opened or updated.
 */
async function prepare(
  s: ReleaseSettings,
  ports: ReleasePorts,
  head: string,
  view: CommittedView,
  cache: ParseCache,
  scan: CommitScan,
): Promise<ReleaseResult> {
  const next = await nextRelease(s, ports, scan, view.read);
  if (!next.version) return next.result;
  const version = next.version;
  const plan = planWithNotes(s, next, view, cache);
  // The same text, held once with the new CHANGELOG.md's when it is in there.
  const notes = plan.notes;
  const ignored = view.ignored();
  if (ignored.length > 0) ports.log.info(`planned from HEAD's committed files; uncommitted changes to ${ignored.join(', ')} are ignored`);
  const result: ReleaseResult = {
    ...next.result,
    version,
    notes,
    rows: plan.rows,
    lockDirs: s.lockCommand ? plan.lockDirs : [],
    warnings: [...next.result.warnings, ...plan.warnings, ...identityWarnings(s)],
  };
  const branch = `${s.branchPrefix}${version}`;
  result.branch = branch;

  if (s.dryRun) {
    result.changes = applyEdits(s.root, plan.edits, { dryRun: true, fs: view.fs }).changes;
    if (s.lockCommand && plan.lockDirs.length > 0)
      result.actions.push(`Would run ${s.lockCommand.join(' ')} in ${plan.lockDirs.join(', ')}.`);
    result.actions.push(`Dry run: ${result.changes.length} file(s) would change for ${version}; nothing was written, pushed or called.`);
    return result;
  }

  const api = ports.api!;
  if (!s.base) throw new UserError(words`${named('base')} is required in detached HEAD`, { hint: BASE_HINT });
  const open = await api.findOpenPulls({ branchPrefix: s.branchPrefix, base: s.base });
  if (await leftAlone(s, api, s.base, open, result)) return result;

  // Write, run the lock command, read back what the commit must hold; any failure puts every byte back.
  const { files, changes, restore } = await writeAndLock(s, ports, plan.edits, plan.lockDirs, view);
  result.changes = changes;
  result.mode = 'pull-request';
  // From here on the workspace holds the release; it is put back as it was when the run ends, whatever
  // the outcome: the release lives on its branch, and later steps (or a retry) see the checkout.
  try {
    const commit = {
      base: s.base,
      head,
      branch,
      files,
      message: `chore(release): ${version}\n\n${releaseTrailerLine(`${s.tagPrefix}${version}`)}\n`,
      author: s.author,
      committer: s.committer,
    };
    const { pushed, conflict, commits } = await pushReleaseBranch(ports.git, ports.publish!, commit, result.actions);
    if (commits) result.apiCommits = commits;
    await handOverToPull(
      api,
      { base: s.base, labels: s.labels, commitMode: s.commitMode },
      { version, notes, rows: plan.rows, branch, open, conflict, pushed },
      result,
    );
    return result;
  } finally {
    restore();
  }
}
