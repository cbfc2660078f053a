// What a HelmRelease asks helm-controller to do to Helm's output before it installs it (render/post-render.ts
// applies it): spec.postRenderers (each entry's kustomize patches and images, in order), spec.commonMetadata and
// spec.postRenderStrategy, read from the release as kustomize merged it over its base. A field the v2 API does not
// have there (v2beta's patchesStrategicMerge, a patch that is not text) is refused at its line: helm-controller's
// API server would not take the release either, and a post-render left out would show another cluster than the
// one that runs.

import { UserError } from '../../errors.ts';
import type { KustomizePostRenderer, PostRender } from '../../render/post-render.ts';
import { isObj, type Obj } from '../../values/values-origin.ts';

const asObj = (v: unknown): Obj | undefined => (isObj(v) ? v : undefined);
const asStr = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** The fields of a patch's target helm-controller reads (a kustomize selector). */
const TARGET_FIELDS = ['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector'] as const;
const IMAGE_FIELDS = ['newName', 'newTag', 'digest'] as const;
const STRATEGIES = ['combined', 'separate', 'nohooks'] as const;

/** Where a field of the release is written: the 1-based line of its key in the release's files (1 when none writes it). */
export type FieldLine = (key: string) => { file: string; line: number };

/** A map of strings (labels, annotations), or the refusal naming `what`. */
function stringMap(v: unknown, what: string, at: FieldLine): Record<string, string> | undefined {
  if (v === undefined || v === null) return undefined;
  const o = asObj(v);
  const bad = (why: string) =>
    new UserError(`${what} ${why}`, { ...at(what.split('.').pop()!), hint: `write ${what} as a map of strings` });
  if (!o) throw bad('is not a map');
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(o)) {
    const s = asStr(val);
    if (s === undefined) throw bad(`sets ${k} to something that is not a string`);
    out[k] = s;
  }
  return out;
}

/** One postRenderers entry's kustomize, or the refusal at its line. */
function kustomizeOf(entry: unknown, i: number, at: FieldLine): KustomizePostRenderer | undefined {
  const where = `spec.postRenderers[${i}]`;
  const e = asObj(entry);
  if (!e)
    throw new UserError(`${where} is not a map`, {
      ...at('postRenderers'),
      hint: 'write each post-renderer as `- kustomize: { patches: [...], images: [...] }`',
    });
  const k = e.kustomize;
  if (k === undefined || k === null) return undefined;
  const o = asObj(k);
  if (!o) throw new UserError(`${where}.kustomize is not a map`, at('kustomize'));
  for (const legacy of ['patchesStrategicMerge', 'patchesJson6902'])
    if (o[legacy] !== undefined)
      throw new UserError(`${where}.kustomize.${legacy}: helm-controller's v2 API post-renders with patches and images only`, {
        ...at(legacy),
        hint: 'write it as a patches entry (`- patch: |` with the patch, and a target for a JSON 6902 one)',
      });
  const list = (name: 'patches' | 'images'): unknown[] => {
    const v = o[name];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw new UserError(`${where}.kustomize.${name} is not a list`, at(name));
    return v as unknown[];
  };
  const patches = list('patches').map((p, j) => {
    const po = asObj(p);
    const text = typeof po?.patch === 'string' ? po.patch : undefined;
    if (!po || text === undefined)
      throw new UserError(`${where}.kustomize.patches[${j}] has no patch text`, {
        ...at('patch'),
        hint: 'write the patch inline as text: `patch: |`',
      });
    const t = po.target === undefined || po.target === null ? undefined : asObj(po.target);
    if (po.target !== undefined && po.target !== null && !t)
      throw new UserError(`${where}.kustomize.patches[${j}].target is not a map`, at('target'));
    const target = t
      ? Object.fromEntries(TARGET_FIELDS.flatMap((f) => (asStr(t[f]) !== undefined && asStr(t[f]) !== '' ? [[f, asStr(t[f])!]] : [])))
      : undefined;
    return { patch: text, ...(target && Object.keys(target).length > 0 ? { target } : {}) };
  });
  const images = list('images').map((img, j) => {
    const io = asObj(img);
    const name = asStr(io?.name);
    if (!io || !name)
      throw new UserError(`${where}.kustomize.images[${j}] names no image`, {
        ...at('images'),
        hint: 'give each entry the image it replaces: `name: ghcr.io/acme/api`',
      });
    return { name, ...Object.fromEntries(IMAGE_FIELDS.flatMap((f) => (asStr(io[f]) ? [[f, asStr(io[f])!]] : []))) };
  });
  return { patches, images };
}

/** The release's post-render (spec as merged), undefined when it asks for none; a field the v2 API lacks is refused at `at`. */
export function releasePostRender(spec: Obj, at: FieldLine): PostRender | undefined {
  const entries = spec.postRenderers;
  if (entries !== undefined && entries !== null && !Array.isArray(entries))
    throw new UserError('spec.postRenderers is not a list', {
      ...at('postRenderers'),
      hint: 'write spec.postRenderers as a list of `- kustomize:` entries',
    });
  const kustomize = (Array.isArray(entries) ? entries : []).flatMap((e, i) => kustomizeOf(e, i, at) ?? []);
  const meta = spec.commonMetadata === undefined || spec.commonMetadata === null ? undefined : asObj(spec.commonMetadata);
  if (spec.commonMetadata !== undefined && spec.commonMetadata !== null && !meta)
    throw new UserError('spec.commonMetadata is not a map', at('commonMetadata'));
  const labels = stringMap(meta?.labels, 'spec.commonMetadata.labels', at);
  const annotations = stringMap(meta?.annotations, 'spec.commonMetadata.annotations', at);
  const said = spec.postRenderStrategy;
  const strategy = said === undefined || said === null || said === '' ? 'combined' : STRATEGIES.find((s) => s === said);
  if (!strategy)
    throw new UserError(
      `spec.postRenderStrategy is ${JSON.stringify(said)}: helm-controller takes ${STRATEGIES.join(', ')}`,
      at('postRenderStrategy'),
    );
  const common = labels || annotations ? { ...(labels ? { labels } : {}), ...(annotations ? { annotations } : {}) } : undefined;
  if (kustomize.length === 0 && !common) return undefined;
  return { kustomize, ...(common ? { common } : {}), strategy };
}
