// What a promotion ships: for every service (and the chart) it changes, what
// the target gains between what it runs now and what is promoted — the
// release-note entries of every version in between (breaking first), a
// compare link and the count of commits; for a pin that names no version
// (`sha-abc1234`, a digest with the digests file's `sha`) the commit range and
// the merged pull requests in it. A rollback says what goes away, the same way.
// Services that move between the same two ends share one shipment: each
// distinct range is read once (one ancestry question, one git log, each
// CHANGELOG.md read and indexed once per revision, only the sections in range
// parsed), so a service adds a name to a list, not a git process or a parse.
// Read through the promotion's ports; nothing here writes, and nothing here
// fails a promotion: what cannot be read is said in a note.

import compare from 'semver/functions/compare.js';
import valid from 'semver/functions/valid.js';
import { pullOfSubject } from '../text/pull-subject.ts';
import { indexSections, sectionsInRange, type SectionEntry, type SectionIndex, type VersionSection } from '../changelog/sections.ts';
import type { PromotionPlan } from './plan.ts';
import { chartFolders, commitOfTag, tagsNeeded, versionOfTag } from './whats-in-tags.ts';
import type { PromoteGit, PromoteGitHub, PromoteWorld } from './ports.ts';
import type { PromoteRequest } from './request.ts';

/** One release-note entry shipped (or removed), with the version whose section holds it. */
export interface ShippedEntry extends SectionEntry {
  version: string;
}

/** A pull request in a commit range. */
export interface ShippedPull {
  number: number;
  title: string;
}

/** What one or more services (or the chart) gain, or lose on a rollback: every service that moves between the same two ends. */
export interface Shipment {
  /** `[api, worker]`, or `[chart myapp]`, in the plan's order. */
  subjects: string[];
  /** `adds` going forward, `removes` on a rollback (or to an older version). */
  direction: 'adds' | 'removes';
  /** What the target runs now and what it will run: versions, tags or short commits. */
  from: string;
  to: string;
  /** `<server>/<repo>/compare/a...b`, when both ends are known. */
  compare?: string;
  /** The `a...b` of the compare link. */
  range?: string;
  /** Commits between the two ends, when the history is at hand. */
  commits?: number;
  /** Release-note entries of every version in between, breaking ones first. */
  entries: ShippedEntry[];
  /** Merged pull requests of the commit range (a pin without a version). */
  pulls: ShippedPull[];
  /** Why something is missing (no changelog section, history not fetched…). */
  notes: string[];
}

/** Everything a promotion ships, in the plan's order (services, then the chart). */
export interface WhatsIn {
  shipments: Shipment[];
}

/** A commit of a range: its sha and subject line (untrusted text). */
export interface RangeCommit {
  sha: string;
  subject: string;
}

/**
 * What reading what ships needs, a view of the promotion's ports: the repository promoted in at refs (files,
 * tags, a range's commits; undefined when the history is not there, a shallow clone) and the merged pull
 * requests GitHub associates with a commit (none asked without a token).
 */
export type WhatsInPorts = Pick<PromoteGit, 'readAt' | 'resolveRef' | 'fetchTags' | 'commitsBetween' | 'commitsInRanges'> &
  Pick<PromoteGitHub, 'pullsOf'>;

/** What the caller knows about the promotion that the plan does not say. */
export interface WhatsInContext {
  /** The base commit: where a changelog is read when no tag names the version. */
  baseSha: string;
  /** Release tags' prefix (`v`). */
  tagPrefix: string;
  /** Chart folders of the config (`charts/myapp`), for the chart's CHANGELOG.md and its `<name>-<version>` tags. */
  charts: readonly string[];
  /** True for a rollback (`from: ref:…`). */
  rollback: boolean;
  /** `<server>/<owner>/<name>` of the repository promoted in, for links. */
  repoUrl?: string;
}

/**
 * The ports of one whatsIn run, each distinct question asked once: a tag
 * resolved, a changelog read and indexed per (commit, path), a range's
 * commits and a commit's pull requests, whatever the number of services that
 * ask. Promises are kept, so services asking at once share one read.
 */
