// Waves: a promotion into several environments in order (`to: prod-eu,
// prod-us`, or `to: <name>` of a config `waves:` list). The first wave is an
// ordinary promotion from the source; each later wave promotes from the wave
// before it, and only once that wave's promotion is merged (the environment
// pins what its source had) and the require-checks are green on the commit
// that landed it on the base (the merge commit, on the first-parent history).
// A red check there stops the waves and says where. Each run advances the
// waves as far as they may go and no further, so rerunning it (on push to the
// default branch, on a schedule) drives them; a rerun with nothing new to do
// changes nothing.

import { named, setting, throwAll, UserError, words } from '../errors.ts';
import { escapeMarkdown } from '../text/markdown.ts';
import { didYouMean } from '../text/suggest.ts';
import { markdownTable } from '../text/markdown.ts';
import type { CheckResult } from './ports.ts';
import type { PromoteWorld } from './ports.ts';
import { checkRoute, type PromoteRequest, type Route } from './request.ts';
import { pinPath } from './place.ts';
import { landedHydrated, lockstepHydrated } from './hydrated.ts';

/** One wave: its environment's promotion request and checked route. */
export interface PlannedWave {
  req: PromoteRequest;
  route: Route;
}

/** Where one wave stands after this run. */
export interface WaveStep {
  environment: string;
  /** landed: merged (or nothing to do); opened: its pull request is open; planned: a dry run; waiting: for a merge or checks; stopped: a red check; held: behind an earlier wave. */
  state: 'landed' | 'opened' | 'planned' | 'waiting' | 'stopped' | 'held';
  detail: string;
}

/** The waves after this run, and the red checks that stopped them, if any. */
export interface WaveReport {
  steps: WaveStep[];
  /** `branch`: the active branch of a hydrated `after`, whose hydrated commit `sha` is (else a merge commit on the base). */
  stopped?: { wave: string; after: string; sha: string; failed: CheckResult[]; branch?: string };
}

/** What a wave's promotion returned, as far as the waves read it. */
export interface WaveOutcome {
  outcome: 'dry-run' | 'nothing' | 'checks' | 'pr' | 'direct' | 'held';
  pull?: { number: number; url: string };
  commit?: string;
  /** A hydrated environment's active branch and the DRY commit it runs (its wave line says so, not pins). */
  hydrated?: { active: string; drySha: string };
  /** What the gates decided: a held wave names each hold (the gate and its words). */
  gate?: { holds: readonly { gate: string; message: string }[] };
}

/** The environments `to` names: a list (comma- or newline-separated), or one name of the config's `waves:`. */
export function waveTargets(req: PromoteRequest): string[] {
  const names = req.to
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 1 && req.waves?.[names[0]]) return req.waves[names[0]];
  return names.length > 0 ? names : [req.to];
}

/**
 * The request per wave, each route checked before anything is read: the
 * first from the request's source, each later one from the wave before it
 * (its own pins, so no digests file or version; its checks are gated on the
 * previous wave's merge commit instead). A single target is the request itself.
 */
export function planWaves(req: PromoteRequest): PlannedWave[] {
  const targets = waveTargets(req);
  unknownInWave(req);
  if (targets.length === 1) {
    const one = targets[0] === req.to ? req : { ...req, to: targets[0] };
    return [{ req: one, route: checkRoute(one) }];
  }
  if (req.from.kind === 'ref')
    throw new UserError(words`names ${targets.length} environments; a rollback (${named('from', 'ref:…')}) goes to one`, {
      input: 'to',
      hint: 'roll back one environment at a time',
    });
  return targets.map((to, k) => {
    const wave: PromoteRequest =
      k === 0
        ? { ...req, to }
        : { ...req, to, from: { kind: 'env', env: targets[k - 1] }, digests: undefined, version: undefined, requireChecks: [] };
    return { req: wave, route: checkRoute(wave) };
  });
}

/**
 * A `waves:` entry of the config that `to` names and that is no environment:
 * an error at the entry's config line, not on the input that named the wave.
 */
