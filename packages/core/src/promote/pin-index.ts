// A values file's pins read without the yaml package's syntax tree. Every pin a
// status or a promotion reads goes through readPin, and the yaml package builds a
// node for every scalar of the file before the first lookup: ~35 ms and several
// MB of garbage for a 59 KB values file of 300 services, a hundred times at a
// hundred environments. js-yaml's event parser reads the same file in a fraction
// of that, with the offsets of every node.
//
// This index answers a pin only where it reads exactly as the yaml package does:
// one document, nothing the two libraries read differently (render/documents.ts
// plain: no tag, anchor, alias, directive, long key or same-line block map),
// every key a string with no duplicate, and each scalar the pin is made of a
// one-line quoted or plain scalar that the core schema reads as a string. For
// anything else (and for every error: a missing key, a list where a map
// should be) it answers nothing and readPin parses with the yaml package as
// before, so its errors and their lines are the ones a user sees.

import { EVENT_ID, parseEvents, SCALAR_STYLE, getScalarValue, type Event } from 'js-yaml';
import { coreNonString, plain } from '../render/documents.ts';
import type { ParseKind } from '../text/parse-cache.ts';

/** A node of the index: a mapping (string keys), a list, or a scalar the core schema reads as a string (`text`), else unread. */
export type IndexNode =
  | { kind: 'map'; keys: Map<string, IndexNode> }
  | { kind: 'seq'; items: IndexNode[] }
  | { kind: 'scalar'; text: string | undefined; line: number };

/** The index of a text, or undefined when it is not the index's to read (the yaml package reads it). */
export type PinIndex = IndexNode | undefined;

/** Offset → 1-based line over the line starts, as the yaml package's lineOf gives it. */
function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let [lo, hi] = [0, starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** The scalar as the index keeps it: its text when it reads as that string on one line, else undefined (unread). */
function scalarOf(text: string, e: Extract<Event, { type: typeof EVENT_ID.SCALAR }>, lineAt: (o: number) => number): IndexNode {
  const line = e.valueStart < 0 ? 0 : lineAt(e.valueStart);
  if (e.valueStart < 0 || e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK)
    return { kind: 'scalar', text: undefined, line };
  const lineBreak = text.indexOf('\n', e.valueStart);
  if (lineBreak !== -1 && lineBreak < e.valueEnd) return { kind: 'scalar', text: undefined, line };
  const value = getScalarValue(text, e);
  return { kind: 'scalar', text: e.style === SCALAR_STYLE.PLAIN && coreNonString(value) ? undefined : value, line };
}

/** Builds the index from the events; undefined at the first thing the yaml package may read otherwise. */
function build(text: string): PinIndex {
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return undefined;
  }
  if (events.filter((e) => e.type === EVENT_ID.DOCUMENT).length !== 1 || !plain(text, events)) return undefined;
  const lineAt = lineCounter(text);
  const open: { node: IndexNode; key?: string }[] = [];
  let root: IndexNode | undefined;
  const add = (node: IndexNode): boolean => {
    const top = open[open.length - 1];
    if (!top) return (root = node) !== undefined;
    if (top.node.kind === 'seq') top.node.items.push(node);
    else if (top.node.kind === 'map') {
      if (top.key === undefined) {
        // A key: a string scalar met once in its mapping.
        if (node.kind !== 'scalar' || node.text === undefined || top.node.keys.has(node.text)) return false;
        top.key = node.text;
        return true;
      }
      top.node.keys.set(top.key, node);
      top.key = undefined;
    }
    return true;
  };
  for (const e of events) {
    if (e.type === EVENT_ID.DOCUMENT) continue;
    if (e.type === EVENT_ID.POP) {
      const closed = open.pop();
      if (closed && !add(closed.node)) return undefined;
      continue;
    }
    if (e.type === EVENT_ID.SCALAR) {
      if (!add(scalarOf(text, e, lineAt))) return undefined;
    } else if (e.type === EVENT_ID.MAPPING) open.push({ node: { kind: 'map', keys: new Map() } });
    else if (e.type === EVENT_ID.SEQUENCE) open.push({ node: { kind: 'seq', items: [] } });
    else return undefined;
  }
  return root;
}

/** The index as a kind of parse the run's ParseCache keeps (the text BOM-stripped; no variant). */
export const PIN_INDEX: ParseKind<PinIndex> = { name: 'pin-index', parse: (text) => build(text) };
