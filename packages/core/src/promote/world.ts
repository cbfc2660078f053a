// The real world of a promotion, built from the shared pieces: git-publish's
// commits, lease pushes and replays (token through the environment only),
// gh-client's pull requests, checks and auto-merge, and the registry client
// for resolve-digests. `repository: owner/name` promotes in another
// repository: a bare clone in a temp folder, fetched with the token. The
// World's services.openPromotion is this, unless a test replaced it.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { named, setting, UserError, words } from '../errors.ts';
import { currentBranch, headProblem, localDefaultBranch } from '../git/local-repo.ts';
import { gitSpawner, ObjectReader } from '../git/objects.ts';
import { asRepo, openRepo } from '../git/repo.ts';
import * as publish from '../git/publish.ts';
import { createGitHub, type GitHub } from '../github/client.ts';
import { readOnlyTokenReason, readRunContext } from '../github/context.ts';
import { RegistryClient, RegistryError } from '../registry/client.ts';
import { pullChartArchive } from '../registry/chart.ts';
import { findHelm, type Helm } from '../render/helm.ts';
import { readChartArchive } from '../charts/archive.ts';
import { dockerConfigPath, dockerCredentialSource } from '../registry/docker-config.ts';
import { nodeTransport } from '../registry/http.ts';
import type { DigestVerifier } from '../registry/verify.ts';
import { promoteGitOf } from './git-port.ts';
import { promoteGitHub } from './github-port.ts';
import type { WorldOptions, WorldSession } from './ports.ts';

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
  const top = await openRepo(o.workdir, o.env).textOr(['rev-parse', '--show-toplevel']);
  if (!top)
    throw new UserError('working-directory is not inside a git repository', {
      hint: 'run actions/checkout before promote-env',
      cliHint: 'run lockstep in a git repository',
    });
  const url = await openRepo(top, o.env).remoteUrl();
  // A dry run reads the local branches when there is no remote; only pushing and pull requests need one.
  if (!url && !o.dryRun)
    throw new UserError("the repository has no 'origin' remote to push the promotion to", {
      hint: 'check out the repository with actions/checkout',
      cliHint:
        'add one with git remote add origin <url>, pass --repository owner/name to promote in another repository, or leave out --push for a dry run',
    });
  return { repoDir: top, remoteUrl: url || undefined, cleanup: [] };
}

/** Opens the git, GitHub and registry sides of a promotion. */
export async function openPromoteWorld(o: WorldOptions): Promise<WorldSession> {
  const ctx = readRunContext(o.env);
  for (const s of publish.authSecrets(o.token)) o.secret(s);
  if (!o.dryRun) {
    const readOnly = readOnlyTokenReason(ctx);
    if (readOnly)
      throw new UserError(readOnly, {
        hint: words`run promote-env on push, workflow_dispatch or workflow_run, or ${setting('dry-run', 'true')} here`,
      });
  }
  const repository = o.repository ?? ctx.repository;
  const { repoDir, remoteUrl, cleanup } = await repositoryPromotedIn(o, ctx.serverUrl);
  const git = remoteUrl ? asRepo(publish.authedGit(repoDir, remoteUrl, o.token, o.env)) : openRepo(repoDir, o.env);
  // Without a remote the local branches are read: a repository with no commit has none to read.
  if (!remoteUrl) {
    const noHead = await headProblem(git, 'nothing to read the environments from');
    if (noHead) throw noHead;
  }
  const reader = new ObjectReader(repoDir, o.env);
  cleanup.unshift(() => reader.dispose());

  const base = remoteUrl
    ? (o.base ?? (o.repository ? undefined : ctx.event?.repository?.default_branch) ?? (await git.remoteHead()) ?? 'main')
    : (o.base ?? (await localDefaultBranch(git)) ?? (await currentBranch(git)) ?? 'main');
  // What the environments are read from, for the faces to say (a terminal's local commits are not on origin).
  const readFrom = remoteUrl ? `origin/${base}` : `the local branch ${base} (no origin remote)`;

  const promoteGit = promoteGitOf(git, reader, {
    remote: remoteUrl !== undefined,
    base,
    apiClient: () => apiClient(),
    identity: o.identity,
  });

  // One client for the run, made on first use: pull requests and checks, and in commit-mode api the commits.
  let gh: GitHub | undefined;
  const client = o.token && repository ? () => (gh ??= createGitHub({ token: o.token!, repository, env: o.env, log: o.log })) : undefined;
  const apiClient = () => {
    if (!client)
      throw new UserError(words`${named('commit-mode', 'api')} needs ${named('github-token')} and the repository`, {
        hint: words`${setting('github-token')} (contents: write), or ${setting('commit-mode', 'git')}`,
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
  let helm: Helm | null | undefined;
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
      pullChartArchive: (ref) => pullChartArchive(registry, ref),
      findHelm() {
        if (helm === undefined) helm = findHelm(o.env) ?? null;
        return helm ?? undefined;
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
