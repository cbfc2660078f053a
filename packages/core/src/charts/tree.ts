import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['.git', 'node_modules']);

/**
 * Every Chart.yaml under `root` as POSIX paths relative to it, for
 * findCharts. Symbolic links are not followed (a chart reached through one
 * could lie outside the workspace), and `.git` and `node_modules` are skipped.
 */
export function listChartFiles(root: string): string[] {
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
    }
  };
  walk(root, '');
  return out.sort();
}
