// `lockstep hydrate` / hydrate-env: every environment with `hydrate:` (or those `env` names) rendered at the
// DRY commit (HEAD) first, all of them, so a render that fails pushes nothing; then, per environment, one
// tree written on the tip of its proposed branch and one commit pushed with a lease on that tip (write.ts).

import { posix } from 'node:path';
import { mapLimit } from '../../async/map-limit.ts';
import { configLine, type Config, type EnvironmentConfig } from '../../config/config.ts';
import type { World } from '../../contract/world.ts';
import { UserError, UserErrors, named, words } from '../../errors.ts';
import { repoOpener, withToken } from '../../git/auth.ts';
import { dryCommit, type HydratedFile } from '../../git/hydrated.ts';
import { pathPrefixOrTop } from '../../git/local-repo.ts';
import { ObjectReader } from '../../git/objects.ts';
import { findKustomize } from '../../render/find.ts';
import { findHelm, helmUsable } from '../../render/helm.ts';
import { KustomizeRenderer } from '../../render/kustomize.ts';
import { Renderer } from '../../render/render.ts';
import { loadCheckedConfig } from '../../settings/validate.ts';
import { manifestFiles, metadataPaths, metadataText, proposedBranch, SecretInRender, type HydrateSettings } from './layout.ts';
import { renderHydrated, type Renderers } from './render.ts';
import type { HydrateRequest } from './request.ts';
import { writeBranch, type BranchOutcome } from './write.ts';

/** One environment's hydration. */
export interface HydratedEnvironment {
  name: string;
  /** The proposed branch written (`environment/prod-next`, `environment/staging-next/app-a`). */
  branch: string;
  /** The activePath the files are under, when the branch is shared. */
  path?: string;
  status: BranchOutcome['status'];
  /** The branch's commit after the run (the new one, or the tip that already held these manifests); undefined in a dry run of a new branch. */
  commit?: string;
  /** The files written, metadata included. */
  files: number;
  /** Secrets dropped from the render (`secrets: drop`), as `Secret ns/name`. */
  dropped: string[];
  renderer: string;
}

export interface HydrateResult {
  drySha: string;
  dryRun: boolean;
  environments: HydratedEnvironment[];
}

/** Renders run at once: each is a helm or kustomize process. */
const RENDERS_AT_ONCE = 4;

/** The environment's `hydrate:` (carried as written onto the Config by config.ts's unnamedKeys). */
export function hydrateOf(e: EnvironmentConfig): HydrateSettings | undefined {
  return (e as EnvironmentConfig & { hydrate?: HydrateSettings }).hydrate;
}

export async function runHydrate(req: HydrateRequest, world: World): Promise<HydrateResult> {
  const config = await loadCheckedConfig(req.workdir, req.config);
  const chosen = chooseEnvironments(config, req.environments);
  const open = world.services.repo ?? repoOpener(world.env);
  const plain = open(req.workdir);
  const dry = await dryCommit(plain, 'HEAD');
  if (!dry)
    throw new UserError('the working directory has no commit to hydrate', {
      hint: 'check out the DRY branch (actions/checkout) before this step',
    });
  const prefix = (await pathPrefixOrTop(plain)).replace(/\/$/, '');
  const inRepo = (p: string) => posix.normalize(posix.join(prefix, p));
  const objects = new ObjectReader(req.workdir, world.env);
  const listed = new Map<string, Promise<string[] | undefined>>();
  const reader = {
    list: (dir: string) => {
      let files = listed.get(dir);
      if (!files) listed.set(dir, (files = plain.listFiles(dry.sha, dir === '' || dir === '.' ? undefined : dir)));
      return files;
    },
    read: (p: string) => objects.text(`${dry.sha}:${p}`),
  };
  let helm: ReturnType<Renderers['helm']> | undefined;
  let kustomize: ReturnType<Renderers['kustomize']> | null = null;
  const renderers: Renderers = {
    helm: () =>
      (helm ??= findHelm(world.env).then((h) =>
        h && helmUsable(h) ? { renderer: new Renderer(h.path, renderCluster(config)), helm: h } : undefined,
      )),
    kustomize: () => {
      if (kustomize === null) {
        const tool = findKustomize(world.env);
        kustomize = tool ? { renderer: new KustomizeRenderer(tool), tool } : undefined;
      }
      return kustomize;
    },
  };
  const repoURL = repositoryUrl(world.env, await plain.remoteUrl());
  let planned: { e: EnvironmentConfig; h: HydrateSettings; files: HydratedFile[]; dropped: string[]; renderer: string }[];
  try {
    const rendered = await mapLimit(chosen, RENDERS_AT_ONCE, async ({ e }) => {
      try {
        return await renderHydrated(e, config.charts ?? [], reader, renderers, inRepo);
      } catch (err) {
        if (err instanceof UserError) return { ok: false as const, message: err.format() };
        throw err;
      }
    });
    const errors: UserError[] = [];
    planned = [];
    chosen.forEach(({ e, h, index }, k) => {
      const r = rendered[k];
      const at = { file: config.file, line: configLine(config, ['environments', index]) };
      if (!r.ok) {
        errors.push(
          new UserError(`${e.name} does not render at ${dry.sha.slice(0, 12)}: ${r.message}`, {
            ...at,
            hint: 'fix the chart, values or overlay; nothing was pushed',
          }),
        );
        return;
      }
      try {
        const { files, dropped } = manifestFiles(r.objects.values(), h);
        const content = metadataText(dry, repoURL);
        const metadata = metadataPaths(h).map((path) => ({ path, content }));
        planned.push({ e, h, files: [...metadata, ...files], dropped, renderer: r.renderer });
      } catch (err) {
        if (!(err instanceof SecretInRender)) throw err;
        errors.push(
          new UserError(`${e.name}: ${err.message}, which a hydrated branch would hold in clear`, {
            file: config.file,
            line: configLine(config, ['environments', index, 'hydrate']) ?? at.line,
            hint: 'render a SealedSecret or an ExternalSecret instead, or write secrets: drop under hydrate: to leave Secrets out; nothing was pushed',
          }),
        );
      }
    });
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new UserErrors(errors);
  } finally {
    objects.close();
  }
  const git = req.dryRun ? plain : await withToken(plain, req.workdir, world.token, open);
  const environments: HydratedEnvironment[] = [];
  for (const p of planned) {
    const branch = proposedBranch(p.h);
    const out = await writeBranch(git, {
      branch,
      scope: p.h.path,
      metadata: metadataPaths(p.h),
      files: p.files,
      dry,
      environment: p.e.name,
      renderer: p.renderer,
      dryRun: req.dryRun,
    });
    environments.push({
      name: p.e.name,
      branch,
      ...(p.h.path ? { path: p.h.path } : {}),
      status: out.status,
      ...(out.commit ? { commit: out.commit } : {}),
      files: p.files.length,
      dropped: p.dropped,
      renderer: p.renderer,
    });
  }
  return { drySha: dry.sha, dryRun: req.dryRun, environments };
}

