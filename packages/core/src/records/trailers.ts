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
  /** A team's mark on a change (never written by lockstep): the release it repairs (docs/metrics.md). */
  fixes: 'Lockstep-Fixes',
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

/** One trailer: its key and value. */
export interface Trailer {
  key: string;
  value: string;
}

/**
 * The `Lockstep-*: value` lines of a message wherever they are: what a commit
 * claims, counted but never believed (a squash merge's body, a pasted
 * description). Only a trailer block git parsed is read (lockstepBlock).
 */
export function lockstepLines(message: string): Trailer[] {
  const out: Trailer[] = [];
  // Most commits are not lockstep's: one search instead of a split.
  if (!message.includes('Lockstep-')) return out;
  for (const raw of message.split('\n')) {
    const m = /^\s*(Lockstep-[A-Za-z]+):[ \t]*(.*?)\s*$/.exec(raw);
    // A team's own mark claims no record of lockstep's: it is read apart (fixMarksOf).
    if (m && m[1] !== TRAILER.fixes) out.push({ key: m[1], value: m[2] });
  }
  return out;
}

/**
 * The `Lockstep-*` trailers of a message's trailer block as git parses it:
 * `parsed` is git's `%(trailers:only,unfold)` of the commit, one `Key: value`
 * a line. Git takes only the message's last paragraph, and only when it reads
 * as trailers: a `Lockstep-*` line in the middle of a body is not one.
 */
export function lockstepBlock(parsed: string): Trailer[] {
  const out: Trailer[] = [];
  for (const line of parsed.split('\n')) {
    const m = /^(Lockstep-[A-Za-z]+): ?(.*?)\s*$/.exec(line);
    if (m && m[1] !== TRAILER.fixes) out.push({ key: m[1], value: m[2] });
  }
  return out;
}

/**
 * The values of `Lockstep-Fixes` trailers in a trailer block as git parses it (`parsed`, one `Key: value` a
 * line): the releases a change says it repairs (`1.4.0`, `v1.4.0`). Only the block counts, as for lockstep's
 * own trailers: a line in the middle of a description is no mark.
 */
export function fixMarksOf(parsed: string): string[] {
  if (!parsed.includes(TRAILER.fixes)) return [];
  const out: string[] = [];
  for (const line of parsed.split('\n')) {
    const m = /^Lockstep-Fixes: ?(.*?)\s*$/.exec(line);
    if (m && m[1] !== '') out.push(m[1]);
  }
  return out;
}

/** True when the trailer block holds `Lockstep-Generated: <action>`. */
export function generatedBy(block: readonly Trailer[], action: string): boolean {
  return block.some((t) => t.key === TRAILER.generated && t.value === action);
}

/**
 * The promotions of trailer lines: one per `Lockstep-Environment` line, with
 * the lines that follow it up to the next one. Lines before the first
 * environment belong to none.
 */
