/** A pin found in a requirement and what it becomes. */
export interface PinOutcome {
  name: string;
  /** The constraint before and after (`==1.4.2` → `==1.5.0`). */
  from: string;
  to: string;
  /** The whole new requirement text. */
  text: string;
}

// One operator and one version: `1.4.2`, `^1.4.2`, `~1.4`, `==1.4.2`, `>=1.4.2`, `~=1.4.2`. Ranges with
// several clauses (`>=1,<2`, `1.x || 2.x`) and wildcards are not a pin and are refused by the caller.
const SINGLE = /^(\s*)(\^|~=|~|===|==|>=|=)?(\s*)(v?)(\d+(?:\.\d+)*(?:[-+.][0-9A-Za-z.+-]*)?)(\s*)$/;

/** Sets the version of a single-clause constraint, keeping its operator and spacing; undefined when it is not one. */
export function setConstraintVersion(constraint: string, version: string): string | undefined {
  const m = SINGLE.exec(constraint);
  if (!m) return undefined;
  return `${m[1]}${m[2] ?? ''}${m[3]}${m[4]}${version}${m[6]}`;
}

// PEP 508: name, optional extras, then a version specifier, then optional `; markers`.
const REQUIREMENT = /^(\s*)([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(\s*(?:\[[^\]]*\])?\s*)(\(?)([^;@()]*?)(\)?)(\s*(?:;.*)?)$/s;

/**
 * Re-pins a PEP 508 requirement string (`liba==1.4.2`, `liba[extra] ~= 1.4 ; python_version>"3.9"`)
 * to `version`, keeping the operator, extras and markers. Undefined when it
 * has no single-clause version (a bare name, a URL, a range).
 */
export function pep508Pin(requirement: string, version: string): PinOutcome | undefined {
  const m = REQUIREMENT.exec(requirement);
  if (!m) return undefined;
  const spec = m[5];
  if (spec.trim() === '' || /^\s*[0-9v]/.test(spec)) return undefined; // PEP 508 needs an operator
  const set = setConstraintVersion(spec, version);
  if (set === undefined) return undefined;
  return { name: m[2], from: spec.trim(), to: set.trim(), text: `${m[1]}${m[2]}${m[3]}${m[4]}${set}${m[6]}${m[7]}` };
}
