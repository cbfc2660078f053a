// A values file's pins read without the yaml package's syntax tree. Every pin a
// status or a promotion reads goes through readPin, and the yaml package builds a
// node for every scalar of the file before the first lookup: ~35 ms and several
// MB of garbage for a 59 KB values file of 300 services, a hundred times at a
// hundred environments. js-yaml's event parser reads the same file in a fraction
// of that, with the offsets of every node.
//
// This index answers a pin only where it reads exactly as the yaml package does:
// one document, nothing the two libraries read differently (yaml/js-yaml-core.ts
// plain: no tag, anchor, alias, directive, long key or same-line block map),
// every key a string with no duplicate, and each scalar the pin is made of a
// one-line quoted or plain scalar that the core schema reads as a string. For
// anything else (and for every error: a missing key, a list where a map
// should be) it answers nothing and readPin parses with the yaml package as
// before, so its errors and their lines are the ones a user sees.

import { EVENT_ID, parseEvents, SCALAR_STYLE, getScalarValue, type Event } from 'js-yaml';
import { coreNonString, plain } from '../../yaml/js-yaml-core.ts';
import type { ParseKind } from '../../text/parse-cache.ts';

/** A node of the index: a mapping (string keys), a list, or a scalar the core schema reads as a string (`text`), else unread. */
export type IndexNode =
  | { kind: 'map'; keys: Map<string, IndexNode> }
  | { kind: 'seq'; items: IndexNode[] }
  | { kind: 'scalar'; text: string | undefined; line: number };

/** The index of a text, or undefined when it is not the index's to read (the yaml package reads it). */
export type PinIndex = IndexNode | undefined;

/**
 * 1-based lines of offsets met in increasing order (js-yaml's events come in
 * the order of the text): the line breaks are counted as the offsets pass
 * them, so a whole file costs one walk over its text however its lines are
 * cut (a one-line flow file of many scalars too). An offset before the last
 * one (which the events never give) counts again from the start.
 */
function lineCursor(text: string): (offset: number) => number {
  // The line of `at`, and the first line break at or after it (-1: none left).
  let [at, line, next] = [0, 1, text.indexOf('\n')];
  return (offset) => {
    if (offset < at) [at, line, next] = [0, 1, text.indexOf('\n')];
    while (next !== -1 && next < offset) {
      line++;
      next = text.indexOf('\n', next + 1);
    }
    at = offset;
    return line;
  };
}

type ScalarEvent = Extract<Event, { type: typeof EVENT_ID.SCALAR }>;

/** The scalar's text when it reads as that string on one line (a key, or a value the index keeps), else undefined. */
function oneLineString(text: string, e: ScalarEvent): string | undefined {
  if (e.valueStart < 0 || e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK) return undefined;
  const lineBreak = text.indexOf('\n', e.valueStart);
  if (lineBreak !== -1 && lineBreak < e.valueEnd) return undefined;
  const value = getScalarValue(text, e);
  return e.style === SCALAR_STYLE.PLAIN && coreNonString(value) ? undefined : value;
}

/** An open collection while the events are walked: its node and, in a mapping, the key read and not yet given a value. */
interface Open {
  node: IndexNode;
  key: string | undefined;
}

/**
 * Builds the index from the events in one walk; undefined at the first thing
 * the yaml package may read otherwise. A key is kept as its string (no node);
 * a value scalar as a node with its line.
 */
function build(text: string): PinIndex {
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return undefined;
  }
  const lineAt = lineCursor(text);
  const open: Open[] = [];
  let [root, documents]: [IndexNode | undefined, number] = [undefined, 0];
  /** Puts a finished node in its parent; false when it cannot be there (a map or list as a key). */
  const place = (node: IndexNode): boolean => {
    const top = open.length === 0 ? undefined : open[open.length - 1];
    if (top === undefined) root = node;
    else if (top.node.kind === 'seq') top.node.items.push(node);
    else if (top.node.kind === 'map') {
      if (top.key === undefined) return false;
      top.node.keys.set(top.key, node);
      top.key = undefined;
    }
    return true;
  };
  for (let n = 0; n < events.length; n++) {
    const e = events[n];
    if (e.type === EVENT_ID.SCALAR) {
      const top = open.length === 0 ? undefined : open[open.length - 1];
      if (top !== undefined && top.node.kind === 'map' && top.key === undefined) {
        // A key: a string scalar met once in its mapping.
        const key = oneLineString(text, e);
        if (key === undefined || top.node.keys.has(key)) return undefined;
        top.key = key;
        continue;
      }
      place({ kind: 'scalar', text: oneLineString(text, e), line: e.valueStart < 0 ? 0 : lineAt(e.valueStart) });
    } else if (e.type === EVENT_ID.POP) {
      const closed = open.pop();
      if (closed !== undefined && !place(closed.node)) return undefined;
    } else if (e.type === EVENT_ID.MAPPING) open.push({ node: { kind: 'map', keys: new Map() }, key: undefined });
    else if (e.type === EVENT_ID.SEQUENCE) open.push({ node: { kind: 'seq', items: [] }, key: undefined });
    else if (e.type === EVENT_ID.DOCUMENT) {
      if (++documents > 1) return undefined;
    } else return undefined;
  }
  return documents === 1 && plain(text, events) ? root : undefined;
}

/** The index as a kind of parse the run's ParseCache keeps (the text BOM-stripped; no variant). */
export const PIN_INDEX: ParseKind<PinIndex> = { name: 'pin-index', parse: (text) => build(text) };
