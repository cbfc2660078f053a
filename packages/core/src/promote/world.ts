// The real world of a promotion, built from the shared pieces: git-publish's
// commits, lease pushes and replays (token through the environment only),
// gh-client's pull requests, checks and auto-merge, and the registry client
// for resolve-digests. `repository: owner/name` promotes in another
// repository: a bare clone in a temp folder, fetched with the token. The
// World's services.openPromotion is this, unless a test replaced it.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { currentBranch, headProblem, localDefaultBranch, remoteTagList } from '../git/local-repo.ts';
import { GIT_FETCH, gitSpawner, ObjectReader, type GitSpawner } from '../git/objects.ts';
import { checkRefName } from '../git/refs.ts';
import * as publish from '../git/publish.ts';
import { publishGeneratedBranch } from '../git/generated-branch.ts';
import { apiBranchPublisher } from '../github/branch-publisher.ts';
import { checkStates } from '../github/checks.ts';
import { latestDeployments, listDeployments, recordDeployment } from '../github/deployments.ts';
import { createGitHub, GitHubError, type GitHub } from '../github/client.ts';
import { readOnlyTokenReason, readRunContext } from '../github/context.ts';
import { labelAddedBy } from '../github/label-events.ts';
import { enableAutoMerge, findOpenPulls, markReadyForReview, pullsForCommit, upsertPull, type PullRef } from '../github/pulls.ts';
import { leaveTrail } from '../trail/notify.ts';
import { RegistryClient, RegistryError } from '../registry/client.ts';
import { pullChartArchive } from '../registry/chart.ts';
import { readChartArchive } from '../charts/archive.ts';
import { dockerConfigPath, dockerCredentialSource } from '../registry/docker-config.ts';
import { nodeTransport } from '../registry/http.ts';
import type { DigestVerifier } from '../registry/verify.ts';
import { looksLikeSha } from './request.ts';
import type { PromoteGit, PromoteGitHub, WorldOptions, WorldSession } from './ports.ts';

async function text(git: GitSpawner, args: string[]): Promise<string | undefined> {
  const r = await git(args);
  return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

/** The remote's default branch (`ls-remote --symref origin HEAD`), or undefined. */
async function remoteHead(git: GitSpawner): Promise<string | undefined> {
  const out = await text(git, ['ls-remote', '--symref', '--', 'origin', 'HEAD']);
  const m = out ? /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(out) : null;
  return m ? m[1] : undefined;
}

/**
 * Where the repository promoted in lives: with `repository` (another
 * repository, e.g. a gitops one) a fresh bare repository in a temp folder
 * whose origin is that repository on `serverUrl`, removed by `cleanup`;
 * otherwise the checkout itself and its origin.
 */
async function repositoryPromotedIn(
  o: WorldOptions,
  serverUrl: string,
): Promise<{ repoDir: string; remoteUrl?: string; cleanup: (() => void)[] }> {
  if (o.repository) {
    const repoDir = mkdtempSync(join(o.env.RUNNER_TEMP || tmpdir(), 'lockstep-promote-'));
    const cleanup = [() => rmSync(repoDir, { recursive: true, force: true })];
    const remoteUrl = `${serverUrl.replace(/\/+$/, '')}/${o.repository}.git`;
    // The token goes in the header git reads from its environment (authedGit); a credential in the
    // URL would be in `git remote add`'s argv and in the clone's config.
    if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(remoteUrl))
      throw new UserError(
        'GITHUB_SERVER_URL holds a user name or password; lockstep sends the token in a header and never puts a credential in a remote URL',
        { hint: 'set GITHUB_SERVER_URL to the plain server address (https://host)' },
      );
    const plain = gitSpawner(repoDir, o.env);
    for (const args of [
      ['init', '--quiet', '--bare'],
      ['remote', 'add', '--', 'origin', remoteUrl],
    ]) {
      const r = await plain(args);
      if (r.code !== 0) throw new Error(`git ${args[0]} failed: ${r.stderr.trim()}`);
    }
    return { repoDir, remoteUrl, cleanup };
  }
  const top = await text(gitSpawner(o.workdir, o.env), ['rev-parse', '--show-toplevel']);
  if (!top)
    throw new UserError('working-directory is not inside a git repository', {
      hint: 'run actions/checkout before promote-env',
      cliHint: 'run lockstep in a git repository',
    });
  const url = await text(gitSpawner(top, o.env), ['remote', 'get-url', '--', 'origin']);
  // A dry run reads the local branches when there is no remote; only pushing and pull requests need one.
  if (!url && !o.dryRun)
    throw new UserError("the repository has no 'origin' remote to push the promotion to", {
      hint: 'check out the repository with actions/checkout',
      cliHint:
        'add one with git remote add origin <url>, pass --repository owner/name to promote in another repository, or leave out --push for a dry run',
    });
  return { repoDir: top, remoteUrl: url || undefined, cleanup: [] };
}

