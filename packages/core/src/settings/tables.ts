// Every operation's settings table (see table.ts). Edit here, then run `npm run settings`:
// it rewrites each actions/*/action.yml `inputs:` block and the README tables from these.
import { pick, type SettingsTable } from './table.ts';

/** chart-bump-check / lockstep check. */
export const CHECK: SettingsTable = {
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
      config: { key: 'ignore', where: 'top', default: [] },
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
      docs: "Rendered manifest diffs in the job summary, per environment that deploys a changed chart (base vs head, with its values file); auto (render when Helm 3.8 or later is on PATH), on (Helm required) or off (default the config's render, else auto). The pull request's templates run bounded (time limit, output cap, no network); the check still decides on versions.",
    },
    { input: 'config', kind: 'path', default: '.github/lockstep.yml', docs: 'Path of the lockstep configuration file.' },
    { input: 'working-directory', kind: 'workdir', default: '.', docs: 'Repository folder to check (default the workspace).' },
  ],
};

/** bump-chart / lockstep bump. */
export const BUMP: SettingsTable = {
  operation: 'bump',
  action: 'bump-chart',
  settings: [
    {
      input: 'charts',
      kind: 'path-list',
      config: { key: 'charts', where: 'top' },
      docs: 'Chart folders or globs, one per line or comma-separated (braces in globs keep their commas, e.g. charts/{api,worker}); default config charts; neither given is an error.',
    },
    {
      input: 'level',
      kind: 'choice',
      choices: ['patch', 'minor', 'major'],
      default: 'patch',
      docs: 'How to bump the chart version when no version is given (patch, minor or major), applied to the version at the base; a chart already bumped at least that much is left alone.',
    },
    {
      input: 'base',
      kind: 'ref',
      docs: "Branch, tag or commit whose chart versions the level applies to, so a rerun does not bump twice (default the pull request's base, else the default branch's tip on origin).",
    },
    { input: 'version', kind: 'semver', docs: 'Explicit chart version (SemVer 2, pre-releases allowed, e.g. 1.4.0-rc.2).' },
    { input: 'app-version', kind: 'string', docs: 'New appVersion, or the literal file to read it from the config version-file.' },
    {
      input: 'changelog-entry',
      kind: 'string',
      docs: 'Changelog line for the new version (default names the new appVersion or chart version).',
    },
    {
      input: 'cascade',
      kind: 'bool',
      default: 'true',
      docs: 'Also bump charts that depend on a bumped chart (file:// or charts/ subfolder) and update their dependency version.',
    },
    {
      input: 'artifacthub-changes',
      kind: 'bool',
      default: 'false',
      docs: 'Also write the artifacthub.io/changes annotation in Chart.yaml from the changelog entries.',
    },
    { input: 'dry-run', kind: 'bool', default: 'false', docs: 'Print the unified diff of what would change and write nothing.' },
    {
      input: 'config',
      kind: 'path',
      default: '.github/lockstep.yml',
      docs: 'Path of the lockstep configuration file, relative to working-directory.',
    },
    { input: 'working-directory', kind: 'workdir', default: '.', docs: 'Folder to work in, relative to the workspace.' },
  ],
};

