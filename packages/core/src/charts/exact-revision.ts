// A protected environment deploys exactly what was reviewed: its ArgoCD
// Application pins one chart version. `*`, a range (`^1.2`, `1.x`, `>=1.0`,
// `~1.2`), a branch name or `HEAD` lets the cluster pick up a chart nobody
// promoted. SemVer decides what is exact (semver.valid) and what is a range
// (semver.validRange); nothing here spells SemVer with a regex.

import { isMap, isSeq, type Node } from 'yaml';
import valid from 'semver/functions/valid.js';
import validRange from 'semver/ranges/valid.js';
import { stripBom } from '../text/bytes.ts';
import { parseYaml, type ParsedYaml } from '../yaml/read.ts';
import { mapValue, scalarText } from '../yaml/read.ts';

/** A targetRevision that is not one exact version, where it is and why. */
export interface RevisionProblem {
  file: string;
  line: number;
  message: string;
  hint: string;
}

/** A full git commit id: what a `path:` (git) source may pin instead of a version tag. */
const COMMIT = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;

/**
 * Why `revision` is not one exact chart version, or undefined when it is.
 * A git `path:` source may also pin a full commit id.
 */
export function inexactRevision(revision: string, source: 'chart' | 'path'): string | undefined {
  const text = revision.trim();
  if (valid(text) !== null) return undefined;
  if (source === 'path' && COMMIT.test(text)) return undefined;
  if (text === '') return 'is empty, so the newest chart is deployed';
  if (text === '*') return "is '*', any version";
  if (text === 'HEAD') return "is 'HEAD', whatever the default branch holds";
  if (validRange(text) !== null) return `is '${text}', a range, not one version`;
  return `is '${text}', a branch or tag name, not a chart version`;
}

/** The hint every such problem carries. */
const HINT = 'pin one exact chart version, e.g. targetRevision: 1.4.0 (a protected environment deploys only what was promoted)';

/**
 * Every chart source of every Application in an Applications file whose
 * targetRevision is not exact, at its line: a source with `chart:` (Helm
 * repository or OCI) or `path:` (a chart in git). Sources with neither (a
 * multi-source `ref:` for values files) carry no chart version.
 */
export function inexactRevisions(text: string, file: string): RevisionProblem[] {
  return inexactRevisionsIn(parseYaml(stripBom(text), file, { allowMulti: true }));
}

/** inexactRevisions on a file already parsed. */
export function inexactRevisionsIn(parsed: ParsedYaml): RevisionProblem[] {
  const out: RevisionProblem[] = [];
  for (const doc of parsed.documents ?? []) {
    const root = doc.contents as Node | null;
    const spec = mapValue(root, 'spec');
    const kind = scalarText(mapValue(root, 'kind')) ?? 'Application';
    if (kind !== 'Application' || !isMap(spec)) continue;
    const name = scalarText(mapValue(mapValue(root, 'metadata'), 'name'));
    const sources = mapValue(spec, 'sources');
    const list: Node[] = isSeq(sources) ? (sources.items as Node[]) : [mapValue(spec, 'source')].filter((s): s is Node => isMap(s));
    for (const source of list) {
      const kindOf: 'chart' | 'path' | undefined =
        scalarText(mapValue(source, 'chart')) !== undefined
          ? 'chart'
          : scalarText(mapValue(source, 'path')) !== undefined
            ? 'path'
            : undefined;
      if (!kindOf) continue;
      const rev = mapValue(source, 'targetRevision');
      const why = inexactRevision(scalarText(rev) ?? '', kindOf);
      if (!why) continue;
      out.push({
        file: parsed.file,
        line: parsed.lineOf(rev ?? source) ?? 1,
        message: `targetRevision of Application ${name ?? '(unnamed)'} ${rev === undefined || rev === null ? 'is not set, so the newest chart is deployed' : why}`,
        hint: HINT,
      });
    }
  }
  return out;
}