class OnceEach {
  private readonly memo = new Map<string, Promise<unknown>>();
  private readonly ports: WhatsInPorts;
  constructor(ports: WhatsInPorts) {
    this.ports = ports;
  }

  private once<T>(key: string, read: () => Promise<T>): Promise<T> {
    let p = this.memo.get(key) as Promise<T> | undefined;
    if (!p) this.memo.set(key, (p = read()));
    return p;
  }

  resolveRef(ref: string): Promise<string | undefined> {
    return this.once(`ref\0${ref}`, () => this.ports.resolveRef(ref));
  }

  /** The changelog at `path` in `commit`, indexed (headings found, no bullet parsed); undefined when absent. */
  changelog(commit: string, path: string): Promise<SectionIndex | undefined> {
    return this.once(`log\0${commit}\0${path}`, async () => {
      const text = await this.ports.readAt(commit, path);
      return text === undefined ? undefined : indexSections(text);
    });
  }

  commitsBetween(from: string, to: string): Promise<RangeCommit[] | undefined> {
    return this.once(`range\0${from}\0${to}`, () => this.ports.commitsBetween(from, to));
  }

  /** Every range's commits from one history walk (two or more ranges); a range the walk leaves out is asked on its own. */
  async readRanges(ranges: readonly { from: string; to: string }[]): Promise<void> {
    const key = (r: { from: string; to: string }) => `range\0${r.from}\0${r.to}`;
    const todo = [...new Map(ranges.filter((r) => !this.memo.has(key(r))).map((r) => [key(r), r])).values()];
    if (todo.length < 2) return;
    const found = await this.ports.commitsInRanges(todo);
    for (const r of todo) if (found.has(`${r.from}..${r.to}`)) this.memo.set(key(r), Promise.resolve(found.get(`${r.from}..${r.to}`)));
  }

  pullsOf(sha: string): Promise<ShippedPull[]> {
    return this.once(`pulls\0${sha}`, () => this.ports.pullsOf(sha));
  }

  /** One shipment per key: the first asker computes it, later ones get the same one. */
  shipment(key: string, make: () => Promise<Shipment>): Promise<Shipment> {
    return this.once(`ship\0${key}`, make);
  }
}

const NO_FOLDER = 'no chart folder in the config (charts:) to read its CHANGELOG.md from';

/** Commits of a range past which no pull request is looked up through the API (each one is a request). */
const API_LOOKUPS = 30;

/** The first tag of `names` that resolves, with its commit. */
async function firstTag(ports: OnceEach, names: string[]): Promise<{ tag: string; commit: string } | undefined> {
  for (const tag of [...new Set(names)]) {
    const commit = await ports.resolveRef(tag);
    if (commit) return { tag, commit };
  }
  return undefined;
}

/** The merged pull requests of a range: commits' `(#N)` subjects, else GitHub's commits → pulls association (bounded). */
async function pullsIn(commits: readonly RangeCommit[], ports: OnceEach): Promise<ShippedPull[]> {
  const found = new Map<number, ShippedPull>();
  let lookups = 0;
  for (const c of commits) {
    const own = pullOfSubject(c.subject);
    if (own) {
      if (!found.has(own.number)) found.set(own.number, own);
      continue;
    }
    if (lookups++ >= API_LOOKUPS) continue;
    for (const p of await ports.pullsOf(c.sha)) if (!found.has(p.number)) found.set(p.number, p);
  }
  return [...found.values()];
}

/** Breaking entries first, then newest version first, each section's order kept. */
function breakingFirst(entries: ShippedEntry[]): ShippedEntry[] {
  return [...entries.filter((e) => e.breaking), ...entries.filter((e) => !e.breaking)];
}

/** The two ends of a move, `low` the older: a move to an older version (or a rollback) removes what lies between. */
interface Ends {
  from: string;
  to: string;
  /** Tags or commits of the older and newer end, when resolved. */
  low?: { ref: string; commit: string };
  high?: { ref: string; commit: string };
  direction: Shipment['direction'];
}

