import { posix } from 'node:path';
import { UserError } from '../errors.ts';
import type { ChartMeta } from './chart.ts';

/** A parent chart's use of an in-repo chart: through a `file://` dependency or a folder under its `charts/`. */
export interface DependencyLink {
  /** The parent chart folder. */
  parent: string;
  /** The chart folder depended on. */
  child: string;
  /** Index in the parent's `dependencies` (undefined: a vendored subchart with no entry there). */
  index?: number;
  /** The version (or range) the parent's entry asks for. */
  version?: string;
  /** 1-based line of the parent's dependency entry. */
  line?: number;
}

/**
 * Finds every in-repo dependency between chart folders. `charts` maps each
 * chart folder (workspace-relative, POSIX) to its parsed Chart.yaml.
 */
export function dependencyLinks(charts: ReadonlyMap<string, ChartMeta>): DependencyLink[] {
  const links: DependencyLink[] = [];
  // Chart folders directly under another chart's charts/ folder, by that chart.
  const vendored = new Map<string, string[]>();
  for (const dir of charts.keys()) {
    const m = /^(?:(.*)\/)?charts\/[^/]+$/.exec(dir);
    if (!m) continue;
    const parent = m[1] ?? '.';
    if (charts.has(parent)) vendored.set(parent, [...(vendored.get(parent) ?? []), dir]);
  }
  for (const [parent, meta] of charts) {
    const covered = new Set<string>();
    for (const dep of meta.dependencies) {
      let child: string | undefined;
      if (dep.localPath !== undefined) {
        const target = posix.normalize(posix.join(parent, dep.localPath));
        if (charts.has(target)) child = target;
      } else {
        // A subchart kept in the parent's charts/ folder under its own name.
        const vendored = posix.join(parent, 'charts', dep.name);
        if (charts.has(vendored) && charts.get(vendored)!.name === dep.name) child = vendored;
      }
      if (child === undefined || child === parent) continue;
      covered.add(child);
      links.push({ parent, child, index: dep.index, version: dep.version, line: dep.line });
    }
    for (const dir of vendored.get(parent) ?? []) if (!covered.has(dir)) links.push({ parent, child: dir });
  }
  return links;
}

/**
 * The charts to bump, dependencies before the charts that use them: the
 * selected charts plus (with cascade) every chart that depends on one of them,
 * directly or through a chain. A dependency cycle is a UserError naming it.
 */
export function cascadeOrder(selected: readonly string[], links: readonly DependencyLink[], cascade: boolean): string[] {
  const dependents = new Map<string, string[]>();
  for (const l of links) dependents.set(l.child, [...(dependents.get(l.child) ?? []), l.parent]);
  const nodes = new Set<string>(selected);
  if (cascade) {
    const queue = [...selected];
    while (queue.length) {
      const c = queue.shift()!;
      for (const p of dependents.get(c) ?? []) {
        if (!nodes.has(p)) {
          nodes.add(p);
          queue.push(p);
        }
      }
    }
  }
  // Depth-first topological sort over "child before parent", within the chosen set.
  const state = new Map<string, 'visiting' | 'done'>();
  const order: string[] = [];
  const deps = new Map<string, string[]>();
  for (const l of links) if (nodes.has(l.parent) && nodes.has(l.child)) deps.set(l.parent, [...(deps.get(l.parent) ?? []), l.child]);
  const visit = (n: string, path: string[]): void => {
    const s = state.get(n);
    if (s === 'done') return;
    if (s === 'visiting') {
      const cycle = [...path.slice(path.indexOf(n)), n];
      const first = links.find((l) => l.parent === cycle[0] && l.child === cycle[1]);
      throw new UserError(`chart dependency cycle: ${cycle.join(' → ')}`, {
        file: `${n === '.' ? '' : `${n}/`}Chart.yaml`,
        line: first?.line,
        hint: 'a chart cannot depend on itself through file:// dependencies; remove one of the links',
      });
    }
    state.set(n, 'visiting');
    for (const c of [...(deps.get(n) ?? [])].sort()) visit(c, [...path, n]);
    state.set(n, 'done');
    order.push(n);
  };
  for (const n of [...nodes].sort()) visit(n, []);
  return order;
}
