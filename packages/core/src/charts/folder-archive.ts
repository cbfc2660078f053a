// A chart's files given to Helm as one archive instead of a folder (issue 76): a fleet's hydration wrote 100 chart
// folders of 8 files and 4 folders each, and removed them, which cost more than the renders on a busy disk; one
// .tgz per chart is one file. Helm loads an archive as it loads the folder (pkg/chart/loader: LoadDir walks the
// folder with its .helmignore and Helm's default rule, then both hand the same files to LoadFiles, each with its
// UTF-8 BOM trimmed), except where its archive reader reads a name otherwise: a `\` in a name (read as Windows'
// separator), a name starting with `..` or a drive letter (refused), a file whose name is also a folder (a folder
// could not hold both), a file over the size Helm allows, a chart without Chart.yaml (Helm 4 reads it from the
// folder first, and says its own words where it is missing). There, and where the .helmignore cannot be read as Helm
// reads it, this gives no archive and the folder is written as before, for Helm to say what it says of it.

import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { helmIgnore, type IgnoreRule } from './helmignore.ts';

/** The largest file and the largest chart given as an archive: far below what Helm's archive reader allows. */
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_CHART_BYTES = 16 * 1024 * 1024;

/** Names Helm's archive reader reads otherwise than its folder loader (above). */
const READ_OTHERWISE = /\\|^\.\.|^[a-zA-Z]:(\/|$)/;

/** Go's filepath.Walk order: folder by folder, each folder's names in byte order. */
function walkOrder(a: string, b: string): number {
  const [x, y] = [a.split('/'), b.split('/')];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = Buffer.compare(Buffer.from(x[i]), Buffer.from(y[i]));
    if (c !== 0) return c;
  }
  return x.length - y.length;
}

/** The files Helm's folder loader reads of `files` (chart-relative paths), in its order; undefined where an archive could be read otherwise. */
function loadedFiles(files: ReadonlyMap<string, string>): [string, Buffer][] | undefined {
  let ignored: IgnoreRule;
  try {
    ignored = helmIgnore(files.get('.helmignore'));
  } catch {
    return undefined; // Helm says what is wrong with the file, of the folder
  }
  const folders = new Set<string>();
  for (const path of files.keys()) for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) folders.add(path.slice(0, i));
  const out: [string, Buffer][] = [];
  let total = 0;
  for (const path of [...files.keys()].sort(walkOrder)) {
    if (READ_OTHERWISE.test(path) || folders.has(path) || path.split('/').some((p) => p === '' || p === '.' || p === '..'))
      return undefined;
    let skip: boolean;
    try {
      skip = ignored(path);
    } catch {
      return undefined;
    }
    if (skip) continue;
    const data = Buffer.from(files.get(path)!, 'utf8');
    total += data.length;
    if (data.length > MAX_FILE_BYTES || total > MAX_CHART_BYTES) return undefined;
    out.push([path, data]);
  }
  // Helm 4 reads Chart.yaml from the folder before loading it, and says so in its own words where it is missing.
  return out.some(([path]) => path === 'Chart.yaml') ? out : undefined;
}

/**
 * `files` (chart-relative paths) as a gzipped tar that Helm loads as it would load a folder holding them, the files its
 * .helmignore leaves out left out; undefined where Helm could read the two otherwise (then write the folder).
 */
export async function folderArchive(files: ReadonlyMap<string, string>): Promise<Buffer | undefined> {
  const loaded = loadedFiles(files);
  return loaded
    ? gzippedTar(
        loaded.map(([path, data]) => ({ name: `chart/${path}`, data })),
        1,
      )
    : undefined;
}

/**
 * `entries` as a gzipped tar at zlib's `level`, each a regular file of mode 0644 owned by no one and dated the epoch,
 * so nothing of the machine or the moment is in it (a packaged chart's digest, charts/package.ts).
 */
export async function gzippedTar(entries: readonly { name: string; data: Buffer }[], level: number): Promise<Buffer> {
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on('data', (c: unknown) => chunks.push(c as Buffer));
  const ended = new Promise<void>((resolve, reject) => {
    tar.on('end', resolve);
    tar.on('error', reject);
  });
  const mtime = new Date(0);
  for (const { name, data } of entries)
    tar.entry({ name, size: data.length, mode: 0o644, mtime, uid: 0, gid: 0, uname: '', gname: '', type: 'file' }, data);
  tar.finalize();
  await ended;
  return gzipSync(Buffer.concat(chunks), { level });
}