/** The environments to hydrate, in the config's order, each with its `hydrate:` and its index; a named one without it is refused. */
function chooseEnvironments(config: Config, names: readonly string[]): { e: EnvironmentConfig; h: HydrateSettings; index: number }[] {
  const all = config.environments.map((e, index) => ({ e, h: hydrateOf(e), index }));
  for (const n of names) {
    const found = all.find((x) => x.e.name === n);
    if (!found)
      throw new UserError(`names ${n}, which is no environment of the config`, {
        input: 'env',
        hint: `name one of ${all.map((x) => x.e.name).join(', ') || 'the config environments'}`,
      });
    if (!found.h)
      throw new UserError(`names ${n}, which has no hydrate: in the config`, {
        input: 'env',
        file: config.file,
        line: configLine(config, ['environments', found.index]),
        hint: words`add hydrate: { branch: environment/${n} } to it, or leave it out of ${named('env')}`,
      });
  }
  const chosen = all.filter(
    (x): x is { e: EnvironmentConfig; h: HydrateSettings; index: number } => !!x.h && (names.length === 0 || names.includes(x.e.name)),
  );
  if (chosen.length === 0)
    throw new UserError('no environment of the config has hydrate:', {
      file: config.file,
      hint: 'add hydrate: { branch: environment/<name> } to each environment to hydrate (docs/configuration.md)',
    });
  // A path is a folder of the hydrated branch: never outside it, never git's own folder.
  for (const { e, h, index } of chosen)
    if (h.path !== undefined && h.path.split('/').some((s) => s === '.' || s === '..' || s.toLowerCase() === '.git'))
      throw new UserError(`${e.name}: hydrate.path ${JSON.stringify(h.path)} is not a plain folder of the branch`, {
        file: config.file,
        line: configLine(config, ['environments', index, 'hydrate']),
        hint: "write GitOps Promoter's activePath, e.g. path: app-a",
      });
  // Two environments writing the same branch and folder would overwrite each other.
  const seen = new Map<string, string>();
  for (const { e, h, index } of chosen) {
    const key = `${proposedBranch(h)}\0${h.path ?? ''}`;
    const other = seen.get(key);
    if (other !== undefined)
      throw new UserError(`${e.name} hydrates ${proposedBranch(h)} as ${other} does`, {
        file: config.file,
        line: configLine(config, ['environments', index, 'hydrate']),
        hint: 'give each environment its own branch, or its own path: on a shared branch',
      });
    seen.set(key, e.name);
  }
  return chosen;
}

/** The top-level render settings the cluster is rendered for. */
function renderCluster(config: Config): { kubeVersion?: string; apiVersions?: string[] } {
  return { ...(config.render.kubeVersion ? { kubeVersion: config.render.kubeVersion } : {}), apiVersions: config.render.apiVersions };
}

/**
 * The DRY repository's URL for hydrator.metadata: the runner's repository on its server, else origin's URL
 * without any credential in it; undefined when neither is known.
 */
export function repositoryUrl(env: NodeJS.ProcessEnv, origin: string | undefined): string | undefined {
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) return `${env.GITHUB_SERVER_URL.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}`;
  if (origin === undefined) return undefined;
  try {
    const u = new URL(origin);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\.git$/, '');
  } catch {
    return origin;
  }
}
