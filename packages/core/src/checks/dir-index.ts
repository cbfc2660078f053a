/**
 * Chart folders indexed for prefix lookups: the folders under one prefix (a
 * chart's subcharts, `<dir>/charts/…`) are found by binary search. Each
 * checked chart asks for its own subcharts; scanning every folder of the
 * repository for each of them made a pull request touching n of N charts cost
 * n × N string tests (a thousand-chart bump: a million per question), where
 * this costs n × (log N + the folders found).
 */
export class DirIndex {
  /** The folders as given (duplicates dropped), in their order. */
  readonly all: readonly string[];
  // Positions into `all`, sorted by folder (UTF-16 code units, as Array#sort compares): every folder
  // that starts with a given prefix sits in one run of it.
  readonly #sorted: readonly number[];

  constructor(dirs: Iterable<string>) {
    this.all = [...new Set(dirs)];
    this.#sorted = this.all.map((_, i) => i).sort((a, b) => (this.all[a] < this.all[b] ? -1 : 1));
  }

  /** The folders that start with `prefix` (e.g. `charts/web/charts/`), in the order they were given. */
  under(prefix: string): string[] {
    const { all } = this;
    const s = this.#sorted;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (all[s[mid]] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < s.length && all[s[i]].startsWith(prefix); i++) found.push(s[i]);
    return found.sort((a, b) => a - b).map((i) => all[i]);
  }
}
