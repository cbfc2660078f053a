import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['.git', 'node_modules']);

/**
 * Every Chart.yaml under `root` as POSIX paths relative to it, for
 * findCharts. Symbolic links are not followed (a chart reached through one
 * could lie outside the workspace), and `.git` and `node_modules` are skipped.
 * With `linked`, the chart folders reached only through a symbolic link (a
 * linked Chart.yaml, or a linked folder holding one) are collected there, so a
 * caller can name the refused link instead of saying no chart matched.
 */
export function listChartFiles(root: string, linked?: string[]): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string): void => {
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIP.has(e.name)) walk(join(abs, e.name), rel ? `${rel}/${e.name}` : e.name);
      } else if (e.isFile() && e.name === 'Chart.yaml') out.push(rel ? `${rel}/Chart.yaml` : 'Chart.yaml');
      else if (linked && e.isSymbolicLink()) {
        const path = rel ? `${rel}/${e.name}` : e.name;
        if (e.name === 'Chart.yaml') linked.push(rel || '.');
        else if (!SKIP.has(e.name) && existsSync(join(abs, e.name, 'Chart.yaml'))) linked.push(path);
      }
    }
  };
  walk(root, '');
  return out.sort();
}
