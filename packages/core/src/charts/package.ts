import { lstatSync, readdirSync, readFileSync, realpathSync, type Stats, statSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { extract } from 'tar-stream';
import { parse, type Tags } from 'yaml';
import satisfies from 'semver/functions/satisfies.js';
import validRange from 'semver/ranges/valid.js';
import { UserError } from '../errors.ts';
import { type ChartDependency, type ChartMeta, parseChart, requireChartVersion } from './chart.ts';
import { helmIgnore } from './helmignore.ts';
import { gzippedTar } from './folder-archive.ts';
import { helmYaml } from './helm-yaml.ts';
import { readChartLock } from './lock.ts';
import { nodeAt } from '../yaml/read.ts';

// `helm package` as a library, without Helm: the archive holds what Helm's directory loader keeps
// (helm/helm pkg/chart/v2/loader/directory.go: the chart's .helmignore rules plus Helm's default, a UTF-8
// BOM trimmed from every file, irregular files refused) laid out the way Helm's writer lays it out
// (pkg/chart/v2/util/save.go writeTarContents: `<name>/Chart.yaml` first, re-serialised from the chart's
// metadata, then Chart.lock, values.yaml, values.schema.json, templates/, the other files, then each
// dependency of charts/ written out as a folder `<name>/charts/<dependency name>/…`, a .tgz expanded as
// Helm's loader expands it), after `helm dependency build`: a dependency charts/ lacks is a file:// chart
// vendored at its locked version, or a refusal (see vendor). Chart.yaml and Chart.lock are written as Helm
// writes them (helm-yaml.ts), so every file's bytes are Helm's. Helm stamps each file with its mtime and the current time; this archive is
// deterministic instead, so the same folder always gives the same bytes and a rerun pushes nothing:
// fixed mtime, mode 0644, uid/gid 0, no user or group names, no folder entries (Helm writes none either),
// and a gzip header without a time and with the OS byte Go's gzip writes (255, unknown).

/** YAML 1.1 as go-yaml v2 resolves it, timestamps left as the text written (a string field keeps them so). */
const YAML11 = {
  version: '1.1',
  customTags: (tags: Tags) => tags.filter((t) => !(typeof t === 'object' && t.tag === 'tag:yaml.org,2002:timestamp')),
} as const;
/** Helm refuses a chart file larger than this (pkg/chart/loader/archive MaxDecompressedFileSize, 5 MiB). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The byte of the gzip header naming the OS that wrote it (RFC 1952 §2.3.1); 255 is "unknown", as Go writes. */
const GZIP_OS_OFFSET = 9;

/** One file of a chart as Helm's loader holds it: its chart-relative name and bytes. */
interface ChartFile {
  name: string;
  data: Buffer;
}

/** A packaged chart: what the OCI config and the tag need, and the archive itself. */
export interface ChartPackage {
  name: string;
  version: string;
  /** Chart.yaml's metadata as Helm's config blob holds it (json.Marshal of chart.Metadata). */
  metadata: Record<string, unknown>;
  /** The .tgz bytes. */
  archive: Buffer;
  /** Every path in the archive, in order. */
  files: string[];
}

/**
 * Packages the chart folder `dir` (absolute; `label` names it in errors) as
 * `helm package` would, deterministically. A chart that Helm would refuse
 * (no Chart.yaml, an invalid version, a broken .helmignore, an irregular or
 * too large file, a file in charts/ that is no chart) is a UserError.
 * `leaveOut` names files left out as if .helmignore listed them (an
 * environment's values file kept in the chart: deployment-state.ts).
 */
export async function packageChart(
  dir: string,
  label: string,
  root: string,
  leaveOut?: (chartRelativePath: string) => boolean,
): Promise<ChartPackage> {
  const files = loadDir(dir, label, root, leaveOut);
  const entries: ChartFile[] = [];
  const chart = await layOut(files, '', label, entries, { dir, root, within: [] });
  const archive = await gzippedTar(entries, 9);
  archive[GZIP_OS_OFFSET] = 255;
  return { ...chart, archive, files: entries.map((e) => e.name) };
}

/** The chart's files as Helm's directory loader reads them: walked in name order, .helmignore applied, BOMs trimmed. */
function loadDir(dir: string, label: string, root: string, leaveOut?: (chartRelativePath: string) => boolean): ChartFile[] {
  const ignoreFile = join(dir, '.helmignore');
  const ignored = helmIgnore(existsFile(ignoreFile) ? readFileSync(ignoreFile, 'utf8') : undefined, `${label}/.helmignore`);
  const out: ChartFile[] = [];
  const walk = (abs: string, rel: string) => {
    // filepath.Walk visits a folder's entries sorted by name.
    for (const name of readdirSync(abs).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      const full = join(abs, name);
      const st = followInside(full, `${label}/${path}`, root);
      // The rule set decides each file by its folders first, so an ignored folder loses every file below it.
      if (st.isDirectory()) {
        walk(full, path);
        continue;
      }
      if (ignored(path) || leaveOut?.(path)) continue;
      if (!st.isFile())
        throw new UserError(`${label}/${path} is not a regular file; helm package refuses it`, {
          hint: 'remove it or list it in .helmignore',
        });
      if (st.size > MAX_FILE_BYTES)
        throw new UserError(`${label}/${path} is larger than the ${MAX_FILE_BYTES} bytes Helm accepts in a chart`, {
          hint: 'list it in .helmignore',
        });
      out.push({ name: path, data: trimBom(readFileSync(full)) });
    }
  };
  walk(dir, '');
  return out;
}

/**
 * stat() of a path, following a symbolic link as Helm's walk does, but only
 * when it stays inside the workspace: a link could otherwise put any file of
 * the runner into a published chart.
 */
function followInside(full: string, shown: string, root: string): Stats {
  if (lstatSync(full).isSymbolicLink()) {
    let real: string;
    try {
      real = realpathSync(full);
    } catch {
      throw new UserError(`${shown} is a broken symbolic link`, { hint: 'remove it or list it in .helmignore' });
    }
    const rel = relative(realpathSync(root), real);
    if (rel === '..' || rel.startsWith(`..${sep}`) || rel.startsWith('/'))
      throw new UserError(`${shown} is a symbolic link to outside the workspace; lockstep does not package it`, {
        hint: 'copy the file into the chart, or list it in .helmignore',
      });
  }
  return statSync(full);
}

function existsFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function trimBom(data: Buffer): Buffer {
  return data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
}

/**
 * Where a chart folder sits, for its file:// dependencies: its absolute folder,
 * the workspace they must stay in, and the folders being packaged around it (a cycle).
 */
interface ChartSource {
  dir: string;
  root: string;
  within: string[];
}

/**
 * One chart's entries in Helm's order under `prefix`, then its dependencies'
 * (Helm's map order is random; these go by folder name). A dependency of
 * Chart.yaml that charts/ does not hold is vendored as `helm dependency
 * build` would (see vendor); `source` is undefined for a chart that came
 * vendored, whose dependencies are used as they are. Returns the chart's
 * name, version and metadata.
 */
async function layOut(
  files: ChartFile[],
  prefix: string,
  label: string,
  out: ChartFile[],
  source?: ChartSource,
): Promise<Omit<ChartPackage, 'archive' | 'files'>> {
  const chartYaml = files.find((f) => f.name === 'Chart.yaml');
  if (!chartYaml) throw new UserError(`${label} has no Chart.yaml`, { hint: 'a chart folder holds Chart.yaml' });
  const meta = parseChart(chartYaml.data.toString('utf8'), `${label}/Chart.yaml`);
  const version = requireChartVersion(meta);
  const name = meta.name;
  // Helm's validateName: the name becomes the archive's top folder and must not climb out of it.
  if (!name || name.includes('/') || name.includes('\\') || name === '.' || name === '..')
    throw new UserError(`chart name '${name}' cannot name a folder in the archive`, {
      file: `${label}/Chart.yaml`,
      line: 1,
      hint: 'give the chart a plain name, e.g. name: api',
    });
  // Helm reads Chart.yaml as YAML 1.1 (sigs.k8s.io/yaml): an unquoted y, on or off in a string field is "true" or "false".
  const metadata = helmMetadata(parse(chartYaml.data.toString('utf8'), YAML11) as Record<string, unknown>, name, version);
  refuseWhatHelmRefuses(metadata, meta, files, label);
  const base = `${prefix}${name}/`;
  const v1 = metadata.apiVersion === 'v1';
  out.push({ name: `${base}Chart.yaml`, data: Buffer.from(helmYaml(v1 ? { ...metadata, dependencies: undefined } : metadata)) });
  const byName = new Map(files.map((f) => [f.name, f]));
  const lock = byName.get('Chart.lock');
  if (lock && metadata.apiVersion === 'v2')
    out.push({
      name: `${base}Chart.lock`,
      data: Buffer.from(helmYaml(helmLock(parse(lock.data.toString('utf8')) as Record<string, unknown>))),
    });
  for (const special of ['values.yaml', 'values.schema.json']) {
    const f = byName.get(special);
    if (f) out.push({ name: `${base}${special}`, data: f.data });
  }
  const subcharts = new Map<string, ChartFile[]>();
  const templates: ChartFile[] = [];
  const others: ChartFile[] = [];
  for (const f of files) {
    if (['Chart.yaml', 'Chart.lock', 'values.yaml', 'values.schema.json'].includes(f.name)) continue;
    // requirements.* are read into the metadata; only a v1 chart keeps them as files (load.go).
    if (f.name === 'requirements.yaml' || f.name === 'requirements.lock') {
      if (v1) others.push(f);
    } else if (f.name.startsWith('templates/')) templates.push(f);
    else if (f.name.startsWith('charts/') && !f.name.endsWith('.prov')) {
      const rest = f.name.slice('charts/'.length);
      const sub = rest.split('/')[0];
      subcharts.set(sub, [...(subcharts.get(sub) ?? []), { name: rest.slice(sub.length + 1), data: f.data }]);
    } else others.push(f);
  }
  for (const f of [...templates, ...others]) out.push({ name: `${base}${f.name}`, data: f.data });
  // Each subchart's files (a .tgz expanded as Helm's loader expands it) and where they came from.
  const laid = new Map<string, { files: ChartFile[]; label: string; source?: ChartSource }>();
  for (const sub of subcharts.keys()) {
    // Helm skips charts/ entries starting with '_' or '.'.
    if (/^[_.]/.test(sub)) continue;
    const subLabel = `${label}/charts/${sub}`;
    const subFiles = sub.endsWith('.tgz')
      ? await expand(subcharts.get(sub)![0].data, subLabel)
      : subcharts.get(sub)!.filter((f) => f.name !== '');
    laid.set(sub, { files: subFiles, label: subLabel });
  }
  if (source) {
    // A v1 chart declares its dependencies in requirements.yaml and locks them in requirements.lock.
    const requirements = v1 ? byName.get('requirements.yaml') : undefined;
    const declared = requirements ? parseChart(requirements.data.toString('utf8'), `${label}/requirements.yaml`) : meta;
    vendor(declared, label, byName.get(v1 ? 'requirements.lock' : 'Chart.lock'), source, laid);
  }
  for (const sub of [...laid.keys()].sort()) {
    const s = laid.get(sub)!;
    await layOut(s.files, `${base}charts/`, s.label, out, s.source);
  }
  return { name, version, metadata };
}

/**
 * The checks Helm's loader and writer make that would stop `helm package`
 * (Metadata.Validate, the schema's JSON): a chart Helm cannot package is not pushed either.
 */
function refuseWhatHelmRefuses(metadata: Record<string, unknown>, meta: ChartMeta, files: ChartFile[], label: string): void {
  const file = meta.file;
  const type = metadata.type;
  if (type !== undefined && type !== 'application' && type !== 'library')
    throw new UserError(`type ${String(type)} is neither application nor library; helm package refuses it`, {
      file,
      line: meta.parsed.lineOf(nodeAt(meta.parsed, ['type'])) ?? 1,
      hint: 'write type: application (or library)',
    });
  const seen = new Set<string>();
  for (const dep of meta.dependencies) {
    if (dep.alias !== undefined && dep.alias !== '' && !/^[a-zA-Z0-9_-]+$/.test(dep.alias))
      throw new UserError(`dependency ${dep.name}: alias '${dep.alias}' holds characters Helm refuses`, {
        file,
        line: dep.line,
        hint: 'use letters, digits, - and _ only',
      });
    const key = dep.alias || dep.name;
    if (seen.has(key))
      throw new UserError(`more than one dependency is named or aliased ${key}; helm package refuses it`, {
        file,
        line: dep.line,
        hint: 'give one of them an alias',
      });
    seen.add(key);
  }
  const schema = files.find((f) => f.name === 'values.schema.json');
  if (schema) {
    try {
      JSON.parse(schema.data.toString('utf8'));
    } catch (e) {
      throw new UserError(`values.schema.json is not valid JSON (${(e as Error).message}); helm package refuses it`, {
        file: `${label}/values.schema.json`,
        line: 1,
        hint: 'fix the JSON',
      });
    }
  }
}

/**
 * What `helm dependency build` adds to charts/ before `helm package`: every
 * dependency of Chart.yaml that charts/ does not hold already (by chart name)
 * is a file:// chart of the workspace, packaged at the version Chart.lock
 * pins (and Chart.yaml's constraint admits), and goes in as
 * `<name>-<version>.tgz`. A dependency that would have to be downloaded (an
 * OCI or https repository) is refused, naming it: Helm refuses to package a
 * chart without its dependencies, and a version pushed without one is burnt.
 */
function vendor(
  meta: ChartMeta,
  label: string,
  lockFile: ChartFile | undefined,
  source: ChartSource,
  laid: Map<string, { files: ChartFile[]; label: string; source?: ChartSource }>,
): void {
  if (meta.dependencies.length === 0) return;
  const held = new Set<string>();
  for (const s of laid.values()) {
    const chartYaml = s.files.find((f) => f.name === 'Chart.yaml');
    if (chartYaml) held.add(parseChart(chartYaml.data.toString('utf8'), `${s.label}/Chart.yaml`).name);
  }
  const lockLabel = `${label}/${lockFile?.name ?? 'Chart.lock'}`;
  const lock = lockFile ? readChartLock(lockFile.data.toString('utf8'), lockLabel) : undefined;
  for (const dep of meta.dependencies) {
    if (held.has(dep.name)) continue;
    const where = { file: meta.file, line: dep.line ?? 1 };
    if (!dep.repository?.startsWith('file://'))
      throw new UserError(
        `dependency ${dep.name} ${dep.version ?? ''}${dep.repository ? ` (${dep.repository})` : ''} is not in ${label}/charts/; lockstep packages no chart without its dependencies and downloads none`.replace(
          /  +/g,
          ' ',
        ),
        { ...where, hint: 'run `helm dependency build` and commit the archive it writes under charts/, or make it a file:// dependency' },
      );
    const dir = resolve(source.dir, dep.repository.slice('file://'.length));
    const depLabel = `${label}/${dep.repository.slice('file://'.length).replace(/\/+$/, '')}`;
    const inside = relative(source.root, dir);
    if (inside === '..' || inside.startsWith(`..${sep}`) || inside.startsWith('/'))
      throw new UserError(`dependency ${dep.name}: ${dep.repository} is outside the workspace; lockstep does not package it`, {
        ...where,
        hint: 'keep the dependency inside the repository, or vendor it under charts/',
      });
    if (!existsFile(join(dir, 'Chart.yaml')))
      throw new UserError(`dependency ${dep.name}: ${dep.repository} has no Chart.yaml`, { ...where, hint: 'fix the file:// path' });
    if (source.within.includes(dir) || dir === source.dir)
      throw new UserError(`dependency ${dep.name}: ${dep.repository} depends on the chart that depends on it`, {
        ...where,
        hint: 'remove the cycle of file:// dependencies',
      });
    const files = loadDir(dir, depLabel, source.root);
    const depMeta = parseChart(files.find((f) => f.name === 'Chart.yaml')!.data.toString('utf8'), `${depLabel}/Chart.yaml`);
    const depVersion = requireChartVersion(depMeta);
    checkPinned(dep, depVersion, depLabel, where, lock, lockLabel);
    laid.set(`${dep.name}-${depVersion}.tgz`, {
      files,
      label: depLabel,
      source: { dir, root: source.root, within: [...source.within, source.dir] },
    });
    held.add(dep.name);
  }
}

/** A file:// dependency's chart must be the version Chart.lock pins and one Chart.yaml's constraint admits. */
function checkPinned(
  dep: ChartDependency,
  version: string,
  depLabel: string,
  where: { file: string; line: number },
  lock: ReturnType<typeof readChartLock> | undefined,
  lockLabel: string,
): void {
  if (lock) {
    const entry = lock.entries.find((e) => e.name === dep.name);
    if (!entry)
      throw new UserError(`${posix.basename(lockLabel)} has no entry for dependency ${dep.name} (${where.file}:${where.line})`, {
        file: lockLabel,
        line: lock.line,
        hint: 'run `helm dependency update` and commit Chart.lock',
      });
    if (entry.version !== version)
      throw new UserError(`${posix.basename(lockLabel)} pins ${dep.name} ${entry.version ?? '(none)'} but ${depLabel} is ${version}`, {
        file: lockLabel,
        line: entry.line ?? lock.line,
        hint: 'run `helm dependency update` and commit Chart.lock (and bump the chart), or put the dependency back at the pinned version',
      });
  }
  // Helm's constraints (Masterminds semver) AND comparators with commas: `>= 2.0.0, < 3.0.0`.
  const range = dep.version ? validRange(dep.version.replace(/\s*,\s*/g, ' ')) : null;
  if (range !== null && !satisfies(version, range, { includePrerelease: true }))
    throw new UserError(`dependency ${dep.name} requires version ${dep.version} but ${depLabel} is ${version}`, {
      ...where,
      hint: `set the dependency's version to ${version}`,
    });
}

/**
 * Whether two chart archives hold the same chart: the same paths, every
 * Chart.yaml and Chart.lock the same once parsed (Helm re-writes them, and
 * another writer's YAML may differ in form only), every other file the same
 * bytes. Tar and gzip details (times, owners, compression) do not count.
 */
export async function sameChartFiles(a: Buffer, b: Buffer, label: string): Promise<boolean> {
  const [x, y] = await Promise.all([expand(a, label), expand(b, label)]);
  if (x.length !== y.length) return false;
  const theirs = new Map(y.map((f) => [f.name, f.data]));
  for (const f of x) {
    const other = theirs.get(f.name);
    if (other === undefined) return false;
    const base = f.name.slice(f.name.lastIndexOf('/') + 1);
    if (base === 'Chart.yaml' || base === 'Chart.lock') {
      if (!isDeepStrictEqual(parse(f.data.toString('utf8')), parse(other.toString('utf8')))) return false;
    } else if (!f.data.equals(other)) return false;
  }
  return true;
}

/** A packaged dependency's files, as Helm's archive loader reads them: the top folder dropped, only regular files, no path that climbs. */
async function expand(tgz: Buffer, label: string): Promise<ChartFile[]> {
  let tarBytes: Buffer;
  try {
    tarBytes = gunzipSync(tgz, { maxOutputLength: 64 * MAX_FILE_BYTES });
  } catch (e) {
    throw new UserError(`${label} is not a gzip archive (${(e as Error).message})`, { hint: 'run helm dependency build again' });
  }
  const files: ChartFile[] = [];
  const reader = extract();
  const done = new Promise<void>((resolve, reject) => {
    reader.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => chunks.push(c as Buffer));
      stream.on('end', () => {
        const parts = header.name.replace(/\\/g, '/').split('/');
        if (header.type === 'file' && parts.length >= 2 && parts[1] !== '') {
          const name = parts.slice(1).join('/');
          if (name.startsWith('/') || name.split('/').includes('..')) {
            reject(
              new UserError(`${label} holds the path '${header.name}', which leaves the chart`, { hint: 'rebuild the dependency archive' }),
            );
            return;
          }
          files.push({ name, data: trimBom(Buffer.concat(chunks)) });
        }
        next();
      });
      stream.resume();
    });
    reader.on('finish', resolve);
    reader.on('error', (e: Error) =>
      reject(new UserError(`${label} is not a readable tar archive (${e.message})`, { hint: 'run helm dependency build again' })),
    );
  });
  reader.end(tarBytes);
  await done;
  return files;
}

