// What a hydrated branch holds, in GitOps Promoter's hydrator contract: `hydrator.metadata` (JSON naming the
// DRY commit) beside the manifests, as one `manifest.yaml` (Argo CD Source Hydrator's layout) or one file per
// object. Each object is written with its keys sorted (render/objects.ts's stable YAML) and the objects in the
// order of their keys (apiVersion, kind, namespace, name): the bytes depend on the DRY commit and the
// renderer's version only, never on the order a tool printed them in. Pure: the run gives the objects.

import { posix } from 'node:path';
import { objectKey, objectLabel, sortedKeys, stableYaml, type RenderedObject } from '../../render/objects.ts';
import type { DryCommit, HydratedFile } from '../../git/hydrated.ts';

/** An environment's `hydrate:` as the config writes it. */
export interface HydrateSettings {
  branch: string;
  path?: string;
  /** Argo CD Source Hydrator's hydrateTo.targetBranch: the branch written instead of `<branch>-next`. */
  'hydrate-to'?: string;
  layout?: 'manifest' | 'objects';
  secrets?: 'refuse' | 'drop';
  /** Who promotes the proposed branch into the active one (promote-env when lockstep). */
  promote?: 'gitops-promoter' | 'lockstep';
}

/** hydrator.metadata's JSON: drySha, repoURL, author, date, subject, body and references, two-space indented, one final newline. */
export function metadataText(dry: DryCommit, repoURL: string | undefined): string {
  const doc = {
    drySha: dry.sha,
    ...(repoURL ? { repoURL } : {}),
    author: dry.author,
    date: dry.date,
    subject: dry.subject,
    body: dry.body,
    references: [],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Why a render cannot be written: a Secret in clear. */
export class SecretInRender extends Error {
  readonly secrets: string[];
  constructor(secrets: string[]) {
    super(`the render holds ${secrets.length === 1 ? 'a Secret' : `${secrets.length} Secrets`}: ${secrets.join(', ')}`);
    this.secrets = secrets;
  }
}

/** The manifests of a render as files, and the Secrets dropped (`secrets: drop`); a Secret otherwise throws SecretInRender. */
export function manifestFiles(objects: Iterable<RenderedObject>, h: HydrateSettings): { files: HydratedFile[]; dropped: string[] } {
  const all = [...objects].sort((a, b) => compare(objectKey(a), objectKey(b)));
  // Only the core Secret holds its data in clear: SealedSecret, ExternalSecret and the like are written as they are.
  const secrets = all.filter((o) => o.kind === 'Secret' && o.apiVersion === 'v1');
  if (secrets.length > 0 && h.secrets !== 'drop') throw new SecretInRender(secrets.map(objectLabel));
  const kept = all.filter((o) => !secrets.includes(o));
  const dropped = secrets.map(objectLabel);
  const at = (name: string) => (h.path ? posix.join(h.path, name) : name);
  const texts = kept.map((o) => stableYaml(sortedKeys(o.body)));
  if (h.layout === 'objects') {
    const taken = new Set<string>();
    const files = kept.map((o, i) => {
      const base = fileName(o);
      let name = `${base}.yaml`;
      for (let n = 2; taken.has(name); n++) name = `${base}-${n}.yaml`;
      taken.add(name);
      return { path: at(name), content: texts[i] };
    });
    return { files, dropped };
  }
  return { files: [{ path: at('manifest.yaml'), content: texts.map((t) => `---\n${t}`).join('') }], dropped };
}

/** `<namespace>-<kind>-<name>`, lower case, each character outside [a-z0-9._-] as `_`. */
function fileName(o: RenderedObject): string {
  const parts = [o.namespace, o.kind, o.name].filter((p) => p !== '');
  return parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9._-]/g, '_');
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