/**
 * GitHub's side of a promotion in `repository`: check states, the PR and
 * auto-merge, through a client made on first use. Refusals a user can fix
 * (4xx) become one-line UserErrors naming the permissions needed.
 */
function promoteGitHub(client: () => GitHub, log: (line: string) => void): PromoteGitHub {
  const pulls = new Map<number, PullRef>();
  // GitHub's refusals (a missing permission, a repository setting) are the user's to fix: one line, no stack.
  const userFacing = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof GitHubError && e.status !== undefined && e.status < 500)
        throw new UserError(e.message, { hint: 'the token needs contents: write and pull-requests: write on the repository promoted in' });
      throw e;
    }
  };
  // Deployments need their own permission: a refusal names it.
  const deploymentFacing = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof GitHubError && e.status !== undefined && e.status < 500)
        throw new UserError(e.message, { hint: 'the token needs deployments: write on the repository promoted in' });
      throw e;
    }
  };
  return {
    checkStates: (sha, names) => userFacing(() => checkStates(client(), sha, names)),
    async upsertPull(p) {
      const r = await userFacing(() => upsertPull(client(), p));
      pulls.set(r.pull.number, r.pull);
      for (const w of r.warnings) log(w);
      return { pull: { number: r.pull.number, url: r.pull.url }, outcome: r.outcome, draft: r.pull.draft };
    },
    enableAutoMerge: (pull) => userFacing(() => enableAutoMerge(client(), pulls.get(pull.number)!)),
    readyForReview: (pull) => userFacing(() => markReadyForReview(client(), pulls.get(pull.number)!)),
    recordDeployment: (spec) => deploymentFacing(() => recordDeployment(client(), spec)),
    latestDeployments: (environments) => deploymentFacing(() => latestDeployments(client(), environments)),
    async pullsOf(sha) {
      const found = await userFacing(() => pullsForCommit(client(), sha));
      return found.filter((p) => p.merged).map((p) => ({ number: p.number, title: p.title }));
    },
    async mergedPullOf(sha, base) {
      const found = await userFacing(() =>
        pullsForCommit(client(), sha).catch((e: unknown) => {
          // A commit GitHub does not know (never pushed) has no pull request.
          if (e instanceof GitHubError && (e.status === 404 || e.status === 422)) return [];
          throw e;
        }),
      );
      const merged = found.filter((p) => p.merged && p.mergedAt !== undefined && p.base === base);
      const pull = merged.find((p) => p.mergeCommitSha === sha) ?? merged.sort((a, b) => a.mergedAt!.localeCompare(b.mergedAt!))[0];
      return pull ? { number: pull.number, mergedAt: pull.mergedAt! } : undefined;
    },
    async deployedAt(environment, sha) {
      const found = await deploymentFacing(() => listDeployments(client(), environment, sha));
      const first = found.filter((d) => d.sha === sha).sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
      return first ? { id: first.id, createdAt: first.createdAt } : undefined;
    },
    async mergedPromotion(sha) {
      const found = await userFacing(() =>
        pullsForCommit(client(), sha).catch((e: unknown) => {
          // A commit GitHub does not know (never pushed) has no pull request.
          if (e instanceof GitHubError && (e.status === 404 || e.status === 422)) return [];
          throw e;
        }),
      );
      const pull = found.find((p) => p.merged && p.head?.startsWith('promote/'));
      if (!pull) return undefined;
      const full = await userFacing(() =>
        client().octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
          owner: client().owner,
          repo: client().repo,
          pull_number: pull.number,
        }),
      );
      return { number: pull.number, head: pull.head, body: pull.body, mergedAt: full.data.merged_at ?? '' };
    },
    leaveTrail: (pullNumbers, step) => leaveTrail(client(), pullNumbers, step),
    async breakGlass(branch, base, label) {
      const open = (await userFacing(() => findOpenPulls(client(), { branch, base })))[0];
      if (!open?.labels.some((l) => l.toLowerCase() === label.toLowerCase())) return undefined;
      return { label, pull: open.number, ...(await userFacing(() => labelAddedBy(client(), open.number, label))) };
    },
  };
}

