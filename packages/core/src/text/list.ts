/**
 * Splits a multi-line or comma-separated input into trimmed items: the one
 * list language of every action. A comma inside braces is part of a glob
 * (`charts/{api,worker}`), not a separator.
 */
export function splitList(raw: string): string[] {
  return splitListLines(raw).map((i) => i.item);
}

/** splitList, with the 1-based line each item came from (for messages like "images line 3"). */
export function splitListLines(raw: string): { item: string; line: number }[] {
  return raw.split(/\r?\n/).flatMap((l, i) =>
    splitOutsideBraces(l.replace(/(^|\s)#.*$/, ''))
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map((item) => ({ item, line: i + 1 })),
  );
}

function splitOutsideBraces(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\')
      i++; // an escaped character is never structure
    else if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      out.push(line.slice(start, i));
      start = i + 1;
    }
  }
  out.push(line.slice(start));
  return out;
}
