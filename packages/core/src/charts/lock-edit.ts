import { createHash } from 'node:crypto';
import { parseDocument } from 'yaml';
import type { IntendedValue } from '../edits/check.ts';
import { setScalars } from '../edits/yaml-edit.ts';
import type { ParseCache } from '../text/parse-cache.ts';
import { stripBom } from '../text/bytes.ts';

/** An in-repo dependency whose chart version moved: what Chart.lock must now pin. */
export interface LockedChild {
  name: string;
  repository?: string;
  version: string;
}

/** The planned Chart.lock change. */
export interface LockEdit {
  text: string;
  intended: IntendedValue[];
  /** True when the old digest matched Helm's hash of the old files, so a new one could be written. */
  digestUpdated: boolean;
}

/**
 * Go's encoding/json string form (HTML-safe), or undefined for characters
 * whose escaping differs between Go versions (so a digest is never guessed).
 */
function goString(s: string): string | undefined {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c === 0x08 || c === 0x0c) return undefined;
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029)
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

const FIELDS: [key: string, kind: 'string' | 'omitString' | 'strings' | 'bool' | 'imports'][] = [
  ['name', 'string'],
  ['version', 'omitString'],
  ['repository', 'string'],
  ['condition', 'omitString'],
  ['tags', 'strings'],
  ['enabled', 'bool'],
  ['import-values', 'imports'],
  ['alias', 'omitString'],
  ['depends-on', 'strings'],
];

/** One chart.Dependency as Go's json.Marshal writes it (fields in struct order, omitempty honoured). */
function goDependency(d: unknown): string | undefined {
  if (d === null) return 'null';
  if (typeof d !== 'object' || Array.isArray(d)) return undefined;
  const dep = d as Record<string, unknown>;
  // Keys Helm does not know are dropped by its decoder, so they do not count here either.
  const parts: string[] = [];
  for (const [key, kind] of FIELDS) {
    const v = dep[key];
    if (kind === 'string' || kind === 'omitString') {
      if (v === undefined || v === null || v === '') {
        if (kind === 'string') parts.push(`"${key}":""`);
        continue;
      }
      if (typeof v !== 'string') return undefined;
      const s = goString(v);
      if (s === undefined) return undefined;
      parts.push(`"${key}":${s}`);
    } else if (kind === 'strings') {
      if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) continue;
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) return undefined;
      const items = (v as string[]).map(goString);
      if (items.some((x) => x === undefined)) return undefined;
      parts.push(`"${key}":[${items.join(',')}]`);
    } else if (kind === 'bool') {
      if (v === undefined || v === null || v === false) continue;
      if (v !== true) return undefined;
      parts.push(`"${key}":true`);
    } else {
      if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) continue;
      if (!Array.isArray(v)) return undefined;
      const items: string[] = [];
      for (const item of v) {
        if (typeof item === 'string') {
          const s = goString(item);
          if (s === undefined) return undefined;
          items.push(s);
        } else if (
          item &&
          typeof item === 'object' &&
          !Array.isArray(item) &&
          Object.values(item as object).every((x) => typeof x === 'string')
        ) {
          // Go marshals map[string]interface{} with sorted keys.
          const entries = Object.entries(item as Record<string, string>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
          const kv = entries.map(([k, x]) => [goString(k), goString(x)]);
          if (kv.some(([k, x]) => k === undefined || x === undefined)) return undefined;
          items.push(`{${kv.map(([k, x]) => `${k}:${x}`).join(',')}}`);
        } else return undefined;
      }
      parts.push(`"${key}":[${items.join(',')}]`);
    }
  }
  return `{${parts.join(',')}}`;
}

function goDependencies(list: unknown): string | undefined {
  if (list === undefined || list === null) return 'null';
  if (!Array.isArray(list)) return undefined;
  const items = list.map(goDependency);
  return items.some((x) => x === undefined) ? undefined : `[${items.join(',')}]`;
}

/**
 * Helm's Chart.lock digest: `sha256:` + hex SHA-256 of Go's json.Marshal of
 * `[Chart.yaml dependencies, Chart.lock dependencies]` (HashReq in Helm's
 * resolver). Undefined when a value is outside what this reproduces exactly.
 */
export function helmLockDigest(req: unknown, lock: unknown): string | undefined {
  const a = goDependencies(req);
  const b = goDependencies(lock);
  if (a === undefined || b === undefined) return undefined;
  return `sha256:${createHash('sha256').update(`[${a},${b}]`).digest('hex')}`;
}

function depsOf(text: string): unknown {
  const js = parseDocument(stripBom(text)).toJS() as Record<string, unknown> | null;
  return js && typeof js === 'object' ? js.dependencies : undefined;
}

/**
 * Moves Chart.lock's pins of in-repo charts to their new versions, as
 * `helm dependency update` would, with minimal diffs. The digest is rewritten
 * only when the old one matches Helm's hash of the old Chart.yaml and
 * Chart.lock: then the new one is exactly what Helm computes; otherwise it is
 * left alone and `digestUpdated` is false (the caller says to run helm).
 * `cache` holds the run's parses (the lock's edit and its check share one).
 */
export function updateChartLock(
  lockText: string,
  lockFile: string,
  chartBefore: string,
  chartEdits: readonly IntendedValue[],
  children: readonly LockedChild[],
  cache?: ParseCache,
): LockEdit {
  const lockJs = parseDocument(stripBom(lockText)).toJS() as Record<string, unknown> | null;
  const lockDeps = lockJs && Array.isArray(lockJs.dependencies) ? (lockJs.dependencies as Record<string, unknown>[]) : [];
  const intended: IntendedValue[] = [];
  const lockAfter = lockDeps.map((entry, i) => {
    const child = children.find((c) => entry && entry.name === c.name && String(entry.repository ?? '') === (c.repository ?? ''));
    if (!child || entry.version === child.version) return entry;
    intended.push({ path: ['dependencies', i, 'version'], value: child.version });
    return { ...entry, version: child.version };
  });
  const reqBefore = depsOf(chartBefore);
  let digestUpdated = false;
  const old = lockJs?.digest;
  if (typeof old === 'string' && intended.length > 0 && helmLockDigest(reqBefore, lockJs?.dependencies) === old) {
    const reqAfter = Array.isArray(reqBefore) ? reqBefore.map((d: unknown) => (d && typeof d === 'object' ? { ...d } : d)) : reqBefore;
    for (const e of chartEdits) {
      const [, index, key] = e.path;
      if (Array.isArray(reqAfter) && typeof index === 'number' && typeof key === 'string')
        (reqAfter[index] as Record<string, unknown>)[key] = e.value;
    }
    const digest = helmLockDigest(reqAfter, lockAfter);
    if (digest !== undefined) {
      intended.push({ path: ['digest'], value: digest });
      digestUpdated = true;
    }
  }
  return { text: intended.length ? setScalars(lockText, lockFile, intended, { cache }) : lockText, intended, digestUpdated };
}
