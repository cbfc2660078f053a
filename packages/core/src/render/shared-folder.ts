// The one temp folder a Renderer sharing its charts writes what Helm reads into (issue 76: a fleet's check renders
// 600 sides of 200 chart folders): each chart folder once per files map, each values text or chart archive once per
// content, so a render makes no folder of its own. Helm only reads them. Removed whole by dispose().

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { removeFolder } from './helm.ts';
import { folderArchive } from '../charts/folder-archive.ts';

/** Writes a chart's files (paths relative to the chart) under `chart`, each folder made once. */
export function writeChart(chart: string, files: ReadonlyMap<string, string>): void {
  const made = new Set<string>();
  for (const [path, text] of files) {
    const to = join(chart, ...path.split('/'));
    const dir = dirname(to);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(to, text);
  }
}

/** Whether `extra` could be written into the chart folder `chart`. */
function wrote(chart: string, extra: { file: string; text: string }): boolean {
  try {
    writeChart(chart, new Map([[extra.file, extra.text]]));
    return true;
  } catch {
    return false;
  }
}

/**
 * A chart's files written where Helm loads them, `at` the path without its ending: an archive Helm loads as the folder
 * (`<at>.tgz`, charts/folder-archive.ts), or the folder `at` where the two could be read otherwise. `extra`, a file
 * added to the chart (a renderer's version probe: helm.ts versionProbe); `added` says whether it was (a folder is
 * written without it where the chart's own files leave no room: a `templates` that is no folder).
 */
export async function writeChartInput(
  at: string,
  files: ReadonlyMap<string, string>,
  extra?: { file: string; text: string },
): Promise<{ path: string; added: boolean }> {
  const archive = await folderArchive(extra ? new Map([...files, [extra.file, extra.text]]) : files);
  if (archive) {
    writeFileSync(`${at}.tgz`, archive);
    return { path: `${at}.tgz`, added: extra !== undefined };
  }
  writeChart(at, files);
  return { path: at, added: extra !== undefined && wrote(at, extra) };
}

/** A renderer's shared folder, made when first written to. */
export class SharedFolder {
  private dir?: string;
  private charts = new WeakMap<ReadonlyMap<string, string>, Promise<{ path: string; added: boolean }>>();
  private count = 0;
  private readonly files = new Map<string, string>();

  /**
   * The chart of `files` as Helm reads it (writeChartInput), one for every render given the same map, with `extra`
   * added where it can be.
   */
  chart(files: ReadonlyMap<string, string>, extra?: { file: string; text: string }): Promise<{ path: string; added: boolean }> {
    let chart = this.charts.get(files);
    if (chart === undefined) {
      chart = writeChartInput(join(this.folder(), `chart-${this.count++}`), files, extra);
      this.charts.set(files, chart);
    }
    return chart;
  }

  /**
   * A values text or chart archive, as `name` after its digest (`v<digest>-values-0.yaml`), one file, no folder of its
   * own: Helm's messages say `values-0.yaml`, as of a render's own folder (helm.ts helmMessage takes the shared path and
   * the digest out).
   */
  file(content: string | Uint8Array, name: string): string {
    const key = `v${createHash('sha256').update(content).update(`\0${name}`).digest('hex').slice(0, 32)}`;
    let path = this.files.get(key);
    if (path === undefined) {
      path = join(this.folder(), `${key}-${name}`);
      writeFileSync(path, content);
      this.files.set(key, path);
    }
    return path;
  }

  /** Removes the folder and forgets what it held (a render after this writes afresh). */
  dispose(): void {
    if (this.dir !== undefined) removeFolder(this.dir);
    this.dir = undefined;
    this.files.clear();
    this.charts = new WeakMap();
  }

  private folder(): string {
    return (this.dir ??= mkdtempSync(join(tmpdir(), 'lockstep-chart-')));
  }
}
