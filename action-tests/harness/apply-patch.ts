/**
 * A small unified-diff applier, written for the tests as an oracle independent
 * of the code that prints diffs: it applies one file's hunks (`@@ -s,n +s,n @@`
 * and ` `, `-`, `+`, `\ No newline at end of file` lines) to the text before and
 * returns the text after, or throws when a hunk does not fit the text (a context
 * or removed line that is not there, a count that disagrees with its header,
 * hunks out of order).
 */
export function applyPatch(before: string, patchLines: readonly string[]): string {
  const old = before === '' ? [] : before.split(/(?<=\n)/);
  const out: string[] = [];
  let i = 0; // next line of `old` not yet copied or consumed
  let k = 0;
  while (k < patchLines.length && !patchLines[k].startsWith('@@')) k++; // ---/+++ headers
  while (k < patchLines.length) {
    const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(patchLines[k]);
    if (!m) throw new Error(`patch line ${k + 1}: not a hunk header: ${patchLines[k]}`);
    const [oldStart, oldCount, newStart, newCount] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3]), Number(m[4] ?? 1)];
    // An empty range names the line before it (git and GNU diff), a non-empty one its first line.
    const at = oldCount === 0 ? oldStart : oldStart - 1;
    if (at < i || at > old.length) throw new Error(`hunk ${patchLines[k]} starts at old line ${at + 1}, already past ${i}`);
    while (i < at) out.push(old[i++]);
    const newAt = newCount === 0 ? newStart : newStart - 1;
    if (newAt !== out.length)
      throw new Error(`hunk ${patchLines[k]} starts at new line ${newAt + 1}, the text so far has ${out.length} lines`);
    k++;
    let [seenOld, seenNew] = [0, 0];
    let last: ' ' | '-' | '+' | undefined;
    for (; k < patchLines.length && !patchLines[k].startsWith('@@'); k++) {
      const line = patchLines[k];
      const body = line.slice(1);
      if (line.startsWith('\\')) {
        // The line before has no newline, on the side(s) it belongs to.
        if (last === '-' || last === ' ') {
          if (old[i - 1].endsWith('\n')) throw new Error(`patch line ${k + 1}: old line ${i} ends with a newline`);
        }
        if (last === '+' || last === ' ') out[out.length - 1] = out[out.length - 1].replace(/\n$/, '');
        continue;
      }
      last = line[0] as ' ' | '-' | '+';
      if (last === ' ' || last === '-') {
        if (i >= old.length || old[i].replace(/\n$/, '') !== body)
          throw new Error(`patch line ${k + 1}: expected old line ${i + 1} to be ${JSON.stringify(body)}, it is ${JSON.stringify(old[i])}`);
        if (last === ' ') out.push(old[i]);
        i++;
        seenOld++;
        if (last === ' ') seenNew++;
      } else if (last === '+') {
        out.push(`${body}\n`);
        seenNew++;
      } else throw new Error(`patch line ${k + 1}: not a hunk line: ${line}`);
    }
    if (seenOld !== oldCount || seenNew !== newCount)
      throw new Error(`hunk -${oldStart},${oldCount} +${newStart},${newCount} has ${seenOld} old and ${seenNew} new lines`);
  }
  while (i < old.length) out.push(old[i++]);
  return out.join('');
}
