// A configMapGenerator literal (`NAME=value`) as kustomize reads it (api/kv parseLiteralSource): the key is what
// precedes the first `=`, and the value what follows it, a pair of like quotes around it (`"1.2.3"`, `'1.2.3'`)
// removed (removeQuotes), so the ConfigMap kustomize builds, and that Flux reads, holds `1.2.3`. Both readers of a
// literal (a valuesFrom targetPath, a postBuild.substituteFrom variable) take it from here, and a write keeps the
// text around the value as the user wrote it.

/** A literal's key and value as kustomize builds them; `prefix` and `suffix` the literal's text around the value. */
export interface GeneratorLiteral {
  key: string;
  value: string;
  /** `NAME=`, with the opening quote when the value is quoted. */
  prefix: string;
  /** The closing quote when the value is quoted, else ''. */
  suffix: string;
}

/** The literal `spec` as kustomize reads it; undefined when it has no `NAME=` (kustomize refuses it). */
export function generatorLiteral(spec: string): GeneratorLiteral | undefined {
  const eq = spec.indexOf('=');
  if (eq <= 0) return undefined;
  const raw = spec.slice(eq + 1);
  const quoted = raw.length >= 2 && raw[0] === raw[raw.length - 1] && (raw[0] === '"' || raw[0] === "'");
  return quoted
    ? { key: spec.slice(0, eq), value: raw.slice(1, -1), prefix: spec.slice(0, eq + 2), suffix: raw[0] }
    : { key: spec.slice(0, eq), value: raw, prefix: spec.slice(0, eq + 1), suffix: '' };
}
