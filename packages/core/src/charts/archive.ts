// A packaged chart (`helm package`'s .tgz, the content layer of a chart in an
// OCI registry) read in memory: gunzipped by zlib with a cap on what it may
// grow to, the tar read by tar-stream. Only the chart's own Chart.yaml,
// values.yaml and values.schema.json are kept (`<chart>/<file>`), on request
// its templates, and on request the same files of its subcharts, which a
// packaged chart holds as folders (`<chart>/charts/<sub>/…`, at any depth).

import { gunzipSync } from 'node:zlib';
import { extract } from 'tar-stream';
import { UserError } from '../errors.ts';

/** The files of a chart archive that a values comparison reads. */
export const CHART_TOP_FILES = ['Chart.yaml', 'values.yaml', 'values.schema.json'] as const;

/** Far above any chart's unpacked size; a gzip bomb stops here. */
const MAX_UNPACKED = 64 * 1024 * 1024;
/** Each kept file is at most this large. */
const MAX_FILE = 4 * 1024 * 1024;

/** At most this much template text is kept from one archive (the rest is left out). */
const MAX_TEMPLATES = 16 * 1024 * 1024;

/**
 * The top-level Chart.yaml, values.yaml and values.schema.json of a packaged
 * chart, by file name, with `templates` its own `templates/…` files by path
 * in the chart, and with `subcharts` the same of each subchart
 * (`charts/<sub>/values.yaml`, …). `what` names the archive in errors.
 */
export async function readChartArchive(
  tgz: Buffer,
  what: string,
  opts: { templates?: boolean; subcharts?: boolean } = {},
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  let templateChars = 0;
  await eachEntry(tgz, what, async (entry) => {
    const name = entry.header.name.replace(/^\.\/+/, '');
    const parts = name.split('/');
    const size = entry.header.size ?? 0;
    // With subcharts, a path below charts/<sub>/ (at any depth) is read as the subchart's own.
    let at = 1;
    if (opts.subcharts === true) while (parts[at] === 'charts' && parts.length > at + 2) at += 2;
    const rest = parts.slice(at);
    const template = opts.templates === true && rest.length >= 2 && rest[0] === 'templates' && templateChars + size <= MAX_TEMPLATES;
    const keep =
      entry.header.type === 'file' &&
      ((rest.length === 1 && (CHART_TOP_FILES as readonly string[]).includes(rest[0])) || template) &&
      size <= MAX_FILE;
    const chunks: Buffer[] = [];
    // tar-stream's entries yield Buffers; its types say unknown.
    for await (const chunk of entry) if (keep) chunks.push(chunk as Buffer);
    const key = parts.slice(1).join('/');
    if (keep && !files.has(key)) {
      if (template) templateChars += size;
      files.set(key, Buffer.concat(chunks).toString('utf8'));
    }
  });
  return files;
}

/** One entry of a tar as tar-stream gives it: its header, and its body to read to the end. */
type TarEntry = AsyncIterable<unknown> & { header: { name: string; size?: number; type?: string | null } };

/** Each entry of the gzipped tar `tgz`, in order, to `visit` (which reads its body); `what` names it in errors. */
async function eachEntry(tgz: Uint8Array, what: string, visit: (entry: TarEntry) => Promise<void>): Promise<void> {
  let tar: Buffer;
  try {
    tar = gunzipSync(tgz, { maxOutputLength: MAX_UNPACKED });
  } catch (e) {
    throw new UserError(`${what} is not a gzip'd chart archive (${(e as Error).message})`, {
      hint: 'push the chart with helm push (or lockstep publish-chart)',
    });
  }
  const reader = extract();
  const done = (async () => {
    for await (const entry of reader) await visit(entry);
  })();
  reader.end(tar);
  try {
    await done;
  } catch (e) {
    throw new UserError(`${what} is not a readable tar archive (${(e as Error).message})`, {
      hint: 'push the chart with helm push (or lockstep publish-chart)',
    });
  }
}

/**
 * Every regular file of the packaged chart `tgz` as written (`<chart>/…`, a leading `./` dropped), in the archive's
 * order: what a chart rebuilt from it keeps (flux/chart-values-files.ts writes its values.yaml anew).
 */
export async function archiveFiles(tgz: Uint8Array, what: string): Promise<{ name: string; data: Buffer }[]> {
  const out: { name: string; data: Buffer }[] = [];
  await eachEntry(tgz, what, async (entry) => {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    if (entry.header.type === 'file') out.push({ name: entry.header.name.replace(/^\.\/+/, ''), data: Buffer.concat(chunks) });
  });
  return out;
}
