// Whether a Helm render's output is fixed by its inputs: then a second render
// of the same side cannot differ from the first, and the non-determinism
// re-render (render.ts) is not run. A `helm template` of fixed inputs (chart,
// values, --set, release, namespace, --kube-version) differs between two runs
// only through a function that reads randomness, the clock, the environment or
// the network; a template calls a function only by its name, so a chart none of
// whose template texts holds one of those names as a word cannot call one. With
// `tpl` (which evaluates a string as a template) any string the render holds may
// be a template: then every file of the chart, each values text and each --set
// value is read for the names too. Anything that cannot be read as text (a
// packaged subchart in a chart folder, an archive that does not unpack) keeps the
// re-render, as does any hit, even one in a comment.
//
// What is not caught is a name assembled at render time from pieces for `tpl`
// (`tpl (print "{{ randAl" "phaNum 8 }}") .`): its effect is a value that
// differs between renders shown as changed where it would have been marked
// `<non-deterministic>`, never a change hidden.

import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { extract } from 'tar-stream';

/**
 * Every Helm or sprig function whose answer is not fixed by its arguments: randomness (rand*, uuidv4, shuffle,
 * keys and salts of the crypto functions), the clock (now and what reads it or a local time zone: date*, ago,
 * durationRound, unixEpoch, toDate), the network (getHostByName, lookup), and the ones named with them although
 * their answer is fixed (buildCustomCert, derivePassword, decryptAES), kept for caution. sprig's env and
 * expandenv are not in Helm's function map (a template that calls them does not render).
 */
export const NON_DETERMINISTIC_FUNCTIONS = [
  'randAlphaNum',
  'randAlpha',
  'randAscii',
  'randNumeric',
  'randSeededNumeric',
  'randBytes',
  'randInt',
  'uuidv4',
  'shuffle',
  'now',
  'date',
  'dateInZone',
  'date_in_zone',
  'dateModify',
  'date_modify',
  'mustDateModify',
  'must_date_modify',
  'htmlDate',
  'htmlDateInZone',
  'unixEpoch',
  'ago',
  'durationRound',
  'toDate',
  'mustToDate',
  'genCA',
  'genCAWithKey',
  'genPrivateKey',
  'genSelfSignedCert',
  'genSelfSignedCertWithKey',
  'genSignedCert',
  'genSignedCertWithKey',
  'buildCustomCert',
  'derivePassword',
  'htpasswd',
  'bcrypt',
  'encryptAES',
  'decryptAES',
  'getHostByName',
  'lookup',
] as const;

/** One of the names, as a word of a Go template (letters, digits and `_` on neither side). */
const NAMED = new RegExp(`(?<![A-Za-z0-9_])(?:${NON_DETERMINISTIC_FUNCTIONS.join('|')})(?![A-Za-z0-9_])`);
const TPL = /(?<![A-Za-z0-9_])tpl(?![A-Za-z0-9_])/;

/** A gzip bomb stops here (far above any chart's unpacked size, subcharts included). */
const MAX_UNPACKED = 64 * 1024 * 1024;
/** Packaged subcharts are read this deep. */
const MAX_DEPTH = 5;

/** What a side renders from: its chart (files by path, or a packaged chart), values texts and --set values (render.ts's RenderSide). */
export interface RenderInputs {
  chart: { files: ReadonlyMap<string, string> } | { tgz: Uint8Array };
  values: readonly string[];
  set?: readonly { name: string; value: string }[];
}

/** A chart's files as text: whether each is one of its (or a subchart's) templates. */
interface ChartText {
  path: string;
  text: string;
  template: boolean;
}

/** Whether a path is a template of a chart or of one of its subcharts (any `templates/` folder, a superset of Helm's). */
const isTemplate = (path: string) => /(^|\/)templates\//.test(path);

/**
 * Whether two renders of `side` must print the same text: none of the
 * functions above named in its templates (nor, where a template calls `tpl`,
 * in any file of the chart, values text or --set value). False when any part
 * of the chart cannot be read.
 */
export async function fixedRender(side: RenderInputs): Promise<boolean> {
  let texts: ChartText[] | undefined;
  if ('tgz' in side.chart) texts = await archiveTexts(side.chart.tgz, 0, { left: MAX_UNPACKED });
  else {
    texts = [];
    for (const [path, text] of side.chart.files) {
      // A packaged subchart kept among the files is bytes read as text: it cannot be searched.
      if (/\.(tgz|tar\.gz)$/i.test(path)) return false;
      texts.push({ path, text, template: isTemplate(path) });
    }
  }
  if (!texts) return false;
  const templates = texts.filter((t) => t.template);
  if (templates.some((t) => NAMED.test(t.text))) return false;
  if (!templates.some((t) => TPL.test(t.text))) return true;
  const strings = [...texts.map((t) => t.text), ...side.values, ...(side.set ?? []).flatMap((s) => [s.name, s.value])];
  return !strings.some((s) => NAMED.test(s));
}

/** A packaged chart's files as text (`<chart>/…` with the chart folder taken off), its packaged subcharts' inside theirs; undefined when it cannot be read. */
async function archiveTexts(tgz: Uint8Array, depth: number, budget: { left: number }): Promise<ChartText[] | undefined> {
  if (budget.left < 1) return undefined;
  let tar: Buffer;
  try {
    tar = await promisify(gunzip)(tgz, { maxOutputLength: budget.left });
  } catch {
    return undefined;
  }
  budget.left -= tar.length;
  const entries: { path: string; bytes: Buffer }[] = [];
  const reader = extract();
  const done = (async () => {
    for await (const entry of reader) {
      const chunks: Buffer[] = [];
      // tar-stream's entries yield Buffers; its types say unknown.
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      if (entry.header.type === 'file') entries.push({ path: entry.header.name.replace(/^\.\/+/, ''), bytes: Buffer.concat(chunks) });
    }
  })();
  reader.end(tar);
  try {
    await done;
  } catch {
    return undefined;
  }
  const texts: ChartText[] = [];
  for (const { path, bytes } of entries) {
    const inChart = path.split('/').slice(1).join('/');
    if (/\.(tgz|tar\.gz)$/i.test(path)) {
      if (depth >= MAX_DEPTH) return undefined;
      const sub = await archiveTexts(bytes, depth + 1, budget);
      if (!sub) return undefined;
      for (const t of sub) texts.push({ ...t, path: `${inChart}/${t.path}` });
    } else texts.push({ path: inChart, text: bytes.toString('utf8'), template: isTemplate(inChart) });
  }
  return texts;
}