/** The fields of Helm's chart.Metadata, in its struct's order (json.Marshal writes them so); empty ones are left out (omitempty). */
const METADATA_FIELDS = [
  'name',
  'home',
  'sources',
  'version',
  'description',
  'keywords',
  'maintainers',
  'icon',
  'apiVersion',
  'condition',
  'tags',
  'appVersion',
  'deprecated',
  'annotations',
  'kubeVersion',
  'dependencies',
  'type',
] as const;
const STRING_FIELDS = new Set([
  'name',
  'home',
  'version',
  'description',
  'icon',
  'apiVersion',
  'condition',
  'tags',
  'appVersion',
  'kubeVersion',
  'type',
]);
/** chart.Dependency's fields in order; name and repository have no omitempty. */
const DEPENDENCY_FIELDS = ['name', 'version', 'repository', 'condition', 'tags', 'enabled', 'import-values', 'alias'] as const;

/** Chart.yaml as chart.Metadata keeps it: the known fields only, scalars as strings, empties dropped. */
export function helmMetadata(doc: Record<string, unknown>, name: string, version: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of METADATA_FIELDS) {
    let v: unknown = k === 'name' ? name : k === 'version' ? version : doc?.[k];
    if (STRING_FIELDS.has(k) && (typeof v === 'number' || typeof v === 'boolean')) v = String(v);
    // Helm's loader takes a chart without apiVersion as v1.
    if (k === 'apiVersion' && isEmpty(v)) v = 'v1';
    // Helm's Metadata.Validate, run as the chart is loaded, sanitises these strings (see sanitize).
    if (SANITIZED.has(k) && typeof v === 'string') v = sanitize(v);
    if ((k === 'sources' || k === 'keywords') && Array.isArray(v)) v = v.map(sanitizeItem);
    if (k === 'maintainers' && Array.isArray(v))
      v = v.map((m: Record<string, unknown>) => sanitizeFields(pick(m, ['name', 'email', 'url']), ['name', 'email', 'url']));
    if (k === 'dependencies' && Array.isArray(v))
      v = v.map((d: Record<string, unknown>) => {
        const dep = sanitizeFields(pick(d, DEPENDENCY_FIELDS, ['name', 'repository']), ['name', 'version', 'repository', 'condition']);
        if (Array.isArray(dep.tags)) dep.tags = dep.tags.map(sanitizeItem);
        return dep;
      });
    if (k === 'annotations' && v && typeof v === 'object') v = Object.fromEntries(Object.entries(v).map(([a, b]) => [a, String(b)]));
    if (!isEmpty(v)) out[k] = v;
  }
  return out;
}

