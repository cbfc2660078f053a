// `lockstep metrics --json`, written piece by piece: a year of a busy
// repository lists tens of thousands of lead times and thousands of
// promotions (13 MB for 20,000 commits, 300 services, 3 environments; a
// fleet of 100 environments lists each change in each, 1.8 million entries
// and 300 MB), which as one object and one JSON.stringify string cost a
// second copy of all of it in memory. Here nothing is held whole: the pieces
// go into one reused 64 KB buffer (text/utf8-chunks.ts) that is written each
// time it fills, and the changes are visited, never listed. They are written
// only when asked (`--changes`): without it the document of that fleet is
// ~20 MB. The text is the
// same as JSON.stringify of the documented shape (docs/metrics.md): one
// line, keys in that order, no blank.

import { doneJsonHead } from '../../contract/json.ts';
import type { Figures } from '../../records/figures.ts';
import type { LeadTimeVisit } from '../../records/lead-times.ts';
import type { Change, Landing } from '../../records/history.ts';
import { thousands } from '../../text/thousands.ts';
import { Utf8Chunks } from '../../text/utf8-chunks.ts';
import type { MetricsResult } from './run.ts';
import { failureRuleWords } from './rule.ts';

/** Bytes gathered before they are written: whole pieces only, so a masked secret is never split across two writes. */
const FLUSH_AT = 1 << 16;

/** The bytes of a change's head with a 40-digit id and a whole second: `{"commit":"…","merged":"…Z","landed-by":`. */
const HEAD = 97;

const iso = (s: number) => new Date(s * 1000).toISOString().replace('.000Z', 'Z');

/** Each day's `YYYY-MM-DDT`, by its number since 1970 (a fleet's changes fall on a few hundred days). */
const dayHeads = new Map<number, string>();
const twoDigits = Array.from({ length: 60 }, (_, k) => String(k).padStart(2, '0'));

/**
 * iso for a change's merge time, written once per change (100,000 in a long history): a whole second is its
 * day's head, kept, and the time of day from arithmetic, without a Date and its toISOString per change
 * (~1.7 µs each, a tenth of the writer's time at 100,000 commits). Anything else goes through iso.
 */
function mergedIso(s: number): string {
  if (!Number.isInteger(s)) return iso(s);
  const day = Math.floor(s / 86400);
  let head = dayHeads.get(day);
  if (head === undefined) {
    const whole = new Date(day * 86400 * 1000).toISOString();
    dayHeads.set(day, (head = whole.slice(0, whole.indexOf('T') + 1)));
  }
  const t = s - day * 86400;
  const minutes = Math.floor(t / 60);
  return `${head}${twoDigits[Math.floor(minutes / 60)]}:${twoDigits[minutes % 60]}:${twoDigits[t % 60]}Z`;
}
const str = (s: string | undefined | null) => (s === undefined || s === null ? 'null' : JSON.stringify(s));
/** As JSON.stringify writes a number (null when not finite), without its call: lead times are written by the million. */
const num = (n: number) => (Number.isFinite(n) ? String(n) : 'null');
/** A commit id as git printed it (%H: hex digits only), quoted without a JSON.stringify per id: there are tens of thousands. */
const sha = (s: string) => (/^[0-9a-f]+$/.test(s) ? `"${s}"` : JSON.stringify(s));

/**
 * One promotion with its pins, as the environment lists it: its pins put one by one (a fleet's promotion pins
 * 300 services, 40 KB, and each is listed in every environment it landed in), returning its tail.
 */
function promotionJson(l: Landing, put: (piece: string) => void): string {
  put(`{"commit":${sha(l.commit)},"landed":${str(iso(l.at))},"services":[`);
  l.services.forEach((s, k) => put(`${k > 0 ? ',' : ''}{"name":${str(s.name)},"tag":${str(s.tag)},"digest":${str(s.digest)}}`));
  const deployment = l.deployment ? `{"id":${num(l.deployment.id)},"state":${str(l.deployment.state)}}` : 'null';
  return `],"from":${str(l.from)},"rollback":${l.rollback},"inferred":${l.inferred},"source":${str(l.source)},"deployment":${deployment}}`;
}

/** The note of a document without its changes (no --changes): how many it leaves out, and how to list them; none when it leaves out none. */
function unlisted(r: MetricsResult): string[] {
  const n = r.environments.reduce((sum, e) => sum + e.figures.leads, 0);
  if (n === 0) return [];
  return [
    `Lead-time changes are not listed (${thousands(n)} in all, each once per environment it reached): ` +
      '--changes lists each with its lead time under lead-time.changes.',
  ];
}

