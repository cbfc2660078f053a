// One render of the pull-request check, whichever kind read its sides: an environment's base and head sides (a Helm
// kind's, read by Deployment.side; a kustomize kind's, by Deployment.overlaySide) rendered and compared
// (render/render.ts renderEnvironment), the head validated against its cluster's schemas with the chart's own CRDs,
// the values contract judging what it sets, and what the guards point at (render-guards.ts). The flows that find
// which environments a pull request reaches (render.ts for a changed chart, render-inputs.ts, render-flux.ts,
// render-overlays.ts) each make jobs; they render here, one way.

import type { EnvironmentConfig } from '../../config/config.ts';
import type { CompareOptions } from '../../render/compare.ts';
import type { IgnoreRule } from '../../render/ignore-paths.ts';
import { renderEnvironment, sideRender, type SideRenderer, type Unavailable } from '../../render/render.ts';
import type { EnvironmentRender } from '../../render/report.ts';
import type { CrdText } from '../../validate/environment.ts';
import type { CheckContract } from './contract.ts';
import type { GuardedRender } from './render-guards.ts';
import type { CheckValidation } from './validate.ts';

/** One environment's two sides to render and compare, with what its guards, validation and values contract read. */
export interface CheckJob<S extends object> {
  environment: EnvironmentConfig;
  /** The render's label (the environment, with the chart or the HelmRelease where one environment renders twice). */
  name: string;
  before: S | Unavailable | 'nothing';
  /** The head's side, or the message of a deployer resource that no longer reads at the head (a failed render). */
  after: S | Unavailable | { failed: string };
  /** What the render compares (`chart api 1.2.0 → 1.3.0`, `overlay deploy/prod with kustomize 5.4.2`). */
  what?: string;
  /** The fields its deployer leaves out of a diff (an Application's ignoreDifferences). */
  ignoreDifferences?: IgnoreRule[];
  /** Where a refusal without a traced line points, and its line there (a HelmRelease's document). */
  file: string;
  line?: number;
  /** What it builds (`chart api`, `overlay deploy/prod`): the environments building the same thing are named together. */
  builds: string;
  /** The head's texts, the environment's own first: where an image is traced to its line. */
  sources: readonly { path: string; text: string }[];
  /** The head chart's own CRDs (its crds/ folder), validated with its objects. */
  crds?: readonly CrdText[];
  /**
   * The values contract's judgement of the head side, for a kind that sets values: before the render, in job order,
   * `how` saying it is rendered and with which Helm (judged without it where no Helm renders: contract-unrendered.ts).
   */
  judge?: (contract: CheckContract, how: { rendered?: true; helm?: string }) => Promise<void>;
}

/** What a job renders with: its renderer, the Helm version it says (a Helm kind), and the tool's kind for the report. */
export interface JobTool<S extends object> {
  renderer: SideRenderer<S>;
  helm?: string;
  kustomize?: true;
}

/** How every job of a check is compared, validated and judged. */
export interface JobKit {
  opts: CompareOptions;
  validation?: CheckValidation;
  contract?: CheckContract;
}

/** One job rendered and compared, its head validated and its values judged, as the guards take it. */
export async function renderJob<S extends object>(job: CheckJob<S>, tool: JobTool<S>, kit: JobKit): Promise<GuardedRender> {
  const { environment: e, name } = job;
  const how = { rendered: true as const, ...(tool.helm !== undefined ? { helm: tool.helm } : {}) };
  if (kit.contract && job.judge) await job.judge(kit.contract, how);
  const guarded = { protected: e.protected, file: job.file, ...(job.line !== undefined ? { line: job.line } : {}), builds: job.builds };
  if ('failed' in job.after)
    return {
      ...guarded,
      sources: [],
      render: { environment: name, ...(job.what ? { what: job.what } : {}), status: 'failed', message: job.after.failed },
    };
  const after = job.after;
  kit.validation?.prepare(e, sideRender(tool.renderer, job.before));
  const opts = { ...kit.opts, ignoreDifferences: job.ignoreDifferences ?? [] };
  const render: EnvironmentRender = {
    ...(await renderEnvironment(tool.renderer, name, job.before, after, opts, job.what)),
    ...(tool.helm !== undefined ? { helm: tool.helm } : {}),
    ...(tool.kustomize ? { renderer: 'kustomize' as const } : {}),
  };
  // The head again is the renderer's cache: validated as rendered.
  if (kit.validation && !('unavailable' in after)) await kit.validation.after(e, name, await tool.renderer.render(after), job.crds ?? []);
  return { ...guarded, render, sources: job.sources };
}
