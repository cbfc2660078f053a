// What a DRY commit hydrates to, shared by the hydration (run.ts, at HEAD) and the check of a hydrated branch
// (check.ts, at the drySha its hydrator.metadata names): each chosen environment rendered at that commit, its
// files laid out (layout.ts), every render first, so one that fails writes nothing. Files are read from the
// commit, never from the work tree; the renderers are made once per run, when first needed.

import { posix } from 'node:path';
import { expandFleets, isFleet, withDocuments } from '../../deploy/fleet.ts';
import { mapLimit } from '../../async/map-limit.ts';
import { configLine, type Config, type EnvironmentConfig } from '../../config/config.ts';
import type { World } from '../../contract/world.ts';
import { UserError, UserErrors } from '../../errors.ts';
import type { DryCommit, HydratedFile } from '../../git/hydrated.ts';
import { ObjectReader } from '../../git/cat-file.ts';
import { filesUnder } from '../../git/tree.ts';
import { pathPrefixOrTop } from '../../git/local-repo.ts';
import type { Repo } from '../../git/repo.ts';
import { findKustomize } from '../../render/find.ts';
import { findHelmOf, helmUsable, type HelmMajor } from '../../render/helm.ts';
import { KustomizeRenderer } from '../../render/kustomize.ts';
import { readChartFolder, Renderer } from '../../render/render.ts';
import { metadataPaths } from '../../git/hydrated.ts';
import { manifestFiles, metadataText, SecretInRender, type HydrateSettings } from './layout.ts';
import type { HydrateValidator } from './validate.ts';
import { renderDeployed } from '../../deploy/render.ts';
import { hydrateRefuses } from './judge.ts';
import type { CommitReader, Renderers } from '../../deploy/model.ts';
import type { ChartPuller } from '../../deploy/chart-pull.ts';
import { nodeTransport } from '../../http/transport.ts';
import { pullChartArchive, resolveChartVersion } from '../../registry/chart.ts';
import { RegistryClient } from '../../registry/client.ts';
import { dockerConfigPath, dockerCredentialSource } from '../../registry/docker-config.ts';
import { pullRepositoryChart } from '../../registry/helm-repository.ts';

/** An environment chosen for the run: its config entry, its `hydrate:` and its index in the config. */
export interface Chosen {
  e: EnvironmentConfig;
  h: HydrateSettings;
  index: number;
}

/** An environment's hydrated files at one DRY commit, metadata first. */
export interface Planned extends Chosen {
  files: HydratedFile[];
  dropped: string[];
  renderer: string;
}

/** Renders run at once: each is a helm or kustomize process. */
const RENDERS_AT_ONCE = 4;

/**
 * `render` of each of `items`, RENDERS_AT_ONCE at a time, each as a function giving its outcome or throwing what it
 * threw, as if they had run one after another: past the first that fails or throws, none is started (what follows
 * it is never read).
 */
async function inOrder<T, R extends { ok: boolean }>(items: readonly T[], render: (item: T) => Promise<R>): Promise<(() => R)[]> {
  let first = items.length;
  return mapLimit(items, RENDERS_AT_ONCE, async (item, i): Promise<() => R> => {
    if (i > first)
      return () => {
        throw new Error('a render past the first that failed was read');
      };
    try {
      const r = await render(item);
      if (!r.ok) first = Math.min(first, i);
      return () => r;
    } catch (thrown) {
      first = Math.min(first, i);
      return () => {
        throw thrown;
      };
    }
  });
}

export interface Planner {
  /**
   * Every environment of `chosen` rendered at `dry`; a render that fails, a Secret in clear, or (given `validate`) a
   * render its validation refuses, throws (all of them at once).
   */
  plan(dry: DryCommit, chosen: readonly Chosen[], validate?: HydrateValidator): Promise<Planned[]>;
  /** A config path's text at `sha` (the path made a repository path), undefined when the commit has no such file. */
  configText(sha: string, path: string): Promise<string | undefined>;
  /** A blob's text (`<commit>:<path>`), undefined when the commit has no such file. */
  text(rev: string): Promise<string | undefined>;
  close(): void;
}

