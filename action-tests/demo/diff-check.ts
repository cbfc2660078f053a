/**
 * The dry run's printed diff against `git diff` after the real run, hunk for
 * hunk: each file's `---`/`+++` names, hunk ranges and lines must be the same.
 * `diff --git`, `index`, mode lines and the text git adds after a hunk range
 * (the enclosing function) are left out of the comparison, a count of 1 git
 * leaves out of a range is written in; files may come in another order.
 */

/** The diff lines an action printed to its log: those indented by two spaces, the indent removed, `␍` back to a CR. */
export function printedDiff(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('  '))
    .map((l) => l.slice(2).replace(/␍/g, '\r'))
    .join('\n');
}

/** A unified diff as file → its lines from `---` on, headers git adds removed. */
export function diffByFile(diff: string): Map<string, string[]> {
  const files = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ') || /^(index |new file mode |deleted file mode |old mode |new mode |similarity index )/.test(line)) {
      current = undefined;
      continue;
    }
    if (line.startsWith('--- ')) {
      current = [line];
      continue;
    }
    if (!current) continue;
    if (line.startsWith('+++ ')) {
      current.push(line);
      files.set(line.slice(4), current);
      continue;
    }
    // git leaves out a count of 1 (`@@ -1 +1 @@`); the dry run writes it (`@@ -1,1 +1,1 @@`): compared with counts.
    const range = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    current.push(range ? `@@ -${range[1]},${range[2] ?? 1} +${range[3]},${range[4] ?? 1} @@` : line);
  }
  // A trailing empty line of the text is not a diff line.
  for (const lines of files.values()) while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return files;
}

/** Where the two diffs part, one line per difference; empty when they agree hunk for hunk. */
export function diffMismatches(dryRun: string, gitDiff: string): string[] {
  const dry = diffByFile(dryRun);
  const real = diffByFile(gitDiff);
  const out: string[] = [];
  for (const file of new Set([...dry.keys(), ...real.keys()])) {
    const a = dry.get(file);
    const b = real.get(file);
    if (!a) out.push(`${file}: changed by the real run, absent from the dry run's diff`);
    else if (!b) out.push(`${file}: in the dry run's diff, unchanged by the real run`);
    else {
      const at = a.findIndex((l, i) => l !== b[i]);
      if (at >= 0 || a.length !== b.length) {
        const i = at >= 0 ? at : Math.min(a.length, b.length);
        out.push(`${file}: line ${i + 1} of its diff: dry run ${JSON.stringify(a[i])}, git diff ${JSON.stringify(b[i])}`);
      }
    }
  }
  return out;
}
