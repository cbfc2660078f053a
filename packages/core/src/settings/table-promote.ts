// promote's settings table (see table.ts), in a file of its own so that an action's entry chunk
// carries its own table only (it names the secret inputs masked first). Edit here, then run
// `npm run settings`: it rewrites the action.yml `inputs:` block and the README tables.
import { SIGNING_SETTINGS } from './signing.ts';
import { RENDER_KEY, VALIDATE_KEY, VALUES_CONTRACT_KEY, type SettingsTable } from './table.ts';

/** promote-env / lockstep promote. */
export const PROMOTE = {
  operation: 'promote',
  action: 'promote-env',
  settings: [
    {
      input: 'from',
      kind: 'string',
      docs: 'Source environment (e.g. dev), or ref:<sha-or-tag> to roll the target back to what it pinned at that ref. May be empty when promoting into the first environment from digests or version.',
    },
    {
      input: 'to',
      kind: 'string',
      docs: 'Target environment (e.g. staging), or several in order (e.g. prod-eu, prod-us), or a config waves name — waves open one after the other, each once the previous one is merged and its require-checks are green on the merge commit. Not needed with record deployments (it then limits the record to that environment).',
    },
    {
      input: 'environments',
      kind: 'list',
      docs: 'Promotion order, comma-separated or one per line (default the config environments, else dev,staging,prod).',
    },
    {
      input: 'digests',
      kind: 'path',
      docs: "A capture-digests file (service → tag, digest, sha) to take the new pins from. Without it the source environment's pins are copied.",
    },
    { input: 'version', kind: 'semver', docs: 'An explicit image tag for the services (e.g. a release tag v1.2.0).' },
    {
      input: 'resolve-digests',
      kind: 'bool',
      docs: 'Resolve tags to digests through the registry before writing (default true for protected targets, false otherwise).',
    },
    {
      input: 'push',
      kind: 'choice',
      choices: ['pr', 'direct'],
      default: 'pr',
      docs: 'pr (open or update a pull request) or direct (commit to the base branch with a lease; refused for protected targets).',
    },
    {
      input: 'services',
      kind: 'list',
      docs: 'Limit the promotion to these services (comma-separated or one per line; default every service the source names).',
    },
    {
      input: 'chart-version',
      kind: 'semver',
      docs: "Chart version to set as the target ArgoCD Application's targetRevision; one exact SemVer version that was released (its tag <chart>-<version> in the repository, or its chart in the registry), said in the pull request when it is not the source's.",
    },
    {
      input: 'values-file',
      kind: 'file',
      docs: 'Values file template when the config has no environments, with {env} (e.g. environments/{env}/values.yaml).',
    },
    {
      input: 'values-key',
      kind: 'string',
      docs: 'Values key template when the config has no services, with {service} (e.g. services.{service}.image, or image for a single-image chart).',
    },
    {
      input: 'repository',
      kind: 'string',
      docs: 'owner/name of a separate repository to promote in (e.g. a gitops-config repository); cloned with github-token. Default the current repository.',
    },
    {
      input: 'verify-source',
      kind: 'bool',
      default: 'true',
      docs: 'Refuse an image whose digest the source environment does not pin now (it never ran there).',
    },
    {
      input: 'values-drift',
      kind: 'choice',
      choices: ['error', 'warn', 'off'],
      config: {
        key: 'values-drift',
        where: 'environment',
        defaultWhen: { key: 'protected', is: true, then: 'error', otherwise: 'warn' },
        docs: 'A key the values file sets that the chart version the environment runs reads and the promoted version no longer reads: error refuses the promotion (also when a chart version cannot be read), warn annotates it (default error when protected, else warn).',
      },
      docs: "What a key the target's values set (its values files, its Application's valuesObject, a HelmRelease's spec.values), that the chart version the target runs reads and the promoted version no longer reads, does; error (refuse before any write, also when a chart version cannot be read from its release tag or registry), warn (annotate and go on) or off (default config values-drift, else error for protected environments, warn otherwise).",
    },
    {
      input: 'values-contract',
      kind: 'choice',
      choices: ['error', 'warn', 'off'],
      config: VALUES_CONTRACT_KEY,
      docs: "What the values contract does for a promotion that moves the target's chart version: a key the target's values (its values files, an Application's inline values and helm.parameters, a HelmRelease's spec.values and valuesFrom) set that no template of the promoted chart version (its subcharts, global) reads, named at its line with the nearest key that version reads, and what that version's values.schema.json refuses in the merged values, at the line that wrote the key; error (refuse before any write, also when that version cannot be read), warn (annotate, and say it in the pull request) or off (default the target's config values-contract, else the top's, else error for protected environments, warn otherwise).",
    },
    {
      input: 'render',
      kind: 'choice',
      choices: ['auto', 'on', 'off'],
      config: RENDER_KEY,
      docs: "Rendered manifest diffs of the target (helm template as it runs now and after the merge, per object, in the pull request and the summary); auto (render when Helm 3.8 or later is on PATH, else one line saying how to add it), on (Helm required) or off (default the target's config render, else the config's top-level render, else auto).",
    },
    {
      input: 'validate',
      kind: 'choice',
      choices: ['error', 'warn', 'off'],
      config: VALIDATE_KEY,
      docs: "What a rendered object of the target that fails schema validation does: the promoted render is validated offline against the Kubernetes schemas of the target's kube-version (and Flux's, for Flux objects), the CRDs of the chart, the render and config crds:, and the APIs that version no longer serves, and the Flux resources the promotion edits against Flux's schemas at their lines; error (refuse before any write), warn (annotate and go on) or off (default the target's config validate, else error for protected environments, warn otherwise).",
    },
    { input: 'base', kind: 'ref', docs: "Base branch of the repository promoted in (default the repository's default branch)." },
    { input: 'draft', kind: 'bool', default: 'false', docs: 'Open the pull request as a draft (always a draft for protected targets).' },
    {
      input: 'labels',
      kind: 'list',
      default: 'automation:release-bump',
      docs: 'Labels of the pull request (comma-separated or one per line).',
    },
    { input: 'reviewers', kind: 'list', docs: 'Users to request a review from (comma-separated or one per line).' },
    {
      input: 'auto-merge',
      kind: 'bool',
      config: { key: 'auto-merge', where: 'environment', default: false },
      docs: "Enable GitHub auto-merge on the pull request (default the target environment's config auto-merge; never for protected targets).",
    },
    {
      input: 'notify-pulls',
      kind: 'bool',
      config: { key: 'notify-pulls', where: 'top', default: false },
      docs: 'Comment on every source pull request this promotion ships (one lockstep comment, edited in place: "Released in v1.5.0 → staging (#41, merged …) → prod (#44, draft)"), and, when the base branch\'s tip merged a promotion pull request, add its merge to the same comments. Needs pull-requests: write. Default: the config\'s notify-pulls (false).',
    },
    {
      input: 'notify-webhook',
      kind: 'string',
      docs: 'A URL (https; plain http only to this machine) to POST one event to per promotion outcome (opened, held, landed, rolled-back): JSON with a stable id, retried on failure, signed with notify-secret; masked in the log. A receiver that cannot be reached leaves the promotion as it went, with a warning.',
    },
    {
      input: 'notify-format',
      kind: 'choice',
      choices: ['json', 'slack'],
      default: 'json',
      docs: "The webhook's body: json (the event) or slack (a Slack incoming webhook's { text }).",
    },
    {
      input: 'notify-secret',
      kind: 'secret',
      docs: 'The key the webhook body is signed with: HMAC-SHA256 in X-Hub-Signature-256 (sha256=<hex>), as GitHub signs its webhooks (masked). lockstep promote reads it from LOCKSTEP_NOTIFY_SECRET.',
    },
    {
      input: 'lift-hold',
      kind: 'bool',
      default: 'false',
      docs: "Lift the target's rollback hold: a rollback (from ref:<tag-or-sha>) that landed holds the environment and those after it, and this promotion, once it lands, ends the hold.",
    },
    { input: 'allow-skip', kind: 'bool', default: 'false', docs: 'Allow a promotion that skips an environment (e.g. dev → prod).' },
    {
      input: 'allow-chart-downgrade',
      kind: 'bool',
      default: 'false',
      docs: "Allow a promotion that lowers the target's chart version (a rollback with from ref:<tag-or-sha> needs no allowance).",
    },
    {
      input: 'allow-image-downgrade',
      kind: 'bool',
      default: 'false',
      docs: 'Allow a promotion that lowers an image tag the target runs, in SemVer order (a rollback with from ref:<tag-or-sha> needs no allowance).',
    },
    {
      input: 'require-checks',
      kind: 'list',
      docs: 'Names of check runs or commit statuses that must be green on the commit the source pins came from (comma-separated or one per line).',
    },
    {
      input: 'min-soak',
      kind: 'duration',
      config: {
        key: 'min-soak',
        where: 'environment',
        reader: 'duration',
        docs: 'Soak time: a digest is promoted from this environment only once it has been pinned here on the base branch this long (30m, 1h, 2d, 1h30m).',
      },
      docs: 'Soak time of the source environment (30m, 1h, 2d, 1h30m), overriding its config min-soak; a digest is promoted only once it has been pinned there on the base branch this long. A rollback (from ref:) never waits.',
    },
    {
      input: 'wait',
      kind: 'choice',
      choices: ['refuse', 'draft'],
      config: {
        key: 'wait',
        where: 'environment',
        default: 'refuse',
        docs: 'A promotion from this environment before min-soak has passed: refuse it, or open its pull request as a draft without auto-merge.',
      },
      docs: "A promotion before the soak time has passed - refuse (the default) or draft (open the pull request as a draft without auto-merge). Overrides the source environment's config wait.",
    },
    {
      input: 'break-glass-label',
      kind: 'string',
      default: 'break-glass',
      docs: "The label that lets the promotion pull request through the target's promotion windows and freezes (who added it, and when, is recorded in the pull request body).",
    },
    {
      input: 'github-token',
      kind: 'secret',
      default: '${{ github.token }}',
      docs: 'Token to push and open the pull request (a GitHub App or PAT token where the pull request must trigger other workflows, or for another repository).',
    },
    {
      input: 'record',
      kind: 'string',
      docs: 'deployments to record instead of promoting - the promotion that landed on the base branch (a merged promotion pull request or a direct push, found by its Lockstep-Generated trailer) becomes a GitHub Deployment of each environment it changed, with a success status, the previous one marked inactive. Run it on push to the default branch.',
    },
    {
      input: 'commit-mode',
      kind: 'choice',
      choices: ['git', 'api'],
      config: { key: 'commit-mode', where: 'top', default: 'git' },
      docs: "How the promotion commit is written: git pushes it; api creates it through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, as a 'require signed commits' ruleset needs. Empty: the config's commit-mode, else git.",
    },
    ...SIGNING_SETTINGS,
    {
      input: 'dry-run',
      kind: 'bool',
      default: 'false',
      docs: 'Print the unified diff and the drift table; write, push and call nothing that mutates.',
    },
    {
      input: 'config',
      kind: 'path',
      default: '.github/lockstep.yml',
      docs: 'Path of the lockstep configuration file, relative to working-directory.',
    },
    { input: 'working-directory', kind: 'workdir', default: '.', docs: 'Folder to work in, relative to the workspace.' },
  ],
  // Read from the config with no input: the chart folders a target's chart is found among (promote/session.ts), as a
  // values file outside any chart renders with them.
  reads: [{ key: 'charts', where: 'top' }],
} as const satisfies SettingsTable;
