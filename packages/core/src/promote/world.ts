// The real world of a promotion, bound from the World's generic services
// (contract/world.ts Services: repo, github, registry, http; each absent one
// the real one): the Repo promoted in as the git port (git-port.ts), the
// GitHub client as the GitHub port (github-port.ts), a registry client as the
// registry side (registry-port.ts). `repository: owner/name` promotes in
// another repository: a bare clone in a temp folder, fetched with the token.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { named, setting, UserError, words } from '../errors.ts';
import { authSecrets, repoOpener } from '../git/auth.ts';
import { currentBranch, headProblem, localDefaultBranch } from '../git/local-repo.ts';
import { ObjectReader } from '../git/cat-file.ts';
import type { Repo, RepoOpener } from '../git/repo.ts';
import { gitHubOpener, type GitHub } from '../github/client.ts';
import { readOnlyTokenReason, readRunContext } from '../github/context.ts';
import { RegistryClient } from '../registry/client.ts';
import { findKustomize, type Kustomize } from '../render/find.ts';
import { dockerConfigPath, dockerCredentialSource } from '../registry/docker-config.ts';
import type { Transport } from '../http/transport.ts';
import { findHelmOf, helmCandidate, learnVersionLater, type Helm, type HelmMajor } from '../render/helm.ts';
import { promoteGitOf } from './git-port.ts';
import { promoteGitHub } from './github-port.ts';
import type { PromoteWorld, PromotionServices, WorldOptions, WorldSession } from './ports.ts';
import { promoteRegistry } from './registry-port.ts';
import { helmRepositoriesSource } from '../registry/helm-repositories.ts';
import { initBareWithOrigin, topLevel } from '../git/local-repo.ts';
import { openSigningKey, signWith } from '../git/signing.ts';

/**
 * Where the repository promoted in lives: with `repository` (another
 * repository, e.g. a gitops one) a fresh bare repository in a temp folder
 * whose origin is that repository on `serverUrl`, removed by `cleanup`;
 * otherwise the checkout itself and its origin.
 */
async function repositoryPromotedIn(
  o: WorldOptions,
  serverUrl: string,
  open: RepoOpener,
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
    await initBareWithOrigin(open(repoDir), remoteUrl);
    return { repoDir, remoteUrl, cleanup };
  }
  const top = await topLevel(open(o.workdir));
  if (!top)
    throw new UserError('working-directory is not inside a git repository', {
      hint: 'run actions/checkout before promote-env',
      cliHint: 'run lockstep in a git repository',
    });
  const url = await open(top).remoteUrl();
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
 * The base branch promoted on: the input, else (on origin) the event's default branch when promoting in this
 * repository, else origin's HEAD; without a remote, the local default branch, else the current one; else main.
 */
async function baseBranch(o: WorldOptions, git: Repo, remote: boolean, eventDefault: string | undefined): Promise<string> {
  if (remote) return o.base ?? (o.repository ? undefined : eventDefault) ?? (await git.remoteHead()) ?? 'main';
  return o.base ?? (await localDefaultBranch(git)) ?? (await currentBranch(git)) ?? 'main';
}

/**
 * One GitHub client for the run, made on first use (pull requests and checks, and in commit-mode api the
 * commits): undefined without a token or a repository; apiClient refuses then, naming what commit-mode api needs.
 */
function gitHubClient(
  o: WorldOptions,
  services: PromotionServices,
  repository: string | undefined,
): { client?: () => GitHub; apiClient: () => GitHub } {
  let gh: GitHub | undefined;
  const openGitHub = services.github ?? (o.token ? gitHubOpener(o.token, o.env) : undefined);
  const client = o.token && repository && openGitHub ? () => (gh ??= openGitHub(repository, { log: o.log })) : undefined;
  const apiClient = () => {
    if (!client)
      throw new UserError(words`${named('commit-mode', 'api')} needs ${named('github-token')} and the repository`, {
        hint: words`${setting('github-token')} (contents: write), or ${setting('commit-mode', 'git')}`,
      });
    return client();
  };
  return { client, apiClient };
}