/**
 * Writes `metrics --json` through `write` (or `writeBytes`, the same text as
 * UTF-8), in pieces of at most 64 KB (a piece that is larger alone), ending
 * with a line break. A service's figures
 * name their promotions by commit only and list no lead-time changes
 * (`brief`): their details are in the environment's. Nothing is held whole:
 * the document leaves as it is made, and each environment's changes are
 * visited, not listed (a fleet's year: ~1.8 million, 280 MB of the 300).
 */
export function writeMetricsJson(r: MetricsResult, write: (text: string) => void, writeBytes?: (bytes: Uint8Array) => void): void {
  // A change is listed once per environment it reached (a fleet: ten or a hundred times): its commit and merge
  // time are encoded once, by its position in the records' changes, and kept beside the chunk (Utf8Chunks
  // keep); the landing's id once per run of its changes. Room is made at once for the most changes one
  // environment lists, at about HEAD bytes each (a 40-digit id and a whole second).
  const most = r.changes ? Math.max(0, ...r.environments.map((e) => e.figures.leads)) : 0;
  const out = new Utf8Chunks(write, writeBytes, FLUSH_AT, most * HEAD);
  const headOf: Change[] = [];
  let landing: { of?: Landing; bytes: Buffer } = { bytes: Buffer.alloc(0) };
  let first = true;
  const change: LeadTimeVisit = (c, k, l, seconds) => {
    if (!first) out.ascii(0x2c); // ,
    first = false;
    if (headOf[k] !== c) {
      out.keep(k, `{"commit":${sha(c.commit)},"merged":"${mergedIso(c.at)}","landed-by":`);
      headOf[k] = c;
    }
    if (landing.of !== l) landing = { of: l, bytes: Buffer.from(`${sha(l.commit)},"seconds":`, 'utf8') };
    out.kept(k);
    out.bytes(landing.bytes);
    out.number(seconds);
    out.ascii(0x7d); // }
  };
  const put = (piece: string) => out.text(piece);
  /** `[a,b,…]` of `items`, each piece made and put one at a time (a piece may put its own head before it returns its tail). */
  const list = <T>(items: readonly T[], piece: (item: T) => string) => {
    put('[');
    items.forEach((item, k) => {
      if (k > 0) put(',');
      put(piece(item));
    });
    put(']');
  };
  const figures = (f: Figures, brief: boolean) => {
    put(',"promotions":');
    list(f.landings, brief ? (l) => sha(l.commit) : (l) => promotionJson(l, put));
    put(
      `,"inferred":${num(f.inferred)},"deployment-frequency":{"per-day":${num(f.perDay)},"per-week":${num(f.perWeek)}},` +
        `"lead-time":{"median-seconds":${num(f.leadMedian)},"p90-seconds":${num(f.leadP90)}`,
    );
    // A service's changes are its environment's (releases are of the whole repository): listed there once,
    // when asked (--changes).
    if (!brief && r.changes) {
      put(',"changes":[');
      first = true;
      f.eachLeadTime(change);
      put(']');
    }
    put(`},"change-failure-rate":{"rate":${num(f.changeFailureRate)},"failed":`);
    list(
      f.failures,
      (x) =>
        `{"commit":${sha(x.commit)},"rule":${str(x.rule)},"service":${str(x.service)},"replaced-by":${sha(x.replacedBy)},"recovery-seconds":${num(x.recovery)}}`,
    );
    put(`},"recovery-time":{"median-seconds":${num(f.recoveryMedian)}},"rework-rate":{"rate":${num(f.reworkRate)},"promotions":`);
    list(f.rework, (l) => sha(l.commit));
    put('}');
  };
  // docs/cli.md: every --json document starts with its version, the command, its outcome and errors (contract/json.ts).
  put(
    `${doneJsonHead('metrics')},"base":${str(r.base)},"base-sha":${str(r.tip)},"from":${str(iso(r.from))},"to":${str(iso(r.to))},` +
      `"commits":${num(r.commits)},"inferred":${num(r.inferred)},` +
      `"deployments":{"read":${r.deployments.read},"reason":${str(r.deployments.read ? null : r.deployments.reason)}},` +
      `"failure-rule":{"text":${str(failureRuleWords(r.fixWindow))},"fix-window-seconds":${num(r.fixWindow)},"fix-marker":"Lockstep-Fixes"},"notes":`,
  );
  list(r.changes ? r.notes : [...r.notes, ...unlisted(r)], str);
  put(',"environments":');
  list(r.environments, (e) => {
    put(`{"name":${str(e.name)}`);
    figures(e.figures, false);
    put(',"services":');
    list(e.services, (s) => {
      put(`{"name":${str(s.name)}`);
      figures(s.figures, true);
      return '}';
    });
    return '}';
  });
  put('}\n');
  out.flush();
}
