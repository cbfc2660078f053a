// One YAML document read by js-yaml where it reads exactly as the yaml package
// does (js-yaml-core.ts: no tag, anchor, alias, directive or long key, every
// block collection on its own line): its data, and the line each node starts
// at, without the yaml package's syntax tree. The config file of a fleet (300
// services, 100 environments: 40 KB) took ~90 ms to compose into that tree on
// every command, and ~20 MB of garbage, where its data and lines are all a
// valid config needs; js-yaml's events give both in a fraction of that.
//
// A line is answered where js-yaml's events place the node where the yaml
// package's range starts: a collection (its first key or `-`, or its `{`/`[`)
// and a one-line or quoted scalar. An empty scalar (`key:`) and a block
// scalar (`|`, `>`, whose content js-yaml places on the next line) are
// UNKNOWN: the caller asks the yaml package. A path that leads nowhere is
// undefined, as nodeAt says, which only holds when every key reads as the
// same string in both libraries: a plain key the core schema reads as no
// string (`1.0:`, `true:`, `~:`) or a key that is a collection makes the text
// not this reader's (undefined), as is anything js-yaml refuses (a duplicate
// key) and more than one document.

import { constructFromEvents, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';
import { CORE_SCHEMA_LIKE_YAML, coreNonString, plain } from './js-yaml-core.ts';
import type { ParseKind } from '../text/parse-cache.ts';

/** Where a node starts is not known from the events: the yaml package says. */
export const UNKNOWN = Symbol('unknown line');

/** One document's data and lines, as the yaml package would give them. */
export interface PlainDocument {
  /** The document's data as the yaml package's toJS gives it; null for a text that holds no document. */
  data: unknown;
  /** The 1-based line the node at `path` starts on (numbers index lists); undefined when there is no such node. */
  lineOf(path: readonly (string | number)[]): number | undefined | typeof UNKNOWN;
  /**
   * The text of the plain scalar at `path` as the document spells it (an empty one is ''); undefined when
   * the node there is quoted, a block scalar or a collection, or there is no such node.
   */
  plainAt(path: readonly (string | number)[]): string | undefined;
}

/** A node of the line index: its line (UNKNOWN where the events do not place it), and its keys or items. */
interface LineNode {
  line: number | typeof UNKNOWN;
  keys?: Map<string, LineNode>;
  items?: LineNode[];
  /** A plain scalar: the offsets of its text (equal for an empty one). */
  plain?: readonly [number, number];
}

type ScalarEvent = Extract<Event, { type: typeof EVENT_ID.SCALAR }>;

/** 1-based lines of increasing offsets, counted as they pass (the events come in the order of the text). */
function lineCursor(text: string): (offset: number) => number {
  let [line, next] = [1, text.indexOf('\n')];
  return (offset) => {
    while (next !== -1 && next < offset) {
      line++;
      next = text.indexOf('\n', next + 1);
    }
    return line;
  };
}

/** A key as the yaml package's nodeAt compares it (String of its value), or undefined where that may differ from the text. */
function keyText(text: string, e: ScalarEvent): string | undefined {
  if (e.valueStart < 0 || e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK) return undefined;
  const value = getScalarValue(text, e);
  return e.style === SCALAR_STYLE.PLAIN && coreNonString(value) ? undefined : value;
}

/** The line index of the document's events; undefined at a key it cannot read as the yaml package does. */
function lineIndex(text: string, events: readonly Event[]): LineNode | undefined {
  const lineAt = lineCursor(text);
  const open: { node: LineNode; key: string | undefined }[] = [];
  let root: LineNode | undefined;
  const place = (node: LineNode): void => {
    const top = open[open.length - 1];
    if (top === undefined) root = node;
    else if (top.node.items) top.node.items.push(node);
    else {
      top.node.keys!.set(top.key!, node);
      top.key = undefined;
    }
  };
  for (const e of events) {
    const top = open[open.length - 1];
    const keyNext = top !== undefined && top.node.keys !== undefined && top.key === undefined;
    if (e.type === EVENT_ID.POP) {
      const closed = open.pop();
      if (closed !== undefined) place(closed.node);
    } else if (e.type === EVENT_ID.SCALAR) {
      if (keyNext) {
        const key = keyText(text, e);
        if (key === undefined) return undefined;
        top.key = key;
        continue;
      }
      const block = e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK;
      const node: LineNode = { line: e.valueStart >= 0 && e.valueEnd > e.valueStart && !block ? lineAt(e.valueStart) : UNKNOWN };
      if (e.style === SCALAR_STYLE.PLAIN) node.plain = e.valueStart < 0 ? [0, 0] : [e.valueStart, e.valueEnd];
      place(node);
    } else if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) {
      if (keyNext) return undefined;
      const line = lineAt(e.start);
      open.push({ node: e.type === EVENT_ID.MAPPING ? { line, keys: new Map() } : { line, items: [] }, key: undefined });
    } else if (e.type !== EVENT_ID.DOCUMENT) return undefined;
  }
  return root;
}

/**
 * The text's one document through js-yaml, or undefined where it is not
 * js-yaml's to read (the yaml package reads it, and says its errors).
 */
export function plainDocument(text: string): PlainDocument | undefined {
  let events: Event[];
  let data: unknown[];
  try {
    events = parseEvents(text, {});
    if (!plain(text, events)) return undefined;
    data = constructFromEvents(events, { source: text, schema: CORE_SCHEMA_LIKE_YAML, maxAliases: 0 });
  } catch {
    return undefined;
  }
  if (data.length > 1) return undefined;
  if (data.length === 0) return { data: null, lineOf: () => undefined, plainAt: () => undefined };
  const root = lineIndex(text, events);
  if (root === undefined) return undefined;
  const nodeAt = (path: readonly (string | number)[]): LineNode | undefined => {
    let node: LineNode | undefined = root;
    for (const k of path) node = typeof k === 'number' ? node?.items?.[k] : node?.keys?.get(k);
    return node;
  };
  return {
    data: data[0],
    lineOf: (path) => nodeAt(path)?.line,
    plainAt: (path) => {
      const range = nodeAt(path)?.plain;
      return range && text.slice(range[0], range[1]);
    },
  };
}

/**
 * plainDocument as a kind of parse a run's ParseCache keeps: a promotion checks its edit of a values file on it
 * (edits/check.ts), and the next reader of the edited text (promote/flux-validate.ts: is it a Flux resource?)
 * reads the same one.
 */
export const PLAIN_DOCUMENT: ParseKind<PlainDocument | undefined> = { name: 'plain-document', parse: (text) => plainDocument(text) };
