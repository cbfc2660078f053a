// What Helm's and kustomize's renderers share: each side rendered once per
// run (cached by a digest of its inputs; `again` is the second render that
// finds non-determinism), in a temp folder of its own that is removed after
// (none where everything it reads is in its renderer's shared folder),
// and the tool's output split into objects once, when they are first asked
// for: a comparison reads the outputs first (two equal texts need no parse to
// be equal) and starts the second render before it parses anything.

import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeFolder } from './helm.ts';
import type { TemplateOutcome } from './bounded.ts';
import { splitObjects, type RenderedObject } from './objects.ts';

/** What one render gave: its objects, and (a Helm render) the test hooks taken out of them (hooks.ts). */
export type RenderOutcome =
  { ok: true; objects: Map<string, RenderedObject>; testHooks?: string[] } | { ok: false; reason: string; message: string };

/** Runs each side's render once; a subclass says what a side's key is and how one render runs in `dir`. */
export abstract class CachedRenderer<Side extends { namespace?: string }> {
  private readonly outputs = new Map<string, Promise<TemplateOutcome>>();
  private readonly parsed = new Map<string, Promise<RenderOutcome>>();
  /** How many times the tool ran (for the bench and the tests of the cache). */
  runs = 0;

  /**
   * The tool's output for the side; `again` renders it once more (a second render, for non-determinism);
   * `background`, a run started ahead of its need runs at a lower CPU priority (helm.ts lowerPriority).
   */
  output(side: Side, again = false, background = false): Promise<TemplateOutcome> {
    const key = `${this.key(side)}${again ? '#again' : ''}`;
    let out = this.outputs.get(key);
    if (!out) this.outputs.set(key, (out = this.inTempFolder(side, background)));
    return out;
  }

  /** The side's objects: its output split, once. */
  render(side: Side, again = false): Promise<RenderOutcome> {
    const key = `${this.key(side)}${again ? '#again' : ''}`;
    let out = this.parsed.get(key);
    if (!out) this.parsed.set(key, (out = this.output(side, again).then((o) => (o.ok ? this.objectsOf(o.stdout, side.namespace) : o))));
    return out;
  }

  /** Whether two renders of the side must print the same text: false unless the renderer can tell (Helm's can: render.ts). */
  fixed(_side: Side): Promise<boolean> {
    return Promise.resolve(false);
  }

  /** A tool's output as the objects the cluster receives, or the reason it cannot be read as Kubernetes objects. */
  protected objectsOf(stdout: string, namespace: string | undefined): RenderOutcome {
    try {
      return { ok: true, objects: splitObjects(stdout, namespace ?? '') };
    } catch (e) {
      return { ok: false, reason: 'error', message: (e as Error).message };
    }
  }

  /** What makes two sides the same render: a digest of every input. */
  protected abstract key(side: Side): string;
  /**
   * One render of `side`: the tool's output. `folder()` makes the render a fresh temp folder of its own, removed
   * afterwards; a render writing nothing of its own (its chart and values in a renderer's shared folder) makes none.
   */
  protected abstract run(side: Side, folder: () => string, background: boolean): Promise<TemplateOutcome>;

  private async inTempFolder(side: Side, background: boolean): Promise<TemplateOutcome> {
    this.runs++;
    let dir: string | undefined;
    try {
      return await this.run(side, () => (dir ??= mkdtempSync(join(tmpdir(), 'lockstep-render-'))), background);
    } finally {
      if (dir !== undefined) removeFolder(dir);
    }
  }
}

/** A digest of files by path, in path order whatever order they came in. */
export function filesDigest(files: Iterable<readonly [string, string]>): string {
  const h = createHash('sha256');
  for (const [p, t] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) h.update(`${p}\0${t}\0`);
  return h.digest('hex');
}
