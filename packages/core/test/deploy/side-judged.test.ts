// Issue 72: one answer of an environment's Helm side in every command, each command's judgement its own. The same
// environment at the same commit is read by its kind with hydrate's input (the kind's render, with a Helm that
// writes down what it is handed), promote's (promote/chart-input.ts) and the check's (operations/check/
// chart-resolver.ts): the same side and the same gaps (a HelmRelease's valuesFrom it cannot read, a values file
// missing beside its chart). What each command then does with them is today's: hydrate refuses the unread
// valuesFrom and renders the chart alone; promote names the unread valuesFrom in its label and refuses the missing
// file; the check names the one and renders the chart alone.

import type { EnvironmentConfig } from '../../src/config/config.ts';
import { deploymentOf } from '../../src/deploy/kind.ts';
import type { HelmSide, Renderers, SideUnavailable } from '../../src/deploy/model.ts';
import { checkJudged, checkSideInput, fluxSideInput, type InputsReader } from '../../src/operations/check/chart-resolver.ts';
import { promoteJudged, promoteSideInput, type ChartContext } from '../../src/promote/chart-input.ts';
import type { PromoteRequest } from '../../src/promote/request.ts';
import type { RenderSide, Unavailable } from '../../src/render/render.ts';
import { gitDouble, worldDouble } from '../promote/ports-double.ts';
import { hydrateRefuses } from '../../src/operations/hydrate/judge.ts';

type Files = Record<string, string>;

const CHART: Files = {
  'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 1.2.0\n',
  'charts/myapp/values.yaml': 'replicas: 1\n',
};

/** A HelmRelease of this repository's chart (a GitRepository source), one of its valuesFrom a Secret lockstep cannot read. */
const RELEASE: Files = {
  ...CHART,
  'apps/prod/release.yaml': [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata: { name: myapp, namespace: shop }',
    'spec:',
    '  chart:',
    '    spec:',
    '      chart: ./charts/myapp',
    '      sourceRef: { kind: GitRepository, name: flux-system, namespace: flux-system }',
    '  valuesFrom:',
    '    - { kind: Secret, name: db }',
    '  values:',
    '    replicas: 2',
    '',
  ].join('\n'),
};

const env = (e: Partial<EnvironmentConfig>) => ({ name: 'prod', protected: true, ...e }) as EnvironmentConfig;
const release = env({ values: 'apps/prod/release.yaml', helmrelease: 'apps/prod/release.yaml' });
/** A values file the commit does not hold, beside its chart. */
const missing = env({ values: 'charts/myapp/values-prod.yaml' });

const under = (files: Files, dir: string) => {
  const prefix = dir === '' || dir === '.' ? '' : `${dir}/`;
  const found = Object.keys(files).filter((p) => p.startsWith(prefix));
  return found.length > 0 ? found : undefined;
};

/** What a side says, without the chart's bytes or where the command found the chart (its own choice). */
function shown(s: HelmSide | SideUnavailable | RenderSide) {
  if ('unavailable' in s) return s;
  const side = 'side' in s ? s.side : s;
  const { chart, ...rest } = side;
  return { ...rest, chart: 'files' in chart ? [...chart.files.keys()].sort() : 'tgz', ...('gaps' in s ? { gaps: s.gaps } : {}) };
}

/** Hydrate: the kind's render, with a Helm that writes down the side it is handed (never run); a refusal as its message. */
async function hydrate(e: EnvironmentConfig, files: Files): Promise<RenderSide | Unavailable> {
  let handed: RenderSide | undefined;
  const renderers = {
    helm: async () => ({
      renderer: { output: async (side: RenderSide) => ((handed = side), { ok: true, stdout: '' }) },
      helm: { version: '3.17.0' },
    }),
    kustomize: () => undefined,
    pull: { oci: () => Promise.reject(new Error('not asked')), repository: () => Promise.reject(new Error('not asked')) },
  } as unknown as Renderers;
  const r = await deploymentOf(e)!.render(
    { read: async (p) => files[p], list: async (d) => under(files, d) },
    renderers,
    (p) => p,
    [],
    hydrateRefuses,
  );
  if (!r.ok) return { unavailable: r.message };
  return handed!;
}

