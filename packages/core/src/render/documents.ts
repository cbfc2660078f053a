// A render's output as plain data, document by document, exactly as the yaml
// package reads it with the YAML 1.2 core schema (the reading every guard and
// diff was written against), at a quarter of its cost. The yaml package builds
// a syntax tree of every node before it gives data: on a 300-object render it
// costs several times the two `helm template` runs themselves (0.46 s of CPU
// for one 115 kB stream, where js-yaml's event parser takes 0.13 s).
//
// So js-yaml reads first, with a schema (yaml/js-yaml-core.ts) to resolve plain scalars
// as the yaml package's core schema does (`0777` and `1_000` stay strings,
// `0o17` is 15, `.5` is a number, `~` and the empty scalar null), and maps
// built as the yaml package builds them (a null key is '', a key met twice is
// refused, a key that is a map or a list is refused). Where the two libraries
// part — any tag, anchor or alias, any `%` directive — the stream is not
// js-yaml's to read: it, and any stream js-yaml refuses, is read by the yaml
// package as before, so its errors and its alias bound are the ones a user
// sees. Helm's and kustomize's plain output takes the fast path; what takes
// the other is what an unusual or hostile chart writes, at yesterday's cost.

import { constructFromEvents, parseEvents } from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { CORE_SCHEMA_LIKE_YAML, plain } from '../yaml/js-yaml-core.ts';

/** The documents of a stream and which library read them. */
export interface ReadDocuments {
  documents: unknown[];
  by: 'js-yaml' | 'yaml';
}

/**
 * Every document of a multi-document stream as plain data, as the yaml
 * package gives it (YAML 1.2 core, duplicate keys the last one winning, at
 * most 100 alias expansions); a document the yaml package refuses throws,
 * naming the document (1-based) and the first line of its error.
 */
export function readDocuments(text: string): ReadDocuments {
  try {
    const events = parseEvents(text, {});
    if (plain(text, events))
      return { documents: constructFromEvents(events, { source: text, schema: CORE_SCHEMA_LIKE_YAML, maxAliases: 0 }), by: 'js-yaml' };
  } catch {
    // js-yaml refuses what the yaml package may read (a duplicate key, nesting past 100): the yaml package decides.
  }
  const documents = parseAllDocuments(text, { uniqueKeys: false });
  return {
    documents: (Array.isArray(documents) ? documents : [documents]).map((doc, i) => {
      if (doc.errors.length > 0) throw new Error(`rendered document ${i + 1} is no YAML: ${doc.errors[0].message.split('\n')[0]}`);
      return doc.toJS({ maxAliasCount: 100 }) as unknown;
    }),
    by: 'yaml',
  };
}