/** capture-digests / lockstep digests. */
export const DIGESTS: SettingsTable = {
  operation: 'digests',
  action: 'capture-digests',
  settings: [
    {
      input: 'images',
      kind: 'list',
      docs: 'Images to capture as name=registry/repository:tag, one per line or comma-separated (e.g. api=ghcr.io/acme/api:1.7.3).',
    },
    {
      input: 'services',
      kind: 'list',
      docs: 'Instead of images: service names from the config services map, one per line or comma-separated (all or empty = every service), each with tag applied.',
    },
    { input: 'tag', kind: 'string', docs: 'Tag applied to each configured service image when services is used (e.g. 1.7.3).' },
    { input: 'output', kind: 'path', default: 'image-digests.json', docs: 'Digests file to write, relative to working-directory.' },
    {
      input: 'merge',
      kind: 'bool',
      default: 'false',
      docs: "Keep the existing entries and fail when this run records a name already there with another digest (for matrix jobs that each add their service), unless overwrite. Without merge or replace, the existing entries are kept and this run's names updated.",
    },
    {
      input: 'overwrite',
      kind: 'bool',
      default: 'false',
      docs: 'With merge, replace an existing entry of the same name that has another digest instead of failing.',
    },
    {
      input: 'replace',
      kind: 'bool',
      default: 'false',
      docs: "Write only this run's entries: every other entry of an existing output file is dropped, and the dropped names are listed.",
    },
    {
      input: 'sha',
      kind: 'string',
      docs: 'Commit recorded with each entry; defaults to the first 7 characters of GITHUB_SHA, else the short HEAD commit of working-directory (git rev-parse --short HEAD).',
    },
    {
      input: 'platform',
      kind: 'string',
      docs: "Record this platform's manifest digest (os/arch[/variant], e.g. linux/amd64) instead of the multi-arch index digest; a single-platform image must be built for it (checked against its image config).",
    },
    {
      input: 'username',
      kind: 'string',
      docs: 'Registry username, used for every registry in the list; else ~/.docker/config.json (docker/login-action), else anonymous.',
    },
    { input: 'password', kind: 'secret', docs: 'Registry password or token (masked); given together with username.' },
    {
      input: 'dry-run',
      kind: 'bool',
      default: 'false',
      docs: 'Resolve the digests and print the diff of the output file, but write nothing.',
    },
    {
      input: 'working-directory',
      kind: 'workdir',
      default: '.',
      docs: 'Folder inside the workspace that output and config are relative to.',
    },
    {
      input: 'config',
      kind: 'path',
      default: '.github/lockstep.yml',
      docs: 'Path of the lockstep configuration file, relative to working-directory.',
    },
  ],
};

/** publish-chart / lockstep publish. */
export const PUBLISH: SettingsTable = {
  operation: 'publish',
  action: 'publish-chart',
  settings: [
    {
      input: 'registry',
      kind: 'oci-ref',
      config: { key: 'chart-registry', where: 'top' },
      docs: 'OCI registry and path to push to (e.g. oci://ghcr.io/acme/charts); each chart becomes <registry>/<name>:<version>. Default: the config chart-registry.',
    },
    {
      input: 'charts',
      kind: 'path-list',
      config: { key: 'charts', where: 'top' },
      docs: 'Chart folders or globs, one per line or comma-separated; default the config charts (its [] means none), else every chart under working-directory.',
    },
    {
      input: 'digests-file',
      kind: 'path',
      docs: "Digests file to add each chart's entry to (name → digest, image, sha, tag: the format promote-env reads), relative to working-directory; empty writes none.",
    },
    {
      input: 'sha',
      kind: 'string',
      docs: 'Commit recorded in the digests file; defaults to the first 7 characters of GITHUB_SHA, else the short HEAD commit of working-directory.',
    },
    {
      input: 'signing-key',
      kind: 'secret',
      docs: 'PEM private key (ECDSA P-256, RSA or Ed25519; masked) to sign each chart with as cosign sign --key does: the signature goes to <registry>/<name>:sha256-<hex>.sig.',
    },
    { input: 'username', kind: 'string', docs: 'Registry username; else ~/.docker/config.json (docker/login-action), else anonymous.' },
    { input: 'password', kind: 'secret', docs: 'Registry password or token (masked); given together with username.' },
    {
      input: 'dry-run',
      kind: 'bool',
      default: 'false',
      docs: 'Package the charts and compare them with the registry, but push and write nothing.',
    },
    {
      input: 'working-directory',
      kind: 'workdir',
      default: '.',
      docs: 'Folder inside the workspace that charts, digests-file and config are relative to.',
    },
    {
      input: 'config',
      kind: 'path',
      default: '.github/lockstep.yml',
      docs: 'Path of the lockstep configuration file, relative to working-directory.',
    },
  ],
};