function unknownInWave(req: PromoteRequest): void {
  const wave = req.to.trim();
  const list = req.waves?.[wave];
  if (!list) return;
  const names = req.environments.map((e) => e.name);
  throwAll(
    list.flatMap((name, k) =>
      names.includes(name)
        ? []
        : [
            new UserError(`wave '${wave}' names '${name}', which is not an environment${didYouMean(name, names)}`, {
              file: req.configFile,
              line: req.waveLines?.[wave]?.[k],
              hint: `list environments of the config in waves.${wave}; environments, in order: ${names.join(', ')}`,
            }),
          ],
    ),
  );
}

/** The checks named, as a phrase: `e2e is failure, smoke is pending`. */
function checksPhrase(states: CheckResult[]): string {
  return states.map((s) => `${s.name} is ${s.state}`).join(', ');
}

/**
 * Advances the waves as far as they may go: each wave promoted with
 * `promote` until one opens (or updates) a pull request, is stopped by its
 * checks, or waits for the previous wave's merge commit to be green. Returns
 * the last wave promoted and where every wave stands.
 */
export async function advanceWaves<R extends WaveOutcome>(
  waves: PlannedWave[],
  ports: PromoteWorld,
  requireChecks: readonly string[],
  promote: (req: PromoteRequest, route: Route) => Promise<R>,
): Promise<{ result: R; wave: PlannedWave; report: WaveReport }> {
  const steps: WaveStep[] = [];
  const report: WaveReport = { steps };
  let result: R | undefined;
  let ran = waves[0];
  let holding = '';
  for (const [k, wave] of waves.entries()) {
    const name = wave.route.to.name;
    if (holding) {
      steps.push({ environment: name, state: 'held', detail: holding });
      continue;
    }
    if (k > 0 && result !== undefined) {
      const gate = await gateOnMerge(waves[k - 1], wave, ports, requireChecks);
      if (gate) {
        steps.push(gate.step);
        if (gate.stopped) report.stopped = gate.stopped;
        holding = `behind ${name}`;
        continue;
      }
    }
    result = await promote(wave.req, wave.route);
    ran = wave;
    switch (result.outcome) {
      case 'nothing':
        steps.push({
          environment: name,
          state: 'landed',
          detail: result.hydrated
            ? `already runs DRY commit ${result.hydrated.drySha.slice(0, 12)} on ${result.hydrated.active}`
            : `pins what ${wave.req.from.kind === 'env' ? wave.req.from.env : 'the source'} has`,
        });
        break;
      case 'direct':
        steps.push({ environment: name, state: 'landed', detail: `committed ${result.commit?.slice(0, 12) ?? ''} to ${wave.req.base}` });
        break;
      case 'pr':
        steps.push({ environment: name, state: 'opened', detail: `pull request #${result.pull?.number} ${result.pull?.url ?? ''}`.trim() });
        holding = `waits for ${name}'s pull request #${result.pull?.number} to be merged`;
        break;
      case 'dry-run':
        steps.push({ environment: name, state: 'planned', detail: 'dry run' });
        holding = `waits for ${name} to be promoted and merged`;
        break;
      case 'checks':
        steps.push({ environment: name, state: 'stopped', detail: 'required checks are not green on the source' });
        holding = `behind ${name}`;
        break;
      case 'held':
        // A gate holds this wave, named with its words (fan-in: which environment lacks which pin): the later ones wait behind it.
        steps.push({ environment: name, state: 'held', detail: heldBy(result.gate?.holds ?? []) });
        holding = `behind ${name}`;
        break;
    }
  }
  return { result: result!, wave: ran, report };
}

/**
 * The gate before wave `next`: the previous wave's promotion landed on the
 * base (its environment's last change on the first-parent history) with the
 * require-checks green there. Undefined when it may go; else why not.
 */
