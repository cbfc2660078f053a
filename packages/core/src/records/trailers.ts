// The machine-readable trailers lockstep's own commits carry, written by
// promote-env (a promotion) and prepare-release (a release), and read back by
// the one reader of lockstep's records (records/history.ts): metrics, record:
// deployments. Keys and values are documented in docs/metrics.md.

/** The keys, each on a line of its own in the commit message's trailer block. */
export const TRAILER = {
  environment: 'Lockstep-Environment',
  from: 'Lockstep-From',
  rollback: 'Lockstep-Rollback',
  service: 'Lockstep-Service',
  chart: 'Lockstep-Chart',
  release: 'Lockstep-Release',
  generated: 'Lockstep-Generated',
} as const;

/** One service a promotion pinned: its tag and digest (undefined when the pin has none). */
export interface PinnedService {
  name: string;
  tag?: string;
  digest?: string;
}

/** What a promotion commit says it did. */
export interface PromotionTrailers {
  environment: string;
  /** The source: an environment's name, `ref:<ref>` for a rollback, `version <v>`, `digests` or `chart`. */
  from: string;
  rollback: boolean;
  services: PinnedService[];
  chart?: string;
}

/** A value on one trailer line: no line break, no leading or trailing blank (a tag or ref never has any). */
function oneLine(v: string): string {
  return v.replace(/[\r\n]+/g, ' ').trim();
}

/** The trailer lines of a promotion, in a fixed order (before `Lockstep-Generated: promote-env`). */
export function promotionTrailerLines(p: PromotionTrailers): string[] {
  const lines = [`${TRAILER.environment}: ${oneLine(p.environment)}`, `${TRAILER.from}: ${oneLine(p.from)}`];
  if (p.rollback) lines.push(`${TRAILER.rollback}: true`);
  // A service line is three words: no blank inside a name, tag or digest (none has one) can shift the others.
  const word = (v: string | undefined) => (v ?? '').replace(/\s+/g, '') || '-';
  for (const s of p.services) lines.push(`${TRAILER.service}: ${word(s.name)} ${word(s.tag)} ${word(s.digest)}`);
  if (p.chart !== undefined) lines.push(`${TRAILER.chart}: ${oneLine(p.chart)}`);
  return lines;
}

/** The trailer line of a release commit: `Lockstep-Release: v1.4.0`. */
export function releaseTrailerLine(tag: string): string {
  return `${TRAILER.release}: ${oneLine(tag)}`;
}

/** Every `Lockstep-*: value` line of a message, anywhere in it (a squash merge keeps them inside its body), in order. */
export function lockstepTrailers(message: string): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  // Most commits are not lockstep's: one search instead of a split.
  if (!message.includes('Lockstep-')) return out;
  for (const raw of message.split('\n')) {
    const m = /^\s*(Lockstep-[A-Za-z]+):[ \t]*(.*?)\s*$/.exec(raw);
    if (m) out.push({ key: m[1], value: m[2] });
  }
  return out;
}

/** True when the message carries `Lockstep-Generated: <action>` on a line of its own. */
export function generatedBy(message: string, action: string): boolean {
  return lockstepTrailers(message).some((t) => t.key === TRAILER.generated && t.value === action);
}

/**
 * The promotions a message records: one per `Lockstep-Environment` line,
 * with the lines that follow it up to the next one (a squash of two
 * promotions keeps both). Empty for a message without them.
 */
export function promotionsOf(message: string): PromotionTrailers[] {
  return promotionsIn(lockstepTrailers(message));
}

/** The promotions of a message's trailer lines (promotionsOf). */
function promotionsIn(trailers: readonly { key: string; value: string }[]): PromotionTrailers[] {
  const out: PromotionTrailers[] = [];
  let cur: PromotionTrailers | undefined;
  for (const { key, value } of trailers) {
    if (key === TRAILER.environment) {
      cur = { environment: value, from: '', rollback: false, services: [] };
      out.push(cur);
    } else if (!cur) continue;
    else if (key === TRAILER.from) cur.from = value;
    else if (key === TRAILER.rollback) cur.rollback = value === 'true';
    else if (key === TRAILER.chart) cur.chart = value;
    else if (key === TRAILER.service) {
      const [name, tag, digest] = value.split(/\s+/);
      if (name) cur.services.push({ name, ...(tag && tag !== '-' ? { tag } : {}), ...(digest && digest !== '-' ? { digest } : {}) });
    }
  }
  return out;
}

/** The release tags a message records (`Lockstep-Release` lines). */
export function releasesOf(message: string): string[] {
  return releasesIn(lockstepTrailers(message));
}

function releasesIn(trailers: readonly { key: string; value: string }[]): string[] {
  return trailers.filter((t) => t.key === TRAILER.release && t.value !== '').map((t) => t.value);
}

/**
 * Everything a message records, from one pass over its lines (a history
 * reader asks all three of every commit): its promotions (promotionsOf), its
 * release tags (releasesOf), and whether `Lockstep-Generated` names one of
 * lockstep's own actions on a line of its own (generatedBy).
 */
export function recordsOf(message: string): { promotions: PromotionTrailers[]; releases: string[]; generated: boolean } {
  const trailers = lockstepTrailers(message);
  if (trailers.length === 0) return { promotions: [], releases: [], generated: false };
  return {
    promotions: promotionsIn(trailers),
    releases: releasesIn(trailers),
    generated: trailers.some((t) => t.key === TRAILER.generated && (t.value === 'prepare-release' || t.value === 'promote-env')),
  };
}

/**
 * What an older promote-env commit (before the trailers) says in its own
 * words: `promote: <from> → <env> (…)` as its title, `promote: rollback <ref> → …`
 * for a rollback, and one `- service: old → new (digest)` line per change.
 * The digest there is shortened; the environment is taken from the files the commit changed.
 */
export function olderPromotionWords(message: string): { from?: string; rollback: boolean; services: PinnedService[] } {
  const title = message.split('\n', 1)[0] ?? '';
  const m = /^promote: (.+?) → (\S+)/.exec(title);
  const from = m?.[1];
  const rollback = from?.startsWith('rollback ') ?? false;
  const services: PinnedService[] = [];
  for (const line of message.split('\n')) {
    const s = /^- ([^:\s]+): \S+ → (\S+)(?: \(([^)]*)\))?$/.exec(line.trim());
    if (s && s[1] !== 'chart') services.push({ name: s[1], ...(s[2] !== '—' ? { tag: s[2] } : {}) });
  }
  return { ...(from ? { from: rollback ? `ref:${from.slice('rollback '.length)}` : from } : {}), rollback, services };
}