/** prepare-release / lockstep release. */
export const RELEASE: SettingsTable = {
  operation: 'release',
  action: 'prepare-release',
  settings: [
    {
      input: 'version',
      kind: 'semver',
      docs: 'Explicit release version (SemVer, greater than the last release); overrides the computed one.',
    },
    {
      input: 'prerelease',
      kind: 'string',
      docs: 'Pre-release identifier (e.g. rc) to release X.Y.Z-rc.N, N counted up from existing tags.',
    },
    { input: 'initial-version', kind: 'semver', default: '0.1.0', docs: 'Version of the first release, when no release tag exists yet.' },
    {
      input: 'tag-prefix',
      kind: 'string',
      config: { key: 'tag-prefix', where: 'top', default: 'v' },
      docs: 'Prefix of release tags (default config tag-prefix, else v).',
    },
    {
      input: 'version-file',
      kind: 'file',
      config: { key: 'version-file', where: 'top', default: '.version' },
      docs: 'File holding X.Y.Z on one line (default config version-file, else .version).',
    },
    {
      input: 'charts',
      kind: 'path-list',
      config: { key: 'charts', where: 'top' },
      docs: "Chart folders or globs to bump, one per line (default config charts, else every chart; the config's [] means none).",
    },
    {
      input: 'packages',
      kind: 'list',
      config: { key: 'packages', where: 'top', default: [] },
      docs: 'pyproject.toml or package.json files whose own version becomes X.Y.Z, one per line (default config packages).',
    },
    {
      input: 'pins',
      kind: 'yaml',
      config: { key: 'pins', where: 'top', default: [] },
      docs: 'Dependency pins set to X.Y.Z, as YAML like the config key (a list of {files, table, names}); default config pins.',
    },
    {
      input: 'lock-command',
      kind: 'yaml',
      config: { key: 'lock-command', where: 'top' },
      docs: 'Command run (no shell) in each folder whose pins changed, as a YAML/JSON list, e.g. [poetry, lock, --no-update]; default config lock-command.',
    },
    {
      input: 'changelog',
      kind: 'choice',
      choices: ['auto', 'required', 'off'],
      config: { key: 'changelog', where: 'top', default: 'auto' },
      docs: 'Chart changelogs (auto, required or off; default config changelog, else auto). The root CHANGELOG.md always gets the release notes.',
    },
    { input: 'branch-prefix', kind: 'ref', default: 'chore/release-', docs: 'Release branch prefix; the branch is <prefix>X.Y.Z.' },
    {
      input: 'base',
      kind: 'ref',
      docs: 'Branch releases are made from and the release PR targets (default the branch the workflow runs on).',
    },
    { input: 'labels', kind: 'list', default: 'release', docs: 'Labels of the release PR, one per line or comma-separated.' },
    {
      input: 'freeze-label',
      kind: 'string',
      default: 'release-freeze',
      docs: 'A release PR with this label is left alone and no new one is opened.',
    },
    {
      input: 'pre-major',
      kind: 'choice',
      choices: ['minor', 'major'],
      default: 'minor',
      docs: 'What a breaking change does below 1.0.0 (minor or major).',
    },
    { input: 'author', kind: 'identity', docs: 'Author of the release commit, as Name <email> (default github-actions[bot]).' },
    {
      input: 'committer',
      kind: 'identity',
      docs: 'Committer of the release commit and tagger of the release tag, as Name <email> (default github-actions[bot]).',
    },
    {
      input: 'github-token',
      kind: 'secret',
      default: '${{ github.token }}',
      docs: 'Token for git pushes and the GitHub API (a GitHub App or PAT token makes the release PR trigger other workflows).',
    },
    {
      input: 'notify-pulls',
      kind: 'bool',
      config: { key: 'notify-pulls', where: 'top', default: false },
      docs: 'After publishing a release, comment "Released in v1.5.0" on every pull request its notes cite (one lockstep comment per pull request, edited in place by later promotions). Needs pull-requests: write. Default: the config\'s notify-pulls (false).',
    },
    {
      input: 'commit-mode',
      kind: 'choice',
      choices: ['git', 'api'],
      config: { key: 'commit-mode', where: 'top', default: 'git' },
      docs: "How the release commit and the release tag are written: git pushes them; api creates them through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, as a 'require signed commits' ruleset needs. Empty: the config's commit-mode, else git.",
    },
    {
      input: 'dry-run',
      kind: 'bool',
      default: 'false',
      docs: 'Print the next version, the notes and the unified diff; write, push and call nothing that mutates. On pull_request events every run is a dry run.',
    },
    {
      input: 'config',
      kind: 'path',
      default: '.github/lockstep.yml',
      docs: 'Path of the lockstep configuration file, relative to working-directory.',
    },
    { input: 'working-directory', kind: 'workdir', default: '.', docs: 'Folder to work in, relative to the workspace.' },
  ],
};

