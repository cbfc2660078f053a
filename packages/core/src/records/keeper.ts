// What the history reader (records/history.ts) keeps of the messages it reads: each pin and word copied
// once, so that no kept value is a slice holding a whole message alive.

import type { Claims, PinnedService } from './trailers.ts';

/** What a landing keeps of a message: its pins and words, each kept once (recordKeeper). */
export interface RecordKeeper {
  pins(pins: readonly PinnedService[]): PinnedService[];
  text(v: string): string;
  /** A copy of `v` of its own, not kept for others (a commit's subject). */
  own(v: string): string;
  /** `c` with its values kept (pins, environments, tags). */
  claims(c: Claims): Claims;
}

/**
 * The pins and words of landings, each kept once: a fleet's promotions pin
 * the same service at the same version in environment after environment
 * (300 services × 100 environments), and a value read from a message is a
 * slice of it that keeps the whole message (tens of KB) alive. What is kept
 * is a copy of its own.
 */
export function recordKeeper(): RecordKeeper {
  const texts = new Map<string, string>();
  const text = (v: string) => {
    let k = texts.get(v);
    if (k === undefined) texts.set((k = Buffer.from(v, 'utf8').toString('utf8')), k);
    return k;
  };
  const kept = new Map<string, PinnedService>();
  const pin = (p: PinnedService) => {
    // No value holds a NUL (git prints none); `\u0001` stands for an absent one.
    const key = `${p.name}\0${p.tag ?? '\u0001'}\0${p.digest ?? '\u0001'}`;
    let k = kept.get(key);
    if (!k) {
      k = {
        name: text(p.name),
        ...(p.tag !== undefined ? { tag: text(p.tag) } : {}),
        ...(p.digest !== undefined ? { digest: text(p.digest) } : {}),
      };
      kept.set(key, k);
    }
    return k;
  };
  const pins = (list: readonly PinnedService[]) => list.map(pin);
  return {
    pins,
    text,
    own: (v) => Buffer.from(v, 'utf8').toString('utf8'),
    claims: (c) => ({
      ...c,
      promotions: c.promotions.map((p) => ({
        environment: text(p.environment),
        from: text(p.from),
        rollback: p.rollback,
        services: pins(p.services),
        ...(p.chart !== undefined ? { chart: text(p.chart) } : {}),
      })),
      releases: c.releases.map(text),
    }),
  };
}
