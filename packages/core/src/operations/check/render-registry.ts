// chart-bump-check's sides of an environment whose Argo CD Application pulls its chart from a registry that no
// chart folder of this repository names (an OCI registry or https Helm repository source: `chart: api`,
// `targetRevision: 1.2.0`), when the pull request changes what it reads (render-inputs.ts decides). Each side is
// read by the Application's kind (Deployment.side: valueFiles, `$values` of a multi-source Application, inline
// values, release name, namespace, as promote and hydrate read it), with the chart pulled at the version that side
// pins through the check's one puller (remote-chart.ts: digests checked, each version once, one deadline).
// The pull request's text is untrusted: only a registry or repository that the base commit names is contacted (an
// Application's repoURL or a Flux source's url: remote-named.ts), so a repoURL it introduces is never asked and the side is
// refused at the line writing it. A chart that cannot be pulled is refused at the targetRevision's line, naming the
// host. Either way a protected environment fails closed (render-guards.ts) and another is warned.

import type { EnvironmentConfig } from '../../config/config.ts';
import type { ApplicationRender } from '../../deploy/argocd/application.ts';
import { applicationSource } from '../../deploy/argocd/side.ts';
import { repositoryChart } from '../../deploy/chart-folder.ts';
import type { ChartResolver, FoundChart, ResourceRef } from '../../deploy/model.ts';
import type { Unavailable } from '../../render/render.ts';
import { readerAt, resolvedSide, type ChartSide, type InputsReader } from './chart-resolver.ts';
import type { RemoteCharts } from './remote-chart.ts';
import { sourceKey, unnamedWords, type BaseNamed } from './remote-named.ts';

/** What the check pulls a registry Application's chart with: its puller, and the repoURLs the base's Applications name. */
export interface RegistryPulls {
  remote: RemoteCharts;
  /** The repositories and registries the base commit names (remote-named.ts: its Applications' and its releases'). */
  named: BaseNamed;
}

/** An environment's Application file and its texts at the base and the head (render-inputs.ts environmentFiles). */
export interface ApplicationTexts {
  ref: ResourceRef | undefined;
  appFile: string;
  baseText: string | undefined;
  headText: string | undefined;
}

/** What to do about a repoURL the base does not name. */
const UNNAMED_HINT =
  'move the Application to the new registry in a pull request of its own after an environment that is not protected names it in the base (its render is a warning there); the check never contacts a registry a pull request introduces';

/** What to do about a chart that cannot be pulled. */
const PULL_HINT =
  'the check pulls the chart from the registry or repository the Application names: push that version there, or make it reachable from the runner (a registry: docker login; a private https repository: helm repo add <name> <url> --username <user> --password-stdin in a step before this one)';

/** The repoURL a side names, with the line writing it (the head's file: where a refusal of it points). */
function repoURLOf(reader: InputsReader, text: string | undefined, at: ApplicationTexts, charts: readonly string[]) {
  return text === undefined ? undefined : applicationSource(reader, text, at.appFile, at.ref?.name, charts);
}

/**
 * The check's chart resolver for one side of a registry Application (`app`, read at `commit`): a `path:` source's
 * folder of this repository at that commit, as hydrate reads it (deploy/chart-folder.ts); else the chart pulled at the version the side pins, from a registry or
 * repository the base names (`named`), or why not, refused at the line that makes it so.
 */
function pulledChart(
  reader: InputsReader,
  commit: string,
  app: ApplicationRender,
  pulls: RegistryPulls,
  where: { file: string; repoURLLine: number },
): ChartResolver {
  return async (source, version, path, words): Promise<FoundChart | Unavailable> => {
    if (path !== undefined) return repositoryChart(readerAt(reader, commit), path);
    const chart = source.chart ?? app.revision.chart ?? 'chart';
    const url = source.repoURL ?? '';
    if (!(await pulls.named()).has(sourceKey(url)))
      return {
        unavailable: unnamedWords(chart, version, url),
        refused: { file: where.file, line: where.repoURLLine, hint: UNNAMED_HINT },
      };
    const refused = { file: where.file, line: app.revision.line, hint: PULL_HINT };
    const pulled = pulls.remote(source, version);
    if (!pulled) return { unavailable: `${words.pulled}: no OCI registry or https Helm repository to pull it from`, refused };
    const got = await pulled;
    if ('tgz' in got) return { input: { tgz: got.tgz }, name: chart, where: got.where };
    return { unavailable: `chart ${chart} ${version} could not be pulled from ${got.host}: ${got.problem}`, refused };
  };
}

/**
 * Registry Application environment `e`'s two sides, each read by its kind with its chart pulled (pulledChart): the
 * base's where its Application reads there ('nothing' where it does not), the head's; and what the render compares,
 * said (`chart api 1.2.0 from oci://…`).
 */
export async function registrySides(
  e: EnvironmentConfig,
  at: ApplicationTexts,
  apps: { base: ApplicationRender | undefined; head: ApplicationRender },
  commits: { base: string; head: string },
  reader: InputsReader,
  inRepo: (p: string) => string,
  charts: readonly string[],
  pulls: RegistryPulls,
): Promise<{ before: ChartSide | 'nothing'; after: ChartSide; chart: string; what: string }> {
  const [baseSource, headSource] = [repoURLOf(reader, at.baseText, at, charts), repoURLOf(reader, at.headText, at, charts)];
  const line = headSource?.repoURLLine ?? apps.head.revision.line;
  const sideAt = (commit: string, app: ApplicationRender, repoURLLine: number) =>
    resolvedSide(e, reader, commit, inRepo, charts, pulledChart(reader, commit, app, pulls, { file: at.appFile, repoURLLine }));
  const [before, after] = await Promise.all([
    apps.base ? sideAt(commits.base, apps.base, baseSource?.repoURLLine ?? 1) : ('nothing' as const),
    sideAt(commits.head, apps.head, line),
  ]);
  const chart = headSource?.source.chart ?? apps.head.revision.chart ?? 'chart';
  const [was, now] = [apps.base?.revision.current, apps.head.revision.current];
  const from = headSource?.source.repoURL ?? '';
  const what =
    was !== undefined && was !== now
      ? `chart ${chart} ${was} → ${now} from ${from}, as ${e.name}'s Application pins it`
      : `chart ${chart} ${now} from ${from}, ${e.name}'s values or Application changed`;
  return { before, after, chart, what };
}

/**
 * The repoURLs the Applications of `texts` name (each environment's Application at the base), as sourceKey compares
 * them; an Application that does not read names none.
 */
export function namedBy(reader: InputsReader, texts: readonly (ApplicationTexts | undefined)[], charts: readonly string[]): Set<string> {
  return new Set(
    texts.flatMap((t) => {
      const url = t ? repoURLOf(reader, t.baseText, t, charts)?.source.repoURL : undefined;
      return url ? [sourceKey(url)] : [];
    }),
  );
}
