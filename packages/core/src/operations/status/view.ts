// What `lockstep status` shows: every environment side by side, then each
// next promotion. Status has no action; its runner view is the same table as
// log lines, so the descriptor is whole.

import type { EnvironmentPins } from '../../promote/status-tables.ts';
import { shortDigest } from '../../deploy/pins/pins.ts';
import { changeName } from '../../promote/fleet.ts';
import { plainStyle, renderTerminal, type ResultView } from '../../report/view.ts';
import { commandJson, type JsonDocument } from '../../contract/json.ts';
import { pinChangeRow } from '../../promote/publish/report.ts';
import type { OperationView, RunnerView } from '../../contract/operation.ts';
import type { NextPromotion, StatusResult } from './run.ts';
import type { ChartChange } from '../../promote/plan.ts';

/**
 * One sentence per next promotion: what it would change, that nothing would, or why it cannot be planned; then
 * each hold in promote's words (`; held by a rollback: …`).
 */
export function nextPromotionLine(n: NextPromotion): string {
  const held = (n.holds ?? []).map((h) => `; held by ${h.title}: ${h.message}`).join('');
  const h = n.hydrated;
  const route = n.from === n.to ? n.to : `${n.from} → ${n.to}`;
  if (n.error) return `${route}: cannot plan: ${n.error}${held}`;
  if (h)
    return `${route}: ${
      h.pending
        ? `${h.proposed} → ${h.active}, DRY commit ${dry(h.activeDry)} → ${dry(h.proposedDry)}`
        : `nothing to promote (${h.active} runs DRY commit ${dry(h.activeDry)})`
    }${held}`;
  const parts = n.changes.map((c) => `${changeName(c)} ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${shortDigest(c.newDigest)})`);
  // An OCIRepository's digest is the artifact pulled: under one range, it is what moves (as promote's commit says it).
  if (n.chart) parts.push(`chart ${n.chart.old || '—'} → ${n.chart.new}${n.chart.newDigest ? ` (${shortDigest(n.chart.newDigest)})` : ''}`);
  for (const { app, chart } of n.charts ?? []) parts.push(`${app}/chart ${chart.old || '—'} → ${chart.new}`);
  return `${n.from} → ${n.to}: ${parts.length > 0 ? parts.join(', ') : 'nothing to promote'}${held}`;
}

/** A DRY commit as the line says it: its first twelve characters, or — when the branch names none. */
const dry = (sha: string | undefined) => (sha ? sha.slice(0, 12) : '—');

/** Environments a terminal's table shows one column each; beyond them each wave is folded into one column. */
export const UNFOLDED_AT_MOST = 12;

/** The table's columns: an environment each, or (past UNFOLDED_AT_MOST) one per wave, at its first environment's place. */
function columnsOf(s: StatusResult): { header: string; of: number[] }[] {
  const waveOf = new Map<string, string>();
  if (s.environments.length > UNFOLDED_AT_MOST)
    for (const [wave, names] of Object.entries(s.waves ?? {})) for (const n of names) if (!waveOf.has(n)) waveOf.set(n, wave);
  const columns: { header: string; of: number[] }[] = [];
  const byWave = new Map<string, { header: string; of: number[] }>();
  s.environments.forEach((name, i) => {
    const wave = waveOf.get(name);
    const folded = wave === undefined ? undefined : byWave.get(wave);
    if (folded) {
      folded.of.push(i);
      return;
    }
    const column = { header: name, of: [i] };
    if (wave !== undefined) byWave.set(wave, column);
    columns.push(column);
  });
  for (const [wave, column] of byWave) if (column.of.length > 1) column.header = `${wave} (${column.of.length})`;
  return columns;
}

/** A folded wave's cell: what its environments all show, else how many different things they do. */
function foldedCell(cells: readonly string[]): string {
  const distinct = new Set(cells);
  return distinct.size === 1 ? cells[0] : `mixed (${distinct.size})`;
}