/** Opens the git, GitHub and registry sides of a promotion. */
export async function openPromoteWorld(o: WorldOptions): Promise<WorldSession> {
  const ctx = readRunContext(o.env);
  for (const s of publish.authSecrets(o.token)) o.secret(s);
  if (!o.dryRun) {
    const readOnly = readOnlyTokenReason(ctx);
    if (readOnly)
      throw new UserError(readOnly, { hint: 'run promote-env on push, workflow_dispatch or workflow_run, or use dry-run: true here' });
  }
  const repository = o.repository ?? ctx.repository;
  const { repoDir, remoteUrl, cleanup } = await repositoryPromotedIn(o, ctx.serverUrl);
  const git = remoteUrl ? publish.authedGit(repoDir, remoteUrl, o.token, o.env) : gitSpawner(repoDir, o.env);
  // Without a remote the local branches are read: a repository with no commit has none to read.
  if (!remoteUrl) {
    const noHead = await headProblem(git, 'nothing to read the environments from');
    if (noHead) throw noHead;
  }
  const reader = new ObjectReader(repoDir, o.env);
  cleanup.unshift(() => reader.dispose());

  const base = remoteUrl
    ? (o.base ?? (o.repository ? undefined : ctx.event?.repository?.default_branch) ?? (await remoteHead(git)) ?? 'main')
    : (o.base ?? (await localDefaultBranch(git)) ?? (await currentBranch(git)) ?? 'main');
  // What the environments are read from, for the faces to say (a terminal's local commits are not on origin).
  const readFrom = remoteUrl ? `origin/${base}` : `the local branch ${base} (no origin remote)`;

  /** Origin's tags (name → commit), listed once per run when a tag is not found here; undefined when listing failed. */
  let originTags: Promise<Map<string, string> | undefined> | undefined;
  const originTagList = () =>
    (originTags ??= text(git, ['ls-remote', '--tags', '--refs', '--', 'origin']).then((t) =>
      t === undefined ? undefined : remoteTagList(t),
    ));
  const isShallow = () => publish.isShallow(git);
  const promoteGit: PromoteGit = {
    async fetchBranch(branch) {
      if (!remoteUrl) {
        await checkRefName(git, branch, 'branch');
        return text(git, ['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/heads/${branch}^{commit}`]);
      }
      const sha = await publish.fetchBranch(git, 'origin', branch);
      reader.close(); // objects fetched since cat-file started are read by a fresh one
      return sha;
    },
    readAt: (commit, path) => reader.text(`${commit}:${path}`),
    async resolveRef(ref) {
      const have = await reader.commit(ref);
      if (have) return have;
      const bySha = looksLikeSha(ref) && ref.length === 40;
      // What's-in tries several tag spellings for each service (`api-v1.4.0`, `v1.4.0`, …): origin's tag list,
      // asked once per run, spares a failing fetch (and a cat-file restart) for every spelling origin lacks.
      if (!bySha && remoteUrl) {
        const tags = await originTagList();
        if (tags && !tags.has(ref)) return undefined;
      }
      const spec = bySha ? ref : `+refs/tags/${ref}:refs/tags/${ref}`;
      await git([...GIT_FETCH, '--quiet', '--no-tags', '--no-write-fetch-head', '--', 'origin', spec]);
      reader.close();
      return reader.commit(ref);
    },
    async fetchTags(groups) {
      if (!remoteUrl || groups.length === 0) return;
      const tags = await originTagList();
      // Without origin's list the spellings cannot be chosen here: resolveRef fetches them one by one, as before.
      if (!tags) return;
      const wanted = new Set<string>();
      for (const group of groups)
        for (const tag of group) {
          if (looksLikeSha(tag) && tag.length === 40) break;
          if (await reader.commit(tag)) break;
          if (tags.has(tag)) {
            wanted.add(tag);
            break;
          }
        }
      if (wanted.size === 0) return;
      // One fetch and one reader restart for all of them; should it fail, resolveRef still fetches each it is asked for.
      const specs = [...wanted].map((t) => `+refs/tags/${t}:refs/tags/${t}`);
      await git([...GIT_FETCH, '--quiet', '--no-tags', '--no-write-fetch-head', '--', 'origin', ...specs]);
      reader.close();
    },
    async commitInfo(commit) {
      // NUL between the parents and the message: a root commit has no parents, and the output is trimmed.
      const out = await text(git, ['show', '-s', '--format=%P%x00%B', '--end-of-options', `${commit}^{commit}`]);
      if (out === undefined) return undefined;
      const at = out.indexOf('\0');
      return { parents: out.slice(0, at).split(' ').filter(Boolean), message: out.slice(at + 1) };
    },
    landedAt: (commit, path) =>
      text(git, ['log', '-1', '--first-parent', '--format=%H', '--end-of-options', commit, '--', path]).then((s) => s || undefined),
    async listFiles(commit, dir) {
      const args = ['ls-tree', '-r', '-z', '--name-only', '--full-tree', '--end-of-options', commit];
      const r = await git(dir === undefined ? args : [...args, '--', `${dir}/`]);
      return r.code === 0 ? r.stdout.toString('utf8').split('\0').filter(Boolean) : undefined;
    },
    lastCommit: (commit, path) =>
      text(git, ['log', '-1', '--format=%H', '--end-of-options', commit, '--', path]).then((s) => s || undefined),
    async firstParentLog(commit, path) {
      const out = await text(git, ['log', '--first-parent', '--format=%H %ct', '--end-of-options', commit, '--', path]);
      const entries = (out ?? '')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [sha, seconds] = line.split(' ');
          return { sha, time: Number(seconds) * 1000 };
        });
      return { entries, complete: !(await isShallow()) };
    },
    async deepenHistory(commits) {
      // A shallow clone (actions/checkout's default) gets the base branch's history in steps, as soak time asks for it.
      if (!remoteUrl || !(await isShallow())) return false;
      const how = commits === undefined ? '--unshallow' : `--deepen=${commits}`;
      const r = await git([
        ...GIT_FETCH,
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        how,
        '--',
        'origin',
        `+refs/heads/${base}:refs/remotes/origin/${base}`,
      ]);
      reader.close();
      return r.code === 0;
    },
    async publish(p) {
      // commit-mode api: the same round, its commits written through the GitHub API instead of pushed.
      const viaApi = p.commitMode === 'api' ? apiBranchPublisher(git, apiClient(), { committer: publish.BOT_IDENTITY }) : undefined;
      const r = await publishGeneratedBranch(
        git,
        {
          base: p.base,
          branch: p.branch,
          trailer: publish.generatedTrailer('promote-env'),
          author: publish.BOT_IDENTITY,
          committer: publish.BOT_IDENTITY,
          plan: p.plan,
        },
        viaApi,
      );
      reader.close();
      return r;
    },
    async commitsBetween(from, to) {
      // Only when `from` is reachable from `to` here: in a shallow clone the log would stop early and undercount.
      if ((await git(['merge-base', '--is-ancestor', '--end-of-options', from, to])).code !== 0) return undefined;
      const out = await text(git, ['log', '--format=%H%x00%s', '--end-of-options', `${from}..${to}`]);
      if (out === undefined) return undefined;
      return out
        .split('\n')
        .filter((l) => l.includes('\0'))
        .map((l) => ({ sha: l.slice(0, l.indexOf('\0')), subject: l.slice(l.indexOf('\0') + 1) }));
    },
  };

  // One client for the run, made on first use: pull requests and checks, and in commit-mode api the commits.
  let gh: GitHub | undefined;
  const client = o.token && repository ? () => (gh ??= createGitHub({ token: o.token!, repository, env: o.env, log: o.log })) : undefined;
  const apiClient = () => {
    if (!client)
      throw new UserError('commit-mode api needs github-token and the repository', {
        hint: 'pass github-token (contents: write), or use commit-mode git',
      });
    return client();
  };
  const github = client ? promoteGitHub(client, o.log) : undefined;

  const transport = nodeTransport();
  cleanup.push(() => transport.close());
  // The Docker config as capture-digests reads it: its auths entry or credential helper per registry.
  const registry = new RegistryClient({
    transport,
    log: o.log,
    credentials: dockerCredentialSource({ configPath: dockerConfigPath(o.env, o.env.HOME ?? ''), secret: o.secret, log: o.log }),
  });

  let verifier: DigestVerifier | undefined;
  return {
    base,
    readFrom,
    repoDir,
    async readAtBase(path) {
      const tip = await promoteGit.fetchBranch(base);
      if (!tip)
        throw new UserError(`the base branch ${base} does not exist in ${repository ?? 'the repository'}`, {
          hint: 'set base to an existing branch',
        });
      return promoteGit.readAt(tip, path);
    },
    world: {
      git: promoteGit,
      github,
      readLocal: o.readLocal,
      log: o.log,
      ...(repository ? { repoUrl: `${ctx.serverUrl.replace(/\/+$/, '')}/${repository}` } : {}),
      async resolveDigest(ref, service) {
        try {
          return (await registry.resolve(ref)).digest;
        } catch (e) {
          if (e instanceof RegistryError)
            throw new UserError(`${service}: could not resolve ${ref.original} to a digest: ${e.message}`, {
              hint: e.hint ?? 'check that the image was pushed with this tag (resolve-digests proves it exists before anything is written)',
            });
          throw e;
        }
      },
      async verifyDigest(service, ref, digest, policy) {
        // Loaded on the first digest a `verify:` policy covers: promotions without one never load the verifiers.
        const { DigestVerifier, policyFiles } = await import('../registry/verify.ts');
        verifier ??= new DigestVerifier(registry, policyFiles(o.workdir));
        try {
          return await verifier.verify(service, ref, digest, policy);
        } catch (e) {
          if (e instanceof RegistryError)
            throw new UserError(`${service}: could not verify ${ref.name}@${digest}: ${e.message}`, {
              hint: e.hint ?? 'check the registry and retry; nothing was written',
            });
          throw e;
        }
      },
      async readChart(ref) {
        return readChartArchive(await pullChartArchive(registry, ref), `the chart ${ref.original}`, { templates: true });
      },
    },
    close() {
      for (const c of cleanup) {
        try {
          c();
        } catch {
          // best effort
        }
      }
      return Promise.resolve();
    },
  };
}