/** The planner of a run in `workdir`; `repoURL` goes into hydrator.metadata. */
export async function openPlanner(
  config: Config,
  workdir: string,
  world: World,
  plain: Repo,
  repoURL: string | undefined,
): Promise<Planner> {
  const prefix = (await pathPrefixOrTop(plain)).replace(/\/$/, '');
  const inRepo = (p: string) => posix.normalize(posix.join(prefix, p));
  const fromRepo = (p: string) => (prefix && p.startsWith(`${prefix}/`) ? p.slice(prefix.length + 1) : p);
  const objects = new ObjectReader(workdir, world.env);
  const renderers = runRenderers(config, world);
  return {
    plan: async (dry, chosen, validate) => {
      // Each folder listed and each file read once per run: 300 environments of one chart read its files once,
      // not 300 times (a chart folder holding every environment's values file made that 300 × 300 reads).
      const listed = new Map<string, Promise<string[] | undefined>>();
      const texts = new Map<string, Promise<string | undefined>>();
      const charts = new Map<string, ReturnType<typeof readChartFolder>>();
      const reader: CommitReader = {
        list: (dir: string) => {
          let files = listed.get(dir);
          // A folder through the running cat-file (git/tree.ts), not a git process a chart folder; the whole tree by git.
          if (!files) listed.set(dir, (files = dir === '' || dir === '.' ? plain.listFiles(dry.sha) : filesUnder(objects, dry.sha, dir)));
          return files;
        },
        read: (p: string) => {
          let text = texts.get(p);
          if (!text) texts.set(p, (text = objects.text(`${dry.sha}:${p}`)));
          return text;
        },
        chart: (dir: string) => {
          let chart = charts.get(dir);
          if (!chart) charts.set(dir, (chart = readChartFolder(reader, dir)));
          return chart;
        },
      };
      // Each environment laid out as soon as it is rendered, while the next renders run: its objects go then.
      const content = metadataText(dry, repoURL);
      const outcomes = await mapLimit(chosen, RENDERS_AT_ONCE, async (c) => {
        try {
          // An environment of many apps (deploy/fleet.ts): each app rendered as its own, under <path>/<app id>/.
          const apps = isFleet(c.e)
            ? expandFleets([c.e], await withDocuments([c.e], (await reader.list('')) ?? [], reader.read, inRepo), {
                file: config.file,
                inRepo,
                fromRepo,
              })
            : [c.e as typeof c.e & { app?: string }];
          const laid = { files: [] as HydratedFile[], dropped: [] as string[], renderer: '' };
          // A fleet's apps rendered side by side (helm bounded to the machine's cores, render/bounded.ts), laid out in order.
          const outcomes = await inOrder(apps, (e) => renderDeployed(e, config.charts ?? [], reader, renderers, inRepo, hydrateRefuses));
          for (const [k, e] of apps.entries()) {
            const r = outcomes[k]();
            if (!r.ok) return e.app === undefined ? r : { ok: false as const, message: `${e.name}: ${r.message}` };
            const refused = validate ? await validate(c, e, r.objects.values(), reader) : [];
            if (refused.length > 0) return { ok: false as const, refused };
            const h = e.app === undefined ? c.h : { ...c.h, path: posix.join(c.h.path ?? '', e.app) };
            const { files, dropped } = manifestFiles(r.objects.values(), h);
            laid.files.push(...files);
            laid.dropped.push(...dropped);
            laid.renderer ||= r.renderer;
          }
          if (apps.length === 0) return { ok: false as const, message: `${c.e.name} names no app in this commit` };
          const metadata = metadataPaths(c.h).map((path) => ({ path, content }));
          return {
            ok: true as const,
            planned: { ...c, files: [...metadata, ...laid.files], dropped: laid.dropped, renderer: laid.renderer },
          };
        } catch (err) {
          if (err instanceof UserError) return { ok: false as const, message: err.format() };
          if (err instanceof SecretInRender) return { ok: false as const, secret: err };
          throw err;
        }
      });
      const errors: UserError[] = [];
      const planned: Planned[] = [];
      chosen.forEach((c, k) => {
        const r = outcomes[k];
        const at = { file: config.file, line: configLine(config, ['environments', c.index]) };
        if (r.ok) planned.push(r.planned);
        else if ('refused' in r && r.refused) errors.push(...r.refused);
        else if ('secret' in r)
          errors.push(
            new UserError(`${c.e.name}: ${r.secret.message}, which a hydrated branch would hold in clear`, {
              file: config.file,
              line: configLine(config, ['environments', c.index, 'hydrate']) ?? at.line,
              hint: 'render a SealedSecret or an ExternalSecret instead, or write secrets: drop under hydrate: to leave Secrets out; nothing was pushed',
            }),
          );
        else
          errors.push(
            new UserError(`${c.e.name} does not render at ${dry.sha.slice(0, 12)}: ${r.message}`, {
              ...at,
              hint: 'fix the chart, values or overlay; nothing was pushed',
            }),
          );
      });
      if (errors.length === 1) throw errors[0];
      if (errors.length > 1) throw new UserErrors(errors);
      return planned;
    },
    configText: (sha, path) => objects.text(`${sha}:${inRepo(path)}`),
    text: (rev) => objects.text(rev),
    close: () => {
      objects.close();
      renderers.dispose();
    },
  };
}