/** The render's binaries, each looked up once per session: a Helm per major asked, kustomize. */
function renderTools(env: NodeJS.ProcessEnv): Pick<PromoteWorld, 'findHelm' | 'helmCandidate' | 'learnHelmVersion' | 'findKustomize'> {
  const helms = new Map<HelmMajor | undefined, Promise<Helm | undefined>>();
  let kustomize: Kustomize | null | undefined;
  return {
    findHelm(major?: HelmMajor) {
      let helm = helms.get(major);
      if (!helm) helms.set(major, (helm = findHelmOf(major, env)));
      return helm;
    },
    helmCandidate: (major?: HelmMajor) => helmCandidate(major, env),
    learnHelmVersion: (path: string) => learnVersionLater(path),
    findKustomize() {
      if (kustomize === undefined) kustomize = findKustomize(env) ?? null;
      return kustomize ?? undefined;
    },
  };
}

/**
 * The promotion's registry client (the Docker config as capture-digests reads it: its auths entry or credential
 * helper per registry), and, opened on first use, the one an image's copy into an environment's registry runs on:
 * blobs take longer than the 2 minutes a lookup is given.
 */
function registryClients(
  services: PromotionServices,
  transport: Transport,
  o: Pick<WorldOptions, 'env' | 'secret' | 'log'>,
): { registry: RegistryClient; copier: () => RegistryClient } {
  const open = services.registry ?? ((r) => new RegistryClient(r));
  const options = {
    transport,
    log: o.log,
    credentials: dockerCredentialSource({ configPath: dockerConfigPath(o.env, o.env.HOME ?? ''), secret: o.secret, log: o.log }),
  };
  let copier: RegistryClient | undefined;
  return { registry: open(options), copier: () => (copier ??= open({ ...options, deadlineMs: 30 * 60000, requestTimeoutMs: 5 * 60000 })) };
}

/** Opens the git, GitHub and registry sides of a promotion from the World's services. */
export async function openPromoteWorld(o: WorldOptions): Promise<WorldSession> {
  const ctx = readRunContext(o.env);
  for (const s of authSecrets(o.token)) o.secret(s);
  if (!o.dryRun) {
    const readOnly = readOnlyTokenReason(ctx);
    if (readOnly)
      throw new UserError(readOnly, {
        hint: words`run promote-env on push, workflow_dispatch or workflow_run, or ${setting('dry-run', 'true')} here`,
      });
  }
  const services = o.services;
  const open = services.repo ?? repoOpener(o.env);
  const repository = o.repository ?? ctx.repository;
  const { repoDir, remoteUrl, cleanup } = await repositoryPromotedIn(o, ctx.serverUrl, open);
  const git = remoteUrl ? open(repoDir, { remoteUrl, token: o.token }) : open(repoDir);
  // Without a remote the local branches are read: a repository with no commit has none to read.
  if (!remoteUrl) {
    const noHead = await headProblem(git, 'nothing to read the environments from');
    if (noHead) throw noHead;
  }
  const reader = new ObjectReader(repoDir, o.env);
  cleanup.unshift(() => reader.dispose());
  if (o.signing && !o.dryRun) {
    const key = await openSigningKey(o.signing, o.env);
    cleanup.push(() => key.cleanup());
    signWith(git, key);
  }

  const base = await baseBranch(o, git, remoteUrl !== undefined, ctx.event?.repository?.default_branch);
  // What the environments are read from, for the faces to say (a terminal's local commits are not on origin).
  const readFrom = remoteUrl ? `origin/${base}` : `the local branch ${base} (no origin remote)`;

  const { client, apiClient } = gitHubClient(o, services, repository);
  const promoteGit = promoteGitOf(git, reader, { remote: remoteUrl !== undefined, base, apiClient, identity: o.identity });

  const transport = services.http();
  cleanup.push(() => transport.close());
  const { registry, copier } = registryClients(services, transport, o);

  return {
    base,
    readFrom,
    repoDir,
    async readAtBase(path) {
      const tip = await promoteGit.fetchBranch(base);
      if (!tip)
        throw new UserError(`the base branch ${base} does not exist in ${repository ?? 'the repository'}`, {
          hint: words`set ${named('base')} to an existing branch`,
        });
      return promoteGit.readAt(tip, path);
    },
    world: {
      git: promoteGit,
      github: client ? promoteGitHub(client, o.log) : undefined,
      readLocal: o.readLocal,
      log: o.log,
      ...(repository ? { repoUrl: `${ctx.serverUrl.replace(/\/+$/, '')}/${repository}` } : {}),
      ...promoteRegistry(registry, o.workdir, helmRepositoriesSource({ env: o.env, secret: o.secret }), copier),
      ...renderTools(o.env),
      webhook: (req) => transport(req),
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
