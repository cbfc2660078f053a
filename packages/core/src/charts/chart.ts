import { isMap, isScalar, isSeq, Scalar, type Node } from 'yaml';
import valid from 'semver/functions/valid.js';
import { UserError } from '../errors.ts';
import { nodeAt, parseYaml, stringField, type ParsedYaml, type StringField } from '../yaml/read.ts';
import { plainReadsAsString, yaml11Type, yaml12Type } from '../yaml/scalars.ts';
import { stripBom } from '../text/bytes.ts';

/** One entry of Chart.yaml `dependencies`. */
export interface ChartDependency {
  name: string;
  version?: string;
  repository?: string;
  alias?: string;
  /** Index in the dependencies sequence (for editing its `version`). */
  index: number;
  line?: number;
  /** For `file://` repositories: the dependency's folder relative to the chart, POSIX-style. */
  localPath?: string;
}

/** What lockstep reads from a Chart.yaml, with the lines of each field. */
export interface ChartMeta {
  /** Workspace-relative path of the Chart.yaml. */
  file: string;
  name: string;
  version?: StringField;
  appVersion?: StringField;
  dependencies: ChartDependency[];
  parsed: ParsedYaml;
}

/**
 * Parses Chart.yaml text. A non-mapping file, an ambiguous unquoted value
 * (`version: 1.10`) or a duplicate key is a UserError with file:line. A missing
 * `name` gives '' (callers fall back to the folder name); `version` is returned
 * as written, and callers decide whether it must be valid SemVer.
 */
export function parseChart(text: string, file: string): ChartMeta {
  const parsed = parseYaml(stripBom(text), file);
  const root = parsed.doc.contents;
  if (!isMap(root))
    throw new UserError('Chart.yaml is not a mapping of keys', {
      file,
      line: 1,
      hint: 'see https://helm.sh/docs/topics/charts/#the-chartyaml-file',
    });
  const name = stringField(parsed, ['name']);
  const versionNode = nodeAt(parsed, ['version']);
  if (isScalar(versionNode) && versionNode.type === Scalar.PLAIN && versionNode.range) {
    const source = parsed.text.slice(versionNode.range[0], versionNode.range[1]);
    // Quoting alone would leave a version that is still not SemVer: say both at once.
    if (source !== '' && !plainReadsAsString(source)) throw ambiguousVersionError(source, file, parsed.lineOf(versionNode));
  }
  const version = stringField(parsed, ['version']);
  const appVersion = stringField(parsed, ['appVersion']);
  const deps = nodeAt(parsed, ['dependencies']);
  const dependencies: ChartDependency[] = [];
  if (deps !== undefined && !(isScalar(deps) && deps.value === null)) {
    if (!isSeq(deps))
      throw new UserError('dependencies is not a list', {
        file,
        line: parsed.lineOf(deps),
        hint: 'write one `- name: …` entry per dependency',
      });
    deps.items.forEach((item, index) => {
      if (!isMap(item)) throw new UserError(`dependencies[${index}] is not a mapping`, { file, line: parsed.lineOf(item as Node) });
      const depName = stringField(parsed, ['dependencies', index, 'name'], `dependencies[${index}].name`);
      const repository = stringField(parsed, ['dependencies', index, 'repository'], `dependencies[${index}].repository`)?.value;
      const depVersion = stringField(parsed, ['dependencies', index, 'version'], `dependencies[${index}].version`)?.value;
      const alias = stringField(parsed, ['dependencies', index, 'alias'], `dependencies[${index}].alias`)?.value;
      const local = repository?.startsWith('file://') ? repository.slice('file://'.length).replace(/\/+$/, '') : undefined;
      dependencies.push({
        name: depName?.value ?? '',
        version: depVersion,
        repository,
        alias,
        index,
        line: parsed.lineOf(item),
        localPath: local,
      });
    });
  }
  return { file, name: name?.value ?? '', version, appVersion, dependencies, parsed };
}

/** The chart version as SemVer 2, or a UserError at the `version:` line. */
export function requireChartVersion(chart: ChartMeta): string {
  const v = chart.version;
  if (!v) throw new UserError('Chart.yaml has no version', { file: chart.file, line: 1, hint: 'add `version: 0.1.0`' });
  // semver.valid trims and accepts a leading `v`/`=`; Helm's parser takes neither.
  if (!valid(v.value) || !/^\d/.test(v.value) || /\s/.test(v.value))
    throw new UserError(`version ${v.value} is not valid SemVer 2`, { file: chart.file, line: v.line, hint: semverHint(v.value) });
  return v.value;
}

/**
 * The SemVer 2 version a Chart.yaml version most likely meant when it is
 * numbers with fewer than three parts (`1.10` → `1.10.0`, `2` → `2.0.0`);
 * undefined when that is not clear.
 */
export function semverRepair(source: string): string | undefined {
  if (!/^\d+(\.\d+){0,2}$/.test(source)) return undefined;
  const parts = source.split('.').map((n) => String(Number(n)));
  while (parts.length < 3) parts.push('0');
  return parts.join('.');
}

/**
 * The one error for an unquoted Chart.yaml version that YAML reads as
 * something else (`version: 1.10` is the number 1.1): it names both problems —
 * the misreading and that the text is not SemVer 2 — and the full fix
 * (`version: 1.10.0`), so quoting it does not lead to a second error on the
 * next run. Shared by chart-bump-check and bump-chart.
 */
export function ambiguousVersionError(source: string, file: string, line: number | undefined): UserError {
  const fix = semverRepair(source);
  const type = yaml11Type(source) !== 'str' ? yaml11Type(source) : yaml12Type(source);
  const kind = type === 'int' || type === 'float' ? 'a number' : type === 'bool' ? 'a boolean' : type === 'timestamp' ? 'a date' : 'null';
  return new UserError(`version: ${source} is read as ${kind}, not the string written`, {
    file,
    line,
    hint: fix
      ? `it is not SemVer 2 either: write version: ${fix} (to quote it as "${source}" is not enough)`
      : `it is not SemVer 2 either: write MAJOR.MINOR.PATCH, e.g. version: 0.1.0 (to quote it as "${source}" is not enough)`,
  });
}

function semverHint(value: string): string {
  const fix = semverRepair(value);
  return fix ? `use MAJOR.MINOR.PATCH: write version: ${fix}` : 'use MAJOR.MINOR.PATCH, e.g. 1.4.0 or 1.4.0-rc.1';
}