export function promotionsIn(trailers: readonly Trailer[]): PromotionTrailers[] {
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

/** What one landed commit is, as far as lockstep vouches for it (vouchedRecords). */
export interface Vouched {
  /** The promotions it landed, each into an environment whose files it changed. */
  promotions: PromotionTrailers[];
  /** The release tags it was cut for. */
  releases: string[];
  /** It is one of lockstep's own commits (a vouched promotion or release): not a change. */
  generated: boolean;
  /** It carries `Lockstep-*` lines that were not believed, in part or whole. */
  ignored: boolean;
}

/**
 * What a record's message and trailer block claim, before the files its
 * commit changed are known (vouch): read as each commit of a history arrives,
 * so that its message need not be kept (a fleet's history holds a thousand
 * promotions of 300 trailer lines each).
 */
export interface Claims {
  /** `Lockstep-*` lines anywhere in the message, plus those of messages that are not the record (`elsewhere`). */
  claimed: number;
  /** The `Lockstep-*` lines of the block git parsed. */
  block: number;
  /** The block holds `Lockstep-Generated: promote-env`. */
  promoteEnv: boolean;
  /** The block holds `Lockstep-Generated: prepare-release` and the title is prepare-release's. */
  prepareRelease: boolean;
  /** The promotions the block names, whichever environments the commit changed. */
  promotions: PromotionTrailers[];
  /** The block's release tags that end in the title's version (none unless prepareRelease). */
  releases: string[];
  /** How many release tags the block names. */
  claimedReleases: number;
}

/** What `message` and `block` (its git-parsed `Lockstep-*` trailers) claim; `elsewhere`: Lockstep lines of other messages (vouchedRecords). */
export function claimsOf(message: string, block: readonly Trailer[], elsewhere: number): Claims {
  const claimed = lockstepLines(message).length + elsewhere;
  const none = { claimed, block: block.length, promoteEnv: false, prepareRelease: false, promotions: [], releases: [], claimedReleases: 0 };
  if (claimed === 0 && block.length === 0) return none;
  const version = /^chore\(release\): (\S+)/.exec(message.split('\n', 1)[0] ?? '')?.[1];
  const prepareRelease = generatedBy(block, 'prepare-release') && version !== undefined;
  const claimedReleases = block.filter((t) => t.key === TRAILER.release).map((t) => t.value);
  return {
    ...none,
    promoteEnv: generatedBy(block, 'promote-env'),
    prepareRelease,
    promotions: promotionsIn(block),
    releases: prepareRelease ? claimedReleases.filter((tag) => tag.endsWith(version)) : [],
    claimedReleases: claimedReleases.length,
  };
}

/**
 * What a commit that landed on the base branch records, believing only what
 * lockstep wrote. `message` and `block` are the record's message and its
 * git-parsed trailer block (lockstepBlock): the commit's own for a direct
 * push, a squash or a rebase merge; its merged side's for a merge commit
 * (GitHub writes a merge's own message, lockstep never does). `elsewhere`
 * counts the `Lockstep-*` lines of messages that are not the record (a
 * merge's own). `touched` names the environments whose files (values file,
 * Application) the landed commit changed against its first parent.
 *
 * - A promotion counts when the block holds `Lockstep-Generated: promote-env`
 *   and its `Lockstep-Environment` is one whose files the commit changed.
 * - A release counts when the block holds `Lockstep-Generated: prepare-release`,
 *   the title is prepare-release's `chore(release): <version>` (a squash adds
 *   ` (#12)`) and the `Lockstep-Release` tag ends in that version.
 * - Anything else, and every `Lockstep-*` line outside the block, is ignored.
 */
export function vouchedRecords(message: string, block: readonly Trailer[], elsewhere: number, touched: readonly string[]): Vouched {
  return vouch(claimsOf(message, block, elsewhere), touched);
}

/** What lockstep vouches for of `claims` (claimsOf) once the environments whose files the commit changed are known (vouchedRecords). */
export function vouch(claims: Claims, touched: readonly string[]): Vouched {
  const { claimed, block, promoteEnv, prepareRelease, releases, claimedReleases } = claims;
  if (claimed === 0 && block === 0) return { promotions: [], releases: [], generated: false, ignored: false };
  const promotions = promoteEnv ? claims.promotions.filter((p) => touched.includes(p.environment)) : [];
  // One commit is a promotion or a release, never both. An older promotion names no environment (its
  // landing is inferred from its files), an older release commit no tag.
  const own =
    promoteEnv !== prepareRelease &&
    (promoteEnv
      ? touched.length > 0 && (claims.promotions.length === 0 || promotions.length > 0)
      : claims.promotions.length === 0 && releases.length === claimedReleases);
  if (!own) return { promotions: [], releases: [], generated: false, ignored: true };
  const whole = claimed === block && promotions.length === claims.promotions.length && releases.length === claimedReleases;
  return { promotions, releases, generated: true, ignored: !whole };
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
