// A Flux HelmRelease's post-renderers, applied to Helm's output as helm-controller applies them before it installs:
// each spec.postRenderers entry's kustomize (its patches and images, in a kustomization of its own over the output
// of the one before), then spec.commonMetadata (its labels and annotations set on every object's own metadata, not
// on selectors or pod templates). The real kustomize runs them (render/find.ts), bounded and offline as an overlay's
// build (bounded.ts runBounded); the kustomizations are written here from the release's fields alone, so nothing
// the release says can name a file or a URL for kustomize to load. spec.postRenderStrategy says which objects are
// post-rendered: `combined` (helm-controller's default since Helm 4) every object with the hooks, `separate` the
// hooks and the other objects each in a stream of their own, `nohooks` (Helm 3's behaviour) the hooks left as Helm
// wrote them. The labels helm-controller adds to every object it installs (helm.toolkit.fluxcd.io/name and
// /namespace) are not added: they are the same on both sides of every comparison.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { runBounded, type HelmLimits, type TemplateOutcome } from './bounded.ts';
import type { Kustomize } from './find.ts';
import { kustomizeEnv, kustomizeMessage } from './kustomize-run.ts';

/** One spec.postRenderers entry's kustomize: its patches (inline, with an optional target) and its images. */
export interface KustomizePostRenderer {
  patches: readonly { patch: string; target?: Readonly<Record<string, string>> }[];
  images: readonly { name: string; newName?: string; newTag?: string; digest?: string }[];
}

/** What helm-controller does to Helm's output before it installs it. */
export interface PostRender {
  kustomize: readonly KustomizePostRenderer[];
  /** spec.commonMetadata: set on every object's metadata. */
  common?: { labels?: Readonly<Record<string, string>>; annotations?: Readonly<Record<string, string>> };
  /** spec.postRenderStrategy (helm-controller's default: combined). */
  strategy: 'combined' | 'separate' | 'nohooks';
}

/** Whether Helm's document is a hook (any `helm.sh/hook` annotation). */
function isHook(doc: unknown): boolean {
  const meta = (doc as { metadata?: { annotations?: unknown } } | null)?.metadata;
  const annotations = meta?.annotations;
  return typeof annotations === 'object' && annotations !== null && 'helm.sh/hook' in annotations;
}

/** Helm's output as the streams post-rendered (by the strategy) and the documents left as they are. */
function streams(stdout: string, strategy: PostRender['strategy']): { rendered: string[]; kept: string } {
  if (strategy === 'combined') return { rendered: [stdout], kept: '' };
  const docs = parseAllDocuments(stdout);
  // Output that does not parse is kustomize's to refuse, whole.
  if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return { rendered: [stdout], kept: '' };
  const hooks: string[] = [];
  const others: string[] = [];
  for (const d of docs) {
    const value: unknown = d.toJS();
    if (value === null || value === undefined) continue;
    (isHook(value) ? hooks : others).push(d.toString());
  }
  const stream = (texts: string[]) => texts.map((t) => `---\n${t}`).join('');
  return strategy === 'separate'
    ? { rendered: [stream(others), stream(hooks)], kept: '' }
    : { rendered: [stream(others)], kept: stream(hooks) };
}

/** The kustomization of one layer: `resources` (the output file, or the layer below), what it applies. */
function layer(resource: string, apply: Record<string, unknown>): string {
  return JSON.stringify({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: [resource], ...apply });
}

/** commonMetadata as kustomize's builtin transformers, each on metadata only (helm-controller's field specs). */
function commonTransformers(common: NonNullable<PostRender['common']>): string {
  const transformer = (kind: string, field: 'labels' | 'annotations') => {
    const values = common[field];
    if (!values || Object.keys(values).length === 0) return [];
    const fieldSpecs = [{ path: `metadata/${field}`, create: true }];
    return [stringify({ apiVersion: 'builtin', kind, metadata: { name: `common-${field}` }, [field]: values, fieldSpecs })];
  };
  return [...transformer('LabelTransformer', 'labels'), ...transformer('AnnotationsTransformer', 'annotations')].join('---\n');
}

/**
 * Writes one stream's layers under `root` (layer 1 over Helm's output, each next over the one before, commonMetadata
 * last) and returns the folder kustomize builds; undefined when nothing applies.
 */
function writeLayers(root: string, output: string, post: PostRender): string | undefined {
  const layers: Record<string, unknown>[] = post.kustomize.map((k) => ({
    ...(k.patches.length > 0 ? { patches: k.patches.map((p) => ({ patch: p.patch, ...(p.target ? { target: p.target } : {}) })) } : {}),
    ...(k.images.length > 0 ? { images: k.images } : {}),
  }));
  const common = post.common ? commonTransformers(post.common) : '';
  if (common) layers.push({ transformers: ['common.yaml'] });
  if (layers.length === 0) return undefined;
  let below = 'helm-output.yaml';
  let dir = '';
  for (const [i, apply] of layers.entries()) {
    dir = join(root, `layer-${i + 1}`);
    mkdirSync(dir, { recursive: true });
    if (i === 0) writeFileSync(join(dir, below), output);
    if (common && i === layers.length - 1) writeFileSync(join(dir, 'common.yaml'), common);
    writeFileSync(join(dir, 'kustomization.yaml'), layer(below, apply));
    below = `../layer-${i + 1}`;
  }
  return dir;
}

/**
 * Helm's output (`stdout`) post-rendered as helm-controller does for the release's `post`, with kustomize `tool` in
 * the folder `root` (made here); the failure, kustomize's words after `spec.postRenderers:`, when it refuses.
 */
export async function postRendered(
  stdout: string,
  post: PostRender,
  tool: Kustomize | undefined,
  root: string,
  limits: HelmLimits,
  background: boolean,
): Promise<TemplateOutcome> {
  if (!tool)
    return {
      ok: false,
      reason: 'error',
      message:
        'spec.postRenderers: helm-controller post-renders this release with kustomize, and there is no kustomize or kubectl (kustomize v4 or later) on PATH',
    };
  const { rendered, kept } = streams(stdout, post.strategy);
  const home = join(root, 'home');
  mkdirSync(join(home, 'config'), { recursive: true });
  const outs: string[] = [];
  for (const [i, text] of rendered.entries()) {
    if (text.trim() === '') continue;
    const dir = writeLayers(join(root, `stream-${i + 1}`), text, post);
    if (!dir) return { ok: true, stdout };
    const built = await runBounded(
      tool.path,
      [...tool.args, dir],
      kustomizeEnv(home),
      limits,
      tool.command,
      (stderr) => kustomizeMessage(stderr, root),
      { cwd: root, source: 'a post-render', background },
    );
    if (!built.ok) return { ...built, message: `spec.postRenderers: ${built.message}` };
    outs.push(built.stdout);
  }
  return { ok: true, stdout: [...outs, kept].filter((t) => t.trim() !== '').join('\n---\n') };
}