/** `lockstep status`: every environment side by side (tag and short digest, chart version), then each next promotion. */
export function statusView(s: StatusResult): ResultView {
  const columns = columnsOf(s);
  const folded = columns.filter((c) => c.of.length > 1);
  return {
    title: 'status',
    status: `${s.environments.length} environment${s.environments.length === 1 ? '' : 's'} on ${s.readFrom ?? s.base}${s.baseSha ? ` at ${s.baseSha.slice(0, 12)}` : ''}; next promotions:`,
    headers: ['service', ...columns.map((c) => c.header)],
    rows: s.rows.map((r) => [r.service, ...columns.map((c) => foldedCell(c.of.map((i) => r.cells[i])))]),
    notes: [
      ...(folded.length > 0
        ? [
            `${folded.length} wave${folded.length === 1 ? '' : 's'} folded into one column each (more than ${UNFOLDED_AT_MOST} environments): ` +
              'a cell is what every environment of the wave pins, or mixed (how many different pins); lockstep status --json lists each environment.',
          ]
        : []),
      ...s.pins.flatMap((e) =>
        e.unrendered !== undefined ? [`${e.name}: — where its pins file defines no pin: it does not render (${e.unrendered}).`] : [],
      ),
      ...s.pins.flatMap((e) =>
        e.runsNone ? [`${e.name}: — for ${e.runsNone.join(', ')}: its pins file defines none, and its render runs no such image.`] : [],
      ),
      ...(s.held ?? []).map((h) => `${h.env}: held by a rollback: ${h.message}`),
      ...s.next.map(nextPromotionLine),
    ],
    warnings: [],
  };
}

/** The status table as the runner would log it (no action runs status today). */
export function statusRunnerView(s: StatusResult): RunnerView {
  return { steps: [{ info: renderTerminal(statusView(s), plainStyle).trimEnd() }] };
}

/** status's views: the terminal's table, and the same as log lines. */
export const statusViews: OperationView<StatusResult> = {
  runner: statusRunnerView,
  terminal: statusView,
  failure: () => undefined,
  json: statusJson,
};

/** A next promotion's chart change as `status --json` spells it: with the OCIRepository's digests where it moves one. */
function chartJson(c: ChartChange): Record<string, unknown> {
  const digests = c.newDigest ? { 'old-digest': c.oldDigest ?? null, 'new-digest': c.newDigest } : {};
  return { file: c.file, line: c.line, old: c.old, new: c.new, ...digests };
}

/** One environment's pins as `status --json` spells them; an environment of many apps has each app's under `apps`. */
function pinsJson(e: EnvironmentPins): Record<string, unknown> {
  return {
    name: e.name,
    'values-file': e.values,
    'values-missing': e.missing,
    ...(e.kustomization !== undefined ? { kustomization: e.kustomization } : {}),
    ...(e.chartVersion !== undefined ? { 'chart-version': e.chartVersion } : {}),
    ...(e.chartDigest !== undefined ? { 'chart-digest': e.chartDigest } : {}),
    ...(e.chartPulled !== undefined ? { 'chart-pulled': e.chartPulled } : {}),
    services: e.services,
    ...(e.rendered !== undefined ? { 'read-from-render': e.rendered } : {}),
    ...(e.unrendered !== undefined ? { unrendered: e.unrendered } : {}),
    ...(e.runsNone !== undefined ? { 'runs-none': e.runsNone } : {}),
    ...(e.hydrated !== undefined ? { 'read-from-hydrated': { branch: e.hydrated.branch, 'dry-sha': e.hydrated.dry } } : {}),
    ...(e.apps !== undefined ? { apps: Object.fromEntries(Object.entries(e.apps).map(([id, a]) => [id, pinsJson(a)])) } : {}),
  };
}

/**
 * `status --json`: full values (whole digests, the base commit), keys in kebab-case like the actions'
 * outputs. The shape is documented in the README (lockstep status --json).
 */
export function statusJson(r: StatusResult): JsonDocument {
  return commandJson('status', {
    base: r.base,
    'base-sha': r.baseSha ?? null,
    environments: r.pins.map((e) => ({ ...pinsJson(e), ...heldJson(r, e.name) })),
    next: r.next.map((n) => ({
      from: n.from,
      to: n.to,
      changes: n.changes.map(pinChangeRow),
      ...(n.chart ? { chart: chartJson(n.chart) } : {}),
      ...(n.charts
        ? { charts: n.charts.map(({ app, chart }) => ({ app, file: chart.file, line: chart.line, old: chart.old, new: chart.new })) }
        : {}),
      ...(n.error !== undefined ? { error: n.error } : {}),
      ...(n.holds ? { holds: n.holds.map((h) => ({ gate: h.gate, message: h.message })) } : {}),
      ...(n.hydrated
        ? {
            hydrated: {
              proposed: n.hydrated.proposed,
              active: n.hydrated.active,
              'proposed-dry': n.hydrated.proposedDry ?? null,
              'active-dry': n.hydrated.activeDry ?? null,
              pending: n.hydrated.pending,
            },
          }
        : {}),
    })),
  });
}

/** An environment's `hold` in status --json, when a landed rollback holds it: the gate, its words, and the rollback. */
function heldJson(r: StatusResult, env: string): Record<string, unknown> {
  const h = r.held?.find((x) => x.env === env);
  return h ? { hold: { gate: h.gate, message: h.message, commit: h.commit, pull: h.pull ?? null, to: h.to } } : {};
}