/** The commit count and compare link of a resolved range, plus the pull requests in it when asked for. */
async function rangeOf(subject: string, ends: Ends, ports: OnceEach, ctx: WhatsInContext, withPulls: boolean): Promise<Shipment> {
  const s: Shipment = { subjects: [subject], direction: ends.direction, from: ends.from, to: ends.to, entries: [], pulls: [], notes: [] };
  if (!ends.low || !ends.high) return s;
  s.range = `${ends.low.ref}...${ends.high.ref}`;
  if (ctx.repoUrl) s.compare = `${ctx.repoUrl}/compare/${s.range}`;
  const commits = await ports.commitsBetween(ends.low.commit, ends.high.commit);
  if (commits === undefined) {
    s.notes.push('the commits between them are not in the local history (check out with fetch-depth: 0 to count them)');
    return s;
  }
  s.commits = commits.length;
  if (withPulls) s.pulls = await pullsIn(commits, ports);
  return s;
}

/** A version move's ends: the older and newer version and their tags, when found. */
interface VersionEnds {
  ends: Ends;
  lo: string;
  hi: string;
  low?: { tag: string; commit: string };
  high?: { tag: string; commit: string };
}

/** The ends of a move between two versions: the first tag of each that resolves. */
async function versionEnds(from: string, to: string, tagNames: (v: string) => string[], ports: OnceEach): Promise<VersionEnds> {
  const removes = compare(to, from) < 0;
  const [lo, hi] = removes ? [to, from] : [from, to];
  const [low, high] = [await firstTag(ports, tagNames(lo)), await firstTag(ports, tagNames(hi))];
  const ends: Ends = { from, to, direction: removes ? 'removes' : 'adds' };
  if (low && high) Object.assign(ends, { low: { ref: low.tag, commit: low.commit }, high: { ref: high.tag, commit: high.commit } });
  return { ends, lo, hi, low, high };
}

/** A service (or the chart) moved between two versions: the release notes in between, the tags' compare link and commit count. */
async function versionMove(
  subject: string,
  { ends, lo, hi, low, high }: VersionEnds,
  tagNames: (v: string) => string[],
  changelog: string[],
  ports: OnceEach,
  ctx: WhatsInContext,
): Promise<Shipment> {
  const s = await rangeOf(subject, ends, ports, ctx, false);
  // The newer end's changelog holds every section in between; the base's when that tag is not there.
  let sections: VersionSection[] | undefined;
  let read = false;
  for (const path of changelog) {
    const index = await ports.changelog(high?.commit ?? ctx.baseSha, path);
    if (index === undefined) continue;
    read = true;
    sections = sectionsInRange(index, lo, hi);
    if (sections.length > 0) break;
  }
  const missing = [...(low ? [] : [tagNames(lo)[0]]), ...(high ? [] : [tagNames(hi)[0]])];
  if (missing.length > 0) s.notes.push(`no tag ${missing.join(' or ')} in the repository`);
  if (!read) s.notes.push(`no ${changelog.join(' or ')}`);
  else if (!sections?.length)
    s.notes.push(`${changelog.length === 1 ? changelog[0] : 'the changelog'} has no section between ${lo} and ${hi}`);
  s.entries = breakingFirst((sections ?? []).flatMap((sec) => sec.entries.map((e) => ({ ...e, version: sec.version }))));
  return s;
}

