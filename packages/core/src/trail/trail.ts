// The trail a source pull request gets: one comment from lockstep, edited in
// place, saying where its change went — "Released in v1.5.0", then one line
// per environment a promotion took it to, with that promotion's pull request
// and its state. Pure text in and out: the comment's current body is read
// back, the new step merged in, the whole written again.

import { escapeMarkdown } from '../text/markdown.ts';

/** The marker kind of the trail comment (`<!-- lockstep:trail -->`). */
export const TRAIL_MARKER = 'trail';

/** One step of the trail: a release, or a promotion into an environment (its pull request and its state). */
export type TrailStep =
  { release: string } | { environment: string; pull: number; state: 'draft' | 'open' | 'direct' | `merged ${string}` };

const RELEASE_LINE = /^Released in (\S+)$/;
const ENV_LINE = /^→ (.+?) \((?:#\d+, )?[^()]*\)$/;

/** A step's line: `Released in v1.5.0`, `→ staging (#41, merged 2026-11-20)`, `→ prod (#44, draft)`. */
function lineOf(step: TrailStep): { key: string; line: string } {
  if ('release' in step) return { key: 'release', line: `Released in ${escapeMarkdown(step.release)}` };
  const env = escapeMarkdown(step.environment);
  return { key: `env:${env}`, line: step.state === 'direct' ? `→ ${env} (committed directly)` : `→ ${env} (#${step.pull}, ${step.state})` };
}

/**
 * The trail's text with `step` merged into what `existing` (the comment's
 * current body, or undefined) says: the release line first, then each
 * environment in the order it was first reached, a step for an environment
 * already there replacing its line. Lines lockstep did not write are dropped.
 */
export function trailBody(existing: string | undefined, step: TrailStep): string {
  let release: string | undefined;
  const envs = new Map<string, string>();
  for (const raw of (existing ?? '').split(/\r?\n/)) {
    const line = raw.trim();
    if (RELEASE_LINE.test(line)) release = line;
    const env = ENV_LINE.exec(line);
    if (env) envs.set(`env:${env[1]}`, line);
  }
  const { key, line } = lineOf(step);
  if (key === 'release') release = line;
  else envs.set(key, line);
  return [...(release ? [release] : []), ...envs.values()].join('\n');
}

/** The hidden line a promotion pull request carries: the source pull requests it ships, read back when it merges. */
export function shipsMarker(pulls: readonly number[]): string {
  return `<!-- lockstep:ships ${[...new Set(pulls)].sort((a, b) => a - b).join(' ')} -->`;
}

/** The pull requests a promotion pull request's body says it ships (at most 200), from its shipsMarker line. */
export function shipsOf(body: string): number[] {
  const m = /<!-- lockstep:ships ([\d ]{0,2000}) -->/.exec(body);
  return m ? [...new Set(m[1].split(' ').filter(Boolean).map(Number))].slice(0, 200) : [];
}

/** What leaving a trail did: per outcome, the pull requests; and what could not be done (said as warnings). */
export interface TrailOutcome {
  created: number[];
  updated: number[];
  unchanged: number[];
  skipped: number[];
  failed: string[];
}

/** The outcome in words for the log and the summary: `Trail comment (<what>): created on #12, #13; already current on #14.`, then one line per failure. */
export function describeTrail(what: string, o: TrailOutcome): string[] {
  const list = (ns: number[]) => ns.map((n) => `#${n}`).join(', ');
  const done = [
    o.created.length ? `created on ${list(o.created)}` : '',
    o.updated.length ? `updated on ${list(o.updated)}` : '',
    o.unchanged.length ? `already current on ${list(o.unchanged)}` : '',
  ].filter(Boolean);
  return [
    ...(done.length ? [`Trail comment (${what}): ${done.join('; ')}.`] : []),
    ...o.failed.map((f) => `Trail comment (${what}) not left on ${f}`),
  ];
}
