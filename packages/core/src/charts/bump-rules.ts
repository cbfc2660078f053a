import gt from 'semver/functions/gt.js';
import gte from 'semver/functions/gte.js';
import inc from 'semver/functions/inc.js';
import major from 'semver/functions/major.js';
import minor from 'semver/functions/minor.js';
import patch from 'semver/functions/patch.js';
import prerelease from 'semver/functions/prerelease.js';
import rcompare from 'semver/functions/rcompare.js';
import valid from 'semver/functions/valid.js';
import { isMap, isScalar, parseDocument, type Node } from 'yaml';
import { stripBom } from '../text/bytes.ts';
import { parseWith, type ParseCache, type ParseKind } from '../text/parse-cache.ts';

/** How far a chart version must move. */
export type BumpLevel = 'major' | 'minor' | 'patch';

/**
 * The level a change needs: breaking → major, or minor below 1.0.0 (SemVer's
 * 0.x rule, as Helm chart authors use it); anything else → patch.
 */
export function requiredLevel(breaking: boolean, baseVersion: string): BumpLevel {
  if (!breaking) return 'patch';
  return major(baseVersion) >= 1 ? 'major' : 'minor';
}

/** The smallest version that satisfies `level` over `base` (e.g. 1.4.2 + major → 2.0.0). */
export function smallestValid(base: string, level: BumpLevel): string {
  // inc('1.2.3-rc.1', 'patch') gives 1.2.3, which is already greater than the pre-release.
  return inc(base, level) ?? base;
}

/**
 * Whether `head` is a large enough step from `base`. Greater is always
 * required; a major (minor below 1.0.0) level needs the major (minor) number
 * to move, so a pre-release of the next major, `2.0.0-rc.1`, counts.
 */
export function bumpIsEnough(base: string, head: string, level: BumpLevel): boolean {
  if (!gt(head, base)) return false;
  if (level === 'patch') return true;
  if (gte(head, smallestValid(base, level))) return true;
  // A pre-release that already opens the new line (2.0.0-rc.1, or 0.5.0-rc.1 below 1.0.0) may still
  // break things before its release: 2.0.0-rc.2 and 2.0.0 are enough, as long as the line stays.
  if (
    prerelease(base) &&
    patch(base) === 0 &&
    major(head) === major(base) &&
    (level === 'major' ? minor(base) === 0 : minor(head) === minor(base))
  )
    return true;
  if (!prerelease(head)) return false;
  if (level === 'major') return major(head) > major(base);
  return major(head) > major(base) || minor(head) > minor(base);
}

/**
 * A pre-release identifier written as letters and digits without a dot
 * (`1.0.0-rc9`): SemVer compares it as text, so `rc10` sorts before `rc9`.
 * Returns the first such identifier, the version it comes next (`rc10`), and
 * the dotted spelling to suggest (`1.0.0-rc.9`); undefined otherwise.
 */
export function undottedPrerelease(version: string): { identifier: string; next: string; suggestion: string } | undefined {
  const dash = version.indexOf('-');
  if (dash < 0 || valid(version) === null) return undefined;
  const plus = version.indexOf('+', dash);
  const pre = version.slice(dash + 1, plus < 0 ? undefined : plus);
  const ids = pre.split('.');
  const at = ids.findIndex((id) => /^[0-9A-Za-z-]*[A-Za-z-]\d+$/.test(id));
  if (at < 0) return undefined;
  const [, letters, digits] = /^(.*?[A-Za-z-])(\d+)$/.exec(ids[at])!;
  const dotted = [...ids.slice(0, at), letters.replace(/-$/, ''), BigInt(digits).toString(), ...ids.slice(at + 1)].join('.');
  return {
    identifier: ids[at],
    next: `${letters}${BigInt(digits) + 1n}`,
    suggestion: `${version.slice(0, dash)}-${dotted}${plus < 0 ? '' : version.slice(plus)}`,
  };
}

/** The highest valid SemVer among the given versions, or undefined. */
export function highestVersion(versions: readonly (string | undefined)[]): string | undefined {
  const ok = versions.filter((v): v is string => v !== undefined && valid(v) !== null && !/^[v=]/.test(v));
  return ok.sort(rcompare)[0];
}

/** Chart.yaml fields read leniently, as written (for the base side, which the PR cannot fix). */
export interface LooseChart {
  name?: string;
  version?: string;
  appVersion?: string;
  /** `file://` dependency folders, relative to the chart. */
  localDeps: string[];
}

/**
 * Reads name, version and appVersion from Chart.yaml text without refusing
 * anything: the value is taken as written in the source (so an unquoted `1.10`
 * stays `1.10`). Undefined when the text is not YAML at all. The same
 * Chart.yaml is often read at the merge base, the base commit and the base
 * tip: with the run's `cache` it is parsed once.
 */
export function looseChart(text: string, cache?: ParseCache): LooseChart | undefined {
  return parseWith(cache, LOOSE_CHART, text);
}

/** Chart.yaml read leniently, as a kind of parse a ParseCache keeps. */
const LOOSE_CHART: ParseKind<LooseChart | undefined> = { name: 'loose-chart', parse: (text) => readLoose(text) };

function readLoose(text: string): LooseChart | undefined {
  const clean = stripBom(text);
  const doc = parseDocument(clean, { uniqueKeys: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const map = doc.contents;
  const src = (key: string): string | undefined => {
    const node = map.get(key, true) as Node | undefined;
    if (!isScalar(node) || node.value === null) return undefined;
    if (node.type === 'PLAIN' && node.range) return clean.slice(node.range[0], node.range[1]).trim();
    return String(node.value);
  };
  let localDeps: string[] = [];
  if (clean.includes('file://')) {
    const deps = (doc.toJS() as { dependencies?: unknown })?.dependencies;
    if (Array.isArray(deps))
      localDeps = deps
        .map((d) => (d && typeof d === 'object' ? (d as { repository?: unknown }).repository : undefined))
        .filter((r): r is string => typeof r === 'string' && r.startsWith('file://'))
        .map((r) => r.slice('file://'.length).replace(/\/+$/, ''));
  }
  return { name: src('name'), version: src('version'), appVersion: src('appVersion'), localDeps };
}
