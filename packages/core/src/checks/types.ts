import type { BumpLevel } from '../charts/bump-rules.ts';
import type { Problem } from './problem.ts';
import type { Target, TargetLike } from './targets.ts';

// The types the chart-bump check's modules share (its input, its verdicts). They live here, not in
// chart-bump.ts, which imports those modules: this one imports only types of leaf modules, so
// checks/ has no import cycle.

/** What `breaking: …` does with a breaking change that the bump does not cover. */
export type BreakingMode = 'error' | 'warn' | 'off';
/** `auto`: check charts that keep a CHANGELOG.md; `required`: every changed chart must keep one. */
export type ChangelogMode = 'auto' | 'required' | 'off';

/** The verdict for one changed chart. */
export interface ChartCheck {
  /** Chart folder, workspace-relative. */
  path: string;
  name: string;
  /** The version the head must exceed (highest of merge base and base tips), null for a new chart. */
  base: string | null;
  /** The head version as written, null for a deleted chart. */
  head: string | null;
  required: BumpLevel | 'none';
  ok: boolean;
  problems: Problem[];
  status: 'changed' | 'new' | 'deleted';
  /** Why the chart counts as changed and what decided the level (for the summary). */
  reasons: string[];
  /** When the version must move: the smallest version that passes, and the bump-chart level that gives it. */
  fix?: { version: string; level: BumpLevel };
}

/** The paths of one side's tree (from `git ls-tree`, or a fake in tests). */
export type PathSet = ReadonlySet<string>;

/** Another commit whose chart versions the head must exceed (the PR's base commit, the base branch tip). */
export interface OtherBase {
  label: string;
  readFile(path: string): Promise<string | undefined>;
  /**
   * Whether this base judges the chart in folder `dir`: the pull request's base and the base branch's tip judge every
   * chart; a merge queue entry's base only the charts that changed between it and the head (what the pull requests
   * ahead bumped is not this entry's change).
   */
  judges(dir: string): boolean;
}

/** Both sides of a pull request and the rules to apply (inputs and config already merged). */
export interface ChartBumpInput {
  /** The merge base's paths: what the pull request changed is head − base. */
  base: PathSet;
  head: PathSet;
  /** Paths added, deleted or modified between base and head. */
  changed: readonly string[];
  /**
   * Head Chart.yaml paths that mention `file://` (e.g. from `git grep`), so
   * only those are read to find dependents; when absent every Chart.yaml is read.
   */
  localDependencyCandidates?: readonly string[];
  /** A file's text on one side; undefined when it does not exist there. */
  readFile(side: 'base' | 'head', path: string): Promise<string | undefined>;
  otherBases?: readonly OtherBase[];
  /**
   * Who set a base version that the head's does not exceed (`#11 (commit …)`), for the refusal to name;
   * undefined when the pull request's own fork point already held it (operations/check/queue.ts), or when no one
   * can be named.
   */
  takenBy(chartFile: string, version: string): Promise<string | undefined>;
  /** Chart folders or globs to check (default: every chart); each must match a chart. */
  charts?: readonly TargetLike[];
  /** The config's explicit `charts: []`: no chart is checked (protected values files still are). */
  noCharts?: boolean;
  /**
   * `charts:` absent (nor an input) in a config with environments: a working directory holding no
   * chart folder at all then has no chart to check (the environments still are), instead of an error.
   */
  chartsOptional?: boolean;
  /** The config's `charts-ignore:` entries: chart folders `charts` leaves out on purpose; each must match a chart. */
  chartsIgnore?: readonly TargetLike[];
  /** Where the config's `charts:` key is, for the line that tells how to cover a chart folder it leaves out. */
  chartsAt?: { file?: string; line?: number };
  /** Protected values files: exact paths (from config) and globs (input); each must match a file. */
  protectedFiles?: readonly TargetLike[];
  protectedGlobs?: readonly TargetLike[];
  /** Protected environments' Application files: exact paths (from config) and globs (input protected-applications); each must match a file. */
  protectedApplications?: readonly TargetLike[];
  protectedApplicationGlobs?: readonly TargetLike[];
  /** Globs of unprotected environments' values files (an environment of many apps): each must match a file. */
  configuredGlobs?: readonly TargetLike[];
  /** Protected environments' Kustomize overlays (config kustomization: a file, a folder holding one, or an Argo CD Application). */
  protectedOverlays?: readonly Target[];
  /** The other environments' overlays: each must hold a kustomization (a typo would leave promote-env nothing to read). */
  configuredOverlays?: readonly Target[];
  /** Other configured files that must exist (non-protected environments' values files). */
  configuredFiles?: readonly TargetLike[];
  /** The working directory's path from the repository's top, to show paths in messages as the user wrote them. */
  prefix?: string;
  /** Globs relative to each chart: packaged files whose changes need no bump (e.g. README.md). */
  ignore?: readonly string[];
  /** The environments' values files (repository paths or globs): inside a chart folder, deployment state, not chart content (charts/deployment-state.ts). */
  deploymentState?: readonly string[];
  breaking: BreakingMode;
  changelog: ChangelogMode;
  /**
   * Whether a chart version is in the chart's OCI repository (`{ at }` where, `{ problem }` when the registry
   * could not tell, undefined when it is not there: always, without `chart-registry` in the config). A version
   * found is taken.
   */
  published(name: string, version: string): Promise<{ at: string } | { problem: string } | undefined>;
}

/** The verdict for a pull request: every changed chart and every protected values file. */
export interface ChartBumpPlan {
  charts: ChartCheck[];
  /**
   * Problems found outside the checked charts: protected values files and Applications, and
   * changed chart folders that no `charts` entry covers (and no `charts-ignore` entry leaves out).
   */
  protectedProblems: Problem[];
  protectedFiles: string[];
  /** Protected files that pin no image (an overlay whose image comes from its base or a patch): what runs is the render's to say. */
  pinless?: string[];
  /** Protected Application files checked for exact chart versions (their problems are in protectedProblems). */
  protectedApplications?: string[];
  /** Changed chart folders no `charts` entry covers (their problems are in protectedProblems). */
  uncovered?: string[];
  /** No chart folder under the working directory, and `chartsOptional`: no chart was checked. */
  noChartFolder?: boolean;
  ok: boolean;
}