/** Promote's input at the base (promoteSideInput), its charts found as a promotion finds them. */
function promoteInput(e: EnvironmentConfig, files: Files) {
  const ports = worldDouble({
    git: gitDouble({ readAt: async (_c, p) => files[p], listFiles: async (_c, dir) => under(files, dir ?? '') }),
  });
  const ctx: ChartContext = {
    req: { charts: [] } as unknown as PromoteRequest,
    ports,
    baseSha: 'base',
    values: e.values!,
    listed: new Map(),
  };
  return promoteSideInput(ctx, async (p) => files[p]);
}

/** The check's reader of the head commit. */
const checkReader = (files: Files): InputsReader => ({ read: async (_c, p) => files[p], list: async (_c, d) => under(files, d) });

describe('one side of an environment in every command, judged by each', () => {
  test('a HelmRelease with a valuesFrom it cannot read: one side and one gap; hydrate refuses, promote and the check name it', async () => {
    const d = deploymentOf(release)!;
    const promoted = await d.side(promoteInput(release, RELEASE));
    const chart = () =>
      Promise.resolve({
        input: { files: new Map([['Chart.yaml', CHART['charts/myapp/Chart.yaml']]]) },
        name: 'myapp',
        where: 'charts/myapp',
        dir: 'charts/myapp',
      });
    const checked = await d.side(fluxSideInput(checkReader(RELEASE), 'head', (p) => p, chart));
    const answer = {
      release: 'myapp',
      namespace: 'shop',
      values: ['{"replicas":2}'],
      gaps: { unreadValuesFrom: { release: 'myapp', entries: ['valuesFrom Secret db not read'] } },
    };
    expect(shown(promoted)).toMatchObject(answer);
    expect(shown(checked)).toMatchObject(answer);

    expect(await hydrate(release, RELEASE)).toEqual({
      unavailable:
        'HelmRelease myapp: valuesFrom Secret db not read, so its render would not be what helm-controller installs (keep those values in a ConfigMap of the repository)',
    });
    const named = (s: HelmSide | Unavailable) => ('label' in s ? s.label : s.unavailable);
    expect(named(promoteJudged(promoted))).toBe(
      'HelmRelease myapp: chart myapp 1.2.0 from charts/myapp at the base, release myapp in namespace shop, stored in shop (valuesFrom Secret db not read)',
    );
    expect(named(checkJudged(checked))).toBe(
      'HelmRelease myapp: chart myapp 1.2.0 from charts/myapp, release myapp in namespace shop, stored in shop (valuesFrom Secret db not read)',
    );
  });

  test('a values file missing beside its chart: one side and one gap; promote refuses, hydrate and the check render the chart alone', async () => {
    const d = deploymentOf(missing)!;
    const promoted = await d.side(promoteInput(missing, CHART));
    const chart = { dir: 'charts/myapp', name: 'myapp', at: 'head', charts: ['charts/myapp'] };
    const checked = await d.side(checkSideInput(checkReader(CHART), 'head', (p) => p, chart));
    const answer = {
      release: 'myapp',
      values: [],
      chart: ['Chart.yaml', 'values.yaml'],
      gaps: { missingValues: 'charts/myapp/values-prod.yaml' },
    };
    expect(shown(promoted)).toEqual(answer);
    expect(shown(checked)).toEqual(answer);

    const { gaps: _gaps, ...rendered } = answer;
    expect(shown(await hydrate(missing, CHART))).toEqual(rendered);
    expect(promoteJudged(promoted)).toEqual({ unavailable: 'charts/myapp/values-prod.yaml does not exist' });
    expect(shown(checkJudged(checked))).toEqual(rendered);
  });
});
