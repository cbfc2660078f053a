// `lockstep metrics --json`, written piece by piece: a year of a busy
// repository lists tens of thousands of lead times and thousands of
// promotions (13 MB for 20,000 commits, 300 services, 3 environments), which
// as one object and one JSON.stringify string cost a second copy of all of
// it in memory. The text is the same as JSON.stringify of the documented
// shape (docs/metrics.md): one line, keys in that order, no blank.

import { doneJsonHead } from '../../contract/json.ts';
import type { Figures } from '../../records/figures.ts';
import type { LeadTime } from '../../records/lead-times.ts';
import type { Landing } from '../../records/history.ts';
import type { MetricsResult } from './run.ts';

/** Text gathered before it is written: whole pieces only, so a masked secret is never split across two writes. */
const FLUSH_AT = 1 << 16;

const iso = (s: number) => new Date(s * 1000).toISOString().replace('.000Z', 'Z');
const str = (s: string | undefined | null) => (s === undefined || s === null ? 'null' : JSON.stringify(s));
/** As JSON.stringify writes a number (null when not finite), without its call: lead times are written by the million. */
const num = (n: number) => (Number.isFinite(n) ? String(n) : 'null');
/** A commit id as git printed it (%H: hex digits only), quoted without a JSON.stringify per id: there are tens of thousands. */
const sha = (s: string) => (/^[0-9a-f]+$/.test(s) ? `"${s}"` : JSON.stringify(s));

/** One promotion with its pins, as the environment lists it. */
function promotionJson(l: Landing): string {
  const services = l.services.map((s) => `{"name":${str(s.name)},"tag":${str(s.tag)},"digest":${str(s.digest)}}`).join(',');
  const deployment = l.deployment ? `{"id":${num(l.deployment.id)},"state":${str(l.deployment.state)}}` : 'null';
  return (
    `{"commit":${sha(l.commit)},"landed":${str(iso(l.at))},"services":[${services}],"from":${str(l.from)},` +
    `"rollback":${l.rollback},"inferred":${l.inferred},"source":${str(l.source)},"deployment":${deployment}}`
  );
}

/**
 * Writes `metrics --json` through `write`, in pieces of about 64 KB, ending
 * with a line break. A service's figures name their promotions by commit
 * only and list no lead-time changes (`brief`): their details are in the environment's.
 */
export function writeMetricsJson(r: MetricsResult, write: (text: string) => void): void {
  // A change is listed once per environment it reached (a fleet: a hundred times), mostly beside the
  // changes of the same landing: its commit and merge time are written once, the landing's id once per run of them.
  const heads = new Map<string, { merged: number; head: string }>();
  const changeHead = (t: LeadTime) => {
    const known = heads.get(t.commit);
    if (known?.merged === t.merged) return known.head;
    const head = `{"commit":${sha(t.commit)},"merged":"${iso(t.merged)}","landed-by":`;
    heads.set(t.commit, { merged: t.merged, head });
    return head;
  };
  let landing = { commit: '', quoted: '""' };
  const landedBy = (commit: string) => {
    if (landing.commit !== commit) landing = { commit, quoted: sha(commit) };
    return landing.quoted;
  };
  // Pieces joined once per write: a string grown by += is a rope of thousands of pieces that
  // writing has to flatten, twice the time of one join (a fleet's --json is hundreds of MB).
  let pieces: string[] = [];
  let size = 0;
  const put = (piece: string) => {
    pieces.push(piece);
    size += piece.length;
    if (size >= FLUSH_AT) {
      write(pieces.join(''));
      pieces = [];
      size = 0;
    }
  };
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
    list(f.landings, brief ? (l) => sha(l.commit) : promotionJson);
    put(
      `,"inferred":${num(f.inferred)},"deployment-frequency":{"per-day":${num(f.perDay)},"per-week":${num(f.perWeek)}},` +
        `"lead-time":{"median-seconds":${num(f.leadMedian)},"p90-seconds":${num(f.leadP90)}`,
    );
    // A service's changes are its environment's (releases are of the whole repository): listed there once.
    if (!brief) {
      put(',"changes":');
      list(f.leadTimes(), (t) => `${changeHead(t)}${landedBy(t.landing)},"seconds":${num(t.seconds)}}`);
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
      `"deployments":{"read":${r.deployments.read},"reason":${str(r.deployments.read ? null : r.deployments.reason)}},"notes":`,
  );
  list(r.notes, str);
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
  write(pieces.join(''));
}