/** A pin that names no version: the commit range from what the target runs to what is promoted, and the merged pull requests in it. */
async function commitMove(
  subject: string,
  from: string | undefined,
  to: string | undefined,
  labels: { from: string; to: string },
  ports: OnceEach,
  ctx: WhatsInContext,
): Promise<{ ends: Ends; make(): Promise<Shipment> }> {
  const [a, b] = [from ? await ports.resolveRef(from) : undefined, to ? await ports.resolveRef(to) : undefined];
  const direction: Shipment['direction'] = ctx.rollback ? 'removes' : 'adds';
  const ends: Ends = { ...labels, direction };
  if (a && b) {
    const [low, high] = direction === 'removes' ? [b, a] : [a, b];
    Object.assign(ends, { low: { ref: low.slice(0, 12), commit: low }, high: { ref: high.slice(0, 12), commit: high } });
  }
  const make = async () => {
    const s = await rangeOf(subject, ends, ports, ctx, true);
    if (!a || !b) s.notes.push(`no commit range: ${!a ? `the commit of ${labels.from}` : `the commit of ${labels.to}`} is not known here`);
    return s;
  };
  return { ends, make };
}

/** One subject's move, its ends resolved before any range is read; `key`: subjects moving between the same ends share one shipment. */
type Move = { subject: string; key?: string; ends?: Ends; make(): Promise<Shipment> };

/** A service's move: between two versions (release notes), else between the commits its pins come from. */
async function serviceMove(
  c: PromotionPlan['changes'][number],
  appTags: (v: string) => string[],
  ports: OnceEach,
  ctx: WhatsInContext,
): Promise<Move> {
  const [oldV, newV] = [versionOfTag(c.oldTag), versionOfTag(c.newTag)];
  if (oldV && newV && oldV !== newV) {
    const v = await versionEnds(oldV, newV, appTags, ports);
    return {
      subject: c.service,
      key: `version\0${oldV}\0${newV}`,
      ends: v.ends,
      make: () => versionMove(c.service, v, appTags, ['CHANGELOG.md'], ports, ctx),
    };
  }
  // The commit the new pin was built from (the digests file's `sha`) before a tag that may be the old one kept;
  // the old side's commit from its `sha-` tag, else the release tag of its version.
  const fromCommit = commitOfTag(c.oldTag) ?? (oldV ? (await firstTag(ports, appTags(oldV)))?.commit : undefined);
  // (A rollback's sourceCommit is the ref it rolls back to, a commit of the values, not of the service.)
  const built = ctx.rollback ? undefined : c.sourceCommit;
  const toCommit = built ?? commitOfTag(c.newTag) ?? (newV ? (await firstTag(ports, appTags(newV)))?.commit : undefined);
  const label = (tag: string | undefined, digest: string | undefined, commit: string | undefined) =>
    tag ?? (commit ? commit.slice(0, 12) : digest ? digest.slice(0, 19) : '—');
  // A digests entry without a tag keeps the target's old tag: the commit it was built from says more.
  const newTag = c.newTag === c.oldTag && toCommit ? undefined : c.newTag;
  const labels = { from: label(c.oldTag, c.oldDigest, fromCommit), to: label(newTag, c.newDigest, toCommit) };
  const key = `commits\0${fromCommit ?? ''}\0${toCommit ?? ''}\0${labels.from}\0${labels.to}`;
  return { subject: c.service, key, ...(await commitMove(c.service, fromCommit, toCommit, labels, ports, ctx)) };
}

/** The chart's move between two versions (its CHANGELOG.md and `<chart>-<version>` tags), when its version changes. */
async function chartMove(plan: PromotionPlan, ports: OnceEach, ctx: WhatsInContext): Promise<Move | undefined> {
  const chart = plan.chart;
  const [oldC, newC] = [valid(chart?.old ?? ''), valid(chart?.new ?? '')];
  if (!chart || !oldC || !newC || oldC === newC) return undefined;
  const { dirs, names } = chartFolders(ctx.charts, chart);
  const subject = `chart ${chart.chart ?? (names.length === 1 ? names[0] : (chart.application ?? ''))}`.trim();
  const direction: Shipment['direction'] = compare(newC, oldC) < 0 ? 'removes' : 'adds';
  const none = { subjects: [subject], direction, from: oldC, to: newC, entries: [], pulls: [], notes: [NO_FOLDER] };
  if (dirs.length === 0) return { subject, make: () => Promise.resolve(none) };
  // chart-releaser's `<chart>-<version>` tags; the app's `v1.2.0` would be another thing's version.
  const chartTags = (v: string) => names.map((n) => `${n}-${v}`);
  const v = await versionEnds(oldC, newC, chartTags, ports);
  const changelogs = dirs.map((d) => `${d}/CHANGELOG.md`);
  return { subject, ends: v.ends, make: () => versionMove(subject, v, chartTags, changelogs, ports, ctx) };
}

