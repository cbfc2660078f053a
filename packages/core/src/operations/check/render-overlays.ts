// chart-bump-check's rendered changes of Kustomize overlay environments
// (`kustomization:`, or a Flux Kustomization's spec.path with its spec.images,
// targetNamespace and post-build variables: `flux-kustomization:`), its build its Deployment's (overlaySide, the
// one hydrate and promote-env read): each overlay whose build inputs differ between the base
// and the head of the pull request — the files of its folder and of every
// folder it reaches, and an Application's kustomize.images — is built with the
// real kustomize (render/find.ts) on both sides and compared, for the job
// summary. An overlay the pull request does not touch is not built. The pull
// request's files are untrusted: render/kustomize.ts builds them bounded, in a
// temp folder, without network.

import type { Config, EnvironmentConfig, RenderMode } from '../../config/config.ts';
import { UserError } from '../../errors.ts';
import { compareOptions } from '../../render/compare.ts';
import { findKustomize } from '../../render/find.ts';
import { KustomizeRenderer, sameSide, type KustomizeSide } from '../../render/kustomize.ts';
import type { Deployment, OverlayBuild } from '../../deploy/model.ts';
import { renderJob, type CheckJob } from './check-job.ts';
import type { CheckValidation } from './validate.ts';
import type { GuardedRender } from './render-guards.ts';
import { deploymentOf } from '../../deploy/kind.ts';

/**
 * The bounds of one render of a pull request's templates or overlay (Helm's here and in render.ts): 30 s,
 * and half the default memory bound, as the time limit is half (a real chart stays far below it).
 */
export const CHECK_LIMITS = { timeoutMs: 30_000, maxRssBytes: 512 * 1024 * 1024 };

/** How the check reads the repository at a commit (render.ts's CheckReader). */
interface CommitReader {
  list(commit: string, dir: string): Promise<string[] | undefined>;
  read(commit: string, path: string): Promise<string | undefined>;
}

const HINT = 'add kubectl (azure/setup-kubectl; GitHub-hosted Ubuntu runners ship it) or kustomize to PATH';

/**
 * Each overlay environment whose build inputs changed, built at the base and
 * at the head, with what its guards judge (render-guards.ts); [] when none did.
 */
export async function renderOverlayChecks(
  mode: RenderMode,
  config: Config,
  commits: { base: string; head: string },
  reader: CommitReader,
  env: NodeJS.ProcessEnv,
  inRepo: (p: string) => string,
  validation?: CheckValidation,
): Promise<GuardedRender[]> {
  // An environment its kind builds with kustomize (an overlay, a Flux Kustomization): its build is its Deployment's
  // (overlaySide: deploy/flux/flux-build.ts), as hydrate and promote read it.
  const overlays = config.environments.flatMap((e) => {
    const d = deploymentOf(e);
    return d?.renderer === 'kustomize' ? [{ e, d }] : [];
  });
  if (mode === 'off' || overlays.length === 0) return [];
  type Side = OverlayBuild;
  const sideAt = (commit: string, d: Deployment): Promise<Side> =>
    d.overlaySide({ reader: { list: (dir) => reader.list(commit, dir === '' ? '.' : dir), read: (p) => reader.read(commit, p) }, inRepo });
  const changed: { e: EnvironmentConfig; name: string; protected: boolean; file: string; before: Side; after: Side }[] = [];
  for (const { e, d } of overlays) {
    const [before, after] = await Promise.all([sideAt(commits.base, d), sideAt(commits.head, d)]);
    const same =
      'unavailable' in before || 'unavailable' in after
        ? 'unavailable' in before && 'unavailable' in after && before.unavailable === after.unavailable
        : sameSide(before, after);
    // The file of a side that builds, else the file the config names for the deployer.
    const file = 'files' in after ? after.file : 'files' in before ? before.file : inRepo(d.files[0]);
    if (!same) changed.push({ e, name: e.name, protected: e.protected, file, before, after });
  }
  if (changed.length === 0) return [];
  const tool = findKustomize(env);
  if (!tool) {
    if (mode === 'on')
      throw new UserError('render: on needs kustomize or kubectl on PATH to render the overlays: neither was found', { hint: HINT });
    const render = {
      environment: 'every overlay environment the pull request reaches',
      status: 'skipped' as const,
      noHelm: true,
      reached: changed.map((c) => c.name),
      renderer: 'kustomize' as const,
      message: `no kustomize or kubectl on PATH; ${HINT}, or set render: off`,
    };
    return [{ render, protected: false, file: '', builds: 'the overlays', sources: [] }];
  }
  const opts = compareOptions(config.render);
  const renderer = new KustomizeRenderer(tool, CHECK_LIMITS);
  return Promise.all(
    changed.map((c) => {
      const dir = 'dir' in c.after ? c.after.dir : 'dir' in c.before ? c.before.dir : undefined;
      // The overlay's own folder first: an image written there is traced to it before a base's.
      const sources = 'files' in c.after ? [...c.after.files].map(([path, text]) => ({ path, text })) : [];
      const job: CheckJob<KustomizeSide> = {
        environment: c.e,
        name: c.name,
        // An overlay new in the pull request: every object added.
        before: 'unavailable' in c.before && /^no kustomization /.test(c.before.unavailable) ? 'nothing' : c.before,
        after: c.after,
        ...(dir !== undefined ? { what: `overlay ${dir} with ${tool.label}` } : {}),
        file: c.file,
        builds: `overlay ${dir ?? c.file}`,
        sources,
      };
      return renderJob(job, { renderer, kustomize: true }, { opts, validation });
    }),
  );
}
