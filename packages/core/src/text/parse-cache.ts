/**
 * Parses kept for one run. An operation reads the same few texts many times —
 * a promotion reads one pin per service from each values file, edits it,
 * checks the edit and reads the result again; a release plans its files twice
 * and its dry run diffs them — and parsing is most of each step's cost. The
 * run creates one ParseCache and hands it down to the updaters (an option or
 * a parameter); an updater given none parses every time, which is correct and
 * only slower. Nothing is kept between runs or between calls of a pure
 * function: the cache dies with the run that made it.
 *
 * Entries are keyed by the text itself, then by the kind of parse and a
 * variant (the file name, which a parse carries into its error messages).
 * The text is the key as it is — no key is built by concatenating it, which
 * would copy and hash the whole file on every read. Cached parses are shared,
 * so whoever gets one only reads it.
 *
 * Bounded, least recently used first out: by the number of texts kept and by
 * their total length, so a run over thousands of charts or one huge values
 * file cannot hold every parse it ever made. A text longer than the whole
 * budget is parsed and not kept.
 */
export class ParseCache {
  // text → (kind name + variant) → parse. Map order is the recency order: a hit moves its text to the end.
  readonly #texts = new Map<string, Map<string, unknown>>();
  readonly #maxTexts: number;
  readonly #maxChars: number;
  #chars = 0;
  // The text touched last and its entries: it is already the most recently used, so the next reader of the same
  // text (a status reads ~300 pins from each values file in a row) finds it without moving it, which for a Map
  // is a delete and a set, and a rehash every few of them.
  #lastText: string | undefined;
  #lastEntries: Map<string, unknown> | undefined;

  /** `maxTexts` texts (default 4096) and `maxChars` UTF-16 units of text (default 32 Mi) at most. */
  constructor(limits: ParseCacheLimits = {}) {
    this.#maxTexts = limits.maxTexts ?? 4096;
    this.#maxChars = limits.maxChars ?? 32 * 1024 * 1024;
  }

  /** The parse of `text` by `kind` for `variant`: the kept one, else a fresh one, kept. A parse that throws is not kept. */
  get<T>(kind: ParseKind<T>, text: string, variant = ''): T {
    const key = entryKey(kind, variant);
    const byKind = this.#touch(text);
    if (byKind?.has(key)) return byKind.get(key) as T;
    const value = kind.parse(text, variant);
    this.put(kind, text, value, variant);
    return value;
  }

  /** Keeps a parse a caller already made (e.g. while planning), for the next reader of the same text. */
  put<T>(kind: ParseKind<T>, text: string, value: T, variant = ''): void {
    if (text.length > this.#maxChars) return;
    let byKind = this.#touch(text);
    if (!byKind) {
      byKind = new Map();
      this.#texts.set(text, byKind);
      this.#chars += text.length;
      [this.#lastText, this.#lastEntries] = [text, byKind];
    }
    byKind.set(entryKey(kind, variant), value);
    this.#evict();
  }

  /** The kept parse, if any; never parses. */
  peek<T>(kind: ParseKind<T>, text: string, variant = ''): T | undefined {
    return this.#touch(text)?.get(entryKey(kind, variant)) as T | undefined;
  }

  /**
   * Lets go of every parse of `text`, for a caller that knows it is read no
   * more (a promotion's target values before the edit, once the edit is
   * checked): a parse of a large file is megabytes the run need not hold. A
   * later reader of the same text parses it again, which is correct and only
   * slower.
   */
  forget(text: string): void {
    this.#forgetLast();
    if (!this.#texts.delete(text)) return;
    this.#chars -= text.length;
  }

  /** Lets go of every parse kept (the run's last reader is done; a later one parses again). */
  clear(): void {
    this.#forgetLast();
    this.#texts.clear();
    this.#chars = 0;
  }

  /** How many texts are kept, and their total length (for tests of the bound). */
  get size(): { texts: number; chars: number } {
    return { texts: this.#texts.size, chars: this.#chars };
  }

  /** The text's entries, moved to the most recently used end. */
  #touch(text: string): Map<string, unknown> | undefined {
    if (this.#lastEntries !== undefined && text === this.#lastText) return this.#lastEntries;
    const byKind = this.#texts.get(text);
    if (byKind) {
      this.#texts.delete(text);
      this.#texts.set(text, byKind);
      [this.#lastText, this.#lastEntries] = [text, byKind];
    }
    return byKind;
  }

  #forgetLast(): void {
    [this.#lastText, this.#lastEntries] = [undefined, undefined];
  }

  #evict(): void {
    for (const oldest of this.#texts.keys()) {
      if (this.#texts.size <= this.#maxTexts && this.#chars <= this.#maxChars) return;
      if (oldest === this.#lastText) this.#forgetLast();
      this.#texts.delete(oldest);
      this.#chars -= oldest.length;
    }
  }
}

/** The bounds of a ParseCache. */
export interface ParseCacheLimits {
  /** Texts kept at most (each with every kind of parse made of it). */
  maxTexts?: number;
  /** Total length of the texts kept, in UTF-16 units (what String#length counts). */
  maxChars?: number;
}

/**
 * One way of parsing a text: its name (two kinds never share an entry) and
 * the parse itself, which must be pure — the same text and variant always
 * give an equal result — so a kept parse can stand in for a fresh one.
 */
export interface ParseKind<T> {
  readonly name: string;
  parse(text: string, variant: string): T;
}

/** The parse of `text` through `cache` when the caller has one, else a fresh parse. */
export function parseWith<T>(cache: ParseCache | undefined, kind: ParseKind<T>, text: string, variant = ''): T {
  return cache ? cache.get(kind, text, variant) : kind.parse(text, variant);
}

function entryKey(kind: ParseKind<unknown>, variant: string): string {
  return variant === '' ? kind.name : `${kind.name}\0${variant}`;
}
