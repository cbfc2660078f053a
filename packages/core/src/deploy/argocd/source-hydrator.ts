// An environment whose Argo CD Application hydrates from source (spec.sourceHydrator) says where its hydrated
// manifests go, so `hydrate:` need not say it again: syncSource.targetBranch is the active branch,
// syncSource.path the folder, hydrateTo.targetBranch the branch written (Argo CD writes syncSource's branch
// itself when there is none), and drySource the chart or overlay rendered. A key the config writes wins.
// Everything read here is untrusted text: a branch or folder outside the config's own patterns is refused at
// its line.

import { isMap, parseAllDocuments, type Document } from 'yaml';
import { UserError } from '../../errors.ts';
import { lineAt } from '../../text/bytes.ts';

/** What an Application's spec.sourceHydrator says of the hydrated branch. */
export interface SourceHydrator {
  targetBranch: string;
  path: string;
  hydrateTo?: string;
  /** drySource.targetRevision when it names a branch, tag or commit (not HEAD): a branch it names is the DRY branch, never written. */
  dryRevision?: string;
  /** The Application file, and the line of the branch written: hydrateTo.targetBranch's, else syncSource.targetBranch's. */
  file: string;
  writtenLine: number;
}

/** hydrate:'s patterns for a branch and a folder (settings/config-keys.ts), for what an Application says. */
const BRANCH = /^[A-Za-z0-9._/-]+$/;
const FOLDER = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

/** The Application document of `text` (named `name`, or the only one) with a spec.sourceHydrator; undefined when it has none. */
function hydratorDocument(text: string, name: string | undefined): Document.Parsed | undefined {
  const docs = parseAllDocuments(text.replace(/^\ufeff/, ''));
  const list = (Array.isArray(docs) ? docs : [docs]).filter(
    (d) =>
      d.errors.length === 0 &&
      isMap(d.contents) &&
      (d.get('kind') ?? 'Application') === 'Application' &&
      d.getIn(['spec', 'sourceHydrator']) !== undefined,
  );
  const named = name === undefined ? list : list.filter((d) => d.getIn(['metadata', 'name']) === name);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * spec.sourceHydrator of the Application in `text` (`file` for the errors), or undefined when the Application
 * does not hydrate from source; a syncSource without a plain branch and folder is refused at its line.
 */
export function readSourceHydrator(text: string, file: string, name: string | undefined): SourceHydrator | undefined {
  const doc = hydratorDocument(text, name);
  if (!doc) return undefined;
  const body = text.replace(/^\ufeff/, '');
  const at = (path: string[]) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineAt(body, node.range[0]) : lineAt(body, 0);
  };
  const field = (path: string[], pattern: RegExp, what: string, required: boolean): string | undefined => {
    const v = doc.getIn(path);
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || !pattern.test(v) || v.split('/').some((s) => s === '.' || s === '..' || s.toLowerCase() === '.git'))
      throw new UserError(`spec.${path.slice(1).join('.')} ${v === undefined ? 'is missing' : `is ${JSON.stringify(v)}, not ${what}`}`, {
        file,
        line: at(v === undefined ? path.slice(0, -1) : path),
        hint: `write ${what} there, as Argo CD's Source Hydrator reads it`,
      });
    return v;
  };
  const targetBranch = field(['spec', 'sourceHydrator', 'syncSource', 'targetBranch'], BRANCH, 'a plain branch name', true)!;
  const path = field(['spec', 'sourceHydrator', 'syncSource', 'path'], FOLDER, 'a plain folder (not the root)', true)!;
  const hydrateTo = field(['spec', 'sourceHydrator', 'hydrateTo', 'targetBranch'], BRANCH, 'a plain branch name', false);
  const revision = doc.getIn(['spec', 'sourceHydrator', 'drySource', 'targetRevision']);
  return {
    targetBranch,
    path,
    ...(hydrateTo !== undefined ? { hydrateTo } : {}),
    // HEAD follows the repository's default branch, which the run already counts as the DRY branch.
    ...(typeof revision === 'string' && revision !== '' && revision !== 'HEAD' ? { dryRevision: revision } : {}),
    file,
    writtenLine: at(['spec', 'sourceHydrator', ...(hydrateTo !== undefined ? ['hydrateTo'] : ['syncSource']), 'targetBranch']),
  };
}

/** `hydrate:` with what it leaves out taken from the Application: the branch, the folder, and the branch written. */
export function withSourceHydrator<H extends { branch?: string; path?: string; 'hydrate-to'?: string }>(
  h: H,
  s: Pick<SourceHydrator, 'targetBranch' | 'path' | 'hydrateTo'>,
): H & { branch: string; path: string; 'hydrate-to': string } {
  return {
    ...h,
    branch: h.branch ?? s.targetBranch,
    path: h.path ?? s.path,
    'hydrate-to': h['hydrate-to'] ?? s.hydrateTo ?? s.targetBranch,
  };
}

/**
 * The Application's text as a render reads it: when the document hydrating from source has no spec.source(s),
 * its drySource becomes its spec.source (the chart or overlay rendered, with its helm: or kustomize:); any
 * other text is returned as it is.
 */
export function drySourceAsSource(text: string, name: string | undefined): string {
  const doc = hydratorDocument(text, name);
  if (!doc || doc.getIn(['spec', 'source']) !== undefined || doc.getIn(['spec', 'sources']) !== undefined) return text;
  const dry = doc.getIn(['spec', 'sourceHydrator', 'drySource'], true);
  if (dry === undefined) return text;
  doc.setIn(['spec', 'source'], dry);
  // The one document: the render reads no other, and the name still picks it.
  return doc.toString();
}
