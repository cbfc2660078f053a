// How a plain (unquoted) YAML scalar is read. Charts are written for Helm,
// which reads YAML 1.1 (go-yaml v2 behind sigs.k8s.io/yaml), while editors and
// the `yaml` package read YAML 1.2: a value is only safe unquoted when both
// read it back as the same string.

const YAML11_BOOL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const NULLS = /^(?:~|null|Null|NULL|)$/;
const YAML11_INT = /^[-+]?(?:0b[01_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
// go-yaml (what Helm uses) treats a plain scalar as a float only when it has
// one dot or an exponent (`1.10`, `.5`, `1e3`); `1.2.3` stays a string.
const YAML11_FLOAT =
  /^(?:[-+]?(?:\.[0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const YAML11_TIMESTAMP =
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/;
const YAML12_BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const YAML12_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const YAML12_FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** The type a plain scalar resolves to under YAML 1.1 (Helm) — 'str' when it stays a string. */
export function yaml11Type(plain: string): 'null' | 'bool' | 'int' | 'float' | 'timestamp' | 'str' {
  if (NULLS.test(plain)) return 'null';
  if (YAML11_BOOL.test(plain)) return 'bool';
  if (YAML11_INT.test(plain)) return 'int';
  if (YAML11_FLOAT.test(plain)) return 'float';
  if (YAML11_TIMESTAMP.test(plain)) return 'timestamp';
  return 'str';
}

/** The type a plain scalar resolves to under the YAML 1.2 core schema. */
export function yaml12Type(plain: string): 'null' | 'bool' | 'int' | 'float' | 'str' {
  if (NULLS.test(plain)) return 'null';
  if (YAML12_BOOL.test(plain)) return 'bool';
  if (YAML12_INT.test(plain)) return 'int';
  if (YAML12_FLOAT.test(plain)) return 'float';
  return 'str';
}

/** True when `plain`, written unquoted, reads back as this exact string under YAML 1.1 and 1.2. */
export function plainReadsAsString(plain: string): boolean {
  return yaml11Type(plain) === 'str' && yaml12Type(plain) === 'str';
}

/**
 * True when `value` can be written as a plain scalar in block context at all,
 * and reads back as the same string under both YAML versions.
 */
export function isPlainSafe(value: string): boolean {
  if (value === '' || value !== value.trim()) return false;
  if (/[\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]/.test(value)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/^[-?:][^\s,[\]{}]/.test(value)) return false;
  if (/^[-?:](\s|$)/.test(value)) return false;
  if (/:(\s|$)|\s#/.test(value)) return false;
  if (/^(?:---|\.\.\.)/.test(value)) return false;
  return plainReadsAsString(value);
}

/** Double-quotes a string as YAML does, escaping what must be escaped. */
export function doubleQuote(value: string): string {
  let out = '"';
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}

/** Single-quotes a string (only `'` needs doubling); undefined when it cannot be (control characters). */
export function singleQuote(value: string): string | undefined {
  if (/[\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]/.test(value)) return undefined;
  return `'${value.replace(/'/g, "''")}'`;
}
