import { commandJson, type JsonDocument } from '../../contract/json.ts';
import type { OperationView, RunnerStep, RunnerView } from '../../contract/operation.ts';
import { renderMarkdown, type ResultView } from '../../report/view.ts';
import type { HydratedEnvironment, HydrateResult } from './result.ts';

const STATUS: Record<HydratedEnvironment['status'], string> = {
  created: 'created',
  updated: 'updated',
  unchanged: 'unchanged (same manifests)',
  'would-create': 'would create (dry run)',
  'would-update': 'would update (dry run)',
  superseded: 'left as it is (it holds a newer DRY commit)',
  matches: 'matches a fresh render of its drySha',
  absent: 'absent (nothing to check)',
};

/** How many branches were (or would be) written. */
function written(r: HydrateResult): number {
  return r.environments.filter((e) => !['unchanged', 'matches', 'absent', 'superseded'].includes(e.status)).length;
}

/** Each branch a newer run already wrote: not an error (the newer render won), said so this run's nothing is not a mystery. */
function supersededLines(r: HydrateResult): string[] {
  return r.environments.flatMap((e) =>
    e.status === 'superseded' && e.newer
      ? [
          `${e.name}: ${e.branch} already holds the render of DRY commit ${e.newer.slice(0, 12)}, newer than ${r.drySha.slice(0, 12)}: nothing written there (a run for an older commit never rolls a branch back)`,
        ]
      : [],
  );
}

/** One sentence on what the run did. */
export function hydrateStatus(r: HydrateResult): string {
  const shard = r.shard ? `Shard ${r.shard.index}/${r.shard.count}: ` : '';
  if (shard && r.environments.length === 0) return `${shard}no environment to hydrate is this shard's; nothing written.`;
  return `${shard}${statusOf(r)}`;
}

/** The sentence of a run of one runner, or of a shard's share. */
function statusOf(r: HydrateResult): string {
  if (r.mode === 'check') {
    const n = r.environments.filter((e) => e.status === 'matches').length;
    const absent = r.environments.length - n;
    return `Checked ${n} hydrated branch${n === 1 ? '' : 'es'}: each is a fresh render of its drySha, without hand edits${absent > 0 ? `; ${absent} not hydrated yet` : ''}.`;
  }
  const n = written(r);
  const newer = r.environments.filter((e) => e.status === 'superseded').length;
  const same = r.environments.length - n - newer;
  const head = r.dryRun
    ? `Dry run: ${n} hydrated branch${n === 1 ? '' : 'es'} would be written from ${r.drySha.slice(0, 12)}`
    : `Hydrated ${n} branch${n === 1 ? '' : 'es'} from ${r.drySha.slice(0, 12)}`;
  return `${head}${same > 0 ? `; ${same} already held these manifests` : ''}${newer > 0 ? `; ${newer} held a newer DRY commit's render and ${newer === 1 ? 'was' : 'were'} left as ${newer === 1 ? 'it was' : 'they were'}` : ''}.`;
}

/** The lines that say what was left out of a render: each Secret dropped under `secrets: drop`. */
function droppedLines(r: HydrateResult): string[] {
  return r.environments.flatMap((e) => e.dropped.map((d) => `${e.name}: dropped ${d} from the render (secrets: drop)`));
}

/** The table: one row per environment with its branch, what happened and the commit. */
export function hydrateView(r: HydrateResult): ResultView {
  return {
    title: r.mode === 'check' ? 'hydrate-env (check)' : 'hydrate-env',
    status: hydrateStatus(r),
    headers: ['environment', 'branch', 'status', 'commit', 'files', 'renderer'],
    rows: r.environments.map((e) => [e.name, e.branch, STATUS[e.status], e.commit?.slice(0, 12) ?? '', String(e.files), e.renderer]),
    notes: [...supersededLines(r), ...droppedLines(r)],
    warnings: [],
    statusFirst: false,
    warningStyle: 'bullets',
  };
}

/** The `environments` output: name → branch, status and commit, on one line. */
function environmentsOutput(r: HydrateResult): string {
  return JSON.stringify(
    Object.fromEntries(
      r.environments.map((e) => [
        e.name,
        {
          branch: e.branch,
          status: e.status,
          commit: e.commit ?? null,
          ...(e.drySha ? { 'dry-sha': e.drySha } : {}),
          ...(e.newer ? { 'newer-dry-sha': e.newer } : {}),
        },
      ]),
    ),
  );
}

export function hydrateRunnerView(r: HydrateResult): RunnerView {
  const steps: RunnerStep[] = [
    ...r.environments.map((e) => ({
      info: `${e.name}: ${e.branch} ${STATUS[e.status]}${e.commit ? ` at ${e.commit.slice(0, 12)}` : ''}${e.noted ? `, noted in refs/notes/hydrator.metadata as the render of ${r.drySha.slice(0, 12)} too` : ''}`,
    })),
    ...supersededLines(r).map((message) => ({ annotate: 'notice' as const, message })),
    ...droppedLines(r).map((info) => ({ info })),
    { info: hydrateStatus(r) },
    { output: 'environments', value: environmentsOutput(r) },
    { output: 'changed', value: String(written(r)) },
    { summary: renderMarkdown(hydrateView(r)) },
  ];
  return { steps };
}

/** `lockstep hydrate --json`: the DRY commit, and each environment's branch, status, commit, files and renderer. */
export function hydrateJson(r: HydrateResult): JsonDocument {
  return commandJson('hydrate', {
    mode: r.mode,
    'dry-run': r.dryRun,
    status: hydrateStatus(r),
    'dry-sha': r.drySha,
    environments: r.environments.map((e) => ({
      name: e.name,
      branch: e.branch,
      path: e.path ?? null,
      status: e.status,
      commit: e.commit ?? null,
      ...(e.drySha ? { 'dry-sha': e.drySha } : {}),
      ...(e.newer ? { 'newer-dry-sha': e.newer } : {}),
      files: e.files,
      dropped: e.dropped,
      renderer: e.renderer,
    })),
  });
}

export const hydrateViews: OperationView<HydrateResult> = {
  runner: hydrateRunnerView,
  terminal: hydrateView,
  failure: () => undefined,
  json: hydrateJson,
};