/** The Chart.yaml strings Helm's Metadata.Validate sanitises. */
const SANITIZED = new Set(['description', 'home', 'icon', 'condition', 'tags', 'appVersion', 'kubeVersion']);

/**
 * A string as Helm's sanitizeString leaves it: every Unicode space (a line
 * break, a tab) one plain space, every character that is not printable
 * (controls, format characters such as U+200B or U+FEFF, private use) dropped.
 */
function sanitize(s: string): string {
  return s
    .replace(/[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/gu, ' ')
    .replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, '');
}

/** An item of a list of strings: a number or boolean becomes its text (Helm's []string takes it so), then sanitised. */
function sanitizeItem(x: unknown): unknown {
  return typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' ? sanitize(String(x)) : x;
}

/** `o` with its `keys` sanitised, and those left empty dropped as omitempty drops them (name and repository stay). */
function sanitizeFields(o: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out = { ...o };
  for (const k of keys) if (typeof out[k] === 'string') out[k] = sanitize(out[k]);
  for (const k of keys) if (out[k] === '' && k !== 'name' && k !== 'repository') delete out[k];
  return out;
}

/** Chart.lock as chart.Lock keeps it: generated, digest and the dependencies. */
function helmLock(doc: Record<string, unknown>): Record<string, unknown> {
  const deps = Array.isArray(doc?.dependencies)
    ? (doc.dependencies as Record<string, unknown>[]).map((d) => pick(d, DEPENDENCY_FIELDS, ['name', 'repository']))
    : [];
  const written = doc?.generated instanceof Date ? doc.generated.toISOString() : String(doc?.generated ?? '0001-01-01T00:00:00Z');
  // Helm reads `generated` into a time and writes it back in Go's RFC 3339 form: a fraction without its trailing zeros.
  const generated = written.replace(
    /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d*?)0*)?(Z|[+-]\d\d:\d\d)$/,
    (_, time: string, frac = '', zone: string) => `${time}${frac ? `.${frac}` : ''}${zone}`,
  );
  return { generated, digest: String(doc?.digest ?? ''), dependencies: deps };
}

function pick(o: Record<string, unknown> | null, keys: readonly string[], always: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = o?.[k];
    if (always.includes(k)) out[k] = typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
    else if (!isEmpty(v)) out[k] = v;
  }
  return out;
}

function isEmpty(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    v === '' ||
    v === false ||
    (Array.isArray(v) && v.length === 0) ||
    (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0)
  );
}
