// One environment's render validated, as check and promote both ask for it:
// the render's objects, the CRD texts that come with it (a chart's crds/, the
// config's crds: files), the environment's kube-version. What it finds is said
// in the environment's own mode by the operation that asked.

import { splitObjects, type RenderedObject } from '../render/objects.ts';
import { CrdSchemas } from './crd.ts';
import { isFluxApi, kindsOf, kubeAndFluxSchemas, kubeSchemas } from './kube.ts';
import { unvalidatedLine, validateObjects, type Validation } from './validate.ts';

/** A CRD text and where it was read. */
export interface CrdText {
  from: string;
  text: string;
}

/** The CRD files of a chart's files (its crds/ and its subcharts'; never a template), `from` prefixed with `dir`. */
export function chartCrds(files: ReadonlyMap<string, string>, dir = ''): CrdText[] {
  return [...files]
    .filter(([p]) => /(^|\/)crds\/.+\.ya?ml$/.test(p) && !/(^|\/)templates\//.test(p))
    .map(([p, text]) => ({ from: dir ? `${dir}/${p}` : p, text }));
}

/** What an environment's validation found, as lines: the findings (refusals in error mode) and the note of what was not validated. */
export interface EnvironmentFindings {
  findings: string[];
  /** `2 objects not validated: no schema for …` (said in every mode but off). */
  unvalidated?: string;
  /** The validation itself did not run (a schema that would not load): error mode refuses. */
  failed?: string;
}

/**
 * Validates `objects` for `kubeVersion` with the CRDs of `crdTexts` (each a
 * multi-document YAML text; `from` names it when one is no YAML) and those the
 * objects hold. Each kind's schema is loaded on the first call of a run that
 * meets it, Flux's on the first call whose objects hold a Flux resource.
 */
export async function validateEnvironment(
  objects: Iterable<RenderedObject>,
  crdTexts: readonly CrdText[],
  kubeVersion: string | undefined,
): Promise<EnvironmentFindings & { validation?: Validation }> {
  const list = [...objects];
  const kinds = kindsOf(list);
  let kube;
  try {
    kube = await kubeSchemas(kinds);
  } catch (e) {
    return { findings: [], failed: `the Kubernetes schemas did not load: ${(e as Error).message}` };
  }
  // Flux's models are loaded only for a render that holds a Flux object.
  if (list.some((o) => isFluxApi(o.apiVersion)))
    try {
      kube = await kubeAndFluxSchemas(kinds);
    } catch (e) {
      return { findings: [], failed: `the Flux schemas did not load: ${(e as Error).message}` };
    }
  const crds = new CrdSchemas();
  for (const { from, text } of crdTexts) {
    try {
      crds.add([...splitObjects(text).values()].map((o) => o.body));
    } catch (e) {
      return { findings: [], failed: `${from}: ${(e as Error).message}` };
    }
  }
  const validation = validateObjects(list, { kube, crds }, kubeVersion);
  const unvalidated = unvalidatedLine(validation);
  return { findings: validation.findings, ...(unvalidated ? { unvalidated } : {}), validation };
}