/**
 * What the promotion `plan` ships, service by service and then the chart.
 * A service whose tag names a version on both sides lists the release notes
 * in between; otherwise the commits the pins come from (the digests file's
 * `sha`, a `sha-abc1234` tag) give the range and its merged pull requests.
 * Every move's ends are found first, so that the commits of all their ranges
 * are read in one history walk, not one git log per range.
 */
export async function whatsIn(plan: PromotionPlan, given: WhatsInPorts, ctx: WhatsInContext): Promise<WhatsIn> {
  const ports = new OnceEach(given);
  const appTags = (v: string) => [`${ctx.tagPrefix}${v}`, `v${v}`, v];
  const { names } = chartFolders(ctx.charts, plan.chart);
  const chartTags = (v: string) => names.map((n) => `${n}-${v}`);
  // Every tag the sections below resolve, fetched together first: one fetch for the run, not one per tag.
  await given.fetchTags(tagsNeeded(plan, ctx, appTags, chartTags));
  const moves: Move[] = [];
  for (const c of plan.changes) moves.push(await serviceMove(c, appTags, ports, ctx));
  const chart = await chartMove(plan, ports, ctx);
  if (chart) moves.push(chart);
  await ports.readRanges(moves.flatMap(({ ends: e }) => (e?.low && e.high ? [{ from: e.low.commit, to: e.high.commit }] : [])));
  const shipments: Shipment[] = [];
  for (const m of moves) {
    // A service that moves between the ends another one already moves between joins its shipment.
    const s = m.key === undefined ? await m.make() : await ports.shipment(m.key, () => m.make());
    if (!shipments.includes(s)) shipments.push(s);
    if (!s.subjects.includes(m.subject)) s.subjects.push(m.subject);
  }
  return { shipments };
}

/** The source pull requests a promotion brings (release-note entries' and commit ranges'; a rollback's removals are not). */
export function shippedPulls(w: WhatsIn): number[] {
  const all = w.shipments
    .filter((s) => s.direction === 'adds')
    .flatMap((s) => [...s.entries.flatMap((e) => e.pulls), ...s.pulls.map((p) => p.number)]);
  return [...new Set(all)].sort((a, b) => a - b);
}

/**
 * What `plan` ships, read through a promotion's ports at `baseSha`. Never
 * fails the promotion: a failure to read it (a git or API fault) becomes
 * the `failed` line shown in its place.
 */
export async function shippedBy(
  plan: PromotionPlan,
  req: PromoteRequest,
  world: PromoteWorld,
  baseSha: string,
): Promise<WhatsIn & { failed?: string }> {
  if (plan.changes.length === 0 && !plan.chart) return { shipments: [] };
  const github = world.github;
  const ports: WhatsInPorts = {
    readAt: (c, p) => world.git.readAt(c, p),
    resolveRef: (r) => world.git.resolveRef(r),
    fetchTags: (g) => world.git.fetchTags(g),
    commitsBetween: (a, b) => world.git.commitsBetween(a, b),
    commitsInRanges: (r) => world.git.commitsInRanges(r),
    pullsOf: github ? (sha) => github.pullsOf(sha) : () => Promise.resolve([]),
  };
  try {
    return await whatsIn(plan, ports, {
      baseSha,
      tagPrefix: req.tagPrefix ?? 'v',
      charts: req.charts,
      rollback: req.from.kind === 'ref',
      repoUrl: world.repoUrl,
    });
  } catch (e) {
    return { shipments: [], failed: `what this promotion ships could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}