/** The renderers of a run, each made when first needed (an overlay-only config never looks for Helm). */
function runRenderers(config: Config, world: World): Renderers & { dispose(): void } {
  const env = world.env;
  // One Helm per major named (an environment's helm-version), and one for the environments that name none.
  const helms = new Map<HelmMajor | undefined, ReturnType<Renderers['helm']>>();
  let kustomize: ReturnType<Renderers['kustomize']> | null = null;
  const pulls = chartPuller(world);
  const cluster = {
    ...(config.render.kubeVersion ? { kubeVersion: config.render.kubeVersion } : {}),
    apiVersions: config.render.apiVersions,
  };
  return {
    helm: (major) => {
      let found = helms.get(major);
      if (!found) {
        // One chart folder written for all the renders of a chart (the planner's reader gives the same files map).
        found = findHelmOf(major, env).then((h) =>
          h && helmUsable(h) ? { renderer: new Renderer(h.path, cluster, {}, true, false, () => findKustomize(env)), helm: h } : undefined,
        );
        helms.set(major, found);
      }
      return found;
    },
    dispose: () => {
      for (const found of helms.values()) void found.then((h) => h?.renderer.dispose());
      pulls.close();
    },
    pull: pulls.pull,
    kustomize: () => {
      if (kustomize === null) {
        const tool = findKustomize(env);
        kustomize = tool ? { renderer: new KustomizeRenderer(tool), tool } : undefined;
      }
      return kustomize;
    },
  };
}

/**
 * Charts from registries, through one registry client opened on the first pull (a run whose charts are all in
 * the repository opens none), with the Docker config's credentials as promote-env reads them.
 */
function chartPuller(world: World): { pull: ChartPuller; close(): void } {
  let opened: { client: RegistryClient; close(): void } | undefined;
  const client = () => {
    if (!opened) {
      const transport = (world.services.http ?? nodeTransport)();
      const log = (line: string) => world.reporter.debug(line);
      const registry = (world.services.registry ?? ((o) => new RegistryClient(o)))({
        transport,
        clock: world.clock,
        ...(world.services.retry ? { retry: world.services.retry } : {}),
        log,
        credentials: dockerCredentialSource({ configPath: dockerConfigPath(world.env, world.env.HOME ?? ''), secret: world.secret, log }),
      });
      opened = { client: registry, close: () => transport.close() };
    }
    return opened.client;
  };
  // Each OCI chart pulled once per run: 300 environments of one published chart pull it once.
  const pulled = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, pull: () => Promise<T>): Promise<T> => {
    let p = pulled.get(key) as Promise<T> | undefined;
    if (!p) pulled.set(key, (p = pull()));
    return p;
  };
  return {
    pull: {
      oci: (ref) =>
        once(`oci\0${ref.registry}/${ref.repository}:${ref.tag ?? ref.range ?? ''}@${ref.digest ?? ''}`, () =>
          pullChartArchive(client(), ref),
        ),
      // A classic repository's index and archives are read once per registry client (registry/helm-repository.ts).
      repository: async (repoURL, chart, version) => (await pullRepositoryChart(client(), repoURL, chart, version)).tgz,
      // A range resolved once per run against the registry's tags: the place said is the tag pulled.
      resolve: (ref) =>
        once(`tags\0${ref.registry}/${ref.repository}\0${ref.range ?? ''}@${ref.digest ?? ''}`, () => resolveChartVersion(client(), ref)),
    },
    close: () => opened?.close(),
  };
}
