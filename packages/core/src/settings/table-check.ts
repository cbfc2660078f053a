// check's settings table (see table.ts), in a file of its own so that an action's entry chunk
// carries its own table only (it names the secret inputs masked first). Edit here, then run
// `npm run settings`: it rewrites the action.yml `inputs:` block and the README tables.
import { RENDER_KEY, VALIDATE_KEY, VALUES_CONTRACT_KEY, type SettingsTable } from './table.ts';

/** chart-bump-check / lockstep check. */
export const CHECK = {
  operation: 'check',
  action: 'chart-bump-check',
  settings: [
    {
      input: 'charts',
      kind: 'path-list',
      config: { key: 'charts', where: 'top' },
      docs: 'Chart folders or globs to check, one per line or comma-separated (default config charts, else every chart).',
    },
    { input: 'base', kind: 'ref', docs: "Ref or commit to compare with (default the pull request's base sha)." },
    { input: 'head', kind: 'ref', docs: "Ref or commit to check (default the pull request's head sha, else HEAD)." },
    {
      input: 'protected-values',
      kind: 'path-list',
      docs: 'Globs of values files that must pin every image by digest (added to config protected environments).',
    },
    {
      input: 'protected-applications',
      kind: 'glob-list',
      docs: "Globs of ArgoCD Application files whose chart sources must pin one exact chart version, not *, a range, a branch or HEAD (added to config protected environments' application files).",
    },
    {
      input: 'ignore',
      kind: 'glob-list',
      config: {
        key: 'ignore',
        where: 'top',
        default: [],
        docs: 'chart-bump-check: globs relative to each chart of packaged files whose changes need no version bump (e.g. README.md).',
      },
      docs: 'Globs relative to each chart of packaged files whose changes need no version bump, e.g. README.md, one per line or comma-separated (default config ignore).',
    },
    {
      input: 'breaking',
      kind: 'choice',
      choices: ['error', 'warn', 'off'],
      default: 'error',
      docs: 'What a breaking values change without a major bump does, error, warn or off.',
    },
    {
      input: 'changelog',
      kind: 'choice',
      choices: ['auto', 'required', 'off'],
      config: { key: 'changelog', where: 'top', default: 'auto' },
      docs: 'Changelog rule, auto (where a chart has CHANGELOG.md), required or off (default config, else auto).',
    },
    {
      input: 'render',
      kind: 'choice',
      choices: ['auto', 'on', 'off'],
      config: RENDER_KEY,
      docs: "Rendered manifest diffs in the job summary, per environment whose render inputs changed: a chart it deploys, its values files, its Application or overlay, its Flux resources (base vs head); auto (render when Helm 3.8 or later is on PATH), on (Helm required) or off (default the config's render, else auto). The pull request's templates run bounded (time limit, output cap, no network); a protected environment's render decides too (it must render, every image pinned by digest).",
    },
    {
      input: 'validate',
      kind: 'choice',
      choices: ['error', 'warn', 'off'],
      config: VALIDATE_KEY,
      docs: "What a rendered object that fails schema validation does: each environment's after side is validated offline against the Kubernetes schemas of its kube-version, the CRDs of the chart, the render and config crds:, and the APIs that version no longer serves; error (fail the check), warn (annotate) or off (default the environment's config validate, else error for protected environments, warn otherwise).",
    },
    {
      input: 'values-contract',
      kind: 'choice',
      choices: ['error', 'warn', 'off'],
      config: VALUES_CONTRACT_KEY,
      docs: "What the values contract does for each environment the check renders, and without a render each one whose values the pull request touches: a key its values (files, an Application's inline values, a HelmRelease's spec.values and valuesFrom) set that no template of its chart (its subcharts, global) reads, named at its line with the nearest key the chart reads, and what the chart's values.schema.json refuses in the merged values, at the line that wrote the key; error (fail the check, and an environment that cannot be judged fails it), warn (annotate) or off (default the environment's config values-contract, else the top's, else error for protected environments, warn otherwise).",
    },
    {
      input: 'shard',
      kind: 'string',
      docs: "This job's share of a workflow matrix, i/n (e.g. 2/8, n at most 256): only the environments (each app of an environment of many apps) whose name hashes to i are rendered, validated and judged, so a re-run renders the same share and adding an app moves only that app; the chart bump rules and config checks run in every shard alike. Writes shard-result for a final job's merge-shards.",
    },
    {
      input: 'shard-result',
      kind: 'path',
      docs: "With shard, the file this shard's result is written to, for the merging job to download (default lockstep-shard-<i>-of-<n>.json in working-directory); written whether or not this shard's check passes.",
    },
    {
      input: 'merge-shards',
      kind: 'path',
      docs: "A folder holding every shard's shard-result file (download-artifact with merge-multiple): nothing is rendered, the shards' results are merged into one summary, one verdict and one set of outputs. A missing, duplicated or unreadable shard, shards of another n or another commit refuse the merge.",
    },
    { input: 'config', kind: 'path', default: '.github/lockstep.yml', docs: 'Path of the lockstep configuration file.' },
    { input: 'working-directory', kind: 'workdir', default: '.', docs: 'Repository folder to check (default the workspace).' },
  ],
} as const satisfies SettingsTable;
