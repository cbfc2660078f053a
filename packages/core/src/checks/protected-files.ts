import { UserError } from '../errors.ts';
import { globMatcher } from '../text/glob.ts';
import { pinnedImages } from '../values/protected.ts';
import { inexactRevisions } from '../charts/exact-revision.ts';
import type { PathSet } from './types.ts';
import type { Target } from './targets.ts';
import { normalizePath } from './chart-context.ts';
import { fromUserError, type Problem } from './problem.ts';

/** The protected values files at the head: the exact paths that exist, and every path a glob matches. */
export function selectProtected(head: PathSet, files: readonly string[], globs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    const p = normalizePath(f);
    if (head.has(p)) out.add(p);
  }
  if (globs.length > 0) {
    const match = globMatcher(globs.map(normalizePath), { input: 'protected-values' });
    for (const p of head) if (match(p)) out.add(p);
  }
  return [...out].sort();
}

/** What the protected files' checks found: a finding per image not pinned by digest, and the files that pin no image at all. */
export interface PinsChecked {
  problems: Problem[];
  /** Files that pin no image (their environment's render is what says what runs): never said all pinned. */
  pinless: string[];
}

/** Every image of each protected values file must be pinned by digest; one finding per image that is not. */
export async function checkProtected(files: string[], read: (p: string) => Promise<string | undefined>): Promise<PinsChecked> {
  const out: Problem[] = [];
  const pinless: string[] = [];
  for (const file of files) {
    try {
      const { problems, images } = pinnedImages((await read(file)) ?? '', file);
      if (images === 0) pinless.push(file);
      for (const p of problems) out.push({ level: 'error', file: p.file, line: p.line, message: p.message, hint: p.hint });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      out.push(fromUserError(e));
    }
  }
  return { problems: out, pinless };
}

/** Every chart source of each protected Application file must pin one exact chart version; one finding per source that does not. */
export async function checkApplications(files: string[], read: (p: string) => Promise<string | undefined>): Promise<Problem[]> {
  const out: Problem[] = [];
  for (const file of files) {
    try {
      for (const p of inexactRevisions((await read(file)) ?? '', file))
        out.push({ level: 'error', file: p.file, line: p.line, message: p.message, hint: p.hint });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      out.push(fromUserError(e));
    }
  }
  return out;
}

/** The overlay reader (kustomize/overlay.ts, with its YAML editor), loaded only for a config that names an overlay. */
const overlayReader = () => import('../kustomize/overlay.ts');

/**
 * The kustomization files of the protected environments' overlays at the
 * head: each path resolved as promote-env resolves it (the file, or the
 * folder's kustomization.yaml / .yml / Kustomization, or an Argo CD
 * Application). A path that holds none is a UserError at its config line.
 */
export async function resolveOverlays(
  targets: readonly Target[],
  read: (p: string) => Promise<string | undefined>,
): Promise<{ files: string[]; errors: UserError[] }> {
  const files = new Set<string>();
  const errors: UserError[] = [];
  if (targets.length === 0) return { files: [], errors };
  const { kustomizationFor } = await overlayReader();
  for (const t of targets) {
    try {
      const found = await kustomizationFor(normalizePath(t.pattern), read, { file: t.file, line: t.line, where: 'at the head' });
      files.add(found.file);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      errors.push(e);
    }
  }
  return { files: [...files].sort(), errors };
}

/** Every images: entry of each protected overlay pinned by a sha256 digest, none tagged latest; an unreadable overlay is an error there. */
export async function checkOverlays(files: readonly string[], read: (p: string) => Promise<string | undefined>): Promise<PinsChecked> {
  const out: Problem[] = [];
  const pinless: string[] = [];
  if (files.length === 0) return { problems: out, pinless };
  const { overlayProblems, readOverlayImages } = await overlayReader();
  for (const file of files) {
    try {
      const overlay = readOverlayImages((await read(file)) ?? '', file);
      if (overlay.images.length === 0) pinless.push(file);
      for (const p of overlayProblems(overlay)) out.push({ level: 'error', file: p.file, line: p.line, message: p.message, hint: p.hint });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      out.push(fromUserError(e));
    }
  }
  return { problems: out, pinless };
}