/** promote-env / lockstep promote. */
export const PROMOTE: SettingsTable = {
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
      config: { key: 'values-drift', where: 'environment' },
      docs: "What a key the target's values file sets, that the chart version the target runs reads and the promoted version no longer reads, does; error (refuse before any write, also when a chart version cannot be read from its release tag or registry), warn (annotate and go on) or off (default config values-drift, else error for protected environments, warn otherwise).",
    },
    {
      input: 'render',
      kind: 'choice',
      choices: ['auto', 'on', 'off'],
      docs: "Rendered manifest diffs of the target (helm template as it runs now and after the merge, per object, in the pull request and the summary); auto (render when Helm 3.8 or later is on PATH, else one line saying how to add it), on (Helm required) or off (default the target's config render, else the config's top-level render, else auto).",
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
    { input: 'allow-skip', kind: 'bool', default: 'false', docs: 'Allow a promotion that skips an environment (e.g. dev → prod).' },
    {
      input: 'allow-chart-downgrade',
      kind: 'bool',
      default: 'false',
      docs: "Allow a promotion that lowers the target's chart version (a rollback with from ref:<tag-or-sha> needs no allowance).",
    },
    {
      input: 'require-checks',
      kind: 'list',
      docs: 'Names of check runs or commit statuses that must be green on the commit the source pins came from (comma-separated or one per line).',
    },
    {
      input: 'min-soak',
      kind: 'duration',
      config: { key: 'min-soak', where: 'environment' },
      docs: 'Soak time of the source environment (30m, 1h, 2d, 1h30m), overriding its config min-soak; a digest is promoted only once it has been pinned there on the base branch this long. A rollback (from ref:) never waits.',
    },
    {
      input: 'wait',
      kind: 'choice',
      choices: ['refuse', 'draft'],
      config: { key: 'wait', where: 'environment', default: 'refuse' },
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
};

/** lockstep status: where the environments are read (part of promote-env's inputs). */
export const STATUS: SettingsTable = pick(PROMOTE, 'status', [
  'environments',
  'services',
  'values-file',
  'values-key',
  'repository',
  'base',
  'config',
  'working-directory',
]);

/** lockstep metrics: the base branch whose history is read (part of promote-env's inputs). */
export const METRICS: SettingsTable = pick(PROMOTE, 'metrics', ['base', 'config', 'working-directory']);

/** lockstep config: the two inputs every action takes to find the config. */
export const CONFIG: SettingsTable = pick(BUMP, 'config', ['config', 'working-directory']);

/** Every operation's table, by operation. */
export const TABLES: Readonly<Record<string, SettingsTable>> = {
  check: CHECK,
  bump: BUMP,
  digests: DIGESTS,
  publish: PUBLISH,
  release: RELEASE,
  promote: PROMOTE,
  status: STATUS,
  metrics: METRICS,
  config: CONFIG,
};

/** The table of each action (the operation that owns its inputs). */
export const ACTION_TABLES: readonly SettingsTable[] = [CHECK, BUMP, DIGESTS, PUBLISH, RELEASE, PROMOTE];