async function gateOnMerge(
  previous: PlannedWave,
  next: PlannedWave,
  ports: PromoteWorld,
  requireChecks: readonly string[],
): Promise<{ step: WaveStep; stopped?: WaveReport['stopped'] } | undefined> {
  if (requireChecks.length === 0) return undefined;
  const prev = previous.route.to.name;
  const name = next.route.to.name;
  if (!ports.github)
    throw new UserError(words`waves with require-checks need ${named('github-token')}`, {
      hint: words`${setting('github-token')} (checks: read)`,
    });
  // A hydrated environment (hydrate: promote: lockstep) runs its active branch, not the DRY base's values file:
  // the checks GitHub ran are on the commit that landed its hydrator.metadata there (the merge of its promotion).
  const hydrated = lockstepHydrated(previous.req, prev);
  const branch = hydrated?.active ?? previous.req.base;
  const sha = hydrated ? await landedHydrated(ports, hydrated) : await landedOnBase(ports, branch, pinPath(previous.route.to));
  if (!sha) return { step: { environment: name, state: 'waiting', detail: `waits for ${prev}'s promotion to land on ${branch}` } };
  const where = hydrated ? `${prev}'s hydrated commit ${sha.slice(0, 12)} (${branch})` : `${prev}'s merge commit ${sha.slice(0, 12)}`;
  const states = await ports.github.checkStates(sha, requireChecks);
  const failed = states.filter((s) => s.state === 'failure');
  if (failed.length > 0)
    return {
      step: {
        environment: name,
        state: 'stopped',
        detail: `not promoted: ${checksPhrase(failed)} on ${where}`,
      },
      stopped: { wave: name, after: prev, sha, failed, ...(hydrated ? { branch } : {}) },
    };
  const open = states.filter((s) => s.state !== 'success');
  if (open.length > 0)
    return {
      step: {
        environment: name,
        state: 'waiting',
        detail: `waits for ${checksPhrase(open)} on ${where}`,
      },
    };
  return undefined;
}

/** The last commit of `branch`'s first-parent history that changed `path`; undefined when none (or no branch). */
async function landedOnBase(ports: Pick<PromoteWorld, 'git'>, branch: string, path: string): Promise<string | undefined> {
  const tip = await ports.git.fetchBranch(branch);
  return tip ? ports.git.landedAt(tip, path) : undefined;
}

/** The waves as a table for the job summary. */
export function wavesMarkdown(report: WaveReport): string {
  // markdownTable escapes each cell: environment names, check names and URLs are plain text here.
  return [
    'Waves:',
    '',
    markdownTable(
      ['wave', 'state', ''],
      report.steps.map((s) => [s.environment, s.state, s.detail]),
    ),
  ].join('\n');
}

/** The waves as log lines. */
export function wavesLines(report: WaveReport): string[] {
  return report.steps.map((s) => `wave ${s.environment}: ${s.state}${s.detail ? ` — ${s.detail}` : ''}`);
}

/** The error a run stopped by a red check on a wave's merge commit ends with; undefined otherwise. */
export function wavesError(report: WaveReport | undefined): UserError | undefined {
  const s = report?.stopped;
  if (!s) return undefined;
  const where = s.branch ? `hydrated commit ${s.sha.slice(0, 12)} (${s.branch})` : `merge commit ${s.sha.slice(0, 12)}`;
  return new UserError(`wave ${s.wave} stopped: ${checksPhrase(s.failed)} on ${s.after}'s ${where}`, {
    hint: `fix ${s.after} first (or roll it back); the next run promotes ${s.wave} once the checks are green there`,
  });
}

/** The stop as one sentence for the summary (escaped). */
export function wavesStopMarkdown(report: WaveReport | undefined): string | undefined {
  const e = wavesError(report);
  return e ? `Stopped: ${escapeMarkdown(e.message)}.` : undefined;
}

/** A held wave's line: each hold as `held by <gate>: <its words>`. */
function heldBy(holds: readonly { gate: string; message: string }[]): string {
  return holds.length === 0 ? 'held by a gate' : holds.map((h) => `held by ${h.gate}: ${h.message}`).join('; ');
}
