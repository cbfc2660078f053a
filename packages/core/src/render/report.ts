// What a rendered comparison says, in each face: one count line per
// environment ("3 changed, 1 added, 0 removed in prod"), what was ignored and
// why, each object in a <details> fold with its diff, the whole fitted under
// a size in UTF-8 bytes (under GitHub's 65,536 characters for a pull request body) with a note of
// what was cut; the terminal's lines (coloured by the face); the --json rows.

import { escapeHtml, escapeMarkdown, codeBlock } from '../text/markdown.ts';
import { inertReferences } from '../text/mentions.ts';
import { thousands } from '../text/thousands.ts';
import type { ObjectChange, RenderDiff } from './compare.ts';
import type { RenderedObject } from './objects.ts';

/** One environment's rendered comparison, or why there is none. */
export interface EnvironmentRender {
  environment: string;
  /** rendered: compared; failed: the after side did not render (Helm's message); skipped: not rendered (why). */
  status: 'rendered' | 'failed' | 'skipped';
  /** failed: Helm's message; skipped: why. */
  message?: string;
  /** The before side failed to render (every object shows as added). */
  beforeFailed?: string;
  diff?: RenderDiff;
  /** skipped because no renderer was found — Helm 3.8 or later, or kustomize for an overlay (said in the log and summary, not in a pull request body). */
  noHelm?: boolean;
  /** noHelm: the environments the pull request reaches that this one row stands for (the check's; never printed). */
  reached?: string[];
  /** What rendered it: Helm (undefined) or kustomize (an overlay). */
  renderer?: 'kustomize';
  /** What was compared, e.g. `chart api 1.2.0 → 1.3.0`. */
  what?: string;
  /** The version of the Helm that rendered both sides (`3.17.3`); undefined for an overlay or where nothing rendered. */
  helm?: string;
  /** promote: what schema validation of the after side warned of (validate: warn; error refuses instead). */
  validation?: string[];
  /** rendered: Helm test hooks of the after side, left out of its objects (no deployer applies them on a sync: hooks.ts). */
  testHooks?: string[];
  /** rendered: the after side's objects, what the guards of a protected environment judge (never printed). */
  after?: ReadonlyMap<string, RenderedObject>;
  /** skipped: the after side names what a renderer may not load (render/kustomize.ts's screening), written there. */
  refused?: { file: string; line: number; hint?: string };
}

/** The lines of a rendered comparison that are not the objects: the count, the ignored, the unread. */
export function countLine(e: EnvironmentRender): string {
  if (e.status === 'skipped') return `${e.environment}: not rendered: ${e.message ?? ''}`.trimEnd();
  if (e.status === 'failed')
    return `${e.environment}: the ${e.renderer === 'kustomize' ? 'overlay' : 'chart'} does not render after the change: ${firstLine(e.message)}`;
  const d = e.diff!;
  const parts = [`${d.counts.changed} changed, ${d.counts.added} added, ${d.counts.removed} removed in ${e.environment}`];
  const what = [e.what, e.helm ? `with Helm ${e.helm}` : undefined].filter(Boolean).join(' ');
  if (what) parts[0] += ` (${what})`;
  const extra: string[] = [];
  if (d.ignoredLines > 0)
    extra.push(
      `${d.ignoredLines} ignored line${d.ignoredLines === 1 ? '' : 's'} changed (chart-version labels, checksum annotations, render.ignore)`,
    );
  if (d.nondeterministic > 0)
    extra.push(
      `${d.nondeterministic} non-deterministic value${d.nondeterministic === 1 ? '' : 's'} ignored (${d.nondeterministic === 1 ? 'it differs' : 'they differ'} between two renders of the same input: randAlphaNum, genCA, now…)`,
    );
  if (d.unread.length > 0) extra.push(`ignoreDifferences not applied (only field paths are read): ${d.unread.join(', ')}`);
  if (d.appliedOnSync > 0)
    extra.push(
      `${d.appliedOnSync} object${d.appliedOnSync === 1 ? '' : 's'} changed in fields ignoreDifferences names: Argo CD's diff ignores them, its sync applies them (no RespectIgnoreDifferences=true), so they are shown`,
    );
  const hooks = e.testHooks?.length ?? 0;
  if (hooks > 0) extra.push(`${hooks} Helm test hook${hooks === 1 ? '' : 's'} left out (helm.sh/hook: test: not applied on sync)`);
  return [parts[0], ...extra].join('; ');
}

function firstLine(s: string | undefined): string {
  return (
    (s ?? '')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .pop() ?? ''
  );
}

/** `added (1,234 bytes)`, `changed (1,234 → 1,300 bytes)`. */
function sizeText(c: ObjectChange): string {
  const n = (x: number | undefined) => thousands(x ?? 0);
  if (c.change === 'added') return `${n(c.size?.after)} bytes`;
  if (c.change === 'removed') return `${n(c.size?.before)} bytes`;
  return `${n(c.size?.before)} → ${n(c.size?.after)} bytes`;
}

/** What marks a change to fields Argo CD's diff ignores and its sync applies. */
const ON_SYNC = " (ignored by Argo CD's diff, applied on sync)";

/** One object's fold; the object's name is untrusted (`helm template` does not validate names). */
function objectMarkdown(c: ObjectChange): string {
  const head = `${c.change}: ${c.object}${c.appliedOnSync ? ON_SYNC : ''}`;
  if (c.size) return `- ${escapeMarkdown(head)} (summarized, ${sizeText(c)})`;
  // Inside an HTML block Markdown escapes would print as backslashes: entities, and mentions and closing keywords made inert.
  return [`<details><summary>${escapeHtml(inertReferences(head))}</summary>`, '', codeBlock(c.diff, 'diff'), '', '</details>'].join('\n');
}

/**
 * The "Rendered changes" section, at most `room` characters: every
 * environment's count line and failure, then its objects' folds while they
 * fit; the folds that do not are counted in a note. '' when there is nothing.
 */
export function renderedMarkdown(envs: readonly EnvironmentRender[], room: number, rerun = 'lockstep promote --dry-run'): string {
  if (envs.length === 0) return '';
  const head: string[] = ['### Rendered changes', ''];
  for (const e of envs) {
    head.push(`- ${escapeMarkdown(countLine(e))}`);
    if (e.beforeFailed)
      head.push(`  - the current state does not render (every object shows as added): ${escapeMarkdown(firstLine(e.beforeFailed))}`);
  }
  head.push('');
  for (const e of envs)
    if (e.status === 'failed' && e.message)
      head.push(
        `${e.renderer === 'kustomize' ? 'kustomize' : 'Helm'}'s message for ${escapeMarkdown(e.environment)}:`,
        '',
        codeBlock(e.message),
        '',
      );
  let text = `${head.join('\n')}\n`;
  const folds = envs.flatMap((e) => (e.diff?.changes ?? []).map((c) => ({ e, c })));
  let cut = 0;
  const note = (n: number) =>
    `\n> [!NOTE]\n> ${n} object${n === 1 ? '' : 's'}' diff${n === 1 ? '' : 's'} cut to fit the 65,536 characters GitHub allows; \`${rerun}\` prints them all.\n`;
  const reserve = bytes(note(folds.length)) + 2;
  let lastEnv: string | undefined;
  for (const { e, c } of folds) {
    const title = envs.length > 1 && e.environment !== lastEnv ? `**${escapeMarkdown(e.environment)}**\n\n` : '';
    const piece = `${title}${objectMarkdown(c)}\n\n`;
    if (cut === 0 && bytes(text) + bytes(piece) + reserve <= room) {
      text += piece;
      lastEnv = e.environment;
    } else cut++;
  }
  if (cut > 0) text += note(cut);
  // Only the heading and count lines can still be over a tiny room: then nothing is better than a cut fold.
  return bytes(text) <= room ? text.trimEnd() : '';
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The terminal's lines: the count line, then per object its heading and diff (the face colours `+`, `-` and `@@` lines). */
export function renderedLines(envs: readonly EnvironmentRender[]): string[] {
  const out: string[] = [];
  for (const e of envs) {
    out.push(countLine(e));
    if (e.beforeFailed) out.push(`  the current state does not render (every object shows as added): ${firstLine(e.beforeFailed)}`);
    if (e.status === 'failed' && e.message) out.push(...e.message.split('\n').map((l) => `  ${l}`));
    for (const c of e.diff?.changes ?? []) {
      out.push(`${c.change}: ${c.object}${c.appliedOnSync ? ON_SYNC : ''}${c.size ? ` (summarized, ${sizeText(c)})` : ''}`);
      if (!c.size) out.push(...c.diff.split('\n'));
    }
  }
  return out;
}

/** One row of `rendered` in --json; `applied-on-sync` only on a change to fields Argo CD's diff ignores and its sync applies. */
type RenderedRow = { environment: string; object: string; change: string; 'applied-on-sync'?: true; diff: string };

/** `rendered` in --json: one row per object that changes, and per environment that failed or was skipped (object empty). */
export function renderedJson(envs: readonly EnvironmentRender[]): RenderedRow[] {
  return envs.flatMap((e): RenderedRow[] =>
    e.status !== 'rendered'
      ? [{ environment: e.environment, object: '', change: e.status, diff: e.message ?? '' }]
      : e.diff!.changes.map((c) => ({
          environment: e.environment,
          object: c.object,
          change: c.change,
          ...(c.appliedOnSync ? { 'applied-on-sync': true } : {}),
          diff: c.size ? `(summarized, ${sizeText(c)})` : c.diff,
        })),
  );
}

/** `render-counts` in --json: per environment rendered, its counts, the noise included (an all-noise render has no `rendered` row). */
export function renderedCountsJson(envs: readonly EnvironmentRender[]): Record<string, string | number>[] {
  return envs.flatMap((e) =>
    e.status !== 'rendered'
      ? []
      : [
          {
            environment: e.environment,
            ...(e.helm ? { helm: e.helm } : {}),
            changed: e.diff!.counts.changed,
            added: e.diff!.counts.added,
            removed: e.diff!.counts.removed,
            unchanged: e.diff!.unchanged,
            'ignored-lines': e.diff!.ignoredLines,
            'non-deterministic': e.diff!.nondeterministic,
            'test-hooks': e.testHooks?.length ?? 0,
            'applied-on-sync': e.diff!.appliedOnSync,
          },
        ],
  );
}
